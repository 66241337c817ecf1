"""A claim its article's next line calls not accurate, and a reporter's sourcing note, on raw
Multi-News validation clusters (0-based lines of the file; reader85, summary94): raw 149's
"In a statement, the California Democrat said the White House had informed her that
"collection on our allies will not continue."" was shown without "The administration
official said that statement was not accurate, ...", and "The official was not authorized to
discuss the review by name and insisted on anonymity." took a summary slot."""

from __future__ import annotations

import pytest

from chorus.summarize.contrasts import taken_back
from chorus.summarize.not_story import page_not_story
from chorus.summarize.sourcing import sourcing_note
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, sentence, summary

_CLAIM = "In a statement, the California Democrat said the White House had informed her"
_DENIAL = "The administration official said that statement was not accurate"


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    """The raw validation clusters read here, by number (227's Mercers the last)."""
    every = read_clusters(RAW_VALIDATION, 228)
    return {number: every[number] for number in (29, 34, 109, 130, 132, 149, 227)}


def test_a_claim_called_not_accurate_is_taken_back(clusters):
    """149 [1]: the senator's claim, then "that statement was not accurate"; 130 [2]: what two
    sources say Oppenheim asked, then NBC's "“That is absolutely false,” ..."."""
    claim, denial = before_and(clusters[149], _DENIAL)
    assert claim.startswith(_CLAIM)
    assert taken_back([claim, denial]).tolist() == [True, False]
    asked, denied = before_and(clusters[130], "“That is absolutely false,” a NBC spokesperson")
    assert "Oppenheim had asked if people still cared about Weinstein" in asked
    assert taken_back([asked, denied]).tolist() == [True, False]


def test_a_judgement_or_a_this_inside_calls_nothing_before_false(clusters):
    """109: "That is just wrong" (a judgement, not a falsehood); 227: "that’s not true of the
    Mercers" (a quotation's qualification, not at its opening); 29: "... in which this is
    inaccurate." (the paper's own point, no pointer back)."""
    for number, opening in (
        (109, "“It is devastating to think that in just a few hundred years"),
        (227, "Patrick Caddell, the former pollster, told me"),
        (29, "While light-induced melatonin suppression is often used as a proxy"),
    ):
        pair = before_and(clusters[number], opening)
        assert taken_back(pair).tolist() == [False, False], number


def test_the_claim_is_shown_only_above_its_denial(clusters):
    """149's summary tells the senator's claim only with the official's denial right below
    it, though the denial names its speaker as "the administration official" met before."""
    shown = summary(clusters[149])
    assert len(shown) >= 6
    claims = [n for n, t in enumerate(shown) if t.startswith(_CLAIM)]
    assert claims  # shown, with its denial (summary94's judged summary)
    for at in claims:
        assert shown[at + 1].startswith(_DENIAL)


def test_a_sourcing_note_alone_is_the_pages(clusters):
    """149 [1]'s note tells nothing that happened; a source's words in the same sentence keep
    it (130's NBC spokesperson's denial, 132's reprogrammed funds, 34's Clifford)."""
    note = sentence(clusters[149], "The official was not authorized to discuss the review")
    assert sourcing_note(note)
    assert page_not_story(note)
    for number, opening in (
        (130, "A spokesperson for NBC News, speaking on the condition of anonymity"),
        (132, "The cut-off funds will be"),
        (34, "Those terms prompted Ms. Clifford"),
    ):
        assert not sourcing_note(sentence(clusters[number], opening)), number


def test_a_reason_other_than_the_sourcing_keeps_the_sentence():
    """Shapes the census read in Multi-News+ train's copy: a note is the page's only with its
    own reason; another reason tells a fact ("because the continuing investigation is
    classified"), and a relative clause brings the source's news."""
    assert sourcing_note(
        "The officials spoke on condition of anonymity because they weren't authorized to "
        "publicly discuss the matter."
    )
    assert sourcing_note("He spoke on condition of anonymity in keeping with police regulations.")
    assert not sourcing_note(
        "All of the officials spoke on the condition of anonymity because the continuing "
        "investigation is classified."
    )
    assert not sourcing_note(
        "A cheerleader who spoke on the condition of anonymity said an investigator came to "
        "their practice."
    )
    assert not sourcing_note("The venue was not authorised for gambling.")
