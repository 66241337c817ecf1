"""Review mends, stop 51 (mend93; raw validation, 0-based). summary103 took raw 71's "The
Onion has updated its story with this funny little tag:" out of its summary, and with it the
one real case under test (`test_render_headline_reader10`) of the headline passing over a line
ending on a colon and the words it introduces (`render.headline_kinds.introduced`,
`dangling.introduces`): no raw or DUC headline at 100, 250 or 500 words moves without them
today. Raw 188's summary, read from its colon line on, keeps the rule at work."""

from __future__ import annotations

import dataclasses

from chorus.render.headline_choice import headline
from tests.briefings import raw_briefing

_COLON = "After noting that the toy is designed"
_BLOCK = "The parties set no end date for royalties"


def test_a_summary_opening_on_a_colon_line_heads_on_neither_it_nor_what_it_introduces():
    briefing = raw_briefing(188)
    texts = [s.text for s in briefing.summary]
    colon = next(n for n, text in enumerate(texts) if text.startswith(_COLON))
    assert texts[colon].endswith(":") and texts[colon + 1].startswith(_BLOCK)
    # The summary as if it opened on the colon line: Kagan's opinion, set below it as a
    # block, is hers, not the news; read without the rule, it headed ("summary sentence 2").
    opening = dataclasses.replace(briefing, summary=briefing.summary[colon:])
    chosen = headline(opening)
    assert chosen.source == "summary sentence 4"
    assert chosen.text.startswith("One party to the case asked the court")
