"""A line inside a quotation running over several sentences reads with its speaker's line or
not at all: raw 50's President Wilson paragraph, left open, below a line on the officer; raw
52's second half of Pasztor's words, six lines below its first; raw 50's Holt line not knowing
how "that" factored in, and raw 47's "this town" from a BBC box, both leaning on the sentence
before (summary128, raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

import numpy as np

from chorus.summarize.credit_unshown import credit_unshown
from chorus.summarize.credited_copy import copy_below_credit
from chorus.summarize.told_before import told_just_before
from tests.raw_pages import raw_clusters
from tests.summary_texts import before_and, summary

_ROSE = (
    "Wayne State University Police K9 Officer Collin Rose has died of injuries sustained when he"
    " was shot in the head while on duty."
)
_WILSON = (
    "“I am saddened to report that a short time ago, Wayne State University Officer Collin Rose"
    " died from the gunshot wound he suffered while working in the line of duty yesterday"
    " evening,” Wayne State University President M. Roy Wilson said in a message to the campus"
    " community at 6 p.m. Wednesday."
)
_TRAGEDY = "“This is a tragedy felt by all of us — Collin and his family and friends"
_WE_ASK = "“We ask that you keep his family in your thoughts and prayers.”"
_HOLT = "Wayne State University police Chief Tony Holt said he didn't know how that factored"


def test_a_quotation_in_the_first_person_wants_its_speakers_surname_above():
    cluster = raw_clusters()[50]
    credit, tragedy = before_and(cluster, _TRAGEDY)
    assert credit == _WILSON
    # left open (its paragraph never closes it): "Wayne State University" above is no speaker
    texts = [_ROSE, credit, tragedy]
    assert credit_unshown(texts, [0, 2], [0]) == [2]
    # right below its credit, or below a line naming Wilson, it is his
    assert credit_unshown(texts, [1, 2], [0]) == []
    texts[0] = "Wilson told the campus the news on Wednesday."
    assert credit_unshown(texts, [0, 2], [0]) == []
    # closed and in the first person, as Ferris State's president Eisler's "We ask ..."
    eisler, we_ask = before_and(cluster, _WE_ASK)
    assert eisler.endswith("Ferris State President David Eisler said in a statement.")
    above = "He was a 2010 graduate of Ferris State University and was one credit short."
    assert credit_unshown([above, eisler, we_ask], [0, 2], [0]) == [2]


def test_a_quotation_in_no_person_is_read_by_every_word_of_its_credit():
    # raw 239: Demoss's account of the officer the line above names reads as it did
    texts = [
        "When Roeland Park police officer Mark Engravalle arrived, he noticed the children.",
        '"He noticed [what she stole] were necessities like diapers, shoes for the kids, some'
        ' clothing," Roeland Park public information officer John Demoss told ABC News.',
        '"He asked her what the situation was, and she broke down crying."',
    ]
    assert credit_unshown(texts, [0, 2], [0]) == []
    texts[0] = "The store called the police."
    assert credit_unshown(texts, [0, 2], [0]) == [2]


def test_another_outlets_copy_below_its_shown_credit_is_shown_instead():
    cluster = raw_clusters()[52]
    first, second = before_and(cluster, "“My kids are in a better place …")
    assert first.endswith("Pasztor said.")
    other_credit, other = before_and(cluster, "“My kids are in a better place ...")
    assert other_credit.endswith("she said.")
    texts = [
        "Pasztor faces two charges of murder.",
        first,
        second,
        "Amber Pasztor ...",
        other_credit,
        other,
    ]
    article_of = np.array([0, 0, 0, 1, 1, 1])
    # the other outlet's copy shown below another line: [1]'s own, below its credit, instead
    assert copy_below_credit(texts, [0, 1, 3, 5], [0, 3], article_of) == {5: 2}
    # right below its own credit it stays; with [1]'s credit not shown there is no copy to take
    assert copy_below_credit(texts, [0, 1, 3, 4, 5], [0, 3], article_of) == {}
    assert copy_below_credit(texts, [0, 3, 5], [0, 3], article_of) == {}


def test_lines_standing_on_the_sentence_before():
    for line, leans in (
        (_HOLT + " into Rose's decision to stop the suspect.", True),
        ("It's unclear what this means, but according to some military experts, ...", True),
        ("The Free Syrian Army and the Syrian Liberation Army are based in this town.", True),
        ("This city was founded in 1801.", True),
        ("He said: “I love this town.”", False),
        ("This town hall is the oldest in the state.", False),
        ("More than 80 percent of counties in this country have no abortion provider.", False),
        ("I want to share an idea of how this might work.", False),
    ):
        assert told_just_before(line) is leans, line


def test_raw_50_shows_no_words_without_their_speaker():
    shown = summary(raw_clusters()[50])
    for at, text in enumerate(shown):
        if text.startswith(_TRAGEDY):
            assert shown[at - 1] == _WILSON
        if text == _WE_ASK:
            assert "Eisler said" in shown[at - 1]
    assert not any(text.startswith(_HOLT) for text in shown)


def test_raw_52_shows_pasztors_words_whole():
    shown = summary(raw_clusters()[52])
    at = next(n for n, text in enumerate(shown) if text.startswith("“My kids are in a better"))
    assert shown[at - 1].startswith("“They were in good hands")


def test_raw_47_points_at_no_town_it_has_not_named():
    shown = summary(raw_clusters()[47])
    assert not any(text.endswith("are based in this town.") for text in shown)
