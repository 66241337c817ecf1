"""Sentences that tell of someone the reader of the sentence alone cannot place: by an age
alone ("The 56-year-old Phoenixville woman is charged ...", "Prosecutors say the 41-year-old
Bhutanese refugee received ...") or by "she" after a count opening the sentence ("Six of
the nine theft by deception charges she faced were dropped ..."), raw 119's lone items
(docs/journal/agreement.md, "Only in one outlet, a reader's findings (stop 36)"). A lone
item that does so carries the sentence before it (lead_ins.py), and the one before that
when the first does so too.
"""

from __future__ import annotations

import re

_UNNAMED_INSIDE = re.compile(r"(?P<age>[Tt]he\s+\d+-year-old\b)|\b(?:he|she)\b|[A-Z“”\",(]")
"""A person told of by an age alone ("the 41-year-old Bhutanese refugee") or by "he" or
"she", or what comes first: a capital (a name, perhaps theirs), a quotation, a comma (an
apposition or an opening clause naming them) or a bracket."""
_COUNT_OPENING = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Most|All|None|Many|\d+)\s+of\s"
)
_AGE_OPENING = re.compile(r"[\s(\[]*The\s+\d+-year-old\b")
_FIRST_WORD = re.compile(r"[\s(\[]*\S+\s+")


def unnamed_inside(text: str) -> bool:
    """Whether a text tells of someone by an age alone, at its opening or before it writes a
    name past its first word ("The 56-year-old Phoenixville woman is charged ...",
    "Prosecutors say the 41-year-old Bhutanese refugee received ...", raw 119), or by "he"
    or "she" after a count opening it ("Six of the nine theft by deception charges she faced
    were dropped ..."): the reader of the text alone cannot tell whom."""
    if _AGE_OPENING.match(text):
        return True
    count = _COUNT_OPENING.match(text)
    opening = count or _FIRST_WORD.match(text)
    if opening is None or opening.group(0).rstrip().endswith(","):
        return False
    found = _UNNAMED_INSIDE.search(text, opening.end())
    return found is not None and (
        found.group("age") is not None or (count is not None and found.group(0)[0].islower())
    )
