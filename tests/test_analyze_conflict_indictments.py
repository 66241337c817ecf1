"""The story's indictment dated two days by two articles (conflict_days.indictment_conflicts),
on raw validation 58 (two former staffers of Del. Stacey Plaskett charged over her stolen
nude images): [1] writes that they "were indicted Thursday", [4] "According to an
indictment handed up Tuesday and unsealed Thursday, ...". The grand jury's day is
Tuesday; [1] tells the day it was made public as the day of the indictment."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.conflict_days import INDICTMENT_WORDS, indictment_conflicts, indictment_days
from chorus.analyze.model import Analysis, Conflict
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.test_analyze_conflict_blasts import rule_alone
from tests.test_analyze_conflict_days_blocks import told_in_two
from tests.test_analyze_conflict_reader22 import placed


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def plaskett(raw) -> Analysis:
    analysis = brief(raw[58]["documents"], words=250).analysis
    assert analysis is not None
    return analysis


def _rule(documents: list[str]) -> list[Conflict]:
    return rule_alone(
        lambda story, texts, _, joined: indictment_conflicts(story, texts, joined), documents
    )


def test_the_indictment_is_shown_on_its_two_days(raw, plaskett):
    documents = raw[58]["documents"]
    (indictment,) = [c for c in plaskett.conflicts if "indictment" in c.reason]
    assert (indictment.kind, indictment.reason) == (
        "date",
        # conflicts68 (stop 56): [4]'s own sentence gives Thursday to the unsealing, said.
        "Different dates for the indictment: Thursday vs Tuesday; the Tuesday side gives Thursday"
        " as the day it was unsealed: they may be two steps of one indictment",
    )
    (thursday,) = indictment.side_a
    (tuesday,) = indictment.side_b
    assert placed(documents, thursday.text)[0] == 1
    assert "were indicted Thursday for allegedly circulating" in thursday.text
    assert placed(documents, tuesday.text)[0] == 4
    assert tuesday.text.startswith("According to an indictment handed up Tuesday and unsealed")


def test_the_thursday_row_is_no_longer_agreed_by_the_tuesday_article(raw, plaskett):
    # [4] dates the indictment otherwise, so it supports [1]'s "were indicted Thursday"
    # with none of its sentences (its "have been charged ..., announced Thursday" was one)
    documents = raw[58]["documents"]
    (row,) = [f for f in plaskett.agreed if "were indicted Thursday" in f.statement.text]
    assert row.support
    assert {placed(documents, s.text)[0] for s in row.support} == {3}


def test_the_days_read_are_the_indictments_own():
    # the sentences of raw 58 and DUC d30005t that write an indictment beside a day or
    # a grand jury, as chorus splits them
    assert indictment_days(
        "WASHINGTON — Two former staff members of a delegate to Congress from the U.S. Virgin "
        "Islands were indicted Thursday for allegedly circulating nude pictures and videos"
    ) == [("weekday", "Thursday")]
    # unsealing is another act than the grand jury's
    assert indictment_days(
        "According to an indictment handed up Tuesday and unsealed Thursday, McCullum offered "
        "in March 2016 to help take a House member’s malfunctioning, password-protected iPhone"
    ) == [("weekday", "Tuesday")]
    assert (
        indictment_days(
            "Juan R. McCullum, 35, of Washington, was indicted by a grand jury on two counts of "
            "cyberstalking"
        )
        == []
    )
    assert indictment_days(
        "Bin Laden, believed to be in Afghanistan, and a top aide were indicted Wednesday by a "
        "U.S. District Court in the U.S. embassy bombings in Africa"
    ) == [("weekday", "Wednesday")]
    assert indictment_days("Both men were indicted in 1991, and the United Nations imposed") == []


def test_an_indictment_one_of_two_and_a_month_day_are_read_as_such():
    # a day of the month keeps its year, which it is compared within; an indictment
    # named as one of two (DUC d30005t's "the original indictment") is not the story's
    assert indictment_days("A man was indicted on Nov. 19, 2014 by a federal grand jury.") == [
        ("2014", (11, 19))
    ]
    assert indictment_days("He was indicted by a federal grand jury June 5 in Miami.") == [
        (None, (6, 5))
    ]
    assert indictment_days("A superseding indictment was returned Friday.") == []
    assert indictment_days("The original indictment was handed up Monday.") == []


def test_no_other_raw_or_duc_cluster_gets_it(raw):
    # the clusters where two articles write an indictment's literal
    clusters, telling = told_in_two(raw, lambda d: any(w in d.lower() for w in INDICTMENT_WORDS))
    assert 58 in telling and len(telling) >= 3
    shown = {n: len(_rule(clusters[n])) for n in telling}
    assert {n: found for n, found in shown.items() if found} == {58: 1}
