"""Years of one named past event that differ: "The details of the 1899 heist — $30,000 ...
stolen from the San Francisco Mint in 1899 — matches ..." against "a match of the gold
heist in 1900 from the San Francisco Mint" (raw validation 105).

An event is a word of a one-off happening (a heist, a murder, an earthquake: `EVENTS`;
no election, championship or film, which recur or are made and sold in other years)
named by its year ("the 1899 heist") or dated right after it ("the gold heist in 1900",
"the murder of 1984"). Two years of one kind of event are more often two events ("the 1996
bombing" and "the 1995 car bombing" of a Saudi story), so a pair is shown only when the
story has one: no article ties the word to two years."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity

_KINDS = {
    "theft": "heist robbery theft burglary",
    "killing": "murder killing massacre",
    "kidnapping": "kidnapping abduction",
}
_ALONE = (
    "bombing shooting stabbing disappearance assassination hijacking crash derailment sinking"
    " explosion earthquake eruption coup"
)
EVENTS = {
    **{word: kind for kind, words in _KINDS.items() for word in words.split()},
    **{word: word for word in _ALONE.split()},
}
"""Words of happenings that take place once, each with its kind when other words name it
too ("the 1899 heist" is the theft "stolen in 1900" tells): one of them in a story has one
year."""
_ACTS = {
    **dict.fromkeys(("stolen", "stole", "robbed"), "theft"),
    **dict.fromkeys(("murdered", "slain"), "killing"),
    **dict.fromkeys(("kidnapped", "abducted"), "kidnapping"),
    **dict.fromkeys(("disappeared", "vanished"), "disappearance"),
    "assassinated": "assassination",
    "hijacked": "hijacking",
}
"""Verbs of those happenings ("killed" is left out: it tells accidents, wars and attacks
alike)."""

YEAR = r"((?:1[89]|20)\d\d)(?![\w'’]|[.,]\d)"
A_YEAR = re.compile(YEAR)
_OF_AN_EVENT = (
    r"trial|case|charges?|conviction|investigation|inquiry|probe|suspects?|victims?"
    r"|survivors?|scene|site|anniversary|film|movie|book|documentary"
)
_NAMED = re.compile(r"\b(?i:the) " + YEAR + rf" ([a-z]+)\b(?!['’]s| (?:{_OF_AN_EVENT})\b)")
"""A year naming an event: "the 1899 heist"; not the event's thing, "the 2012 murder
trial" (of a murder in 1957), "the 1899 heist's ..."."""
_PLACING = r"of|in|for|about|after|before|since|behind|over|into|from|with|to"
_DATED = re.compile(
    rf"(?:^|[^\w\s]\s*|\b(?:{_PLACING}) )(?i:the|an?)(?: [a-z]+)? ([a-z]+) (?:in|of) " + YEAR
)
"""An event dated right after its word, its phrase opening the sentence or a clause or after
a preposition: "a match of the gold heist in 1900", "— a murder in 1984"; not the object of
a verb, which the year may date instead ("reinvestigating the killing in 2003", of a killing
"in 1969": train 487)."""
IN_CLAUSE = (
    r"(?: (?!(?:and|but|or|when|while|after|before|until|then)\b)(?![\w'’-]+(?:ed|ing)\b)[\w.'’-]+)"
)
_DONE = re.compile(rf"\b({'|'.join(_ACTS)})\b{IN_CLAUSE}{{0,5}}? in " + YEAR)
"""An act dated within its clause: "stolen from the U.S. Mint in 1900"; no other verb nor a
clause between ("slain ... and detectives began reinvestigating in 2003")."""


_EVENT_WORD = re.compile("|".join(sorted({*EVENTS, *_ACTS})))
"""Any word of an event or an act, which each pattern's match holds: scanned only in a
sentence with a year (one in seventeen), as a scan costs four times a year's."""


def event_years(text: str) -> dict[str, set[int]]:
    """The events a sentence names or dates by a year, each (by its kind) with its years."""
    # most sentences: the literal tests (a year's first two digits) spare every scan
    if not ("19" in text or "20" in text or "18" in text) or not A_YEAR.search(text):
        return {}
    if not _EVENT_WORD.search(text):
        return {}
    found: dict[str, set[int]] = defaultdict(set)
    for match in _NAMED.finditer(text):
        if match.group(2) in EVENTS:
            found[EVENTS[match.group(2)]].add(int(match.group(1)))
    for pattern, kinds in ((_DATED, EVENTS), (_DONE, _ACTS)):
        for match in pattern.finditer(text):
            if match.group(1) in kinds:
                found[kinds[match.group(1)]].add(int(match.group(2)))
    return dict(found)


def _one_year_each(read: Iterable[tuple[int, Mapping[str, set[int]]]]) -> set[str]:
    """The events no article gives two years: an article that does tells two of them."""
    by_article: dict[tuple[str, int], set[int]] = defaultdict(set)
    for article, events in read:
        for event, years in events.items():
            by_article[event, article] |= years
    two = {event for (event, _), years in by_article.items() if len(years) > 1}
    return {event for event, _ in by_article} - two


def year_conflicts(
    similarity: Similarity,
    close: Sequence[tuple[int, int, float]],
    rows: Sequence[int],
    texts: Sequence[str],
) -> list[Conflict]:
    """Sentences alike (`close`) of two articles that give one event of the story two
    years; the closest pair of each two articles and event is shown. `texts` are the
    `rows`' sentences' texts."""
    read = {
        row: events for row, text in zip(rows, texts, strict=True) if (events := event_years(text))
    }
    return years_apart(similarity, close, read, "one {}")


def years_apart(
    similarity: Similarity,
    close: Iterable[tuple[int, int, float]],
    read: Mapping[int, Mapping[str, set[int]]],
    what: str,
) -> list[Conflict]:
    """Sentences alike (`close`) of two articles that give one thing two years, each
    sentence's things and years `read` (by row); the closest pair of each two articles and
    thing is shown, when no article gives the thing two years. The reason names the thing
    by `what` ("one {}": "Different years for one theft: 1899 vs 1900")."""
    article_of = similarity.article_of.tolist()
    single = _one_year_each((article_of[row], things) for row, things in read.items())
    best: dict[tuple[int, int, str], tuple[float, int, int]] = {}
    for i, j, score in close:
        if i not in read or j not in read:
            continue
        for thing in read[i].keys() & read[j].keys() & single:
            if read[i][thing] != read[j][thing]:
                key = (article_of[i], article_of[j], thing)
                if key not in best or score > best[key][0]:
                    best[key] = (score, i, j)
    return [
        Conflict(
            "date",
            (similarity.sentences[i],),
            (similarity.sentences[j],),
            f"Different years for {what.format(thing)}: "
            f"{_year(read[i][thing])} vs {_year(read[j][thing])}",
        )
        for (_, _, thing), (_, i, j) in sorted(best.items(), key=lambda found: found[1][1:])
    ]


def _year(years: set[int]) -> int:
    """A sentence's one year of a thing (its article gives the thing no other)."""
    (year,) = years
    return year
