"""A date the writer opens an example with: "In a 1998 case, for example, a federal appeals
court upheld the conviction of a lawyer who ..." (raw 9 [1], beside a story of 2017's
memos), "— in 1940, for instance, approximately 35 percent of people in that age range
lived at home" (raw 145 [0]), "For example: in 2014, it was estimated there were 60,000
people in modern slavery" (Multi-News+ validation 2453). The time is picked to illustrate
the writer's point, another case's or another year's: no event of the story, which the
timeline's note says it leaves out.

Only a date in the example's opening phrase ("in" and up to three words each side, the
link word right after it or right before its "in"). An example told of the story's own
matter keeps its date: "A key charge in the suit, for example, is that Microsoft prodded
Netscape ... in a June 1995 meeting" (DUC 26, the trial's meeting), "For instance, Marvel
Studios has committed to at least two more Avengers movies, one in 2018" (raw 162, a film
planned: the thirty-first pass's gold).
"""

from __future__ import annotations

import re

_LINK = r"[Ff]or (?:example|instance)"
_OPENS_BEFORE = re.compile(rf"(?:^|[,;:—–]\s*)\W*(?:{_LINK}[,:]? )?[Ii]n (?:[\w'’-]+ ){{0,3}}$")
"""A phrase opening on "in" (a sentence's, or a clause's after a stop mark), the link word
before it when the example opens so ("For example, in 1995, one account recorded ...")."""
_LINK_AFTER = re.compile(rf"^(?: [\w'’-]+){{0,3}}, {_LINK}[,:]")
_LINK_BEFORE = re.compile(rf"{_LINK}[,:]? [Ii]n ")


def opens_an_example(before: str, after: str) -> bool:
    """Whether a date, between the text `before` and `after` it in its sentence, stands in
    the phrase opening an example; a substring test first, as such phrases are rare."""
    link_after = "or example" in after[:40] or "or instance" in after[:40]
    link_before = "or example" in before or "or instance" in before
    if not (link_after or link_before):
        return False
    opening = _OPENS_BEFORE.search(before)
    if opening is None:
        return False
    if link_after and _LINK_AFTER.match(after):
        return True
    return link_before and _LINK_BEFORE.search(opening.group()) is not None
