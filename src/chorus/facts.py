"""Cross-source matching: which sentences of other outlets say the same thing.

This is the seed of the fact layer: a sentence's *support* is the set of other
articles holding a near-duplicate of it, and near-duplicates become one summary
sentence that cites every outlet behind it. A near-duplicate is cited only when it
`supports` the sentence shown: two sentences alike in all but a figure ("In Poland, 36
people died" / "32 people died"), a day, or a denial ("Skull Island isn't a remake" /
"Skull Island is, reportedly, a reboot") score as near-duplicates, but the second outlet
did not say what is shown.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from chorus.language.counts import LINKS
from chorus.language.dated import date_apart, dating, name_apart
from chorus.language.days import on_other_days
from chorus.language.denials import denies
from chorus.language.numbers import NUMBER_WORDS, TENS, Figure, figures, with_money_ranges
from chorus.language.remarks import CAPITALISED_RUN, remark_apart

_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.?\s+$")
"""The word right before a figure, a month's abbreviation too ("Oct. 3"); tried only where
a word begins (its search is tried at each place of the window)."""
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+|%)")
"""The word right after a figure ("36 people", "51 percent", "4.7%")."""
_CHANGED_TO = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|climb\w*|jump\w*|increas\w*|gr[eo]wn?|grows|growing|"
    r"f[ae]ll(?:s|en|ing)?|drop\w*|soar\w*|swell\w*|swollen|mount\w*|surg\w*|declin\w*)"
    r"\s+to\s+$",
    re.IGNORECASE,
)
"""A verb of change and "to" before a figure: "has risen to 151" / "rose to 156" give two
values of one thing, though "to" alone ties a figure to nothing."""
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_IN_BEFORE = re.compile(r"(?:\b([A-Za-z]+)\s+|^\s*)[Ii]n\s+$")
""""in" before a year and the word before it ("the San Francisco Mint in 1899"), or the
sentence's start ("In 1999, Orange County authorities arrested Poole")."""
_MONEY_BEFORE = re.compile(r"[$£€]\s?$")
_MONEY_AFTER = re.compile(r"\s+(?:dollars|pounds|euros|yen|yuan|rupees)\b", re.IGNORECASE)
_AGED_NAME = re.compile(
    r"(?<![\w.,-])(\d{1,3})-year-old\b(?:\s+((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*))?"
)
"""An age before whom it is of: "66-year-old Frank Macomber", "a 23-year-old secretary"."""
_NAME_AGED = re.compile(r"\b([A-Z][a-z][\w'’-]*), (\d{1,3})(?=[,.;])")
"""A name and its age set off by commas: "Macomber, 65, was found"."""
_COMMA_NUMBER = re.compile(r", \d")
"""What `_NAME_AGED` needs: found by a literal scan ~20x faster than the name's search."""
_ENDINGS = ("ing", "ed", "s")
"""Endings `_root` takes off, the longest first."""
_ROW_BLOCK = 1024
"""Rows of the similarity matrix computed at once: bounds memory for 300-article inputs."""
_READINGS = 4096
"""Sentences whose readings (figures, ages) are kept: one sentence meets
several in `supports` (a statement each of its candidate supports), and reading its
figures costs ~50 µs where a pair's comparison costs a few."""


def best_match_per_article(vectors: np.ndarray, article_starts: np.ndarray) -> np.ndarray:
    """(sentences × articles): each sentence's highest cosine to any sentence of each article.

    `vectors` holds unit rows grouped by article; `article_starts` gives the first row of
    each article. A sentence's own article is matched against itself, so callers mask it.
    """
    n = vectors.shape[0]
    best = np.empty((n, len(article_starts)), dtype=np.float32)
    for row in range(0, n, _ROW_BLOCK):
        block = vectors[row : row + _ROW_BLOCK] @ vectors.T
        best[row : row + _ROW_BLOCK] = np.maximum.reduceat(block, article_starts, axis=1)
    return best


