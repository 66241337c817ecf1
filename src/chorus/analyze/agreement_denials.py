"""A denial a statement reports that an outlet never tells (agreement_parts.told_in_part):
"The class-action lawsuit ... argues that the PurePulse technology ... doesn't do it as well as
the company's marketing material promises, a claim Fitbit denies." is told in part by the
plaintiffs' release, which tells the suit and never the denial (raw 142); "“The president has
denied the allegations against him and again this case has already been won in arbitration,”
Sanders said." by "“I have had conversations with the president about this and as I outlined
earlier, this case had already been won in arbitration,” Sanders said." (raw 34). A denial is
a fact of its own, most often in a clause of two or three words that shares a name with the
rest ("a claim Fitbit denies"), too short for agreement_parts' clause reading."""

from __future__ import annotations

import re
from collections.abc import Sequence

_DENIAL = re.compile(r"\bden(?:y|ies|ied|ying|ials?)\b", re.IGNORECASE)
"""Someone denying: "denies", "has denied", "to deny rumors", "a denial"."""
_TOLD = re.compile(r"\b(?:den(?:y|ies|ied|ying|ials?)|disput(?:es|ed)|reject(?:s|ed))\b", re.I)
"""A support telling a denial: in its words, or as disputed or rejected."""


def denial_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` tells someone denying (`_DENIAL`) and `supports` (one outlet's
    sentences) tell no denial (`_TOLD`)."""
    # a literal spares most statements the search
    lowered = statement.lower()
    if ("deni" not in lowered and "deny" not in lowered) or not _DENIAL.search(statement):
        return False
    return not any(_TOLD.search(text) for text in supports)
