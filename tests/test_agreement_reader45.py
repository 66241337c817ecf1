"""The forty-fifth agreement pass: two outlets counting one noun apart are not one agreed fact
(reader 48; raw validation clusters, 0-based, file order), each read against the articles.
Raw 161's "confronted by two men" is not agreed by "a man asked him" nor "a man confronted
Price"; Multi-News+ validation 210's "four men were booked" is not agreed by "a vernal man
has been charged". An "a" in an apposition (", a former police officer"), before a noun's
modifier ("a child welfare employee" / "six children"), in "a block and a half", before a
people's name ("A Libyan legal team" / "the two Libyans") or in a sentence that counts in
words itself ("killing one deputy and wounding two others") counts nothing against it."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.agreement_counted import counted_apart
from chorus.analyze.model import Analysis
from tests.briefings import briefing
from tests.conftest import DATA, read_clusters
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters

PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (32, 161))


@pytest.fixture(scope="module")
def plus() -> dict[int, Analysis | None]:
    clusters = read_clusters(PLUS_VALIDATION, 901)
    return {line: brief(clusters[line]["documents"]).analysis for line in (210, 319, 444, 900)}


def test_two_men_are_not_a_man(analyses):
    # d2 and d3 tell of one man asking Price about his gang; d1 of two men
    two_men = "confronted by two men"
    assert not pair_shown(analyses[161], two_men, "a man asked him about his gang")
    assert not pair_shown(analyses[161], two_men, "a man confronted Price")
    # the pastor's words, told whole by one outlet and cut short by another, stay agreed
    assert pair_shown(analyses[161], "we still have a lot of work", "We thought those days")


def test_four_men_booked_are_not_one_man_charged(plus):
    booked = "four men were booked into jail"
    assert not pair_shown(plus[210], booked, "a vernal man has been charged")
    # the grandmother's account of four men, and the one man named in court, stay
    assert pair_shown(plus[210], booked, "sodomized by four men")


def test_an_a_that_counts_nothing_keeps_its_support(analyses, plus):
    # "a block and a half" is no one block against "two blocks"
    assert pair_shown(analyses[32], "a block and a half away", "pursues the Mercedes")
    # "a child welfare employee" counts no child against "six children in the home"
    assert pair_shown(plus[444], "request a welfare check", "made by a child welfare employee")
    # "one deputy" of a sentence also counting "two others" is a part of three deputies shot
    assert pair_shown(plus[900], "killing one deputy", "three park county sheriff's deputies")
    # a people's name: "A Libyan legal team" / "the two Libyans"
    duc = briefing("duc", 10).analysis
    assert duc is not None
    assert pair_shown(duc, "A Libyan legal team", "a trial of the two Libyans")


def test_an_apposition_counts_no_one(plus):
    # Multi-News+ 319's council member, "john elder, a former police officer", is no count of
    # the "Two officers" struck: the two outlets' "that went right through the door" stays
    assert pair_shown(plus[319], "Two officers were struck", "john elder, a former police")
    # "a man" that is no apposition counts one man
    assert counted_apart("he was confronted by two men", "when a man asked him")
