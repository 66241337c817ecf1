"""Whether a summary row tells again a deal's sum or a share a row of another outlet told
before it: their wordings differ past the figure (raw 15's Jimmy Choo deal, raw 61's fall in
brewer sales), under `same_fact.Told`'s signs, so the figure and the words around it are
read instead; or a sum of `EXACT` significant digits a row of any article wrote before it
(raw 231's "$3.392 billion" / "$3.39 billion"). Split from `same_fact.py`, which reads a
fact told again by its wording and an event by its name, deed and day."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence

import numpy as np

from chorus.language.numbers import SUM_SCALE
from chorus.summarize.lexical import STOPWORDS
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


_EXACT_SUM = re.compile(rf"([$£€])\s?(\d[\d,]*(?:\.\d+)?)\s+({SUM_SCALE})\b")
"""A sum of money in words, read as its currency, figure and scale."""
EXACT = 3
"""The fewest significant digits of a sum read as one figure wherever it is written: "$3.39
billion" is no round number two facts of a story share by chance, as "$1 billion" is (raw
231: "crossed $1 billion in 19 days", "the 20th film ever to reach the $1 billion
benchmark")."""

Sum = tuple[str, str, str, int]
"""A sum's currency, scale, digits and decimals."""


def _exact_sums(text: str) -> list[Sum]:
    """The sums of money a sentence writes with `EXACT` significant digits or more."""
    found = []
    for currency, figure, scale in _EXACT_SUM.findall(text):
        whole, _, decimals = figure.replace(",", "").partition(".")
        if len((whole + decimals).strip("0")) >= EXACT:
            found.append((currency, scale, figure.replace(",", ""), len(decimals)))
    return found


def _one_sum(mine: Sum, theirs: Sum) -> bool:
    """Whether two sums are one figure, the more precise rounded to the other's decimals
    ("$3.392 billion" / "$3.39 billion")."""
    if mine[:2] != theirs[:2]:
        return False
    places = min(mine[3], theirs[3])
    return round(float(mine[2]), places) == round(float(theirs[2]), places)


_DIGIT = re.compile(r"\d")


def _no_other_figure(text: str) -> bool:
    """Whether a sentence writes no figure but its sums of money in words."""
    return not _DIGIT.search(_EXACT_SUM.sub("", text))


def retold_exact_sums(texts: Sequence[str], ordered: Sequence[int]) -> list[int]:
    """The rows of `ordered` (a summary in reading order) writing again a sum of `EXACT`
    significant digits a row before them writes, of any article: raw 231's franchise total,
    "Universal said the seven films in the franchise have totaled $3.392 billion ..." and,
    in its article's quotation further down, "“It is the only franchise of its kind to reach
    a total of more than $3.39 billion and counting.”". The telling read first stays; a
    row writing any other figure besides (raw 18's "Of the $31,213, ..., Americans will
    spend $14,006 on a venue, ...") tells more, and is read as telling it."""
    later: list[int] = []
    seen: list[Sum] = []
    for row in ordered:
        if "illion" not in texts[row] or not (sums := _exact_sums(texts[row])):
            continue
        if _no_other_figure(texts[row]) and all(
            any(_one_sum(mine, theirs) for theirs in seen) for mine in sums
        ):
            later.append(row)
        else:
            seen.extend(sums)
    return later


Signs = tuple[frozenset[Hashable], ...]
"""What a row tells, read by kind: its figures first (a sum, a share), then words (a share's
also each paired with the share it stands beside: `_beside_shares`)."""


def _one_deal(mine: Signs, theirs: Signs) -> bool:
    """Whether two rows write one sum, one deed and one name."""
    return all(a & b for a, b in zip(mine, theirs, strict=True))


def _one_share(mine: Signs, theirs: Signs) -> bool:
    """Whether two rows write one share and `COUNTED` words of what it counts, or one word
    beside that share in both (`_beside_shares`)."""
    return bool(mine[0] & theirs[0]) and (
        len(mine[1] & theirs[1]) >= COUNTED or bool(mine[2] & theirs[2])
    )


_PERCENT = re.compile(r"\b(\d[\d.]*)(?:%|\s?percent\b)")
"""A share ("23%", "23 percent"), read as its figure."""
_COUNTED = re.compile(r"\b[a-z]{4,}\b")
COUNTED = 2
"""How many words in lower case two rows writing one share both write: what it counts
("brewer sales plunged 23%" / "Sales of brewers and accessories declined by 23 percent",
raw 61). Raw 217's two tellings of one 10 percent stake share only "stake" so (their
"American" a name): it stands beside the share in both (`_beside_shares`)."""
BESIDE = 5
"""How many words either side of a share are read as what it measures: "to acquire a 10
percent stake in the company" / "seeking a stake as large as 10% in American" (raw 217),
"stake" the fourth word before the second share."""
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*|\d[\d.]*(?:%|\s?percent\b)?")


def _counted(text: str) -> frozenset[str]:
    """The words in lower case a sentence writes (its first word lowered), a plural's "s"
    dropped, the share's own word aside."""
    words = _COUNTED.findall(text[:1].lower() + text[1:])
    return frozenset(word.rstrip("s") for word in words) - {"percent"}


def _beside_shares(text: str) -> frozenset[tuple[str, str]]:
    """Each share a sentence writes, paired with each content word in lower case (of four
    letters or more, a plural's "s" dropped, `lexical.STOPWORDS` aside) within `BESIDE`
    words of it: what the share measures, whichever side the sentence puts it on."""
    words = _WORD.findall(text)
    found = set()
    for at, word in enumerate(words):
        share = _PERCENT.fullmatch(word)
        if share is None:
            continue
        for near in words[max(at - BESIDE, 0) : at] + words[at + 1 : at + 1 + BESIDE]:
            if len(near) >= 4 and near.islower() and near not in STOPWORDS:
                found.add((share.group(1), near.rstrip("s")))
    return frozenset(found)


def retold_shares(
    texts: Sequence[str], ordered: Sequence[int], article_of: np.ndarray
) -> list[int]:
    """The rows of `ordered` (a summary in reading order) that write a share a row before
    them, of another article, writes too, with `COUNTED` words of what it counts (raw 61's
    fall in brewer sales, told by [1] and [3] with other verbs, "plunged", "declined") or
    one word beside the share in both (217's "10 percent stake" / "a stake as large as
    10%")."""
    signs = {
        row: (
            frozenset(_PERCENT.findall(texts[row])),
            _counted(texts[row]),
            _beside_shares(texts[row]),
        )
        for row in ordered
        if "%" in texts[row] or "percent" in texts[row]
    }
    return signs_told_again(signs, article_of, _one_share)


def retold_figures(
    texts: Sequence[str], ordered: Sequence[int], article_of: np.ndarray
) -> list[int]:
    """The rows of `ordered` telling again a deal (`retold_sums`) or a share
    (`retold_shares`) a row of another article before them tells, or an exact sum any row
    before them writes (`retold_exact_sums`)."""
    found = retold_sums(texts, ordered, article_of) + retold_shares(texts, ordered, article_of)
    return found + [row for row in retold_exact_sums(texts, ordered) if row not in found]


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
