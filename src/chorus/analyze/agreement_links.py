"""Own words two sentences share that link no fact (agreement.py): a number word counting
two things ("two weeks" / "two years", raw 191), a day and its figure from which each goes
on to sums of its own (raw 19's Dow), and the figures of a day both write (raw 23's "May 29,
1962"); and those that link two sentences scoring below the agreement threshold
(links_below). A lone word only its stem joins: agreement_word_forms.py."""

from __future__ import annotations

import math
import re

import numpy as np

from chorus.analyze.agreement_names import name_numbers
from chorus.analyze.agreement_tallies import figures_link
from chorus.analyze.own_words import names_in_common
from chorus.analyze.similarity import STEM_LENGTH, STOP_WORDS, Similarity
from chorus.facts import Placed, aged, placed_figures
from chorus.language.counts import MONTHS
from chorus.language.numbers import NUMBER_WORDS, Figure

LOW_FLOOR = 0.26
"""Lowest similarity of two sentences linked by what they share alone (links_below): one
fact told in two outlets' own words scores low ("single teen mother" / "a teen pregnancy,
followed by life as a single mom", raw 230: 0.263). Of the 35 pairs from 0.25 to 0.34
over the 250 raw validation clusters that share three own words beyond names and figures,
about 30 tell one fact; below 0.26, two of four did not (a Kaepernick quote / another
speaker's on "oppression", a "state-owned company" twice, raw 37, 158)."""
LOW_WORDING = 0.11
"""Lowest TF-IDF cosine of two sentences linked from LOW_FLOOR up (scored_pairs): of those 35
pairs the lowest is 0.119, of the one sharing a sum 0.117 (raw 146); the floor halves the
pairs whose own words are read (10,498 to 5,100 over the 211 raw clusters with a pair)."""
LOW_WORDS = 3
"""Own words beyond names, figures and number words that link two sentences from LOW_FLOOR
up: 191's "20 first-grade students and six adults" in an aside is no third word."""


def scored_pairs(
    similarity: Similarity, threshold: float
) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]:
    """(i, j, score) with i < j from different articles: those scoring from `threshold` (the
    agreement threshold) up, in the order of `Similarity.pairs`, and those from LOW_FLOOR to
    below it worded alike from LOW_WORDING up. One pass over the n × n scores finds both
    (`Similarity.pairs` alone costs ~0.013 ms a cluster)."""
    scores = similarity.scores
    rows, cols = np.divmod(np.flatnonzero(scores >= LOW_FLOOR), len(scores))
    upper = rows < cols
    rows, cols = rows[upper], cols[upper]
    apart = similarity.article_of[rows] != similarity.article_of[cols]
    rows, cols = rows[apart], cols[apart]
    values = scores[rows, cols]
    high = values >= threshold
    low_rows, low_cols, low_values = rows[~high], cols[~high], values[~high]
    # the score is the mean of the TF-IDF cosine and the word vectors' (similarity.py)
    vectors = similarity.vectors
    cosines = np.einsum("ij,ij->i", vectors[low_rows], vectors[low_cols])
    worded = 2 * low_values - cosines >= LOW_WORDING
    return _listed(rows[high], cols[high], values[high]), _listed(
        low_rows[worded], low_cols[worded], low_values[worded]
    )


def _listed(rows: np.ndarray, cols: np.ndarray, values: np.ndarray) -> list[tuple[int, int, float]]:
    # `tolist` converts in C, as Similarity.pairs does
    return list(zip(rows.tolist(), cols.tolist(), values.tolist(), strict=True))


def may_link_below(shared: set[str]) -> bool:
    """Whether own words in common may link a pair below the agreement threshold (read
    before the pair's texts): enough of them, or a figure."""
    return len(shared) >= LOW_WORDS or any(stem[0].isdigit() for stem in shared)


