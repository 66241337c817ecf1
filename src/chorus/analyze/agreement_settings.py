"""The setting a statement tells its fact in and an outlet never gives
(agreement_parts.told_in_part): the month it happened in, "First spotted with the six-time
Grammy winner at the Kennedy family compound in Hyannisport, MA in July, Conor is the son
of ..." told by "... followed Conor to his family’s Hyannis Port compound and then bought a
home there" (raw 201), which gives no time; the law it stands under, "Under a
three-decade-old law, the U.S. is barred from funding organizations that aid or participate
in forced abortion ..." told by the State Department's reason, "... a program of coercive
abortion or involuntary sterilization" (raw 132), which names no law. The supports share the
fact's words: the setting is the part they leave out."""

from __future__ import annotations

import re
from collections.abc import Sequence

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_IN_MONTH = re.compile(rf"\bin (?:{_MONTHS})\b")
"""A deed set in a month ("in July"); a date ("July 4") is a figure, told or not by
agreement_parts._untold_figure."""
_ANY_TIME = re.compile(
    rf"\b(?:{_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|months?|summer"
    r"|spring|autumn|fall|winter|weeks?|year|ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|today|yesterday|recently|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""Any word a support gives a time by: a month, a season, "last week", a year, "ago"."""
_UNDER_LAW = re.compile(
    r"^\W*Under (?:a|an|the)\b[^,]{0,60}?\b(law|act|statute|treaty|amendment|rule|regulation)s?\b"
)
"""A statement opening with the law its fact stands under: "Under a three-decade-old law,"."""
_ANY_LAW = re.compile(
    r"\b(?:laws?|acts?|statutes?|treat(?:y|ies)|amendments?|rules?|regulations?|legislation"
    r"|legal(?:ly)?|illegal(?:ly)?|bar(?:s|red)|ban(?:s|ned)?|prohibit(?:s|ed)?|forbid(?:s|den)?)\b",
    re.IGNORECASE,
)
"""Any word a support names a law or its bar by."""


def setting_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` sets its fact in a month or under a law and `supports` (one
    outlet's sentences) never give a time or name a law."""
    # the literals spare most statements the searches
    return (" in " in statement or "Under " in statement) and (
        _month_untold(statement, supports) or _law_untold(statement, supports)
    )


def _month_untold(statement: str, supports: Sequence[str]) -> bool:
    return bool(_IN_MONTH.search(statement)) and not any(
        _ANY_TIME.search(text) for text in supports
    )


def _law_untold(statement: str, supports: Sequence[str]) -> bool:
    return bool(_UNDER_LAW.search(statement)) and not any(
        _ANY_LAW.search(text) for text in supports
    )
