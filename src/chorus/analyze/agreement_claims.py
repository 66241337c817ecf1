"""Two sentences that share only what a claim or a debate says (agreement.py): "The debate
about how much Poland, as a nation, bears responsibility for these individual crimes has
gone on for a long time ..." and "The law would impose fines ... for public claims that
Poland or the Polish nation bears responsibility for crimes against humanity ..." (raw 120)
write the claim alike and tell two things of it, a long debate and a law's penalty."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.similarity import stems

_CUE = re.compile(
    r"\b(?:claims?|allegations?|accusations?|assertions?|suggestions?|debates?|questions?"
    r"|notion|arguments?)[ ]+(?:that|about|over|of|whether|on)\b",
    re.IGNORECASE,
)
"""A noun that opens what is claimed, asked or debated: "claims that", "the debate about"."""


def only_the_claim(a: str, b: str) -> bool:
    """Whether both sentences open a claim or a debate (`_CUE`) and every word (a stem,
    names too) they share comes after it in both: neither the cue's noun ("questions
    about the legislation" / "taking questions about it", Multi-News+ train 47, one deed)
    nor anything before it. Of the agreed pairs shown over the 250 raw, 30 DUC and 4,500
    Multi-News+ clusters, 21 have such a cue on both sides and this is true of raw 120's
    alone; "denied claims that ..." / "rejected allegations that ..." share their subject."""
    end_a = _cue_end(a)
    if end_a < 0:
        return False
    end_b = _cue_end(b)
    if end_b < 0:
        return False
    common = set(stems(a)).intersection(stems(b))
    before = {*stems(a[:end_a]), *stems(b[:end_b])}
    return bool(common) and common.isdisjoint(before)


@lru_cache(maxsize=4096)
def _cue_end(text: str) -> int:
    """Where a sentence's first cue (`_CUE`) ends, -1 without one: read once a sentence,
    which meets several in `agreed`."""
    # the nouns' literals spare most sentences the search
    if "tion" not in text and "laim" not in text and "ebate" not in text and "rgument" not in text:
        return -1
    found = _CUE.search(text)
    return -1 if found is None else found.end()