def links_below(a: str, b: str, shared: set[str], names: frozenset[str]) -> bool:
    """Whether two sentences scoring from LOW_FLOOR to the agreement threshold are linked by
    their own words in common `shared`: LOW_WORDS of them that are no name nor figure, or a
    sum of money with its scale each article gives once or a vote's tally both give
    (agreement_tallies.py). A lone word or
    two, or a figure alone, most often join two facts of one story at such scores: a
    measure with its unit and a word besides ("The Carpentier heart weighs 900g, is roughly
    the same size as a real heart ..." / "weighs about 900g (around 2 lb)- nearly three
    times more than an average healthy human heart", raw 179: 0.30) linked one weight under
    a statement the support does not tell (stop 39, journal: agreement)."""
    # in text written without capitals (Multi-News+ lower-cases names) a name is read as
    # an own word: 101 pairs formed over its first 1,000 lines, a third of 12 read wrong
    words = {s for s in shared - names if not s[0].isdigit() and s not in _NUMBER_STEMS}
    if (
        _CAPITAL.search(a, 1)
        and _CAPITAL.search(b, 1)
        and len(words) - max(_compounded(a, words), _compounded(b, words)) >= LOW_WORDS
    ):
        return True
    return figures_link(a, b, shared)


_CAPITAL = re.compile(r"[A-Z]")
_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _compounded(text: str, stems: set[str]) -> int:
    """How many of `stems` a text writes in one hyphenated word with another of them: the
    parts of "state-owned", "shovel-ready" are one word (raw 107, 158)."""
    if "-" not in text:
        return 0
    joined = 0
    for word in _COMPOUND.findall(text):
        parts = {part[:STEM_LENGTH].lower() for part in word.split("-")} & stems
        joined += max(len(parts) - 1, 0)
    return joined


_NUMBER_STEMS = {word[:STEM_LENGTH]: word for word in NUMBER_WORDS}
_COUNTED = re.compile(r"[\s-]+(?:(?:of|the|an?)\s+)*([A-Za-z]+)(?:[\s-]+([A-Za-z]+))?")
"""What a number word counts: the two words after it, past "of", "the", "a" ("two weeks",
"five of the six most", "three Indonesian soldiers")."""


_SPANS = frozenset(
    ("times", "years", "year", "month", "weeks", "week", "days", "day", "hours", "hour", "minut")
)
"""Stems of the words that make a count a span or a multiple ("two weeks", "five times")."""


_NAMED_KIND = re.compile(r"\b(?=([A-Z][\w’']*)\s+([A-Z][\w’']*)\s+([A-Za-z]+))")
"""A name of two words and the word after it, capitalised or not: "Star Trek films", "Late
Jurassic Period"."""
_NOT_A_KIND = ("ed", "ing", "ly")


def names_a_kind(a: str, b: str, shared: set[str], names: frozenset[str]) -> bool:
    """Whether the one own word two sentences share follows, in each, a name of two words
    both write: "Star Trek films" / "created for use in the Star Trek films" (raw 40) name
    the story's thing, as the name alone does, and the two go on to two facts of it. After
    one capitalised word it is as often the fact: "Spanish extradition request" / "Spanish
    extradition warrant" (DUC 0), "Monday night", but not when one capitalises the word and
    the other does not (`_named_twice`). So does a year both write before one word
    (`_year_names`), and so do the own words of the name itself beside it when it is all they
    name in common (`_kind_and_its_name`)."""
    if len(shared) != 1:
        return _kind_and_its_name(a, b, shared, names)
    (stem,) = shared
    if _YEAR.fullmatch(stem):
        return _year_names(a, b, stem)
    if not names:
        return False
    if _named_twice(a, b, stem, names):
        return True
    return all(
        any(name <= names for name in _names_before(text, stem, lower=True)) for text in (a, b)
    )


def _kind_and_its_name(a: str, b: str, shared: set[str], names: frozenset[str]) -> bool:
    """Whether the own words two sentences share (`shared`) are one word after a name of two
    words both write and that name's words, and the name is all the two capitalise in common
    (`names`): "the first confirmed brachiosaur foot from the Late Jurassic period of North
    America" / "a wealth of dinosaur fossils from the Late Jurassic Period, or between 155
    million to 148 million years ago" (raw 33) name one era, as the lone word after a name
    `names_a_kind` reads names the story's thing, and tell two facts of it. Naming someone
    besides, they may tell one fact of them: "John C. Reilly is wonderful as Hank Marlow, a
    World War II pilot ..." / "... one Hank Marlow (John C. Reilly), a World War II pilot from
    Chicago ..." (raw 46; agreement_reader39's gold judges the pair right)."""
    kind = shared - names
    if len(kind) != 1 or len(names) != 2:
        return False
    (stem,) = kind
    return all(names in _names_before(text, stem, lower=False) for text in (a, b))


