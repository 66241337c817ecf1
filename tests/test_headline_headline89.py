"""headline89: a line telling only what a thing does not do or is not gives way to the next
candidate, so it neither heads a briefing nor, as the headline's lead, opens its summary (raw
0's index page, "The Good Country Index doesn’t measure what countries do at home.")."""

from __future__ import annotations

from chorus.render.headline_choice import headline
from chorus.render.headline_event import tells_what_not
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences

_DENIAL = "The Good Country Index doesn’t measure what countries do at home."
_US_OUT = "The United States of America may be the land of the free and the home of the brave"


def test_a_line_telling_what_the_index_does_not_measure_opens_nothing():
    assert _DENIAL in sentences(read_clusters(RAW_VALIDATION, 1)[0])
    assert tells_what_not(_DENIAL)
    briefing = raw_briefing(0)
    texts = [s.text for s in briefing.summary]
    # [1]'s news, the US out of the top 20, opens the summary; the index page's line is
    # still told, below [1]'s lines.
    assert texts[0].startswith(_US_OUT)
    assert "not even in the world’s top 20 countries" in texts[0]
    assert texts[-1] == _DENIAL
    chosen = headline(briefing)
    assert chosen.source == "summary sentence 1, shortened"
    assert chosen.text.startswith(_US_OUT)


def test_a_denial_with_a_figure_a_past_or_a_long_line_is_no_such_line():
    assert not tells_what_not(_US_OUT + ", but it’s not even in the world’s top 20 countries.")
    assert not tells_what_not("The legal fight was not over.")  # a past
    assert not tells_what_not("The index does not count 35 categories.")  # a figure
    assert not tells_what_not("The index measures what countries do for the world.")
