"""headline82: an agreed fact that tells one detail of the story (a figure, one finding),
sharing words with only one on-story article's first sentence, does not decide which summary
sentences name what the story is about: raw validation 74's and 6's leads head again."""

from __future__ import annotations

import pytest

from chorus.render.headline_choice import headline
from chorus.render.headline_subject import agreed_stems
from tests.briefings import raw_briefing

_LEADS = {
    # The best weekly dose of jogging, agreed by both: not "In Lee's own study ...".
    74: ("A little jogging is good for your health, researchers say", "In Lee's own study"),
    # Hunger's "no effect on non-food items": not the abstract's background line.
    6: ("People buy far more stuff and spend more money when", "Hunger is assumed"),
}


@pytest.mark.parametrize("line", sorted(_LEADS))
def test_a_lead_heads_over_a_line_naming_a_detail_row(line):
    lead, detail = _LEADS[line]
    briefing = raw_briefing(line)
    assert len(briefing.analysis.agreed) == 1
    assert agreed_stems(briefing) is None
    chosen = headline(briefing)
    assert chosen.text.startswith(lead) and not chosen.text.startswith(detail)
    assert chosen.source.startswith("summary sentence 1")


def test_rows_telling_the_event_still_give_the_stems():
    # Raw 217: Qatar Airways' stake in American is in every lead; the "4.75%" board
    # approval row shares words with one lead only and gives none of its own.
    briefing = raw_briefing(217)
    stems = agreed_stems(briefing)
    assert stems is not None
    assert {"qatar", "airli"} <= stems
    assert "board" not in stems
    chosen = headline(briefing).text
    # headline88: the lead telling only American's feeling gives way to the investment's figure.
    assert chosen.startswith("Qatar Airways filed under the Hart-Scott-Rodino Act")
