"""headline93: a headline's cut leaves out an opening span of time counted from an event
("Sixteen months after it was identified as a likely source of a deadly Legionnaires’
outbreak, ...", raw 241) when it would stop before the main clause's verb, as it leaves out
other opening phrases; a cut that would stop on a comma right before a "not" opening a
contrast ("... as a "threatened," | not "endangered," species", raw 114) runs on past it
within the reach."""

from __future__ import annotations

import pytest

from chorus.render.headline_choice import headline
from chorus.render.shortening import shortened
from tests.briefings import DUC, raw_briefing
from tests.conftest import RAW_VALIDATION
from tests.summary_texts import HEADLINE_LIMIT, headline_cut


def test_241s_headline_is_its_main_clause():
    briefing = raw_briefing(241)
    assert briefing.summary[0].text.startswith("Sixteen months after it was identified")
    chosen = headline(briefing)
    assert chosen.text == (
        "… Flint’s water supply still hasn’t been tested for the Legionella bacteria."
    )
    assert chosen.source == "summary sentence 1, shortened"


def test_a_span_of_time_before_a_long_event_is_left_out_for_its_main_clause():
    assert headline_cut(DUC, 17, "A week before the pope left Rome,").startswith(
        "… the Simon Wiesenthal Center in Paris asked the Vatican to delay beatification"
    )


def test_114s_headline_tells_what_threatened_is_set_against():
    chosen = headline(raw_briefing(114))
    assert chosen.text.endswith('as a "threatened," not "endangered,"…')
    assert chosen.source == "summary sentence 1, shortened"


@pytest.mark.parametrize(
    ("line", "opening", "cut"),
    [
        # A span of time kept where the cut already tells the main clause's verb ...
        (
            77,
            "Nine months after Colorado legalized recreational sales,",
            "Nine months after Colorado legalized recreational sales, PBS reported that black "
            "market marijuana remained far cheaper…",
        ),
        # ... or where a participle's clause, no subject, follows its comma.
        (
            54,
            "Two days after the University of Houston student",
            "Two days after the University of Houston student went missing from his off-campus "
            "apartment, sparking a search…",
        ),
        # A contrast after a comma told within the reach.
        (
            154,
            "The lists describe the level of evidence",
            "The lists describe the level of evidence that something can cause cancer, not how "
            "likely it is that something will cause cancer…",
        ),
        (
            26,
            "Beyond voting, the greatest opportunity",
            "Beyond voting, the greatest opportunity is helping people stay engaged with the "
            "issues that matter to them every day, not just every few years…",
        ),
    ],
)
def test_a_raw_sentence_cut_as_a_headline(line, opening, cut):
    assert headline_cut(RAW_VALIDATION, line, opening) == cut


def test_with_no_room_past_the_limit_the_cut_stops_before_the_contrast():
    # The cut at the limit alone (a candidate read before the reach is allowed).
    polar = raw_briefing(114).summary[0].text
    assert shortened(polar, HEADLINE_LIMIT).endswith('as a "threatened,"…')
