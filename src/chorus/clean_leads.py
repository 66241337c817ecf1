"""What opens the story's lead on its line and goes alone, the lead kept: a Reuters dateline
with no dash ("DUBAI A Bahraini court sentenced ...", raw validation 127 by index), which
every section showed as the lead's first words. (A headline glued before its lead is cut
from it by `chorus.sentences`, not removed: it is the page's own words.)"""

from __future__ import annotations

import re

from chorus.language.datelines import BARE_DATELINE

LEAD_DATELINE = re.compile(BARE_DATELINE)
DATELINE_LINES = 12
"""The page's lines, empty ones counted, a dateline is looked for on: Reuters' pages open with
up to five captions, a line each with an empty line between (110's dateline is on line 10).
`chorus.clean` matches `LEAD_DATELINE` on them in its loop: a call a line cost 2% of
cleaning raw validation."""
DATELINE_REASON = "dateline"