def _names_before(text: str, stem: str, lower: bool) -> list[frozenset[str]]:
    """The stems of each name of two words `text` writes right before a word of `stem`
    (`_NAMED_KIND`), the word written in lower case when `lower`, and no deed or manner
    (`_NOT_A_KIND`)."""
    return [
        frozenset((m[1][:STEM_LENGTH].lower(), m[2][:STEM_LENGTH].lower()))
        for m in _NAMED_KIND.finditer(text)
        if m[3][:STEM_LENGTH].lower() == stem
        and not m[3].endswith(_NOT_A_KIND)
        and (m[3].islower() or not lower)
    ]


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _named_twice(a: str, b: str, stem: str, names: frozenset[str]) -> bool:
    """Whether two sentences write their one own word in common `stem` only right after one
    name both write, one of them capitalising it and the other not: "held across the
    Korean Peninsula March 8 to 23" / "With the stakes on the Korean peninsula as high as
    they have ever been" (raw 104, one dateline opening both) name one place, a word one
    capitalises beside names most often does (own_words.only_who). Over the 250 raw, 30 DUC
    and first 1,000 Multi-News+ validation clusters it is the only such pair."""
    capital = stem.capitalize()
    if capital not in a and capital not in b:
        return False
    before, capitalised = set(), set()
    for text in (a, b):
        words = _WORD.findall(text)
        found = [at for at, word in enumerate(words) if word[:STEM_LENGTH].lower() == stem]
        if not found or 0 in found:
            return False
        before.update(words[at - 1] for at in found)
        capitalised.add(frozenset(words[at][0].isupper() for at in found))
    if len(before) != 1:
        return False
    name = before.pop()
    return (
        name[0].isupper()
        and name[:STEM_LENGTH].lower() in names
        and capitalised == {frozenset({True}), frozenset({False})}
    )


def _year_names(a: str, b: str, year: str) -> bool:
    """Whether two sentences write `year` only right before one same word, no stop word:
    "the proposal looks a lot better than the 2009 stimulus" / "The new argument that the
    2009 stimulus wasn't big enough isn't what we heard then" (raw 107, a blogger and an
    editorial) name a thing of that year and go on to two views of it. Of the 32 pairs below
    OPEN_THRESHOLD whose lone own word is a year over the 250 raw, 30 DUC and first 1,000
    Multi-News+ validation clusters, it is the only one so written ("In 1996, Castellon
    opened his probe" / "began in 1996 when he opened a criminal investigation" date one
    deed)."""
    after = {
        word.lower() if word else None
        for text in (a, b)
        for word in re.findall(rf"\b{year}\b(?:\s+([a-z]+))?", text)
    }
    return len(after) == 1 and None not in after and not after <= STOP_WORDS


_SPEAKER = re.compile(
    r"\b([a-z]+)\s+(?:(?:has|had|then)\s+)?(?:said|says|told|tells|called|wrote|added|asked)\b"
)


def only_the_speaker(a: str, b: str, shared: set[str]) -> bool:
    """Whether the one own word two sentences share is, in each, who speaks: "His wife said
    the elevators are always out of service." / "My wife called me and said, ‘Our neighbor
    fell down the elevator.’" (raw 17, two men's wives) share the frame, not what is said."""
    if len(shared) != 1:
        return False
    (stem,) = shared
    return all(
        any(m.group(1)[:STEM_LENGTH] == stem for m in _SPEAKER.finditer(text)) for text in (a, b)
    )


def counts_apart(a: str, b: str, shared: set[str]) -> bool:
    """Whether the one own word two sentences share is a number word that counts a span or a
    multiple in one and another thing in the other: "... have in the past two weeks opened
    estates ..." / "... killed ... two years ago ..." (raw 191), "five times the national
    average" / "Five of the six most expensive areas" (raw 18). Counting one thing ("one or
    two churches" in both, "two miles"), it is the fact, and so it may be counting people
    named two ways ("the three men are the sons of hitler's nephew" / "the oldest of three
    surviving grandsons", Multi-News+ 3637)."""
    if len(shared) != 1 or (word := _NUMBER_STEMS.get(next(iter(shared)))) is None:
        return False
    counted_a, counted_b = _counted(a, word), _counted(b, word)
    return (
        bool(counted_a and counted_b)
        and not counted_a & counted_b
        and bool((counted_a | counted_b) & _SPANS)
    )


