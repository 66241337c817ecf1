"""Where and when, which counts.py and measures.py do not read: how far one named place lies
from another, how many storeys a fall went, and the clock time of one moment.

- A distance: "Area 51, about 125 miles northwest of Las Vegas" against "Area 51, the
  remote desert base 90 miles north of Las Vegas". How far a place lies from another does
  not change with the story, so two articles naming the same two places are compared
  whatever else their sentences say, not only within a pair; figures within
  `DISTANCE_SHARE` of each other are one rough figure ("about 40 kilometers (25 miles)"
  against "40 kilometers").
- Storeys of a fall: "landed on the elevator car, which was ... eight stories below"
  against "six stories below"; "plunging eight stories down" agrees. Read only as a
  distance fallen or below ("N stories below/down", "fell N floors"): "a seven-story
  building" and "it has four floors" are no fall.
- Clock times: "waiting with the stroller on the 23rd floor ... around 11:40 a.m." against
  "headed out with her mother around 10:30 a.m. on the 23rd floor". Times of a story are
  mostly of its different moments (missing since 5:30 p.m., last seen at 1 p.m.; in the
  water at 5:30, spotted at 9:30), so two are of one moment only when each sentence holds
  one time, the sentences name no different weekdays and share a lower-case word (the
  floor, the stroller; not a unit or "around"), each is the other's closest in its
  article (two reports of a typhoon's position at 3 p.m. and at 10 p.m. are alike, but
  each has a closer match), and the times differ by more than `CLOCK_MARGIN` (a time
  given "about" and the minute a call came in agree) and at most `CLOCK_FAR`. The time of
  a report ("in a 2 p.m. advisory") or a page's stamp ("Updated at 2 a.m.") is no moment
  of the story.
Distances, storeys and times are read only in sentences that have a close pair
(conflicts.NUMBER_SIMILARITY), each only when the sentence holds a word every match needs.
Storeys and times are compared within the pairs, distances between any two such sentences
of different articles. Floors of one scene are floors.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from itertools import combinations

from chorus.analyze.measures import UNIT_STEMS
from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity, stems
from chorus.language.days import on_other_days
from chorus.language.numbers import NUMBER_WORDS
from chorus.model import Sentence

DISTANCE_SHARE = 0.15
"""How far apart, as a share of the larger, two distances between the same two places may
be and still be one rough figure: "about 125 miles" against 90 is 28 %."""
CLOCK_MARGIN = 45
"""Minutes two times of one moment may differ by: "shortly before 2:30 p.m." against
"around 2:20 p.m.", a 911 call at 2:19 against a shooting "around 2:20"."""
MILE = 1.609344
"""Kilometres in a mile."""

_NAME = r"[A-Z][\w'’.-]*(?: (?:of |de |the )?[A-Z0-9][\w'’.-]*)*"
_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_DISTANCE = re.compile(
    rf"(?P<located>{_NAME}), (?:(?:the|a|an)(?: [a-z][\w-]*){{0,4}} )?"
    rf"(?P<written>(?:(?:about|some|roughly|nearly|around|approximately) )?"
    rf"(?P<figure>{_FIGURE})[- ](?P<unit>miles?|kilomet(?:er|re)s?|km)(?: \([^()]*\))?"
    rf"(?: (?:north|south|east|west)[\w-]*)?) (?:of|from) (?P<place>{_NAME})"
)
"""A named place, an optional description ("the remote desert base"), a distance and the
place it is measured from: "Area 51, about 125 miles northwest of Las Vegas"."""
DISTANCE_STEMS = frozenset(stems("mile miles kilometers km"))
"""The stems (similarity.py) a sentence holds when it may hold a distance."""
_COUNT = r"\d+|" + "|".join(NUMBER_WORDS)
FALLING = (
    r"fell|falls?|falling|plunged?|plunging|plummet(?:ed|ing|s)?|dropped|dropping|tumbled?|"
    r"tumbling|jump(?:ed|ing|s)?|leap(?:t|ed|ing|s)?"
)
"""Verbs of a fall: storeys fallen here, the floor a fall started from in floors.py."""
_FALL = re.compile(
    rf"\b(?:(?:{FALLING}) (?P<fallen>{_COUNT})[- ](?:stor(?:ies|eys?)|floors?)\b|"
    rf"(?P<counted>{_COUNT})[- ](?:stor(?:ies|eys?)|floors?) (?:below|down|beneath)\b)",
    re.IGNORECASE,
)
"""Storeys fallen or below: "plummeted eight stories", "six stories below"."""
STOREY_STEMS = frozenset(stems("stories storeys floors"))
"""The stems a sentence holds when it may hold storeys fallen."""
_CLOCK = re.compile(
    r"(?<![\d.,:])(?<!\d: )\b(?P<hour>1[0-2]|0?[1-9])(?:(?:[:.]|: )(?P<minute>[0-5]\d))?\s?"
    r"(?P<half>[ap])(?:\.m\b\.?|m\b)",
    re.IGNORECASE,
)
"""A clock time as newswire writes it, "11:40 a.m.", "1 p.m.", as other pages do, "5pm",
"6:04 PM", "9.30am" (not the "5" of "1.5 pm"), and as tokenised text does, "10: 09 p.m."
(not its "09 p.m.")."""
_OF_A_REPORT = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:advisor|update|bulletin|briefing|statement|report|forecast|"
    r"(?:news|press) conference)",
    re.IGNORECASE,
)
_STAMPED = re.compile(
    r"(?:\b(?:update[sd]?|posted|published|modified|opens|closes)(?: at| on)?"
    r"(?:\s+(?:\d\d?/\d\d?/\d\d(?:\d\d)?|[a-z]+\.? \d\d?,? (?:19|20)\d\d),?(?: at)?)?|"
    r"\b(?:19|20)\d\d,?)\s+$",
    re.IGNORECASE,
)
"""After a time, a report it dates ("said in a 2 p.m. advisory"), and before it, a page's
stamp ("Updated at 2 a.m.: in the end ...", "Update 3/3/13 9: 00 a.m.", a byline's
"october 12, 2015 9: 39 pm" with no "at" after the year, Multi-News+ train 36953, 38980)
or an hour kept every day ("Kings plaza mall, which opens at 10 a.m."): no moment of the
story; "on march 1, 2013 at 10: 10 a.m." is one."""
STAMP_REACH = 40
"""Characters before a time a stamp's words may take ("Updated March 12, 2015 at ")."""
CLOCK_FAR = 90
"""Minutes past which two times are of two moments: the gold's one real pair is 70 minutes
apart; the wrong ones of new text two hours and more ("responded to the medical call ...
just after 3 p.m." against "fire officials said just before 5 p.m.", Multi-News+ train
31581; "before 3 a.m." against "around 1 a.m.", 22736), "found around 10 a.m." and
"leaving the building at about 4 a.m." six."""
_CLOCK_CUE = re.compile(r"[0-9]\s?[aApP]\.?[mM]\b")
"""What every clock time holds: searched first, it costs a tenth of `_CLOCK` (which tries
its alternatives at every word) on the many sentences "am" lets through (`CLOCK_WORDS`)."""
CLOCK_WORDS = (".m", "am", "pm")
"""Lower-case text a sentence holds when it may hold a clock time: a `find` each over the
story's sentences, where a test per sentence cost more (stems drop "a.m."). "am" lets
"same" and "team" through too (5,534 sentences of the 247 clusters with cross-source
sections, against 157 for ".m"; `_CLOCK_CUE` sorts them); a `find` for each digit before
"am" and "pm" cost 0.4 ms a cluster."""
_BOUND = re.compile(
    r"\b(?:about|around|approximately|roughly|shortly (?:before|after)|just "
    r"(?:before|after)|some|nearly|after|before)\s+$",
    re.IGNORECASE,
)
"""Words before a time that the reason quotes with it ("around 10:30 a.m.")."""
_NOT_TOLD = UNIT_STEMS | frozenset(
    stems("about around approximately roughly shortly just before after some nearly")
)
"""Stems that say nothing of what a time is the time of: units, a time's bounds."""


