"""A headline that tells its story's turn: an article's lead shown whole, with the line right
after it in its article when that line opens on "But", the summary shows it right below, and
the two fit a headline of two sentences. A lead may set up what its next line overturns:
"District Court Judge Lou Olivera sentenced a retired Green Beret to lock-up for a probation
violation." is raw validation cluster 67's whole lead, and its story is the next line's "But
when the cell door closed behind that war veteran, the judge was locked up with him.", which
cannot head alone ("that war veteran", `headline_choice._stands_alone`)."""

from __future__ import annotations

from collections.abc import Sequence

from chorus.model import SummarySentence
from chorus.render.headline_leads import opens_story

_PAIR_CHARS = 200
"""The most characters a lead and its turn shown together have: a headline's reach
(`headline_choice._HEADLINE_REACH`, 150) and a third more, as a standfirst under a
headline runs; a longer pair reads as a paragraph (raw 17's, 281; 136's, 252)."""


def turn_after(summary: Sequence[SummarySentence], number: int, shown: str) -> str | None:
    """The line shown after summary sentence `number` in the headline (`shown`, the sentence
    as the headline shows it, whole): the next summary sentence, when it is the next line of
    the same article, that article's lead being `number`, and opens on "But" telling, not
    asking (raw 57's "But will they be wiling to go to Austria for the McRibster?") nor
    pointing at what follows (239's "But what happened next left her in tears."), and the
    two fit `_PAIR_CHARS`; else None."""
    if number >= len(summary):
        return None
    lead, after = summary[number - 1].shown, summary[number].shown
    text = summary[number].text
    turns = (
        opens_story(lead)
        and after.article is lead.article
        and after.index == lead.index + 1
        and text.startswith("But ")
        and not text.startswith("But what ")
        and not text.rstrip("\"”’' ").endswith("?")
    )
    return text if turns and len(shown) + 1 + len(text) <= _PAIR_CHARS else None
