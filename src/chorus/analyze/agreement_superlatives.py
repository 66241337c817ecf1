"""A sentence naming the place that ranks first or last ("the most expensive place ... was
Manhattan") and one naming none of its places: two facts, read before they are linked
(agreement_apart.told_apart). "The most expensive place to get married last year was
Manhattan (an average cost of $76,328) — five times the cost of getting married in Utah, the
least expensive place ..." and "The cost per wedding is at a five-year high" (raw 18) share
the cost of a wedding, "five" and "year", and score 0.48: the national cost is not where it
runs highest."""

from __future__ import annotations

import re
from functools import lru_cache

_RANKED = r"[Tt]he[ ]+(?:(?:most|least)[ ]+[a-z]+|[a-z]{3,}est)[ ]+" + (
    r"(?:place|city|state|county|country|town|region|area|metro|neighborhood|destination)\b"
)
"""A place ranked first or last: "the most expensive place", "the priciest city"."""
_RANKED_PLACE = re.compile(_RANKED)
_HOLDER = re.compile(
    rf"(?<!of )\b{_RANKED}[^,.;:()—]{{0,40}}?[ ](?:is|was|remains|remained)[ ]+(?:in[ ]+)?"
    r"((?:[A-Z][a-z'’]+[ ]?)+)"
    rf"|((?:[A-Z][a-z'’]+[ ]?)+)(?:,[ ]+|[ ]+(?:is|was|remains|remained)[ ]+){_RANKED}"
)
"""The place so ranked, named after it ("The most expensive place to get married last year was
Manhattan") or before it ("... in Utah, the least expensive place"); not one of several
("some of the most developed states of Brazil", DUC 6)."""


def ranked_place_unnamed(a: str, b: str) -> bool:
    """Whether one sentence names the place it ranks first or last (`_HOLDER`) and the other
    writes none of the places so named."""
    return _unnamed(a, b) or _unnamed(b, a)


def _unnamed(ranking: str, other: str) -> bool:
    """`ranked_place_unnamed` read one way: the ranking in `ranking`."""
    names = _ranked_names(ranking)
    return bool(names) and names.isdisjoint(re.findall(r"[a-z'’]+", other.lower()))


@lru_cache(maxsize=4096)
def _ranked_names(text: str) -> frozenset[str]:
    """The words, in lower case, of the places a sentence ranks first or last; read once a
    sentence, which meets several in `agreed`."""
    # "most", "least" or "est " and then the ranking alone spare most sentences the search
    if "most " not in text and "least " not in text and "est " not in text:
        return frozenset()
    if _RANKED_PLACE.search(text) is None:
        return frozenset()
    return frozenset(
        word.lower()
        for found in _HOLDER.finditer(text)
        for word in "".join(found.groups("")).split()
    )
