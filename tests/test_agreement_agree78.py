"""The seventy-sixth agreement pass (agree78; raw validation clusters, 0-based, file order):
an attribution both sentences give is not the fact. Raw 59's Denver7 line "He was 14 years old
at the time, according to the Denver District Attorney’s Office, though an affidavit for
Hernandez's arrest says ..." backed the other outlet's Kuisis arrest ("... led to Kuisis’
arrest in early September, according to a release from the Denver district attorney’s
office."): their own words in common were the credit's and "arrest", two people's arrests.
Own words two sentences share in the credits both give link them only when, the credits
aside, the two still share ATTRIBUTED_LEFT stems (credits.attributed_alike). Raw 57's
"At least that has barbecue sauce." backed "McDonald’s isn’t giving up on the original McRib
with barbecue sauce, of course." by "barbecue" alone: a bare "that" after an opening word
tells of what the sentence before names (agreement_demonstratives.opened_apart)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_demonstratives import opened_apart
from chorus.analyze.credits import attributed_alike
from chorus.analyze.model import Analysis
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (57, 59))


def test_the_kuisis_arrest_is_not_agreed_by_a_credit(analyses):
    assert not pair_shown(analyses[59], "led to Kuisis’ arrest", "He was 14 years old")
    # the facts both outlets tell of Hernandez stay
    for words in ("10-year age difference", "Oct. 18"):
        assert pair_shown(analyses[59], words, words)


def test_a_credit_within_a_sentence_is_read():
    denver7 = (
        "He was 14 years old at the time, according to the Denver District Attorney’s "
        "Office, though an affidavit for Hernandez's arrest says the boy told her he was 18."
    )
    kuisis = (
        "The victim recently disclosed the assaults, and a subsequent investigation led to "
        "Kuisis’ arrest in early September, according to a release from the Denver "
        "district attorney’s office."
    )
    # the Denver7 credit sits between two commas, mid-sentence
    assert attributed_alike(denver7, kuisis, {"arres", "attor", "distr"})
    # own words outside both credits are the pair's own
    assert not attributed_alike(denver7, kuisis, {"arres"})


def test_a_fact_told_beside_one_credit_stays_linked():
    # raw 246: both credit the Norfolk District Attorney's Office and tell one death
    ours = (
        "Bryan Johnson, 24, was found dead in his home in Millis around 3:30 a.m. on "
        "Thanksgiving, according to the Norfolk District Attorney’s Office."
    )
    theirs = (
        "Bryan Johnson, 24, was found dead early Thanksgiving morning in his Millis, Mass. "
        "home, the Norfolk District Attorney’s Office said."
    )
    assert not attributed_alike(ours, theirs, {"attor", "distr", "norfo", "24", "dead"})


def test_a_that_after_an_opening_word_backs_no_mcrib(analyses):
    assert not pair_shown(analyses[57], "original McRib with barbecue sauce", "At least that")
    # the McRibster's description, which all three give, stays
    assert pair_shown(analyses[57], "translated that as", "McDonald’s describes the McRibster")


def test_a_remark_both_copy_keeps_its_this():
    # raw 144: Obama's words, quoted by one outlet and transcribed by the other
    obama = "This is exactly why we need this Consumer Finance Protection Bureau that we set up."
    transcript = "And this is exactly why we need this consumer finance-- protection bureau."
    assert not opened_apart(obama, transcript)
    assert opened_apart(
        "At least that has barbecue sauce.",
        "McDonald’s isn’t giving up on the original McRib with barbecue sauce, of course.",
    )
