"""The headline's thirty-eighth pass (headline100): of several on-story titles, the first heads
unless it tells nothing of the summary's news line and a later one does (raw validation 21:
[1]'s remix list's "Mobb Deep Songs Remixed: Listen to 7 of the Best" over a rapper's death,
[4]'s "Mobb Deep's Prodigy Dies At 42" heads now); a cut ending on a noun whose object the next
phrase gives runs on to it within the reach (raw 39's "… shedding light on the racial tensions…",
11's and 23's roles)."""

from __future__ import annotations

from functools import cache

import pytest

from chorus import brief
from chorus.ingest import read_texts
from chorus.model import Briefing
from chorus.render.headline_choice import _a_lead, _shown, _summary_number_once, headline
from chorus.render.headline_title import telling_title
from chorus.render.wanted_objects import wants_object
from tests.conftest import RAW_VALIDATION, read_clusters


@cache
def raw_briefing(line: int) -> Briefing:
    """Raw validation cluster `line` (0-based) as `chorus brief` reads its texts: each page's
    first line read as its title when it reads as one (`tests.briefings` reads none)."""
    ingested = read_texts(list(read_clusters(RAW_VALIDATION, line + 1)[line]["documents"]))
    return brief(ingested.articles, skipped=ingested.skipped, notes=ingested.notes)


_DEATH = (
    "Prodigy, one-half of the legendary '90s rap group Mobb Deep, died Tuesday (June 20) at age 42."
)


def test_a_title_telling_the_death_heads_over_a_remix_lists():
    briefing = raw_briefing(21)
    chosen = headline(briefing)
    assert (chosen.text, chosen.source) == ("Mobb Deep's Prodigy Dies At 42", "the title of [4]")
    assert chosen.from_title and chosen.number is None
    # The summary's news line, which the titles are read against, opens the summary.
    number = _summary_number_once(briefing)
    assert (number, briefing.summary[0].text) == (1, _DEATH)
    # It is [2]'s lead below its own title line (its sentence 1, not 0): `_a_lead` reads only
    # an article's sentence 0, so the titles read from first lines still head over it.
    assert briefing.summary[0].shown.index == 1
    assert not _a_lead(briefing, number)


def test_the_remix_lists_title_shares_only_names_with_the_death():
    titles = [
        (1, "Mobb Deep Songs Remixed: Listen to 7 of the Best"),
        (2, "Mobb Deep's Prodigy Mourned by Nas, Just Blaze & More Hip-Hop Peers"),
        (4, "Mobb Deep's Prodigy Dies At 42"),
    ]
    # "Mobb Deep" and "Prodigy" are capitalised in the line: names, not its news; "42" is.
    assert telling_title(titles, _DEATH) == titles[2]
    assert telling_title(titles[:2], _DEATH) == titles[0]


@pytest.mark.parametrize(
    ("cluster", "title", "source"),
    [
        # The only title, sharing no lower-case word with the line, heads as before.
        (104, "U.S. Fast-Tracks Missile Defense System To South Korea, Drawing China's Ire", "[2]"),
        (213, "Popeye meets Wilco in hand-drawn cartoon music video", "[2]"),
        (57, "McRib 2.0: Meet McDonald’s McRibster", "[1]"),
        # The first title telling the line's news heads though a later one does too.
        (91, "One Woman's Quest To Make Juneteenth A National Holiday", "[1]"),
    ],
)
def test_a_first_title_heads_unless_a_later_one_tells_what_it_does_not(cluster, title, source):
    chosen = headline(raw_briefing(cluster))
    assert (chosen.text, chosen.source) == (title, f"the title of {source}")


def test_the_edges():
    first, later = (1, "Wildfire Photos"), (3, "Fire destroys 40 homes")
    line = "Flames destroyed 40 homes near Paradise on Friday."
    assert telling_title([], line) is None
    assert telling_title([first, later], None) == first
    # a figure and a word in lower case are told
    assert telling_title([first, later], line) == later
    # the first title telling it heads
    assert telling_title([later, (4, "40 homes lost")], line) == later
    # no title telling it: the first
    assert telling_title([first, (2, "Gallery")], line) == first
    # a name is not told: "Paradise" and "Mayor" are capitalised in the line
    mayor = [(1, "Paradise Mayor Honoured"), (2, "Mayor Quits")]
    assert telling_title(mayor, "Paradise Mayor Jane Roe quits.") == mayor[1]
    assert telling_title(mayor, "“Paradise” Mayor Jane Roe Quits.") == mayor[0]


# A cut ending on a noun whose object the next phrase gives runs on to that phrase's end
# within the reach (`wanted_objects.wants_object`).


@pytest.mark.parametrize(
    ("cluster", "ending"),
    [
        (39, "research is shedding light on the racial tensions…"),
        (11, "taking a top arts leadership role in the Trump administration…"),
        (23, "Adolf Eichmann for his role in the Holocaust…"),
    ],
)
def test_a_cut_runs_on_to_the_object_its_noun_wants(cluster, ending):
    chosen = headline(raw_briefing(cluster))
    assert chosen.text.endswith(ending)
    assert chosen.source == "summary sentence 1, shortened"


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        # DUC 2003 13 [0]: an inquiry into what
        (
            "As the House of Representatives prepares to debate whether to open a formal"
            " impeachment inquiry into President Clinton's conduct in the Monica Lewinsky matter,"
            " much attention has focused on the plight of House Democrats in swing districts.",
            "… impeachment inquiry into President Clinton's conduct…",
        ),
        # raw 217 [0]: a ban on what
        (
            "The airline said in April that it had seen a drop in bookings because of the US and"
            " UK governments' ban on large electronics in the cabins of certain international"
            " flights.",
            "… governments' ban on large electronics…",
        ),
        # DUC 2003 28 [6]: the phrase runs into the next clause ("_ making"): kept
        (
            "Cathay Pacific Airways said Wednesday it had pulled out of talks to buy a stake in"
            " ailing Philippine Airlines _ making the uncertain future at PAL even cloudier.",
            "… talks to buy a stake…",
        ),
        # raw 29 [2]: a lamp's light, no idiom: kept
        (
            "Previous studies examining the effect of continuous long- versus short-duration"
            " (minutes) intermittent light on the NIF system have implied that the effectiveness"
            " of light in changing circadian timing declines rapidly with the duration of the"
            " light pulse (42, 43, 55).",
            "… (minutes) intermittent light…",
        ),
        # raw 134 [1]: the phrase ends on a bare verb ("were marked"): kept
        (
            "The Department of Homeland Security documents critiquing the response to a simulated"
            ' anthrax attack on Super Bowl Sunday were marked "For Official Use Only" and'
            ' "important for national security."',
            "… a simulated anthrax attack…",
        ),
    ],
)
def test_real_sentences_cut_as_the_headline_cuts_them(sentence, cut):
    assert _shown(sentence).endswith(cut.removeprefix("… "))


def test_wants_object_edges():
    assert wants_object("... for his role", " in the Holocaust,")
    assert wants_object("... is shedding new light", " on the racial tensions")
    assert not wants_object("... intermittent light", " on the NIF system")
    assert not wants_object("... for his role", " on Tuesday")
    assert not wants_object("... a stake", " in ailing Philippine Airlines _ making the future")
    assert not wants_object("... a probe", "")
