"""A sum of money two outlets both say was paid: raw 34's "Cohen has said he paid the porn
actress $130,000 ..." / the Journal's "a $130,000 payment made by Trump’s personal attorney,
Michael Cohen, to Clifford", the story's central payment told by four outlets, in no row.
Each outlet writes the sum again, so it is no word an article writes once (agreement.py),
and the pair scores 0.32, below where a score alone links; the exact figures'
rule (agreement_exact_figures.py) leaves a round sum, said of many things. Said paid in
both, the sum is one payment: it links as an own word in common would, below the agreement
threshold only (from it up the pair's own words are read as ever).

So does one sum both give as bail, one writing "bail" and the other "bond", below
OPEN_THRESHOLD (where a pair with no own word in common is refused): raw 180's "He is being
held in the Madison County Jail with bail set at $30,000." / "He has a bond of $30,000."
(0.342; each article writes the sum again), unless each names someone the other does not:
one court may set one bail for two people (raw 59's "Kuisis, who has been released on
$50,000 bail, ..." beside "Hernandez was released from custody after posting a $50,000
bond.")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from chorus.analyze.similarity import STOP_WORDS, Similarity
from chorus.language.numbers import SUM_SCALE

_SUM = re.compile(rf"\$ ?(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:[ -]({SUM_SCALE})\b)?(?![\d,]\d)")
"""A sum of money as a writer gives it ("$130,000", "$1.2 million"), its scale kept: "$1.2
million" is not "$1.2 billion"."""
_PAID = re.compile(r"\b(?:paid|pay(?:s|ing|ments?|outs?)?|repa(?:id|y))\b", re.IGNORECASE)
"""A word of paying: the sum is what was (or is to be) paid, not a price, a cost or a fine
asked."""
_BAIL = re.compile(r"\b(?:bail|bond)\b(?! out)", re.IGNORECASE)
"""A word of bail: "bond" in the singular (the sum a court sets for release), not "bonds"
sold, nor "to bail out" an economy (DUC 25)."""
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+")
"""A capitalised word: lower-cased and no stop word ("She", "His" are none), whom a
sentence names."""


def paid_pairs(
    similarity: Similarity, below: list[tuple[int, int, float]]
) -> dict[tuple[int, int], frozenset[str]]:
    """Of the pairs `below` the agreement threshold (i, j, score), those whose two sentences
    both write one sum of money and a word of paying (`paid_sums`), each with the sums as
    written, as own words in common would be (a sum's one-digit runs are no stem: "$5
    million")."""
    return _sums_in_common(similarity, below, paid_sums)


def bail_pairs(
    similarity: Similarity, pairs: list[tuple[int, int, float]]
) -> dict[tuple[int, int], frozenset[str]]:
    """Of `pairs` (i, j, score), those whose two sentences both write one sum of money as bail
    (`bail_sums`) and do not each name someone the other does not (`_named_apart`), with the
    sums as `paid_pairs` gives them."""
    sentences = similarity.sentences
    found = _sums_in_common(similarity, pairs, bail_sums)
    return {
        pair: sums
        for pair, sums in found.items()
        if not _named_apart(sentences[pair[0]].text, sentences[pair[1]].text)
    }


def _sums_in_common(
    similarity: Similarity,
    pairs: list[tuple[int, int, float]],
    sums_of: Callable[[str], frozenset[str]],
) -> dict[tuple[int, int], frozenset[str]]:
    """Each pair whose two sentences share a sum `sums_of` reads, with the sums."""
    sentences = similarity.sentences
    found: dict[tuple[int, int], frozenset[str]] = {}
    for i, j, _ in pairs:
        common = sums_of(sentences[i].text) & sums_of(sentences[j].text)
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
    return _sums(text)


@lru_cache(maxsize=4096)
def bail_sums(text: str) -> frozenset[str]:
    """The sums of money a sentence writes beside a word of bail ("bail", "bond"), as
    `paid_sums` gives them; none without such a word."""
    # literals spare most sentences the search
    if "$" not in text or ("bail" not in text and "bond" not in text) or not _BAIL.search(text):
        return frozenset()
    return _sums(text)


def _sums(text: str) -> frozenset[str]:
    """Every sum of money a text writes, as "figure scale" ("130,000", "1.2 million")."""
    return frozenset(
        f"{figure} {scale}" if scale else figure for figure, scale in _SUM.findall(text)
    )


def _named_apart(text_a: str, text_b: str) -> bool:
    """Whether each sentence names someone (a capitalised word, no stop word) and no one is
    named in both: "Hernandez was released ..." / "Kuisis, who has been released ..."."""
    names_a, names_b = _names(text_a), _names(text_b)
    return bool(names_a) and bool(names_b) and not names_a & names_b


def _names(text: str) -> frozenset[str]:
    """A sentence's capitalised words, lower-cased, stop words ("She", "His") left out."""
    words = (word.lower() for word in _CAPITALISED_WORD.findall(text))
    return frozenset(word for word in words if word not in STOP_WORDS)
