"""The "Conflicts" section after the eighteenth pass (conflict_new_text18.json): precision of
what it shows on 30 Multi-News+ train clusters no earlier fixture names, judged before the
pass' rules, a design half and a blind half; the rules that leave out wrong conflicts the
seventeenth pass listed and the design half showed (a toll of another year or a running
total, an attacker shot by police, sites of two kinds against one, a plan's duration, a
negation no one is reported saying or saying when, "than condemning", "did not carry out",
a claim asked or "yet to" be proved, an act done to "president ...")."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from chorus.analyze.claims import asserts
from chorus.analyze.count_rivals import rival_counts
from chorus.analyze.count_scopes import scope
from chorus.analyze.durations import durations_before
from chorus.analyze.model import Analysis
from chorus.analyze.negations import denies
from chorus.analyze.spoken_denials import spoken_denials
from tests.test_analyze_conflicts_plus import _sentence
from tests.test_analyze_conflicts_plus12 import _documents, analyse
from tests.test_analyze_conflicts_plus16 import denial
from tests.test_analyze_conflicts_plus17 import FIXTURE as FIXTURE17
from tests.test_analyze_conflicts_plus17 import _verdicts

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_new_text18.json").read_text(encoding="utf-8")
)
# The seventeenth pass' wrong conflicts this pass leaves out.
LEFT_OUT17 = (
    "multi_news-train-10933",
    "multi_news-train-11057",
    "multi_news-train-11702",
    "multi_news-train-17721",
    "multi_news-train-4392",
    "multi_news-train-19312",
    "multi_news-train-4112",
    "multi_news-train-15076",
)


@pytest.fixture(scope="module")
def documents() -> dict[str, list[str]]:
    judged = {c["id"] for c in (*FIXTURE["design"], *FIXTURE["blind"])}
    return _documents({*judged, *LEFT_OUT17})


@pytest.fixture(scope="module")
def analysed(documents) -> dict[str, tuple[Analysis, dict[str, int]]]:
    return analyse([{"id": i} for i in documents], documents)


def test_design_half_shows_fewer_wrong_conflicts(analysed):
    # Main showed 17 on the design half: 7 right, 8 wrong, 2 unclear (0.47); the pass' rules
    # leave out four wrong ones (11313, 28089, 35645, 33343), every right one kept; the
    # nineteenth pass three more (33746's toll with the gunman twice, 6194's two tallies);
    # the twelfth sentences pass the last, 24389's "about 2 a.m." (Multi-News+ capitalised
    # "At about 2 a.m. Deputies arrested ...", now cut after "a.m.", a wrong cut of a wrong pair).
    assert _verdicts(analysed, FIXTURE["design"]) == Counter(right=7, unclear=2)


def test_blind_half_scored_once(analysed):
    # Main: 6 right, 7 wrong, 3 unclear (0.46); scored once, the rules frozen: 24105's toll
    # "in 2010" and 9780's (its sentence names 2006) gone, 34635's wrong pair shown through
    # Longo's "doesn't mean ... didn't happen" instead of the headline's; the nineteenth
    # pass leaves out that one and 15135's Port Arthur toll "since a lone gunman killed 35".
    # Since the twelfth sentences pass cut the live blog's "9:15 a.m. Houston police say ..."
    # from its "the latest" heading, 19601's unclear toll pair shows unhedged: wrong.
    shown = _verdicts(analysed, [*FIXTURE["blind"], *FIXTURE["blind_after"]])
    assert shown == Counter(right=6, wrong=4, unclear=2)


def test_the_seventeenth_pass_wrong_conflicts_left_out(analysed):
    for cluster in LEFT_OUT17:
        verdicts = {
            (c["reason"], c["a"]): c["verdict"]
            for c in (*FIXTURE17["design"], *FIXTURE17["blind"])
            if c["id"] == cluster
        }
        shown = [(c.reason, c.side_a[0].text[:50]) for c in analysed[cluster][0].conflicts]
        assert all(verdicts.get(key) != "wrong" for key in shown), cluster


def test_a_toll_of_another_year_or_a_running_total_is_of_another_moment(documents):
    fort_hood = _sentence(documents, "multi_news-train-4112", "left 13 dead in 2009")
    assert scope(fort_hood).shift == "in 2009"
    last_year = _sentence(documents, "multi_news-train-28089", "in florida last year")
    assert scope(last_year).shift == "last year"
    running = _sentence(documents, "multi_news-train-33343", "15 russian planes have crashed")
    assert scope(running).shift == "since the beginning of"
    story = _sentence(documents, "multi_news-train-33343", "killing 31 people")
    assert scope(story).shift == ""


def test_sites_of_two_kinds_count_over_several_places(documents):
    both = _sentence(documents, "multi_news-train-19312", "airport and subway station")
    one = _sentence(documents, "multi_news-train-19312", "killed 16 people at brussels airport")
    assert scope(both).whole and not scope(one).whole


def test_an_attacker_shot_by_police_may_be_in_the_toll(documents):
    shot = _sentence(documents, "multi_news-train-11313", "before being fatally shot")
    assert [(c.low, c.high) for c in rival_counts(shot) if c.quantity == "deaths"] == [(2, 4)]
    assert [c.value for c in rival_counts("Gunmen killed three people in the market.")] == [3]


def test_a_planned_duration_is_no_duration(documents):
    plan = _sentence(documents, "multi_news-train-15076", "conceived of as a 24-hour mission")
    assert durations_before(plan) == []
    ran = _sentence(documents, "multi_news-train-15076", "57-hour mission")
    assert [d.written for d in durations_before(ran)] == ["57-hour mission"]


def test_negations_that_deny_nothing(documents):
    study = _sentence(documents, "multi_news-train-10933", "did not occur for any measure")
    assert denial(study) is None
    assert denial('"The attack did not happen," the ministry said.') is not None
    assert denial("The attack did not happen.") is None
    plot = _sentence(documents, "multi_news-train-35645", "did not carry out")
    assert spoken_denials(plot) == []
    obama = _sentence(documents, "multi_news-train-11057", "when he didn't cross that line")
    assert spoken_denials(obama) == []
    cheney = _sentence(documents, "multi_news-train-4392", "did not condemn the attack")
    rather = _sentence(documents, "multi_news-train-4392", "than condemning the attackers")
    assert not denies(cheney, rather)


def test_a_question_or_proof_yet_to_come_asserts_nothing(documents):
    tweet = _sentence(documents, "multi_news-train-11702", "what proof do u have")
    assert not asserts(tweet)
    report = _sentence(documents, "multi_news-train-11702", "had yet to provide")
    assert not asserts(report)
    assert asserts("Police said they found evidence of a break-in.")


def test_an_act_done_to_a_president_is_no_claim_about_the_president(analysed):
    assert not any("idiot" in c.reason for c in analysed["multi_news-train-17721"][0].conflicts)
