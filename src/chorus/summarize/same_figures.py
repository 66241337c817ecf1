"""Whether a summary row tells again a deal's sum or a share a row of another outlet told
before it: their wordings differ past the figure (raw 15's Jimmy Choo deal, raw 61's fall in
brewer sales), under `same_fact.Told`'s signs, so the figure and the words around it are
read instead. Split from `same_fact.py`, which reads a fact told again by its wording and
an event by its name, deed and day."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from chorus.language.numbers import SUM_SCALE
from chorus.summarize.same_fact import deeds, names

_SUM = re.compile(rf"[$£€]\s?\d[\d.,]*\s+(?:{SUM_SCALE})\b")
"""A sum of money in words ("$1.2 billion"): a deal's price, written alike by each outlet."""


def retold_sums(texts: Sequence[str], ordered: Sequence[int], article_of: np.ndarray) -> list[int]:
    """The rows of `ordered` (a summary in reading order) that write a sum of money, a deed
    and a name a row before them, of another article, writes too: one deal told again ("...
    Michael Kors Holdings said it had agreed to buy the shoe company Jimmy Choo for 896
    million pounds, or about $1.2 billion, ..." / "... Michael Kors agreed to buy luxury
    shoemaker Jimmy Choo for $1.2 billion, ...", raw 15). Their wordings differ past the deal
    (cosine 0.46, one word each article writes there alone shared), under `Told`'s signs."""
    signs = {
        row: (frozenset(_SUM.findall(texts[row])), deeds(texts[row]), names(texts[row]))
        for row in ordered
        if "illion" in texts[row]
    }
    return signs_told_again(signs, article_of, _one_deal)


Signs = tuple[frozenset[str], ...]
"""What a row tells, read by kind: its figures first (a sum, a share), then words."""


def _one_deal(mine: Signs, theirs: Signs) -> bool:
    """Whether two rows write one sum, one deed and one name."""
    return all(a & b for a, b in zip(mine, theirs, strict=True))


def _one_share(mine: Signs, theirs: Signs) -> bool:
    """Whether two rows write one share and `COUNTED` words of what it counts."""
    return bool(mine[0] & theirs[0]) and len(mine[1] & theirs[1]) >= COUNTED


_PERCENT = re.compile(r"\b(\d[\d.]*)(?:%|\s?percent\b)")
"""A share ("23%", "23 percent"), read as its figure."""
_COUNTED = re.compile(r"\b[a-z]{4,}\b")
COUNTED = 2
"""How many words in lower case two rows writing one share both write: what it counts
("brewer sales plunged 23%" / "Sales of brewers and accessories declined by 23 percent",
raw 61). Raw 217's two tellings of one 10 percent stake share only "stake" so (their
"American" a name), and stay."""


def _counted(text: str) -> frozenset[str]:
    """The words in lower case a sentence writes (its first word lowered), a plural's "s"
    dropped, the share's own word aside."""
    words = _COUNTED.findall(text[:1].lower() + text[1:])
    return frozenset(word.rstrip("s") for word in words) - {"percent"}


def retold_shares(
    texts: Sequence[str], ordered: Sequence[int], article_of: np.ndarray
) -> list[int]:
    """The rows of `ordered` (a summary in reading order) that write a share a row before
    them, of another article, writes too, with `COUNTED` words of what it counts: raw 61's
    fall in brewer sales, told by [1] and [3] with other verbs ("plunged", "declined")."""
    signs = {
        row: (frozenset(_PERCENT.findall(texts[row])), _counted(texts[row]))
        for row in ordered
        if "%" in texts[row] or "percent" in texts[row]
    }
    return signs_told_again(signs, article_of, _one_share)


def retold_figures(
    texts: Sequence[str], ordered: Sequence[int], article_of: np.ndarray
) -> list[int]:
    """The rows of `ordered` telling again a deal (`retold_sums`) or a share
    (`retold_shares`) a row of another article before them tells."""
    return retold_sums(texts, ordered, article_of) + retold_shares(texts, ordered, article_of)


def signs_told_again(
    signs: dict[int, Signs], article_of: np.ndarray, same: Callable[[Signs, Signs], bool]
) -> list[int]:
    """The rows of `signs` (in reading order, each with the signs of what it tells) whose
    signs are the `same` as a row's before them, of another article: the telling read first
    stays."""
    later: list[int] = []
    seen: list[tuple[int, Signs]] = []
    for row, mine in signs.items():
        if not mine[0]:
            continue
        if any(article != article_of[row] and same(mine, theirs) for article, theirs in seen):
            later.append(row)
        else:
            seen.append((int(article_of[row]), mine))
    return later
