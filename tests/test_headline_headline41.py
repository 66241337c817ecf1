"""The headline's forty-first pass: a cut ending on a verb whose object its own preposition
opens ("... and for calling…" before "for action", raw validation 108; "... to get involved…"
before "in the counting of ballots", 204) runs on to that phrase's end within the reach, as a
cut ending on a noun wanting its object does (`render/wanted_objects.py`), and on again while
the phrase added ends on such a word ("... for action…" before "on climate change"). Raw
clusters are 0-based lines of the file, read as `chorus brief` reads their texts."""

from __future__ import annotations

from functools import cache

import pytest

from chorus import brief
from chorus.ingest import read_texts
from chorus.model import Briefing
from chorus.render.headline_choice import _shown, headline
from chorus.render.phrase_cuts import _objects_given
from chorus.render.wanted_objects import wants_object
from tests.briefings import briefing
from tests.conftest import RAW_VALIDATION, read_clusters


@cache
def _raw(line: int) -> Briefing:
    """Raw validation cluster `line` as `chorus brief` reads its texts (first-line titles)."""
    ingested = read_texts(list(read_clusters(RAW_VALIDATION, line + 1)[line]["documents"]))
    return brief(ingested.articles, skipped=ingested.skipped, notes=ingested.notes)


@pytest.mark.parametrize(
    ("cluster", "ending"),
    [
        # reader109 item 2: "… and for calling…" told no demand
        (108, "-- a Catholic socialist -- and for calling for action on climate change…"),
        # reader25's blind 149, judged "right story": on whom now
        (149, "is considering ending its eavesdropping on friendly foreign leaders…"),
        # reader27's blind 204, judged "right story": in what now
        (204, "on state police to get involved in the counting of ballots…"),
    ],
)
def test_a_cut_runs_on_to_the_object_its_verb_or_noun_wants(cluster, ending):
    chosen = headline(_raw(cluster))
    assert chosen.text.endswith(ending)
    assert chosen.source == "summary sentence 1, shortened"


def test_duc_21s_factor_is_told_where():
    chosen = headline(briefing("duc", 21, words=100))
    assert chosen.text.endswith("has become a factor in at least two campaigns…")


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        # DUC 2003 12 [3]
        (
            "But Clinton, who last spring was resisting advice that he become far more publicly"
            " involved in managing the world's financial chaos, insisted that it was not too late"
            " to act.",
            "… publicly involved in managing the world's financial chaos…",
        ),
        # DUC 2003 29 [9]
        (
            "His indictment accuses him of organizing the China Democratic Party, accepting money"
            " from abroad, calling for independent trade unions and making subversive statements"
            " in interviews with foreign news organizations.",
            "… accepting money from abroad, calling for independent trade unions…",
        ),
        # raw 146 [0]: a noun's "action on" too
        (
            "For such a large package to be passed before funding expires, all 100 senators will"
            " need to agree to speedy action on the spending bill and budget package.",
            "… agree to speedy action on the spending bill…",
        ),
        # raw 176 [1]: the noun "call"
        (
            "Officials would seek more information from Libyan officials and reiterate the White"
            " House's call for the Libyan government to avoid using violence against those"
            " protesting peacefully and respect their rights, NBC added.",
            "… the White House's call for the Libyan government to avoid using violence…",
        ),
    ],
)
def test_real_sentences_cut_as_the_headline_cuts_them(sentence, cut):
    assert _shown(sentence).endswith(cut.removeprefix("… "))


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        # raw 116 [0] (reader109 item 5): "for possible criminal prosecution" ends past the reach
        (
            "The House Ways and Means Committee voted Wednesday to refer a former Internal Revenue"
            " Service official to the Justice Department for possible criminal prosecution in the"
            " agency's tea party controversy.",
            "to refer a former Internal Revenue Service official to the Justice Department…",
        ),
        # raw 121 [0] (reader109 item 1): the relative clause ends past the reach
        (
            "Michael Dunn, who shot and killed Jordan Davis and opened fire on three of Davis'"
            " friends, made phone calls from jail in which he compared himself to a rape victim,"
            ' made racially charged comments, and insisted that he was "the one who was'
            ' victimized" in the deadly shooting.',
            "made phone calls from jail…",
        ),
    ],
)
def test_a_point_past_the_reach_is_still_cut_before(sentence, cut):
    assert _shown(sentence).endswith(cut)


def test_wants_object_reads_verbs_and_the_nouns_added():
    assert wants_object("... and for calling", " for action")
    assert wants_object("... Sen. Dianne Feinstein, chairwoman, called", ' for a "total review"')
    assert wants_object("... to get involved", " in the counting of ballots")
    assert wants_object("... for action", " on climate change")
    assert wants_object("... its eavesdropping", " on friendly foreign leaders")
    assert wants_object("... has become a factor", " in at least two campaigns")
    # another preposition, or a break inside the phrase: no object
    assert not wants_object("... and for calling", " on Tuesday")
    assert not wants_object("... to get involved", " — and then")
    assert not wants_object("... a factor", " for two campaigns")


def test_the_run_on_stops_at_the_first_phrase_giving_no_wanted_object():
    opening = "Sanders lauded Pope Francis and for calling for action"
    longer = [
        f"{opening} on climate change and poverty in his speech",
        f"{opening} on climate change and poverty",
        f"{opening} on climate change",
        opening,
    ]
    assert _objects_given(opening, longer) == f"{opening} on climate change"
    # no longer cut: the cut stays
    assert _objects_given(opening, [opening]) == opening
    # the next phrase gives no object: the cut stays
    assert _objects_given("the White House's call", ["the White House's call, NBC said"]) == (
        "the White House's call"
    )
