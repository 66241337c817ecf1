"""What opens the story's lead on its line and goes alone, the lead kept: a Reuters dateline
with no dash ("DUBAI A Bahraini court sentenced ...", raw validation 127 by index), which
every section showed as the lead's first words; and its place alone on a line of its own
before the lead, closed by a bar ("PHILADELPHIA |" above "PHILADELPHIA (Reuters) - Eight
people ...", raw 187 [0]), which stood as a sentence. So does a picture's credit, its site's
address in capitals, glued before the caption under it: "DEVONJAMESXXX.COM 'I want you to be
my whore' was one text message Florida-based porn star Devon James says Tiger Woods sent her."
(raw 175 [0], the Daily News' picture under its headline), the caption kept, the page's own
sentence. (A headline glued before its lead is cut from it by `chorus.sentences`, not
removed: it is the page's own words.)"""

from __future__ import annotations

import re

from chorus.language.datelines import BARE_DATELINE

_PLACE_ABOVE_THE_LEAD = r"[A-Z]{3,}(?: [A-Z]{2,}){0,2} \|\s*$"
# The only line of raw validation and DUC opening on an address in capitals before more words
# is 175's ("BROWSE SALON.COM", "Follow CBSMIAMI.COM:", "(AMNH.ORG)" open none).
_CREDIT_BEFORE_ITS_CAPTION = (
    r"(?P<credit>[A-Z0-9][A-Z0-9-]*(?:\.[A-Z0-9-]+)*\.(?:COM|NET|ORG) (?=['‘\"“]?[A-Z]))"
)
LEAD_OPENING = re.compile(f"{_PLACE_ABOVE_THE_LEAD}|{BARE_DATELINE}|{_CREDIT_BEFORE_ITS_CAPTION}")
DATELINE_LINES = 12
"""The page's lines, empty ones counted, a dateline is looked for on: Reuters' pages open with
up to five captions, a line each with an empty line between (110's dateline is on line 10).
`chorus.clean` matches `LEAD_OPENING` on them in its loop: a call a line cost 2% of
cleaning raw validation."""
DATELINE_REASON = "dateline"
CREDIT_REASON = "photo credit"


def lead_opening_reason(opening: re.Match[str]) -> str:
    """Why `LEAD_OPENING`'s match goes: a picture's credit, or a dateline."""
    return CREDIT_REASON if opening.group("credit") else DATELINE_REASON
