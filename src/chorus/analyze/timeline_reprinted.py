"""A sentence two outlets print alike: one row, not two. Two pages quoting one court filing
(raw 165: "President's Chief of Staff told the FBI that he had a conversation discussing the
Senate seat with Obama on December 7, 2008 in Obama's car.", one page's copy behind a
"Redacted portion :" label) tell one event on one date; listed twice, the reader counts two.

Only a sentence whose words stand, in order, inside the other's is read as the same: two
outlets' own wordings of one event may differ in what they tell, and grouping them is not
safe (docs/journal/timeline.md, "Timeline, forty-fifth pass (stop 36)"). But for a month or a
day, two outlets' lines sharing a run of RUN words, a number written as a word read as its
figure, tell one event (raw 17: 'passed a thorough, "once-every-5-years inspection" in
January, 2016' / 'passed inspections in January 2016, including a thorough,
"once-every-five-years inspection"'): in raw validation no two rows of one month or day
from two articles share a run of more than 5 words without telling one event
(docs/journal/timeline.md, "Timeline, forty-ninth pass (stop 36)"); nor two rows of one year
(raw 23's Eichmann fleeing in 1950, 229's debut album of 1966, 138's request of 2005: one
event each; "Timeline, sixtieth pass (stop 41)"). One word may stand for another inside the
run ("The Kleins closed their Gresham store in 2013" / "... their Gresham bakery in 2013", raw
242).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import repeat

from chorus.analyze.model import TimelineEntry
from chorus.model import Sentence

_WORD = re.compile(r"\w+")
SHORTEST = 8
"""The fewest words of a sentence read as another's copy: a short line ("The vote was held
on March 3, 2015.") may be two outlets' own plain telling of different things."""

RUN = 7
"""The fewest words in a row two lines of one month or day must share to tell one event."""
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_FIGURES = {w: str(n) for n, w in enumerate(_NUMBER_WORDS, 1)}


def _words(sentence: Sentence) -> str:
    """The sentence's words, lower-cased and spaced by one blank, framed by blanks."""
    return " " + " ".join(_WORD.findall(sentence.text.lower())) + " "


def _figured(line: str) -> list[str]:
    """A line's (as `_words`) words, numbers written as words read as figures ("5" / "five")."""
    return [_FIGURES.get(w, w) for w in line.split()]


def _runs(line: str) -> frozenset[tuple[str, ...]]:
    """A line's (as `_words`) runs of RUN words, and of RUN + 1 words with one word inside
    blanked, numbers written as words read as figures ("5" / "five"). Each kind of run is one
    `zip` of the words from each of its places: a tuple built a step at a time cost ~1.5×."""
    words = _figured(line)
    runs = set(zip(*(words[j:] for j in range(RUN)), strict=False))
    for k in range(1, RUN):
        blanked = (*(words[j:] for j in range(k)), repeat(""))
        runs.update(zip(*blanked, *(words[j:] for j in range(k + 1, RUN + 1)), strict=False))
    longer = RUN + 2
    runs.update(zip(*(words[j:] for j in range(longer)), strict=False))
    for k in range(1, longer):
        kept = (*(words[j:] for j in range(k)), *(words[j:] for j in range(k + 1, longer + 1)))
        runs.update(zip(*kept, strict=False))
    return frozenset(runs)


def _trigrams(line: str) -> set[tuple[str, str, str]]:
    """A line's (as `_words`) runs of three words, numbers read as figures."""
    words = _figured(line)
    return set(zip(words, words[1:], words[2:], strict=False))


@dataclass(frozen=True, slots=True)
class _Runs:
    """`_trigrams` and `_runs` kept for one call's lines: a line is compared with each other
    article's row of its date (a 300-article cluster reads ~740 lines ~7,000 times). Not kept
    past the call: ~30 KB a line, kept for the process they raised a 300-article brief's peak
    by ~25 MiB (docs/journal/speed.md, "Memory and summary speed, twenty-ninth pass (stop
    42)")."""

    trigrams: Callable[[str], set[tuple[str, str, str]]]
    runs: Callable[[str], frozenset[tuple[str, ...]]]


def _runs_of_a_call() -> _Runs:
    return _Runs(functools.cache(_trigrams), functools.cache(_runs))


