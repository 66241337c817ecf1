"""The "Conflicts" section after the nineteenth pass (conflict_new_text19.json): precision of
what it shows on 30 Multi-News+ train clusters no earlier fixture names, judged before the
pass' rules, a design half and a blind half; the rules that leave out wrong conflicts the
eighteenth pass left and the design half showed (a toll of "august 2004", one after "the
worst ... since a", the dead counted "after a shooter opened fire" against those he killed,
tallies over different numbers of accidents, arrests at "another factory", a measurement
of another day of the week, "does not mean it didn't happen", a denier named in his own
clause)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from chorus.analyze.count_rivals import rival_counts
from chorus.analyze.count_scopes import apart, scope
from chorus.analyze.model import Analysis
from chorus.language.counts import other_days
from tests.test_analyze_conflicts_plus import _sentence
from tests.test_analyze_conflicts_plus12 import _documents, analyse
from tests.test_analyze_conflicts_plus16 import denial
from tests.test_analyze_conflicts_plus17 import _verdicts

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_new_text19.json").read_text(encoding="utf-8")
)
# The eighteenth pass' wrong conflicts this pass leaves out.
LEFT_OUT18 = (
    "multi_news-train-33746",
    "multi_news-train-6194",
    "multi_news-train-15135",
    "multi_news-train-34635",
)


@pytest.fixture(scope="module")
def documents() -> dict[str, list[str]]:
    judged = {c["id"] for c in (*FIXTURE["design"], *FIXTURE["blind"])}
    return _documents({*judged, *LEFT_OUT18})


@pytest.fixture(scope="module")
def analysed(documents) -> dict[str, tuple[Analysis, dict[str, int]]]:
    return analyse([{"id": i} for i in documents], documents)


def test_design_half_shows_fewer_wrong_conflicts(analysed):
    # Main showed 17 on the design half: 8 right, 7 wrong, 2 unclear (0.53); the pass' rules
    # leave out four wrong ones (24193, 9294's perigee, 33650, 7925), every right one kept.
    assert _verdicts(analysed, FIXTURE["design"]) == Counter(right=8, wrong=3, unclear=2)


def test_blind_half_scored_once(analysed):
    # Main: 7 right, 9 wrong (0.44); scored once, the rules frozen: unchanged. The
    # twenty-first pass leaves out eight wrong ones (conflict_reader21.json), no right one;
    # the twenty-second the ninth, Menendez's (conflict_reader22.json).
    assert _verdicts(analysed, FIXTURE["blind"]) == Counter(right=7)


def test_the_eighteenth_pass_wrong_conflicts_left_out(analysed):
    for cluster in LEFT_OUT18:
        assert analysed[cluster][0].conflicts == (), cluster


def test_a_toll_of_another_month_and_year_or_another_site(documents):
    moscow = _sentence(documents, "multi_news-train-24193", "in august 2004, when")
    assert scope(moscow).shift == "in august 2004"
    metro = _sentence(documents, "multi_news-train-24193", "killed at least 38 people")
    assert scope(metro).shift == ""
    factory = _sentence(documents, "multi_news-train-7925", "in another factory")
    assert scope(factory).shift == "in another factory"


def test_a_past_record_counts_another_event(documents):
    port_arthur = _sentence(documents, "multi_news-train-15135", "since a lone gunman killed 35")
    assert rival_counts(port_arthur) == []
    story = "the deadliest attack since 2015 killed 40 people"
    assert [c.value for c in rival_counts(story)] == [40]


def test_the_dead_after_a_shooter_opened_fire_may_count_him(documents):
    dead = _sentence(documents, "multi_news-train-33746", "at least 13 people are dead")
    assert [(c.low, c.value) for c in rival_counts(dead) if c.quantity == "deaths"] == [(12, 13)]
    killed = _sentence(documents, "multi_news-train-33746", "A gunman killed 12 people")
    assert [(c.low, c.high) for c in rival_counts(killed) if c.quantity == "deaths"] == [(12, 12)]


def test_tallies_over_different_numbers_of_accidents_are_apart(documents):
    to70 = _sentence(documents, "multi_news-train-6194", "two fatal accidents")
    asn = _sentence(documents, "multi_news-train-6194", "10 fatal airliner accidents")
    assert scope(to70).incidents == {2} and scope(asn).incidents == {10}
    assert apart(scope(to70), scope(asn))
    assert scope("Two car bombs killed 13 in two attacks").incidents == {2}


def test_a_measurement_of_another_day(documents):
    sunday = _sentence(documents, "multi_news-train-9294", "222,761 miles")
    monday = _sentence(documents, "multi_news-train-9294", "222,135 miles")
    average = _sentence(documents, "multi_news-train-9294", "average distance from earth")
    assert other_days(sunday, monday) and not other_days(sunday, average)


def test_a_negated_inference_denies_nothing(documents):
    longo = _sentence(documents, "multi_news-train-34635", "does not mean it didn't happen")
    assert denial(longo) is None
    assert denial('"The attack did not happen," the ministry said.') is not None


def test_who_denies_is_named_in_the_denials_clause(analysed):
    # Schwartz denies wrongdoing; "managing investment accounts" (his job) shares "accounts"
    # with the clause before his name only.
    assert analysed["multi_news-train-33650"][0].conflicts == ()
    assert any("involvement" in c.reason for c in analysed["multi_news-train-19317"][0].conflicts)
