"""The words by which a sentence tells an event: a verb in the past (`PAST`), one in the
present perfect (`PERFECT`) and the story's day (`NEWS_DAY`). The headline reads them to
pass over a lead telling none (`render.headline_event`); the summary's order reads them to
put the lead telling the news right below a feature's opening line
(`summarize.feature_ledes`)."""

from __future__ import annotations

import re

PAST = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|had|did|won|beat|became|took|made|led|struck|fell|rose|left"
    r"|gave|came|went|broke|ran|sold|paid|lost|shot|said|told|found|began|saw|got|held|kept"
    r"|met|sent|spent|stood|brought|bought|caught|wrote|drove|chose|flew|grew|knew|threw)\b"
)
"""A verb in the past: what a sentence telling an event writes ("won", "was clinched")."""
PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b")
"""A deed told in the present perfect ("A judge has thrown out three murder charges ...",
raw 119's lead; "Michael Kors has picked out some new shoes ...", raw 15's)."""
NEWS_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight"
    r"|(?:this|last) (?:morning|afternoon|evening|night))\b"
)
"""The story's day, as a report names it ("on Saturday night", "yesterday")."""