def near_duplicates(
    vectors: np.ndarray,
    article_of: np.ndarray,
    article_starts: np.ndarray,
    rows: Sequence[int],
    threshold: float,
) -> list[list[int]]:
    """Per row given: the rows of other articles that repeat it, the closest one per
    article (in article order) if ≥ threshold. One argmax per article for all rows."""
    # One product per row, as for a single row: a matrix product may round differently.
    similarity = np.zeros((len(rows), len(vectors)), dtype=vectors.dtype)
    for i, row in enumerate(rows):
        similarity[i] = vectors @ vectors[row]
    ends = np.append(article_starts[1:], len(vectors))
    best = np.zeros((len(rows), len(article_starts)), dtype=np.int64)
    for article, (start, end) in enumerate(zip(article_starts, ends, strict=True)):
        if start < end:
            best[:, article] = start + np.argmax(similarity[:, start:end], axis=1)
    repeats = np.take_along_axis(similarity, best, axis=1) >= threshold
    repeats &= ends > article_starts
    repeats[np.arange(len(rows)), article_of[list(rows)]] = False
    return [best[i, repeats[i]].tolist() for i in range(len(rows))]


_UNIT_NAMES = {"meter": "m", "metre": "m", "kilometer": "km", "kilometre": "km", "feet": "ft"}
"""Units written out, as their short forms glued to a figure read (`GLUED_UNITS`): "between
2 meters and 16 meters" and "ranged from 2m to 15m" give two lengths of one thing."""


def _tie(word: re.Match[str] | None) -> str:
    """A word beside a figure, lowercased and without its ending (`_root`), a unit in its
    short form; "" for none or for a link word ("in 1978", "1,979 to 561"), which ties a
    figure to nothing in particular."""
    lowered = word.group(1).lower() if word else ""
    if lowered in LINKS:
        return ""
    root = _root(lowered)
    return _UNIT_NAMES.get(root, root)


def _root(word: str) -> str:
    """A lowercased word without the ending of a plural or of a verb's form: "killed 67"
    and "killing 60", "Seventeen others" and "17 other people" tie their figures to one
    word."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _neighbours(text: str, figure: Figure, year: bool) -> tuple[str, str]:
    """The words right before and after a figure; "changed to" for a verb of change and
    "to" before it; for a year after "in", the word before that, or "in" at the sentence's
    start: "In 1999, ... arrested Poole" and "In 2001, ... arrested Poole" date one arrest
    twice, where "released ... in 1993" and "their first demo together in 1992" are two
    events."""
    window = max(0, figure.start - 30)
    word = _WORD_BEFORE.search(text, window, figure.start)
    year_in = _IN_BEFORE.search(text, window, figure.start) if year else None
    # the verb of change is looked for only after "to": its search costs more than the rest
    if word and word.group(1).lower() == "to" and _CHANGED_TO.search(text, window, figure.start):
        before = "changed to"
    elif year_in:
        before = _root(year_in.group(1).lower()) if year_in.group(1) else "in"
    else:
        before = _tie(word)
    return before, _tie(_WORD_AFTER.match(text, figure.end))


def _meet(a: Figure, b: Figure) -> bool:
    """Whether two figures allow a value in common ("at least 156", "more than 150")."""
    return a.low <= b.high and b.low <= a.high


_WORDED_NUMBERS = tuple(
    word
    for word in (*NUMBER_WORDS, *TENS[1:])
    if not any(other != word and other in word for other in (*NUMBER_WORDS, *TENS))
)
"""The number words `figures` reads that hold no shorter one ("sixteen" and "sixty" hold
"six"): a sentence holding none of these holds no number word; 18 substring tests for 27
words."""


def _may_hold_figures(text: str) -> bool:
    """Whether a sentence may hold a figure: a digit, or a number word within a word
    ("one" of "someone" too). Substring tests: reading the figures costs ~30 µs a
    sentence, a pattern of the number words ~10."""
    if _DIGIT.search(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _WORDED_NUMBERS)


@dataclass(frozen=True, slots=True)
class Placed:
    """A figure of a sentence with the words right before and after it, whether it is a
    sum of money ("£100,000", "eleven million dollars") and whether it is written as a
    year."""

    before: str
    after: str
    figure: Figure
    money: bool
    year: bool


def _is_money(text: str, figure: Figure) -> bool:
    return bool(
        _MONEY_BEFORE.search(text, max(0, figure.start - 2), figure.start)
        or _MONEY_AFTER.match(text, figure.end)
    )


@lru_cache(maxsize=_READINGS)
def placed_figures(text: str) -> tuple[Placed, ...]:
    """A sentence's figures, each with the words right before and after it."""
    if not _may_hold_figures(text):
        return ()
    placed = []
    for figure in with_money_ranges(text, figures(text)):
        year = _YEAR.fullmatch(text, figure.start, figure.end) is not None
        placed.append(
            Placed(*_neighbours(text, figure, year), figure, _is_money(text, figure), year)
        )
    return tuple(placed)


