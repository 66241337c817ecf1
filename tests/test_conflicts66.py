"""One disease's cases given two figures by two articles (conflict_cases.py, conflicts66):
raw 131's malaria, "about 207 million cases of malaria in 2012" (BBC, the WHO's estimate)
against "sickening more than 300 million people a year" (Time). The readers' other pairs
are judged no conflict and stay unshown: 213's "since 1987" against a quoted "in more than
30 years" (no page year, and [2] writes both), 171's Bing relaunch "last week" against its
rollout "this week" (two steps), 182's list of states one wire version writes with Alabama
("including": no list is whole), 163's 37 hits against "at least 10" and 16 (parts, a
floor), and 156's "Jonathan" against "Johnathon" (one man's name spelled two ways)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.conflict_cases import _of_a_year, case_counts
from chorus.analyze.model import Analysis, Conflict
from chorus.ingest import read_inputs
from tests.conftest import RAW_VALIDATION, SEEDS, read_clusters
from tests.gold import analysed_lines

JUDGED = {213: "1987", 171: "week", 182: "Alabama", 163: "hits", 156: "Jonathan"}
"""The readers' other pairs, each with a word a conflict showing it would hold."""


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, Analysis | None]:
    """The analysis (100 words) of 131 and of the judged clusters."""
    return analysed_lines(raw, (131, *JUDGED))


def _case_conflicts(analysis: Analysis | None) -> list[Conflict]:
    assert analysis is not None
    return [c for c in analysis.conflicts if " cases: " in c.reason]


def test_the_two_malaria_case_counts_are_shown_bbc_against_time(analysed):
    (cases,) = _case_conflicts(analysed[131])
    assert cases.kind == "number"
    assert cases.reason == (
        "Different figures for malaria cases: about 207 million cases of malaria"
        " vs more than 300 million people; one is of 2012, the other a yearly rate: they may be"
        " counts of different years"
    )
    # one sentence a side: BBC's (source [1]) against Time's ([2])
    (bbc,), (time,) = cases.side_a, cases.side_b
    assert "about 207 million cases of malaria in 2012" in bbc.text
    assert "sickening more than 300 million people a year" in time.text
    assert bbc.article.id != time.article.id


def test_the_deaths_beside_them_agree_and_an_increment_is_no_count(raw, analysed):
    # "an estimated 627,000 deaths" and "killing over 600,000" agree: no toll conflict;
    # BBC's "an additional three million cases in under-15-year-olds per year" is a
    # forecast beyond the total, not read
    analysis = analysed[131]
    assert analysis is not None
    assert not any("600,000" in c.reason or "627,000" in c.reason for c in analysis.conflicts)
    bbc = raw[131]["documents"][0]
    assert "an additional three million cases in under-15-year-olds per year" in bbc
    assert case_counts("could lead to an additional three million cases of malaria") == []


def test_an_outbreaks_running_counts_and_241s_agreeing_counts_are_no_years_count(raw):
    # raw 241's Legionnaires' outbreak "sickened at least 87" [1] and "sickened 87" [2]:
    # read, but of no year; a running count ("since jan.", "now") is never set apart
    for article, written in ((0, "sickened at least 87 people"), (1, "sickened 87 people")):
        text = raw[241]["documents"][article]
        assert written in text
        (count,) = case_counts(written)
        assert count[0] == "" and count[1].low == 87
    assert not _of_a_year("so far in 2014, 3,458 cases of whooping cough have been reported")
    assert _of_a_year("there were about 207 million cases of malaria in 2012")


def test_the_readers_other_pairs_stay_unshown(raw, analysed):
    assert "the first hand-drawn Popeye cartoon in more than 30 years" in raw[213]["documents"][1]
    assert "Bing’s relaunch last week" in raw[171]["documents"][1]
    assert "including Alabama, Indiana, Georgia" in raw[182]["documents"][1]
    assert "some 37 direct torpedo and bomb hits" in raw[163]["documents"][0]
    assert "Johnathon Stoffel" in raw[156]["documents"][1]
    for line, word in JUDGED.items():
        assert _case_conflicts(analysed[line]) == []
        assert not any(word in c.reason for c in analysed[line].conflicts), line


def test_the_seeds_give_no_case_count_conflict():
    briefing = brief(read_inputs([str(SEEDS)]).articles, words=250)
    assert briefing.analysis is not None
    assert _case_conflicts(briefing.analysis) == []
