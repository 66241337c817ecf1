"""The summary's rules read the order the briefing shows when its headline brings a later
article's lead first (summary95, stop 49): made after `summarize`, the move showed raw
validation 235's "Although the latest sanctions are not as tough ..." above [1]'s line the
rules had read as meeting "the ... sanctions", and 208's "Lewis is running ..." above the
tweet naming Jennifer Lewis, which `named_in_full_first` had put first."""

from __future__ import annotations

import pytest

from chorus.headline_opening import headline_lead
from chorus.sentences import split
from tests.briefings import raw_briefing


def _texts(line: int, analyze: bool) -> list[str]:
    return [s.text for s in raw_briefing(line, analyze).summary]


@pytest.mark.parametrize("analyze", [True, False])
def test_a_definite_the_move_left_apart_is_shown_below_its_line_before(analyze):
    texts = _texts(235, analyze)
    # still opening on the headline's lead ...
    assert texts[0].startswith("Japan's top government spokesman")  # past "TOKYO (AP) — "
    # ... with "the latest sanctions" below the line approving them, not below the lead alone
    latest = next(n for n, t in enumerate(texts) if t.startswith("Although the latest sanctions"))
    assert texts[latest - 1].startswith("The U.N. Security Council unanimously approved new")


@pytest.mark.parametrize("analyze", [True, False])
def test_a_surname_reads_below_its_full_name_in_the_order_shown(analyze):
    texts = _texts(208, analyze)
    assert texts[0].startswith("A top-ranking House Republican, Virginia Rep. Bob Goodlatte")
    surname = next(n for n, t in enumerate(texts) if t.startswith("Lewis is running against"))
    assert any("Jennifer Lewis" in text for text in texts[:surname])


def test_the_summary_shows_the_headline_s_lead_first_leaving_none_to_move():
    # The summary shown opens on the lead the headline named: no later lead left to move.
    for line in (8, 20, 28, 208, 235):
        briefing = raw_briefing(line, False)
        assert headline_lead(briefing, [split(d) for d in briefing.documents]) is None


def test_a_row_of_another_article_keeps_the_reading_its_order_gave():
    # Raw 44's Weir line opened `summarize`'s order; moved below the headline's article it
    # is still below every line it was, so it is not read again as a quotation's "These"
    # apart (`step_apart`): it stays, below the lines telling the three shows.
    texts = _texts(44, False)
    assert texts[0].startswith("In what will be a bittersweet announcement for Deadheads")
    weir = next(n for n, t in enumerate(texts) if t.startswith('"These will be the last shows'))
    assert any("these three shows" in text for text in texts[:weir])