def _other_figures(shown: str, merged: str) -> bool:
    """Whether `merged` gives a figure where `shown` gives another for the same thing: a
    figure with the word right before ("reached 83" / "reached 85") or after ("36 people" /
    "32 people") of one of `shown`'s, whose value none of `shown`'s figures allows (Bosh
    "added 24 points while Wade scored 20" / "Bosh had 24, and Wade added 20" give one
    pair of figures). A figure only one of them gives is a detail the other leaves out;
    one whose value `shown` gives only for money, or only for no money, counts another
    thing ("a heart is estimated at £100,000" / "100,000 patients could benefit")."""
    ours = placed_figures(shown)
    if not ours:
        return False
    for theirs in placed_figures(merged):
        met = [placed for placed in ours if _allows(placed, theirs)]
        if met:
            if all(placed.money != theirs.money and _bounded(placed, theirs) for placed in met):
                return True
            continue
        if any(_tied_alike(placed, theirs) for placed in ours) or _counted_apart(
            shown, merged, ours, theirs
        ):
            return True
    return False


_SCALED = ("million", "billion")
"""Scale words of a count so large that two of a story most often count one thing."""


def _counted_apart(shown: str, merged: str, ours: tuple[Placed, ...], theirs: Placed) -> bool:
    """Whether `merged` counts millions (or billions) where `shown` counts others and none
    as many, neither a sum of money: "about 207 million cases of malaria in 2012" /
    "sickening more than 300 million people a year" (raw 131) count the sick twice, with
    words tied to neither; "500 million people, places and things" / "500 million objects"
    (raw 171) one thing."""
    if theirs.money or not merged[theirs.figure.start : theirs.figure.end].endswith(_SCALED):
        return False
    scaled = [
        placed.figure
        for placed in ours
        if not placed.money and shown[placed.figure.start : placed.figure.end].endswith(_SCALED)
    ]
    return bool(scaled) and not any(_meet(figure, theirs.figure) for figure in scaled)


def _allows(ours: Placed, theirs: Placed) -> bool:
    """Whether a figure allows the other's value: an open-ended one ("more than 250")
    only through a figure of the same thing, not any greater one ("killed 224 people ...
    and injured an estimated 5,000" gives no toll above 250)."""
    if not _meet(ours.figure, theirs.figure):
        return False
    return _bounded(ours, theirs) or _tied_alike(ours, theirs)


def _tied_alike(ours: Placed, theirs: Placed) -> bool:
    """Whether two figures are tied to one word: the same word right before or after, or,
    for two years, the event one names before "in" and the other right after the year:
    "the 1899 heist" / "the gold heist in 1900"."""
    if (theirs.before and ours.before == theirs.before) or (
        theirs.after and ours.after == theirs.after
    ):
        return True
    return (
        ours.year
        and theirs.year
        and bool(
            (theirs.before and theirs.before == ours.after)
            or (theirs.after and theirs.after == ours.before)
        )
    )


def _bounded(*placed: Placed) -> bool:
    """Whether no figure is open-ended: "a person over 65" allows any sum, "bond set at
    $45,100" too."""
    return all(math.isfinite(p.figure.high) for p in placed)


