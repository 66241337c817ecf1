"""Who said what, hundred-and-sixth pass: a description opening a sentence before a speaker's
name and verb is the speaker's role where no row gives one (raw validation 138's "A CIA
contractor, Barnes arrived at Area 51 ...", 129's "The CEO and founder of Irvine Cottages,
gerontologist Jacqueline Dupont recalls ..."); a post with no article closing the credit is
one too (182's "said Todd Landfried, executive director of Arizona Employers for Immigration
Reform, which opposes ...")."""

from __future__ import annotations

from chorus.analyze.model import Quote
from chorus.analyze.quote_opening_descriptions import opening_description
from tests.briefings import briefing, quotes_of


def _quotes(corpus: str, line: int, speaker: str) -> list[Quote]:
    found = [q for q in quotes_of(corpus, line) if q.speaker == speaker]
    assert found, speaker
    return found


def _article_text(corpus: str, line: int, words: str) -> str:
    (text,) = [d.article.text for d in briefing(corpus, line).documents if words in d.article.text]
    return text


def test_a_description_opening_the_sentence_is_the_speakers_role():
    assert {q.role for q in _quotes("raw", 138, "T.D. Barnes")} == {"a CIA contractor"}
    assert {q.role for q in _quotes("raw", 129, "Jacqueline Dupont")} == {
        "the CEO and founder of Irvine Cottages"
    }
    # on the rows of the article that opens a sentence on it; his other articles write none
    written = [
        q
        for q in _quotes("duc", 2, "Saeb Erekat")
        if "The chief Palestinian negotiator, Saeb Erekat" in q.sentence.article.text
    ]
    assert written
    assert {q.role for q in written} == {"the chief Palestinian negotiator"}


def test_a_post_with_no_article_closing_the_credit_is_the_speakers_role():
    assert {q.role for q in _quotes("raw", 182, "Todd Landfried")} == {
        "executive director of Arizona Employers for Immigration Reform"
    }


def test_a_time_phrase_or_a_shared_surname_gives_no_role():
    # "A short while later, Phillip Dunn said again, ..." (raw 121): a time, not a person
    text = _article_text("raw", 121, "A short while later, Phillip Dunn")
    assert opening_description(text, "Phillip Dunn", lambda *_: True) is None
    # "A former IBM computer scientist, Mercer has ...": the article names Rebekah Mercer too,
    # so the surname alone is no one's in particular
    text = _article_text("raw", 227, "A former IBM computer scientist, Mercer")
    assert opening_description(text, "Robert Mercer", lambda *_: False) is None
    assert (
        opening_description(text, "Robert Mercer", lambda *_: True)
        == "a former IBM computer scientist"
    )
