"""Who said what, sixty-fifth pass (reader52's and reader53's findings, raw validation):
a speaker quoted by surname carries the full name its own article writes ("Pilots Troy
Bradley", 4713; "Nicole Hockley writes", 584, where another article names her son Dylan
Hockley); two officials credited together after their words are both the speaker (584's
Newtown statement); an outlet's own finding ("The Guardian has confirmed that ...", 584)
is no one's quotation; a "she" right after a sentence that turned from the woman followed
to a man is hers (1862's Napolitano); a vow before "that" says words (5125's Holder)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.gold import inputs, quotes_in, read_and_briefed, speakers_of

_BALLOON, _NEWTOWN, _ARIZONA, _COMEY, _MARTIN, _OSCARS = (
    "multi_news-val-4713",
    "multi_news-val-584",
    "multi_news-val-1862",
    "multi_news-val-4035",
    "multi_news-val-5125",
    "multi_news-val-4411",
)


@pytest.fixture(scope="module")
def analysed() -> dict[str, Analysis]:
    found = {}
    for cluster, documents in inputs((_BALLOON, _NEWTOWN, _ARIZONA, _COMEY, _MARTIN)).items():
        analysis = brief(documents, words=100).analysis
        assert analysis is not None
        found[cluster] = analysis
    return found


def test_a_surname_speaker_is_named_as_its_article_writes_the_person(analysed):
    balloon = analysed[_BALLOON].quotes
    # "Pilots Troy Bradley of New Mexico ... set off ..." ¶ "..., Bradley told The
    # Associated Press in October." (both articles), "“On any flight of this nature,”
    # Bradley said ..." ("pilots" is written in lower case: no part of the name)
    assert speakers_of(balloon, "much like a video game") == ["Troy Bradley", "Troy Bradley"]
    assert speakers_of(balloon, "On any flight of this nature") == ["Troy Bradley"]
    # "In an article appearing on Today Parents, Nicole Hockley writes a letter ..." ¶
    # "“...,” Hockley writes.": hers, though another article names her son Dylan Hockley
    newtown = analysed[_NEWTOWN].quotes
    assert speakers_of(newtown, "Small but meaningful actions") == ["Nicole Hockley"]
    assert "Dylan Hockley" not in {q.speaker for q in newtown}


def test_an_articles_other_spelling_of_a_quoted_name_is_the_clusters(analysed):
    # one article writes "Lindsay Graham — no fan of Trump — also raised a legitimate
    # point:" before his words; others quote "Lindsey Graham", written as often (twice each
    # over the cluster): one person, one name
    comey = analysed[_COMEY].quotes
    assert speakers_of(comey, "should have done something about it or quit") == ["Lindsey Graham"]
    assert "Lindsay Graham" not in {q.speaker for q in comey}


def test_two_credited_together_after_the_words_are_the_speaker(analysed):
    # "“...,” said Newtown's highest elected official, First Selectman Patricia Llodra, and
    # Superintendent of Schools Joseph Erardi, in a statement ... “There are no formal ...”"
    newtown = analysed[_NEWTOWN]
    for words in ("recognized in personal reflection", "no formal or official ceremonies"):
        (statement,) = [q for q in newtown.quotes if words in q.text.text]
        assert statement.speaker == "Patricia Llodra and Joseph Erardi"
        assert statement.role is None  # "Newtown's highest elected official" is hers alone
    people = {e.name for e in newtown.entities if e.label == "person"}
    assert {"Patricia Llodra", "Joseph Erardi"} <= people


def test_an_outlets_own_finding_is_no_ones_quotation():
    # the fourth article is The Guardian's (", the Guardian has learned."): its "The
    # Guardian has confirmed that action is to be announced on Monday ..." is its reporting
    articles, analysis = read_and_briefed(_NEWTOWN)
    assert articles[3].outlet == "The Guardian"
    assert not quotes_in(analysis.quotes, "has confirmed that action is to be announced")
    # what it was told stays someone's: "“We are not going to be speaking about that until
    # Monday,” said Karen Hinton, ..."
    assert speakers_of(analysis.quotes, "speaking about that until Monday") == ["Karen Hinton"]


def test_a_she_right_after_a_sentence_about_a_man_is_the_woman_before(analysed):
    # "Napolitano toured the border ... with ... Democratic Sen. Tom Carper of Delaware.
    # Carper is the incoming chairman ... ¶ She said in a statement after the tour that
    # border crossings are down 50 percent ..." (both copies of the AP story)
    arizona = analysed[_ARIZONA].quotes
    assert speakers_of(arizona, "border crossings are down 50 percent") == [
        "Janet Napolitano",
        "Janet Napolitano",
    ]


def test_a_he_far_from_the_man_it_stands_for_stays_no_ones():
    # "Chilling in the wings, Streep laughs ... “What, what?” she says. ... Her co-presenter
    # Bardem laughs. “That was a moment,” he says.": Streep was followed for sentences, no
    # sentence just before turned from a man to her; no row rather than John Legend's
    (analysis,) = [brief(d, words=100).analysis for d in inputs((_OSCARS,)).values()]
    assert analysis is not None
    assert not [q for q in analysis.quotes if "That was a moment" in q.text.text]


def test_a_vow_before_that_says_words(analysed):
    # "Holder vowed that the Justice Department will act “in a manner that is consistent
    # with the facts and the law. ...”"
    martin = analysed[_MARTIN].quotes
    assert speakers_of(martin, "the Justice Department will act") == ["Eric Holder"]
