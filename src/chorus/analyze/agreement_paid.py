"""A sum of money two outlets both say was paid: raw 34's "Cohen has said he paid the porn
actress $130,000 ..." / the Journal's "a $130,000 payment made by Trump’s personal attorney,
Michael Cohen, to Clifford", the story's central payment told by four outlets, in no row.
Each outlet writes the sum again, so it is no word an article writes once (agreement.py),
and the pair scores 0.32, below where a score alone links; the exact figures'
rule (agreement_exact_figures.py) leaves a round sum, said of many things. Said paid in
both, the sum is one payment: it links as an own word in common would, below the agreement
threshold only (from it up the pair's own words are read as ever)."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.similarity import Similarity

_SUM = re.compile(
    r"\$ ?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ -](million|billion|trillion)\b)?(?![\d,]\d)"
)
"""A sum of money as a writer gives it ("$130,000", "$1.2 million"), its scale kept: "$1.2
million" is not "$1.2 billion"."""
_PAID = re.compile(r"\b(?:paid|pay(?:s|ing|ments?|outs?)?|repa(?:id|y))\b", re.IGNORECASE)
"""A word of paying: the sum is what was (or is to be) paid, not a price, a cost or a fine
asked."""


def paid_pairs(
    similarity: Similarity, below: list[tuple[int, int, float]]
) -> dict[tuple[int, int], frozenset[str]]:
    """Of the pairs `below` the agreement threshold (i, j, score), those whose two sentences
    both write one sum of money and a word of paying (`paid_sums`), each with the sums as
    written, as own words in common would be (a sum's one-digit runs are no stem: "$5
    million")."""
    sentences = similarity.sentences
    found: dict[tuple[int, int], frozenset[str]] = {}
    for i, j, _ in below:
        common = paid_sums(sentences[i].text) & paid_sums(sentences[j].text)
        if common:
            found[(i, j)] = common
    return found


@lru_cache(maxsize=4096)
def paid_sums(text: str) -> frozenset[str]:
    """The sums of money a sentence writes beside a word of paying, as "figure scale"
    ("130,000", "1.2 million"); none without such a word. Read once a sentence, which meets
    several in `agreed`."""
    # literals spare most sentences the searches
    if "$" not in text or "pa" not in text.lower() or not _PAID.search(text):
        return frozenset()
    return frozenset(
        f"{figure} {scale}" if scale else figure for figure, scale in _SUM.findall(text)
    )
