"""Rows that point at a line the reader is not shown (context42; raw validation clusters,
0-based, file order; reader78's recurring fault 7, reader81's raw 44). An agreed row ("It’s
not clear whether it was fully carried out.", raw 14), a reported row ("They were the hosts
of the party ...", "By that point she had no pulse", raw 8) and a lone item ("Before the red
carpet event the pair were seen together ...", raw 28) carry the sentence before them in
their article, as a unique item's lead-in (row_lead_ins.row_lead_in, one function for the
three sections), in Markdown, HTML and JSON. The timeline's HTML shows a line's lead-in muted
before it, no longer inside the line's words (raw 44's "1980: (after: “Even Anastasio is
giddy.”) ...")."""

from __future__ import annotations

import json

import pytest

from chorus import brief
from chorus.analyze.model import Quote
from chorus.analyze.row_lead_ins import leans_here
from chorus.model import Briefing
from chorus.render import to_html, to_json, to_markdown
from tests.gold import agreed_item
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def briefings() -> dict[int, Briefing]:
    raw = raw_clusters()
    return {n: brief(raw[n]["documents"], words=100) for n in (8, 14, 28, 44, 237)}


def _reported(briefing: Briefing, words: str) -> Quote:
    assert briefing.analysis is not None
    (quote,) = [q for q in briefing.analysis.quotes if q.words.startswith(words)]
    return quote


def test_an_agreed_row_whose_it_is_named_before_carries_that_sentence(briefings):
    fact = agreed_item(briefings[14].analysis, "It’s not clear whether it was fully carried")
    assert [s.text for s in fact.context] == [
        "Rumbaugh’s company put together the plan, according to the court documents."
    ]
    assert (
        "- (after: “Rumbaugh’s company put together the plan, according to the court "
        "documents.”) It’s not clear whether it was fully carried out."
        in to_markdown(briefings[14])
    )
    (shown,) = [
        item
        for item in json.loads(to_json(briefings[14]))["analysis"]["agreed"]
        if item["statement"]["text"].startswith("It’s not clear")
    ]
    assert [span["text"] for span in shown["context"]] == [fact.context[0].text]
    assert 'class="context">after: “Rumbaugh’s company put together the plan' in to_html(
        briefings[14]
    )


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("They were the hosts of the party", "Patrick Callahan, 21, Matthew Moll, 21"),
        ("While there, she consumed one to five beers", "arrived at the party about 10:30"),
        ("By that point she had no pulse", "her body was not found until about 30 minutes"),
    ],
)
def test_a_reported_row_opening_its_sentence_carries_what_it_leans_on(briefings, words, named):
    quote = _reported(briefings[8], words)
    assert quote.kind == "reported"
    assert any(named in s.text for s in quote.context)
    assert f"(after: “{quote.context[0].text}" in to_markdown(briefings[8])


def test_reported_words_after_their_verb_and_quotations_carry_none(briefings):
    # "he" after "O’Mara said last week that" is the row's speaker
    analysis = briefings[14].analysis
    assert analysis is not None
    rows = [q for q in analysis.quotes if q.words.startswith("he paid the company $40,000")]
    assert len(rows) == 2
    assert not any(q.context for q in rows)
    # a quotation is the speaker's, read in the speaker's setting (raw 8's Gedansky)
    assert not _reported(briefings[8], "We measured the line of sight").context


def test_a_pair_after_an_opening_phrase_carries_the_sentence_naming_it(briefings):
    analysis = briefings[28].analysis
    assert analysis is not None
    (item,) = [f for f in analysis.unique if f.statement.text.startswith("Before the red carpet")]
    assert [s.text for s in item.context] == [
        "Last night the basketball star failed to accompany his wife on the red carpet toe "
        "Game Changers Gala at Skylight SoHo in Manhattan."
    ]


def test_there_as_the_subject_of_there_is_leans_on_nothing(briefings):
    analysis = briefings[237].analysis
    assert analysis is not None
    (item,) = [f for f in analysis.unique if f.statement.text.startswith("While there is a")]
    assert not item.context
    assert leans_here("It's unclear whether he ever served overseas, according to officials.")
    assert leans_here("At that point, the car jerked and plummeted eight stories.")
    assert not leans_here("It's unclear whether the plan was carried out.")
    assert not leans_here("At that time of year the roads close.")


def test_the_timeline_page_shows_a_lead_in_muted_before_the_line(briefings):
    page = to_html(briefings[44])
    assert "1980: (after:" not in page
    assert (
        '<span class="context">after: “Even Anastasio is giddy.”</span> 1980: '
        "&quot;I saw my first Dead show" in page
    )
    # selecting the line highlights the sentence it leans on too, as a section's row does
    line = page[page.index("Even Anastasio is giddy.”</span> 1980") - 200 :]
    keys = line[line.index('data-sources="') + 14 :].split('"', 1)[0].split()
    assert len(keys) == 2
    # the Markdown shows it the house's way, before the sentence
    assert '- 1980: (after: “Even Anastasio is giddy.”) "I saw my first Dead show' in (
        to_markdown(briefings[44])
    )
