"""A weekday written only in a bracketed GMT gloss of a local clock time: "reporting the
collision at around 2:20 a.m. (1720 GMT Friday)" (raw 244, Japan) tells Friday in GMT, while
the event came early on Saturday, local time. The gloss's day is Greenwich's, not the
event's: the event takes the local clock's day, the day after the gloss's when the local
clock is more than ten hours behind the GMT one (a zone east of Greenwich past midnight),
the day before when it is fourteen hours or more ahead (the Americas in their evening),
else the gloss's own day. The zone's offset is so taken between -10 and +13 hours, where all
but a few Pacific islands lie; a zone of half an hour (India's) fits too.
"""

from __future__ import annotations

import datetime as dt
import re

from chorus.analyze.timeline_forms import DateMatch
from chorus.analyze.timeline_lower import WEEKDAY

_MARKS = ("GMT ", "UTC ")
"""What the words right before a gloss's weekday end with: tested before `_GLOSS`."""
_GLOSS = re.compile(
    r"\b(1[0-2]|0?[1-9])(?::([0-5]\d))? ?([ap])\.?m\.?(?: local time)?,?(?: " + WEEKDAY + r")?"
    r" \((\d\d):?(\d\d) (?:GMT|UTC) $"
)
"""A local clock time ("2:20 a.m.", "1 a.m. Wednesday") and the GMT gloss after it, up to
the gloss's weekday: "2:20 a.m. (1720 GMT "."""
_REACH = 60
"""How far before the weekday the local time may start."""
_BEHIND = -10 * 60
_AHEAD = 14 * 60


def _gloss(text: str, start: int, end: int) -> re.Match[str] | None:
    """The local time and GMT gloss before a weekday (`text[start:end]`) closing its
    bracket, if it is one."""
    if not text.startswith(")", end):
        return None
    if not any(text.startswith(mark, start - len(mark)) for mark in _MARKS):
        return None
    return _GLOSS.search(text, max(0, start - _REACH), start)


def local_day(text: str, match: DateMatch, day: dt.date) -> dt.date:
    """The local day of an event whose weekday, read as `day`, is a GMT gloss's; `day` for
    any other date."""
    gloss = _gloss(text, match.start, match.end) if match.form == "weekday" else None
    if gloss is None:
        return day
    hour, minute, half, gmt_hour, gmt_minute = gloss.groups()
    local = int(hour) % 12 * 60 + int(minute or 0) + (12 * 60 if half == "p" else 0)
    ahead = local - (int(gmt_hour) * 60 + int(gmt_minute))
    if ahead < _BEHIND:
        return day + dt.timedelta(days=1)
    if ahead >= _AHEAD:
        return day - dt.timedelta(days=1)
    return day


def gloss_words(text: str, start: int, end: int) -> str:
    """The words of the GMT gloss a weekday (`text[start:end]`) closes ("1720 GMT Friday"),
    said in its row's note beside the local day; "" for any other date."""
    gloss = _gloss(text, start, end)
    return "" if gloss is None else text[gloss.start(4) : end]
