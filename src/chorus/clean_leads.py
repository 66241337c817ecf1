"""What opens the story's lead on its line and goes alone, the lead kept: a Reuters dateline
with no dash ("DUBAI A Bahraini court sentenced ...", raw validation 127 by index), which
every section showed as the lead's first words; and its place alone on a line of its own
before the lead, closed by a bar ("PHILADELPHIA |" above "PHILADELPHIA (Reuters) - Eight
people ...", raw 187 [0]), which stood as a sentence. (A headline glued before its lead is
cut from it by `chorus.sentences`, not removed: it is the page's own words.)"""

from __future__ import annotations

import re

from chorus.language.datelines import BARE_DATELINE

_PLACE_ABOVE_THE_LEAD = r"[A-Z]{3,}(?: [A-Z]{2,}){0,2} \|\s*$"
LEAD_DATELINE = re.compile(f"{_PLACE_ABOVE_THE_LEAD}|{BARE_DATELINE}")
DATELINE_LINES = 12
"""The page's lines, empty ones counted, a dateline is looked for on: Reuters' pages open with
up to five captions, a line each with an empty line between (110's dateline is on line 10).
`chorus.clean` matches `LEAD_DATELINE` on them in its loop: a call a line cost 2% of
cleaning raw validation."""
DATELINE_REASON = "dateline"