@dataclass(frozen=True, slots=True)
class Distance:
    """How far `located` lies from `place`, in kilometres, and its words."""

    located: str
    place: str
    kilometres: float
    written: str


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time in minutes after midnight and its words."""

    minutes: int
    written: str


def distances(text: str) -> list[Distance]:
    """The distances between two named places a sentence gives."""
    found = []
    for match in _DISTANCE.finditer(text):
        scale = MILE if match.group("unit").startswith("mile") else 1.0
        value = float(match.group("figure").replace(",", "")) * scale
        found.append(
            Distance(match.group("located"), match.group("place"), value, match.group("written"))
        )
    return found


def storeys(text: str) -> list[tuple[int, str]]:
    """The storeys a sentence says something fell or lies below, with their words."""
    found = []
    for match in _FALL.finditer(text):
        count = (match.group("fallen") or match.group("counted")).lower()
        value = int(count) if count.isdigit() else NUMBER_WORDS.index(count) + 1
        found.append((value, match.group()))
    return found


def _quoted(text: str, match: re.Match[str]) -> str:
    """A match with the bound written before it ("around 10:30 a.m.")."""
    bound = _BOUND.search(text, max(0, match.start() - 20), match.start())
    return text[bound.start() if bound else match.start() : match.end()].strip()


def told(text: str) -> frozenset[str]:
    """What a sentence that holds one time tells of: the stems of its lower-case words, less
    units and the words that bound a time ("around", "shortly before"). Names say who and
    where, and a typhoon's positions at 3 p.m. and at 10 p.m. share only their units."""
    return frozenset(stems(" ".join(w for w in text.split() if w[:1].islower()))) - _NOT_TOLD


