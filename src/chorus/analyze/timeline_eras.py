"""Years written with their era ("around 256 A.D.", "in AD 256", "in 327 BC", "in 360
B.C."), which timeline_forms reads no year of: an old year's era is what tells it from a
count.

A year of the common era after "in", "around", "circa", "about" or "approximately", no
range's end, is a plain year ("the battle, which occurred around 256 A.D.", raw 194's siege
of Dura-Europos): it is read here, a year's form of its own. Elsewhere it is mostly a
period's end ("from roughly a.d. 600 until a.d. 900", "between 200 a.d. And 700 a.d.",
Multi-News+). A year before the common era has no calendar date (`datetime` starts at year
1; a negative year would be a form of its own in the JSON). The note names the years with
an era left unread, so that a reader who meets one knows it was not missed."""

from __future__ import annotations

import datetime as dt
import re

from chorus.analyze.model import Precision
from chorus.analyze.timeline_forms import DateMatch

ERA_YEAR = "year of the common era"
"""The form of "256 A.D." and "AD 256": a year, read by `era_year`."""

_COMMON_AFTER = r"(?:A\.D\.|a\.d\.|C\.E\.|(?:AD|CE)(?! [a-z]))"
"""The common era after its year: "AD" and "CE" in capitals ("ad" is a word), not before a
word in lower case (an acronym's: "in 40 AD patients"); Multi-News+ writes "a.d."."""
_ANY_ERA = re.compile(
    r"(?<![\w.])(?:(?:A\.D\.|a\.d\.|AD) \d{1,4}\b(?![,.]?\d)"
    rf"|\d{{1,4}} ?(?:B\.C\.(?:E\.)?|BCE?|{_COMMON_AFTER})(?!\w))"
)
""""A.D." before or after its year, "BC" after it."""
_READ = re.compile(
    r"\b(?:[Ii]n|[Aa]round|[Cc]irca|[Aa]bout|[Aa]pproximately) "
    rf"(?P<year>(?:A\.D\.|a\.d\.|AD) [1-9]\d{{0,3}}|[1-9]\d{{0,3}} ?{_COMMON_AFTER})"
    r"(?!\w|,? (?:and|to|until|through)\b| ?[-–/])"
)
"""A year of the common era an event is dated by: after "in" and the like, no range's start
(no year 0: no calendar has one)."""

_DIGITS = re.compile(r"\d+")


def with_era_years(
    text: str, offset: int, matches: list[DateMatch]
) -> tuple[list[DateMatch], list[str]]:
    """A sentence's date `matches` with the years of the common era its `text` (at `offset`
    in its article) dates an event by, where no other form stands ("in 2012 AD" is read as
    a year); and the years with an era it leaves unread, as written."""
    if not _holds_era(text):
        return matches, []  # cheap literals before the patterns: few sentences hold one
    read = [m.span("year") for m in _READ.finditer(text)]
    taken = {start for start, _ in read}
    left = [m.group() for m in _ANY_ERA.finditer(text) if m.start() not in taken]
    eras = [DateMatch(start + offset, end + offset, False, ERA_YEAR) for start, end in read]
    alone = [e for e in eras if all(e.end <= m.start or m.end <= e.start for m in matches)]
    if not alone:
        return matches, left
    return sorted((*matches, *alone), key=lambda m: m.start), left


def _holds_era(text: str) -> bool:
    """Whether `text` writes what every era's pattern needs. Each literal is tested in
    turn: `any` over a tuple of them cost twice as much, read on every sentence."""
    return (
        "AD" in text
        or "BC" in text
        or "CE" in text
        or "A.D." in text
        or "a.d." in text
        or "B.C." in text
        or "C.E." in text
    )


def era_year(expression: str) -> tuple[dt.date, Precision]:
    """The year "256 A.D." names."""
    return dt.date(int(_DIGITS.findall(expression)[0]), 1, 1), "year"
