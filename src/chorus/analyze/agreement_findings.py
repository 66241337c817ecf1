"""Two sentences each crediting a finding to a named team: two findings, read before they
are linked (agreement_apart.told_apart), when the teams differ or when all the two share is
the credit. "What Marott and his team found was that both too little running and too much
running are linked to higher rates of death." and "Light joggers and moderate joggers fared
better, in that order, Marott's team found." (raw 74, 0.36) share only "Marott", "team" and
"found"; "In another assessments ..., Lee's group found that death from all causes was lower
in runners ..." (0.42) tells what another team found."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.similarity import stems

_FOUND = re.compile(
    r"\b([A-Z][\w'’-]+?)(?:['’]s)?(?:[ ]+and[ ]+(?:his|her|their)[ ]+|[ ]+)"
    r"(?:team|group|colleagues|lab|researchers)[ ]+found\b"
)
"""A finding credited to a named team: "Marott's team found", "What Marott and his team
found", "Lee's group found that"."""


def findings_apart(a: str, b: str) -> bool:
    """Whether both sentences credit a finding to a named team (`_FOUND`) and no team is
    named in both, or every stem the two share lies in their credits."""
    team_a = _credited(a)
    if team_a is None:
        return False
    team_b = _credited(b)
    if team_b is None:
        return False
    if team_a[0] != team_b[0]:
        return True
    return set(stems(a)).intersection(stems(b)) <= team_a[1] | team_b[1]


@lru_cache(maxsize=4096)
def _credited(text: str) -> tuple[str, frozenset[str]] | None:
    """The team a sentence credits its finding to, and its credit's stems; read once a
    sentence, which meets several in `agreed`."""
    # "found" spares most sentences the search
    if " found" not in text:
        return None
    credit = _FOUND.search(text)
    if credit is None:
        return None
    return credit[1], frozenset(stems(credit[0]))
