"""The eighty-eighth agreement pass (agree90; raw validation and DUC clusters, 0-based, file
order): an outlet naming none of the examples a statement lists by name ("including at Ithaca
College and Yale University", raw 206), or telling a long subject and no word of what it came
to ("... has prompted press speculation ...", raw 224), tells it in part
(agreement_specifics.py); an opening "Here's" points at what the page shows, and its "here" is
no own word two sentences share (raw 211: agreement_demonstratives.presented_here)."""

from __future__ import annotations

from functools import cache

from chorus.analyze.agreement_demonstratives import presented_here
from chorus.analyze.agreement_specifics import examples_untold, outcome_untold
from chorus.analyze.model import Fact
from chorus.api import brief
from chorus.model import Briefing
from tests.conftest import DATA, RAW_VALIDATION
from tests.gold import data_line, pair_shown
from tests.raw_pages import raw_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"
_ITHACA = "including at Ithaca College and Yale University"
_SPECULATION = "has prompted press speculation"


def _fact(briefing: Briefing, words: str) -> Fact:
    (fact,) = [f for f in briefing.analysis.agreed if words in f.statement.text]
    return fact


@cache
def _briefed(cluster: int) -> Briefing:
    """The briefing of a raw validation cluster, made once for the tests reading it."""
    return brief(raw_clusters()[cluster]["documents"])


def test_an_outlet_naming_none_of_the_examples_tells_the_row_in_part():
    protests = _briefed(206)
    fact = _fact(protests, _ITHACA)
    others = {s.article.id for s in fact.support} - {fact.statement.article.id}
    assert others and set(fact.partial) == others
    # the demands row it stood beside keeps its mark
    assert _fact(protests, "The 14 demands include").partial


def test_examples_read_by_their_names():
    statement = _fact_text(206, _ITHACA)
    wave = data_line(RAW_VALIDATION, 206, "The wave of diversity protests that started")
    assert examples_untold(statement, [wave])
    assert not examples_untold(statement, [wave, "Students rallied at Yale on Monday."])
    # a list of deeds, not names, is read by agreement_parts' clauses (raw 160)
    pipeline = (
        "Democrats are balking at some provisions in the House- passed payroll-tax plan,"
        " including plans to expedite construction of an oil pipeline from Canada to Texas,"
        " raising Medicare premiums for wealthier retirees and paring unemployment benefits."
    )
    assert not examples_untold(pipeline, ["including the construction of a new oil pipeline"])


def _fact_text(cluster: int, words: str) -> str:
    return data_line(RAW_VALIDATION, cluster, words)


def test_a_long_subject_told_without_what_it_came_to_is_told_in_part():
    crash = _briefed(224)
    fact = _fact(crash, _SPECULATION)
    assert fact.partial == tuple({s.article.id for s in fact.support} - {fact.statement.article.id})
    statement = _fact_text(224, _SPECULATION)
    (support,) = [s.text for s in fact.support]
    assert outcome_untold(statement, [support])
    assert not outcome_untold(statement, [support, "The crash prompted speculation."])


def test_a_short_subject_or_a_verb_after_a_modal_is_read_whole():
    cold = data_line(DUC, 19, "Temperatures have dropped well below freezing")
    assert not outcome_untold(cold, ["temperatures dipping as low as minus 26 Celsius"])
    lane = (
        "Mark Lane, the defense lawyer, social activist and author who concluded in a"
        " blockbuster book in the mid-1960s that Lee Harvey Oswald could not have acted alone"
        " in killing President John F. Kennedy, died on Tuesday."
    )
    assert not outcome_untold(lane, ["Lane's book sparked theories that JFK was killed."])


def test_an_opening_here_links_nothing():
    lenovo = _briefed(211)
    assert not pair_shown(lenovo.analysis, "Sony's Tap 20", "Here's Lenovo's Horizon desktop")
    # the cluster's other rows stand
    assert _fact(lenovo, "We played Air Hockey")
    assert presented_here("Here's Lenovo's Horizon.", "because here at CES", {"here", "lenov"})
    victim = "“I’m the f*** victim here,” he said during one of the phone calls."
    said = '"I\'m the [expletive deleted] victim here," says Dunn.'
    assert not presented_here(victim, said, {"here", "victi"})
