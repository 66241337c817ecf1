"""Who said what, hundred-and-thirteenth pass: a body's statement that a colon brings in
after the participle that says so ("The Trump administration is denying Trump made the
request, writing in an unsigned statement:" ¶ "“The president has never asked Mr. Comey
...”": raw validation 9 [5]) is the body's words, read with its announcement as one
sentence, as a statement released or issued is (`quote_statements.announced`)."""

from __future__ import annotations

import re

from chorus.language.quote_participles import SAYING
from chorus.language.speaker_issuers import ISSUING_BODY
from tests.briefings import quotes_made, quotes_of


def test_the_administrations_unsigned_statement_is_its_words():
    rows = [q for q in quotes_of("raw", 9) if q.words.startswith("The president has never asked")]
    assert [(q.outlet, q.speaker, q.kind) for q in rows] == [
        ("Article 6", "Trump administration", "quote")
    ]
    assert "General Flynn" in rows[0].words
    # not the president's, whom "The Trump" of the speaker pattern's name would have read
    trump = [q for q in quotes_of("raw", 9) if q.speaker == "Donald Trump"]
    assert all("has never asked" not in q.words for q in trump)


def test_the_other_rows_of_the_article_stay():
    speakers = {q.speaker for q in quotes_of("raw", 9) if q.outlet == "Article 6"}
    assert {"Richard Burr", "Lindsey Graham", "Donald Trump"} <= speakers


_TEXT = (
    "The ministry is denying the report, writing in an unsigned statement:\n\n"
    "“The minister has never met the envoy or anyone from his office. This is not an"
    " accurate portrayal of events.”\n\nThe report appeared on Monday."
)


def test_a_made_body_writing_in_a_statement_speaks():
    assert quotes_made(_TEXT) == [
        (
            "ministry",
            "The minister has never met the envoy or anyone from his office. This is not an"
            " accurate portrayal of events",
        )
    ]


def test_no_statement_no_body():
    # "writing" of no statement, and a body with no statement, credit no one
    text = _TEXT.replace("writing in an unsigned statement:", "writing a letter:")
    assert quotes_made(text) == []
    assert re.search(ISSUING_BODY, "The ministry is denying the report, writing a letter:") is None


def test_writing_is_read_only_before_a_statement_and_its_quotation():
    assert re.search(SAYING, ", writing in an unsigned statement: “We deny it.”") is not None
    assert re.search(SAYING, ", writing in an unsigned statement that we deny it.") is None
    assert re.search(SAYING, ", writing: “We deny it.”") is None
