"""The seventieth conflicts pass (reader110, item 1): raw 130's denials ("Absolutely false",
"That is absolutely false", "made up out of whole cloth") all stand in [2] (The Daily
Beast), each beside the claim it answers; [1] (the Times' excerpt) tells NBC's side alone.
One outlet telling both sides of a dispute is no conflict between the sources
(denials.py asks a claim of another article than the denial's), as the sixty-seventh pass
judged raw 165's.

conflict_tolls.py (reader107, item 8): raw 76's Syria toll to date given two floors, the
UN's "more than 8,000 people have been killed" [1] and "more than 8,000 people have died so
far" [3] against AFP's "bloodshed that has cost an estimated more than 9,100 lives in the
past year" [2]. Storms' tolls told in the past tense and grown from one day's report to the
next (DUC 19, 20, 24) are not read."""

from __future__ import annotations

import gzip
import json

import pytest

from chorus import brief
from chorus.analyze.conflict_tolls import _apart, toll_floors
from chorus.analyze.model import Analysis, Conflict
from chorus.ingest import read_inputs
from tests.conftest import DATA, RAW_VALIDATION, SEEDS, read_clusters
from tests.gold import analysed_lines

_TOLLS = "Different death tolls to date: "


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_130s_denials_stand_beside_their_claims_in_one_outlet(raw):
    times, daily_beast = raw[130]["documents"]
    for denial, claim in (
        ("“Absolutely false,”", "threatening to smear him"),
        ("“That is absolutely false,”", "Oppenheim had asked if people still cared"),
        ("made up out of whole cloth", "had made him a scapegoat"),
    ):
        assert denial in daily_beast and claim in daily_beast
        assert denial not in times and claim not in times
    analysis = analysed_lines(raw, (130,))[130]
    assert analysis is not None
    assert not any(c.kind == "denial" for c in analysis.conflicts)


def _toll_conflicts(analysis: Analysis | None) -> list[Conflict]:
    assert analysis is not None
    return [c for c in analysis.conflicts if c.reason.startswith(_TOLLS)]


def test_76s_un_toll_and_afps_are_shown_against_each_other(raw):
    (toll,) = _toll_conflicts(analysed_lines(raw, (76,))[76])
    assert toll.kind == "number"
    assert toll.reason == (
        "Different death tolls to date: more than 8,000 people have been killed vs more than"
        " 9,100 lives; both are floors, and a toll to date grows: they may be counts of"
        " different days"
    )
    # the UN's figure in AP's and Al Jazeera's words, a side; AFP's the other
    assert [s.text for s in toll.side_a] == [
        "The U.N. says more than 8,000 people have been killed in the year-long uprising.",
        "The United Nations estimates that more than 8,000 people have died so far in the"
        " violence following the revolt against four decades of rule by the Assad family.",
    ]
    (afp,) = toll.side_b
    assert "bloodshed that has cost an estimated more than 9,100 lives in the past year" in afp.text
    assert len({s.article.id for s in (*toll.side_a, afp)}) == 3


def test_a_toll_to_date_alone_is_no_conflict(raw):
    # raw 47's "more than 7,500 people have now died" [3] is the one toll to date of its
    # cluster; [2]'s "At least 144 people were reported killed Monday" is a day's
    assert "more than 7,500 people have now died in the crackdown" in raw[47]["documents"][2]
    assert _toll_conflicts(analysed_lines(raw, (47,))[47]) == []


def test_what_is_read_as_a_toll_to_date():
    ((figure, told),) = toll_floors("more than 7,500 people have now died in the crackdown.")
    assert (figure.low, told) == (7500, "more than 7,500 people have now died")
    ((figure, told),) = toll_floors("bloodshed that has claimed at least 300 lives so far")
    assert (figure.low, told) == (300, "at least 300 lives")
    # an exact figure, a past toll, a placed one, lives lost and lives saved are not read
    assert toll_floors("8,000 people have died in the uprising.") == []
    assert toll_floors("Hurricane Georges plowed across the Caribbean, killing at least 500") == []
    assert toll_floors("more than 280 people have died in the Dominican Republic") == []
    assert toll_floors("the storm has claimed more than 90 lives lost at sea") == []
    assert toll_floors("a vaccine that has saved more than 9,000 lives") == []


def test_floors_a_rough_figures_margin_apart_meet_and_those_past_twice_count_more():
    assert _apart(8000, 9100)
    assert not _apart(62, 65)  # DUC 19's cold wave, one AP story updated
    assert not _apart(74, 156)  # past FLOOR_REACH: a wider count


def test_the_storm_tolls_grown_by_the_day_are_not_read():
    with gzip.open(DATA / "duc2003-task2.jsonl.gz", "rt", encoding="utf-8") as lines:
        duc = [json.loads(line) for line in lines]
    written = {
        19: "have killed at least 62 people throughout Europe",
        20: "killing at least 156 people in the Philippines",
        24: "killing at least 500 people",
    }
    for line, words in written.items():
        assert any(words in document for document in duc[line]["documents"]), line
        assert toll_floors(words) == [], line


def test_the_seeds_give_no_toll_to_date_conflict():
    briefing = brief(read_inputs([str(SEEDS)]).articles, words=250)
    assert _toll_conflicts(briefing.analysis) == []