def _shares_a_run(a: str, b: str, runs: _Runs) -> bool:
    """Whether two lines' words (as `_words`) share RUN words in a row, or RUN words around one
    they write differently ("closed their gresham store in 2013" / "... bakery in 2013")."""
    # Two lines sharing a run (`_runs`) share three words in a row: a run of RUN, RUN
    # around a blank, or RUN + 2 with one word left out of either line's holds its words in
    # at most three pieces that stand whole in both. Most rows of one date share none (221
    # of raw and DUC's 354 pairs), and a line's three-word runs are a fifteenth of `_runs`'.
    if runs.trigrams(a).isdisjoint(runs.trigrams(b)):
        return False
    return not runs.runs(a).isdisjoint(runs.runs(b))


def _fragment(entry: TimelineEntry) -> bool:
    """Whether the sentence is a piece of a line: opening in lower case, cut by its page's
    line break ("spoke to labor union official on November 3, 2008 who ..."), or ending with
    no stop, cut by its source (Multi-News+ 302's "... liberal politician and banker sir
    john"). The whole line holding it reads better."""
    text = entry.sentence.text.strip(" \"'“”‘’()*")
    return text[:1].islower() or not text.endswith((".", "!", "?"))


def _kept(one: TimelineEntry, other: TimelineEntry, words: dict[int, str]) -> TimelineEntry:
    """Of a sentence and its copy inside a longer line (or another outlet's telling), the
    one to show: the shorter (the longer line carries a label or a glued neighbour), unless
    it is a fragment; the other's sentence among its copies, cited with it (raw 182's AP
    story printed by both articles)."""
    short, long = sorted((one, other), key=lambda e: len(words[id(e.sentence)]))
    kept, dropped = (long, short) if _fragment(short) else (short, long)
    copies = (*kept.copies, dropped.sentence, *dropped.copies)
    return replace(kept, copies=tuple(dict.fromkeys(copies)))  # a third article's once


def _copies(one: TimelineEntry, other: TimelineEntry, words: dict[int, str], runs: _Runs) -> bool:
    """Whether two rows of one date from two articles give it one sentence, its words
    standing in order inside the other's, or one event, their lines sharing a run of words
    (`words`: each row's, read once)."""
    if one.sentence.article.id == other.sentence.article.id:
        return False
    for entry in (one, other):
        if id(entry.sentence) not in words:
            words[id(entry.sentence)] = _words(entry.sentence)
    a, b = sorted((words[id(one.sentence)], words[id(other.sentence)]), key=len)
    if a.count(" ") > SHORTEST and a in b:
        return True
    return _shares_a_run(a, b, runs)


def printed_once(entries: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """The rows, a sentence two articles print alike shown once."""
    kept: list[TimelineEntry] = []
    on: dict[str, list[int]] = {}  # the kept rows of each date, by their place in `kept`
    # Each row's words by its sentence (a row is replaced when it gains a copy); only rows
    # sharing a date with another article's are read.
    words: dict[int, str] = {}
    runs = _runs_of_a_call()
    for entry in entries:
        same_day = on.setdefault(entry.when, [])
        at = next((i for i in same_day if _copies(kept[i], entry, words, runs)), None)
        if at is None:
            same_day.append(len(kept))
            kept.append(entry)
        else:
            kept[at] = _kept(kept[at], entry, words)
    return kept


def copies_of_rows(
    entries: Sequence[TimelineEntry], unplaced: Sequence[tuple[Sentence, str]]
) -> tuple[list[TimelineEntry], list[str]]:
    """The rows, each with the sentences of undated articles that print it alike, and the
    date expressions so placed. An undated article's "Tuesday" cannot be resolved, but the
    same sentence with the same word, another article's row, is that row's event, as two
    rows' are (`_copies`: sharing a run of words too; raw 182:
    [2] prints [1]'s AP story, whose own stamp dates [1]'s Tuesdays; the note called [2]'s
    four unresolved beside the rows of the same sentences)."""
    rows = list(entries)
    placed = []
    runs = _runs_of_a_call()
    for sentence, expression in unplaced:
        words = ""  # read only once a row of the same word is found: most have none
        for at, row in enumerate(rows):
            if row.sentence.article.id == sentence.article.id or not row.relative:
                continue
            if row.expression.text.lower() != expression.lower():
                continue
            words = words or _words(sentence)
            a, b = sorted((words, _words(row.sentence)), key=len)
            if (a.count(" ") > SHORTEST and a in b) or _shares_a_run(a, b, runs):
                copies = tuple(dict.fromkeys((*row.copies, sentence)))
                rows[at] = replace(row, copies=copies)
                placed.append(expression)
                break
    return rows, placed
