"""An opening line speaking of a family by its surname ("the Kellers") that only a line
below introduces.

Raw validation 152 opened on "A judge in June approved a request from Travis County District
Attorney Margaret Moore for a declaration of innocence for the Kellers." [1]; the couple was
first named, and the news told, sixth: "Dan and Fran Keller, who spent more than 21 years
in prison ..., will receive $3.4 million from a state fund ..." [2] (reader112 item 4). [2]'s
lead sits below a standfirst closed by a full stop, so neither the headline's move
(`chorus.headline_opening`) nor the lead's (`order.lead_article_first`, on a summary chosen
again) read it. The article of the first line below naming the family in full opens the
summary instead (docs/journal/summary.md, "Summary a reader sees, hundred-and-twenty-eighth
pass"). Over the raw and DUC summaries, the only opening writing "the <capitalised word>s"
whose word a later line writes after a first name: "the Philippines", "the Oscars", "The
Times" are written so by no line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.summarize.surnames import NAME, in_full

_FAMILY = re.compile(rf"\b[Tt]he ({NAME})s\b(?!\s+[A-Z])")
"""A family by its surname ("the Kellers"), no capitalised word after it ("the Haas School"
is a place)."""


def families(text: str) -> tuple[str, ...]:
    """The surnames `text` speaks of as a family ("the Kellers" → "Keller") without writing
    any of them after a first name."""
    found = dict.fromkeys(match.group(1) for match in _FAMILY.finditer(text))
    return tuple(name for name in found if not in_full(text, name))


def family_named_below(
    texts: Sequence[str], ordered: Sequence[int], article_of: Sequence[int]
) -> int | None:
    """The article to open `ordered` (rows of `texts`, `article_of` giving each row's
    article) on when its first row speaks of a family by surname (`families`) and a later
    row of another article names one of them in full ("Dan and Fran Keller"): the first
    such row's; else None."""
    if not ordered:
        return None
    first = ordered[0]
    for name in families(texts[first]):
        for row in ordered[1:]:
            if in_full(texts[row], name):
                if article_of[row] != article_of[first]:
                    return article_of[row]
                break
    return None