def clocks(text: str) -> list[Clock]:
    """The clock times of a sentence, each written with its bound ("around 10:30 a.m."),
    but those of a report ("in a 2 p.m. advisory") or a page's stamp ("Updated at 2 a.m.")."""
    if not _CLOCK_CUE.search(text):
        return []
    found = []
    for match in _CLOCK.finditer(text):
        stamped = _STAMPED.search(text, max(0, match.start() - STAMP_REACH), match.start())
        if stamped or _OF_A_REPORT.match(text, match.end()):
            continue
        hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        found.append(Clock(hour * 60 + int(match.group("minute") or 0), _quoted(text, match)))
    return found


def _apart(a: int, b: int) -> int:
    """Minutes between two clock times, across midnight too."""
    return min(abs(a - b), 24 * 60 - abs(a - b))


def _clock_reason(a: str, b: str, x: Clock, y: Clock) -> str | None:
    """The reason two sentences, each holding one time (`x`, `y`), give one moment two
    times; None when they are not that."""
    if not CLOCK_MARGIN < _apart(x.minutes, y.minutes) <= CLOCK_FAR:
        return None
    if told(a).isdisjoint(told(b)):
        return None
    if on_other_days(a, b):
        return None
    return f"Different times for one moment: {x.written} vs {y.written}"


def _storey_reason(
    ours: Sequence[tuple[int, str]], theirs: Sequence[tuple[int, str]]
) -> str | None:
    """Two sentences' storeys of one fall that differ (none agrees with the other's)."""
    if {v for v, _ in ours} & {v for v, _ in theirs}:
        return None
    return f"Different figures for how far it fell: {ours[0][1]} vs {theirs[0][1]}"


def _best_match_of_each_other(similarity: Similarity, i: int, j: int) -> bool:
    """Whether each of two sentences is the other's closest in its article: the two tell
    the same thing, not two moments of a story told alike ("the typhoon was centered ..."
    at 3 p.m. and at 10 p.m.)."""
    scores, article_of = similarity.scores, similarity.article_of
    in_j, in_i = article_of == article_of[j], article_of == article_of[i]
    return bool(scores[i, in_j].max() <= scores[i, j] and scores[j, in_i].max() <= scores[i, j])


def position_conflicts(
    similarity: Similarity,
    pairs: Sequence[tuple[int, int, float]],
    paired: Set[int],
    may_tell_time: Set[int],
) -> list[Conflict]:
    """Storeys of one fall and times of one moment that differ, in `pairs` of close
    sentences, and distances between two places that differ, among the sentences of the
    pairs (`paired`, their rows). A sentence is read only when its stems hold a unit of
    distance or a storey, or, for times, when its row is in `may_tell_time` (it holds one of
    `CLOCK_WORDS`); times are compared only in sentences that are each other's best match."""
    sentences, held = similarity.sentences, similarity.stems
    measured, fallen = [], {}
    for row in sorted(paired):
        if not DISTANCE_STEMS.isdisjoint(held[row]):
            measured.append(sentences[row])
        if not STOREY_STEMS.isdisjoint(held[row]) and (found := storeys(sentences[row].text)):
            fallen[row] = found
    conflicts = distance_conflicts(measured)
    timed = {
        row: found
        for row in may_tell_time
        if row in paired and len(found := clocks(sentences[row].text)) == 1
    }
    if not fallen and not timed:
        return conflicts  # most clusters: no pair to look at
    for i, j, _ in pairs:
        if i in fallen and j in fallen and (reason := _storey_reason(fallen[i], fallen[j])):
            conflicts.append(Conflict("number", (sentences[i],), (sentences[j],), reason))
        elif (
            i in timed
            and j in timed
            and (
                reason := _clock_reason(
                    sentences[i].text, sentences[j].text, timed[i][0], timed[j][0]
                )
            )
            and _best_match_of_each_other(similarity, i, j)
        ):
            conflicts.append(Conflict("date", (sentences[i],), (sentences[j],), reason))
    return conflicts


def distance_conflicts(sentences: Sequence[Sentence]) -> list[Conflict]:
    """Two articles that put the same two places different distances apart, among
    `sentences`."""
    read = [(s, found) for s in sentences if (found := distances(s.text))]
    conflicts = []
    for (x, ours), (y, theirs) in combinations(read, 2):
        if x.article is y.article:
            continue
        differing = (
            (a, b)
            for a in ours
            for b in theirs
            if (a.located, a.place) == (b.located, b.place)
            and abs(a.kilometres - b.kilometres) > DISTANCE_SHARE * max(a.kilometres, b.kilometres)
        )
        found = next(differing, None)
        if found:
            a, b = found
            reason = (
                f"Different distances of {a.located} from {a.place}: {a.written} vs {b.written}"
            )
            conflicts.append(Conflict("number", (x,), (y,), reason))
    return conflicts
