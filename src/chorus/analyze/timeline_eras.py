"""Years written with their era ("around 256 A.D.", "in 327 BC", "in 360 B.C."), which no
form reads (timeline_forms: a year before year 1 has no calendar date, and an old year's
era is what tells it from a count). Left out unread, they were named nowhere (raw 194's
siege of Dura-Europos and its Greek forerunners): the note names them, so that a reader who
meets one knows it was not missed."""

from __future__ import annotations

import re

_ERA = re.compile(r"\b\d{1,4} ?(?:B\.C\.(?:E\.)?|BCE?|A\.D\.|AD)(?!\w)")


def eras(text: str) -> list[str]:
    """The years written with an era in `text`, as written."""
    if "BC" not in text and "B.C." not in text and "A.D." not in text and "AD" not in text:
        return []  # a cheap literal before the pattern: few sentences hold one
    return [m.group() for m in _ERA.finditer(text)]
