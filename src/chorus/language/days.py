"""The days and stretches of time a sentence names: two sentences that count on other days
("said Thursday" / "said Tuesday") or over other stretches ("last week" / "since ...") may
tell different counts of one thing, not a conflict or a support."""

from __future__ import annotations

import re

from chorus.language.counts import WEEKDAYS

_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def weekdays(text: str) -> frozenset[str]:
    return frozenset(day.lower() for day in _WEEKDAY.findall(text))


def on_other_days(text_a: str, text_b: str) -> bool:
    """Whether two sentences each name weekdays and none in common ("said Thursday" /
    "said Tuesday"): what they tell is of different days."""
    days_a, days_b = weekdays(text_a), weekdays(text_b)
    return bool(days_a) and bool(days_b) and days_a.isdisjoint(days_b)


_PERIOD = re.compile(
    r"\b(?:(?:this|last|past|next) (?:week|month|year|weekend)|(?:since|until) \w+)",
    re.IGNORECASE,
)


def periods(text: str) -> frozenset[str]:
    """The stretches of time a sentence dates its counts to: "last week", "this month",
    "since dissidents began ..." (a running total)."""
    return frozenset(
        "since" if m.group().lower().startswith("since") else m.group().lower()
        for m in _PERIOD.finditer(text)
    )
