"""Words after a name that make a mention no mention of the name's own entity: a festival's
word after a name read as a person's ("Dark Mofo winter festival"), a number and a
broadcaster's word after a country's ("France 2 television")."""

from __future__ import annotations

import re

FESTIVAL_AFTER = (
    *(" festival", " winter festival", " summer festival", " arts festival", " music festival"),
    " film festival",
)
"""Words after a name that make it a festival's where the name is a person's, once every
mention is matched (`before_a_festival`): "Tasmania's Dark Mofo winter festival" (raw 185,
"Dark Mofo" a person in five mentions), not listed. A place or a group before them stays
("the Hobart winter festival", "Hobart" a person by the recognizer, a place by "Hobart
street")."""


def before_a_festival(text: str, end: int) -> bool:
    """Whether a mention ending at `end` in `text` is right before a festival's word."""
    return text.startswith(FESTIVAL_AFTER, end)


CHANNEL_AFTER = re.compile(r" \d{1,2} (?:television|TV|channel)\b")
"""A number and a broadcaster's word after a name: the name is a channel's part ("told France
2 television", raw 179), no mention of the country or group it opens."""