@lru_cache(maxsize=_READINGS)
def _ages(text: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """A sentence's ages by whom they are of: the last word of the name written with them
    ("66-year-old Frank Macomber", "Macomber, 65,"), "" for none ("a 23-year-old
    secretary"). Pairs, not a dict: the reading is shared by every caller."""
    found: dict[str, set[int]] = {}
    # most sentences hold neither form: substring tests spare the two patterns' searches
    if "-year-old" in text:
        for age, name in _AGED_NAME.findall(text):
            found.setdefault(_person(text, name), set()).add(int(age))
    if _COMMA_NUMBER.search(text):
        for name, age in _NAME_AGED.findall(text):
            found.setdefault(name, set()).add(int(age))
    return tuple((name, frozenset(ages)) for name, ages in found.items())


def aged(text: str) -> set[str]:
    """The ages a sentence gives someone, as written ("21" of "21-year-old Charisse
    Stinson" or "Stinson, 21,"): like a name, an age tells who, not what was done."""
    return {str(age) for _, ages in _ages(text) for age in ages}


def _person(text: str, name: str) -> str:
    """Whom an age written before a name is of: the name's last word, which the other
    sentence may give alone ("66-year-old Frank Macomber" / "Macomber, 65,"), or the whole
    name when this sentence also gives that last word alone, for someone else: "Pasztor
    faces ... for the deaths of 6-year-old Rene Pasztor" tells of two Pasztors, and the
    mother is "Pasztor, 29" elsewhere."""
    if not name:
        return ""
    last = name.split()[-1]
    if last != name and any(run == last for run in CAPITALISED_RUN.findall(text)):
        return name
    return last


def _other_ages(shown: str, merged: str) -> bool:
    """Whether the two give one person different ages: "Macomber, 65" / "66-year-old Frank
    Macomber", "Zaken, a 23-year-old secretary" / "Zaken, a 32-year-old secretary"."""
    theirs = dict(_ages(merged))
    return any(name in theirs and ages.isdisjoint(theirs[name]) for name, ages in _ages(shown))


def _years(text: str) -> set[float]:
    """The years a sentence writes as figures (no sum: "$2012"): two that share one date
    no two events, and are spared the reading of what they date."""
    return {p.figure.low for p in placed_figures(text) if p.year and not p.money}


_SINCE = re.compile(r"\bsince (?:at least |as early as )?((?:1[89]|20)\d\d)\b(?!s)")
"""A year something has held since, its bound too: "since at least 1880" reaches back to
1880, not to any later year, which is how `figures` reads "at least 1880"."""


def _since_apart(shown: str, merged: str) -> bool:
    """Whether the two tell what has held since two other years: "more likely to live with
    their parents ... since 1980" (black young adults) / "the first time since at least 1880
    that young adults were more likely to live in their parents’ homes" (all of them, raw
    145) tell two spans, whatever else they share."""
    ours, theirs = set(_SINCE.findall(shown)), set(_SINCE.findall(merged))
    return bool(ours) and bool(theirs) and ours.isdisjoint(theirs)


_dating = lru_cache(maxsize=_READINGS)(dating)
"""A sentence's years and what they date, read once a sentence."""


def supports(shown: str, merged: str) -> bool:
    """Whether an outlet's near-duplicate `merged` says what `shown` says, so that it may be
    cited for it: no other figure for what `shown` counts or dates, no other age for one
    person, no other weekday ("official results showed Sunday" / "partial results
    Saturday"), no verb one negates and the other affirms, no remark whose words `shown`
    does not share, nothing held since another year ("since 1980" / "since at least
    1880"), no other event dated by another year and no other thing named by one ("the
    1995 car bombing")."""
    if shown == merged:
        return True
    if remark_apart(shown, merged):
        return False
    # every weekday ends in "day": a substring test rules out most sentences
    if "day" in shown and "day" in merged and on_other_days(shown, merged):
        return False
    if denies(shown, merged) or denies(merged, shown):
        return False
    if _DIGIT.search(shown) and _DIGIT.search(merged) and _other_ages(shown, merged):
        return False
    if _other_figures(shown, merged):
        return False
    # a substring test spares most pairs the pattern's search
    if "since " in shown and "since " in merged and _since_apart(shown, merged):
        return False
    # the figures read (and kept) above tell whether both write a year: most pairs do not
    ours = _years(shown)
    if not ours or not (theirs := _years(merged)) or ours == theirs:
        return True
    # "the 1996 bombing" / "the 1995 car bombing", whatever other years the two share
    if name_apart(_dating(shown), _dating(merged)):
        return False
    # "The couple was convicted in 1992" / "three children accused them in 1991"
    return not (ours.isdisjoint(theirs) and date_apart(_dating(shown), _dating(merged)))
