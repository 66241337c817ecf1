"""When a deed was done, as a statement tells it and an outlet never does
(agreement_parts.told_in_part): "... executed a warrant at 5012 Powell Drive at 5:02 a.m. on
Tuesday." is told in part by "... to serve a search warrant at 5012 Powell Drive N.W. in
Huntsville around 5 a.m., ..." (raw 180), which gives no day; "more than $1 trillion in
immediate cuts ..." by "... cut around $1 trillion in spending over the next decade" (raw 112);
"The investigation into the video began shortly after it was posted nearly a month ago, ..."
by "... enough probable cause through their investigation to get a search for the home"
(raw 180). The supports share the deed's words (the warrant, the cuts, the investigation):
the time is the part they leave out, as a date is (agreement_parts._untold_figure)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_WEEKDAY = re.compile(
    r"(?<!Good )(?<!Black )(?<!Super )(?<!Easter )(?<!Bloody )(?<!Cyber )"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""A weekday, not one a name writes ("London's Sunday Times", "Super Tuesday", raw 47)."""
_ANY_DAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|tomorrow|yesterday"
    r"|overnight|last[ ]night|this[ ]morning|weekend|(?:this|last|next)[ ]week"
    r"|in[ ]\w+[ ]days|days?[ ](?:later|earlier|ago|before)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ ]\d{1,2}\b)",
    re.IGNORECASE,
)
"""Any word a support gives a day by: a weekday, "today", "over the weekend" (the Saturday
show, raw 21), "in four days" (Sunday's match, raw 37), "Nov. 16" (DUC 19)."""
_REMARK = re.compile(
    r"[“\"]|\b(?:said|says|say|saying|told|tells|wrote|writes|tweeted|argued|asked|reported"
    r"|announced|comment|according[ ]to)\b(?![\W_]*$)",
    re.IGNORECASE,
)
"""A statement that quotes or reports what someone said (a speech verb that does not close
it, ", the police said."): its weekday most often tells when the words were said ("Stallone
said in a statement late Sunday", raw 11; "In Washington on Wednesday, White House spokesman
Joe Lockhart said ...", DUC 29; "did not respond to requests for comment on Tuesday and
Wednesday", raw 34), which an outlet quoting the words need not give."""


def when_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` gives a weekday, says a deed was immediate or sets it some time
    ago, and `supports` (one outlet's sentences) never tell that time."""
    lowered = statement.lower()
    # its literals spare most statements the searches
    return (
        ("day" in lowered and _weekday_untold(statement, supports))
        or ("immediate" in lowered and _immediacy_untold(statement, supports))
        or (" ago" in lowered and _time_ago_untold(statement, supports))
    )


_FILED_ON = re.compile(
    r"\b(?:handed[ ]up|unsealed|filed)[ ]+(?:on[ ]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
"""A weekday a court paper was handed up, unsealed or filed on: the deed of the paper a
statement credits ("According to an indictment handed up Tuesday and unsealed Thursday,
McCullum offered ...", raw 58), not the day of a remark; the outlets give other days
for it ("indicted Thursday")."""


def _weekday_untold(statement: str, supports: Sequence[str]) -> bool:
    """A weekday of the deed (not of a remark, `_REMARK`, but that of a paper's filing,
    `_FILED_ON`) and no day any support gives."""
    if not _WEEKDAY.search(statement):
        return False
    if _REMARK.search(statement) and not _FILED_ON.search(statement):
        return False
    return not any(_ANY_DAY.search(text) for text in supports)


_IMMEDIATE = re.compile(
    r"(?<!not )(?<!n't )(?<!no )\bimmediate(?:ly)?\b"
    r"(?![ ](?:available|clear|known|apparent|reach|return|respond|area|vicinity|famil|aftermath))",
    re.IGNORECASE,
)
"""Immediate, not in a negation nor what is not known yet ("did not immediately respond", "no
immediate reports", "No other details ... were immediately available", Multi-News+), nor a
place or kin ("in the immediate area", "his immediate family"): when a deed is done."""


def _immediacy_untold(statement: str, supports: Sequence[str]) -> bool:
    """A deed told as immediate ("immediate cuts", "be released immediately", DUC 29) that no
    support tells so: "over the next decade" is not "immediate" (raw 112)."""
    if not _IMMEDIATE.search(statement):
        return False
    return not any("immediate" in text.lower() for text in supports)


_AGO = re.compile(r"\b(day|week|month|year|decade|centur)(?:y|ies|s)?[ ]ago\b", re.IGNORECASE)
"""A time set back from the story's day: "nearly a month ago", "three years ago"."""


def _time_ago_untold(statement: str, supports: Sequence[str]) -> bool:
    """A time some units ago none of whose units ("month") any support writes, "ago" neither:
    "less than a year" tells "less than a year ago" (raw 240)."""
    units = {found[1].lower() for found in _AGO.finditer(statement)}
    if not units:
        return False
    written = " ".join(supports).lower()
    return " ago" not in written and any(unit not in written for unit in units)
