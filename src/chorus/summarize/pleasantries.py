"""An interview's pleasantries: a transcript's line that only greets or thanks, or answers in a
word or two.

"GEORGE STEPHANOPOULOS: Thanks for joining us live on ABCNews.com and Yahoo.com for this
exclusive interview with President Barack Obama and thanks for having us to the White
House." and "PRESIDENT OBAMA: Great to be here." (raw Multi-News validation cluster 144, ABC's
transcript) open an interview; neither tells the reader anything the interview said. Once
split3's cuts tipped a near-tie, both came into 144's summary without its first article, and
the president's answers under the same label were left out as restating "Great to be here."
(journal/summary.md, "Summary a reader sees, hundred-and-eleventh pass"). Only a line opened
by its speaker's label in capitals is read: those two are the only such lines over the 250
raw validation and 30 DUC clusters (25,166 sentences); an outlet's own thanks ("Thank you for
being part of this community, ...", raw 26's letter) and a quoted "Thank you." (104) are no
transcript's and are left to their rules.
"""

from __future__ import annotations

import re

_PLEASANTRY = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}: "
    r"(?:Thanks?(?: you)?(?: so much| very much)? for (?:joining|having|being|coming|taking)"
    r"|(?:(?:It's|It’s|It is) (?:great|good|nice|a pleasure)|Great|Good|Nice|Glad|Happy"
    r"|A pleasure|Pleasure) to "
    r"(?:be here|be with you|see you|have you|be back)"
    r"|Good (?:morning|afternoon|evening)\b"
    r"|Welcome (?:back|to the (?:show|program)))"
    r"[^?]*$"
)
"""A speaker's label, then a greeting or thanks opening the line, and no question after
it (a question asked after the thanks is the interview's)."""


def pleasantry(text: str) -> bool:
    """Whether a sentence is a transcript's line that only greets or thanks."""
    return _PLEASANTRY.match(text) is not None


_BARE_REPLY = re.compile(r"[A-Z][A-Z.'’ -]{2,40}: [\w’'-]+(?: [\w’'-]+)?[.!]\Z")
"""A speaker's label, then one or two words closing on a stop: a reply ("PRESIDENT OBAMA:
Yeah.", raw 144's ABC transcript, below the host's "Four years is a long time in kids'
years.") that says nothing without the question it answers."""


def bare_reply(text: str) -> bool:
    """Whether a sentence is a transcript's answer of one or two words under its speaker's
    label. Over the 250 raw validation and 30 DUC clusters' summaries only raw 144's
    "PRESIDENT OBAMA: Yeah." has the shape; the labelled lines shown otherwise run to eight
    words or more (raw 91's "LEE: I have no idea, but I'll be trying.")."""
    return _BARE_REPLY.match(text) is not None
