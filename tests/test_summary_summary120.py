"""The summary a reader sees (summary120, stop 55; readers 100 and 101), on raw Multi-News
validation clusters (0-based lines of the file): a numbered run of points shown whole or not
started (raw 9's "Here is the alleged chain of events: First, ..." / "Second, Comey refused."
/ "Third, ..." / "Fourth, ..."), and a speaker's label saying again who the line above names
(raw 22's "... Caitlin Checkett, who said:" / "CHECKETT: "So whether it was a tweet, ..."")
taken out by cleaning, the quotation kept."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.clean_transcripts import echoed_label
from chorus.summarize.enumerated import run_ties
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 126 (Conway's "altered" video, the last read here)."""
    return read_clusters(RAW_VALIDATION, 127)


def _ties(texts: list[str]) -> tuple[list[bool], list[bool]]:
    leads, follows = run_ties(texts, np.array([0]))
    return leads.tolist(), follows.tolist()


CHAIN = [
    "Here is the alleged chain of events: First, Trump asked Comey to drop an investigation"
    " of a close former associate and a former senior official in his administration.",
    "Second, Comey refused.",
    "Third, weeks later Trump fired Comey.",
    "Fourth, Trump then misled the American people regarding the reason for the dismissal.",
]


def test_the_chain_s_links_each_lead_into_the_next(clusters):
    """National Review (9 [6]) tells its four steps one a sentence, then weighs them."""
    texts = sentences(clusters[9])
    at = texts.index(CHAIN[0])
    assert texts[at : at + 4] == CHAIN
    leads, follows = _ties(texts[at - 1 : at + 5])
    # the line before and the one weighing the steps after are no points
    assert leads == [False, True, True, True, False, False]
    assert follows == [False, False, True, True, True, False]


def test_the_chain_is_shown_whole_in_order(clusters):
    """Main showed the first two links and ended on the op-ed's "It's time for facts and
    documents, ..."; the four now stand together, and [1]'s Republicans' worry comes in."""
    shown = summary(clusters[9])
    at = shown.index(CHAIN[0])
    assert shown[at : at + 4] == CHAIN
    assert not any(line.startswith("It’s time for facts and documents") for line in shown)
    assert any(line.startswith("Republicans are privately beginning to worry") for line in shown)


def test_two_points_told_one_after_the_other_are_one_run(clusters):
    """Krugman (107 [1]): "First, they argued ..." / "Second, they argued ..."."""
    texts = sentences(clusters[107])
    at = next(n for n, t in enumerate(texts) if t.startswith("First, they argued"))
    assert texts[at + 1].startswith("Second, they argued")
    assert _ties(texts[at : at + 3]) == ([True, False, False], [False, True, False])


def test_a_point_after_its_reasons_waits_for_the_line_before(clusters):
    """Conway's video (126 [1]): "Second, sports." after the first point's two lines of
    reasons leads nowhere (its "Third, ..." comes after three more) and waits."""
    texts = sentences(clusters[126])
    at = texts.index("Second, sports.")
    assert not texts[at + 1].startswith("Third,")
    assert _ties(texts[at - 1 : at + 2]) == ([False, False, False], [False, True, False])


def test_a_rank_word_not_ranking_a_point_is_read_as_none():
    texts = [
        "First of all, I want to make sure that I send my thoughts.",
        "Secondhand smoke is still a worry, officials said.",
        "Second-quarter profits rose.",
    ]
    assert _ties(texts) == ([False, False, False], [False, False, False])
    # "Firstly," then "Secondly," make a run; a page's first line waits for nothing
    leads, follows = run_ties(["Firstly, a.", "Secondly, b.", "Secondly, c."], np.array([0, 2]))
    assert leads.tolist() == [True, False, False]
    assert follows.tolist() == [False, True, False]


def test_the_label_saying_again_who_speaks_goes(clusters):
    """Newsmax's Romney page (22 [1]) names Checkett above her quotation, then labels it."""
    texts = sentences(clusters[22])
    said = next(t for t in texts if t.endswith("Caitlin Checkett, who said:"))
    quoted = texts[texts.index(said) + 1]
    assert quoted.startswith('"So whether it was a tweet, Facebook post, blog post, photo')
    assert not any(t.startswith("CHECKETT:") for t in texts)
    shown = summary(clusters[22])
    assert not any(line.startswith("CHECKETT:") for line in shown)
    # the line closing on a colon still comes with what it announces
    assert said not in shown or shown[shown.index(said) + 1] == quoted


def test_a_label_naming_no_one_above_stays(clusters):
    """The White House transcript (102 [3]) labels the President below "... as released by
    the White House:"; NPR's (91 [1]) labels "LEE:" and "MARTIN:" below no colon."""
    texts = sentences(clusters[102])
    assert any(t.startswith("THE PRESIDENT: I wanted to come out here") for t in texts)
    assert any(t.startswith("LEE: ") for t in sentences(clusters[91]))


def test_an_echoed_label_is_the_label_alone():
    assert echoed_label('CHECKETT: "So whether"', "Caitlin Checkett, who said:") == 10
    assert echoed_label("OPAL LEE: I kept telling", "Opal Lee told Martin:") == 10
    # the line above names someone else, or closes on no colon
    assert echoed_label("THE PRESIDENT: I wanted", "as released by the White House:") == 0
    assert echoed_label('CHECKETT: "So"', "Caitlin Checkett said.") == 0
    # a name inside a longer word is no name
    assert echoed_label("LEE: I kept", "The Leeds chairman said:") == 0
    assert echoed_label("Lee: I kept", "Opal Lee said:") == 0