def _counted(text: str, word: str) -> set[str]:
    """The stems of the words that tell what each `word` a text writes counts (`_COUNTED`)."""
    found = re.finditer(rf"\b{word}\b", text, re.IGNORECASE)
    counted = (_COUNTED.match(text, match.end()) for match in found)
    return {
        after.lower()[:STEM_LENGTH]
        for thing in counted
        if thing
        for after in thing.groups()
        if after
    }


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTH = rf"(?:{'|'.join(MONTHS)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_DAY = re.compile(
    rf"\b{_MONTH}\s+(\d{{1,2}})(?:,?\s+((?:1[89]|20)\d\d))?\b"
    rf"|\b(\d{{1,2}})\s+{_MONTH}(?:,?\s+((?:1[89]|20)\d\d))?\b"
)
"""A day of a month, and its year when written: "May 29, 1962", "Dec. 15", "14 December"."""
_MONTH_STEMS = frozenset(
    name[:STEM_LENGTH].lower() for month in (*MONTHS, "Sept") for name in (month, month[:3])
)
"""The stems of the months, written out or cut short ("Dec.")."""


def figures_from_one(a: str, b: str, shared: set[str]) -> bool:
    """Whether two sentences share only figures and a date, and each goes on to a figure
    the other does not give: two facts told from one day ("The Dow closed at 18,589.69 on
    November 9, 2016, meaning the index is still up roughly 30% ..." / "Dow goes from
    18,589 on November 9, 2016, to 25,075 today", raw 19). One count alone ("2,400 text
    messages", raw 4; "1,175 points", raw 19) is most often one fact."""
    if not all(stem[0].isdigit() or stem in _MONTH_STEMS for stem in shared) or not any(
        stem in _MONTH_STEMS or _YEAR.fullmatch(stem) for stem in shared
    ):
        return False
    ours, theirs = placed_figures(a), placed_figures(b)
    return _figure_beyond(ours, theirs) and _figure_beyond(theirs, ours)


def only_a_day(a: str, b: str, figures: set[str], names: frozenset[str]) -> bool:
    """Whether the figures two sentences share (`figures`, own words) are those of a day
    both write with its month (`_DAY`), and the names they share are at most the month: a
    day alone tells when, not what was done, and two sentences sharing nothing else tell
    two things of one day (the letter "signed and dated: “Adolf Eichmann Jerusalem, May 29,
    1962.”" / the president's refusal "approved by the Supreme Court on May 29, 1962", raw
    23). With a name besides ("Tavin Terrell Price was fatally shot ... May 29" / "On May
    29, Tavin Price was shot to death ...", raw 161) it most often dates one deed."""
    if not names <= _MONTH_STEMS:
        return False
    return figures <= _day_figures(a) & _day_figures(b)


def _day_figures(text: str) -> set[str]:
    """The figures of the days a sentence writes with their month: "29" and "1962" of "May
    29, 1962"."""
    return {figure for match in _DAY.finditer(text) for figure in match.groups() if figure}


def _figure_beyond(ours: tuple[Placed, ...], theirs: tuple[Placed, ...]) -> bool:
    """Whether one of `ours` meets none of `theirs`."""
    return any(not any(_same_value(a.figure, b.figure) for b in theirs) for a in ours)


def _same_value(a: Figure, b: Figure) -> bool:
    """Whether two figures may give one value; an open-ended one ("just over 23%") only
    its bound, not any greater figure."""
    if math.isinf(a.high) or math.isinf(b.high):
        return a.low == b.low
    return a.low <= b.high and b.low <= a.high


def beyond_who(a: str, b: str, shared: set[str]) -> bool:
    """Whether two sentences share an own word that is neither a name, nor an age both give
    someone, nor the figures of a day both date with no other name in common
    (agreement_links.only_a_day); the ages and days are read only when every word left is
    a figure."""
    names = names_in_common(a, b)
    rest = shared - names
    if not rest or not all(stem[0].isdigit() for stem in rest):
        return bool(rest)
    rest -= aged(a) & aged(b)
    # a month's day is no name's (only_a_day)
    if named := names - _MONTH_STEMS:
        rest -= name_numbers(a, named) & name_numbers(b, named)
    return bool(rest) and not only_a_day(a, b, rest, names)
