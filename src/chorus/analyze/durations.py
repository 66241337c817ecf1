"""How long one named thing lasted, which counts.py and measures.py do not read: "her
nearly 13-hour filibuster" against "her June filibuster –11 hours of talk".

A duration is read where it names what lasted: written before the noun ("a 13-hour
filibuster", "a seven-month crackdown") or after it, set off by a dash or after "lasted"
("the filibuster – 11 hours of talk", "The hearing lasted 10 hours"). How long a thing
lasted does not change with the story, so any two sentences of different articles that
give one noun two durations are compared, whatever else they say (4960's are 0.16 and
0.18 alike), unless an article gives that noun two durations itself ("a four-month
sentence ... and a nine-month sentence": several things of one name). Bounds are read:
"more than nine hours" allows 10, "nearly eight months" allows seven; a figure without
one is a whole number of units, rounded ("12 hours" allows "12½", not "13 hours").
Years are not read: "N-year" is mostly an age ("11-year-old") or a term of a rule or a
sentence that two articles count to different dates (41 and 40 years of Gaddafi's rule).
Nor decades: "Over five decades he made fashion" against "a six-decade fashion career" (raw
validation 81) are loose figures of one career, both true, and no two articles of all the
data give one noun two "N-decade" figures.

A run of events is read too: the span in which one event is the second or a later one of
its kind ("the third Model S fire in six weeks" against "the third such incident in five
weeks", raw validation 143: the same three fires). The ordinal ties the span to the event,
so two articles giving one ordinal and one kind of event two spans conflict ("such" takes
the kind of event the sentence before names: "a fire burned up one of its ... hatchbacks.
It was the third such incident"); a count of events ("three fires in five weeks") is left,
as it grows with the story. Not read: a "first ... in N years", a gap since the last time
that articles count from other dates ("the first time in 47 years" and "in 46 years",
Multi-News+ train 10421; every other such pair in the data is one year apart, of two
things or meets), a rank ("the second-largest drop in six months": both windows may be
right), "time" (any event: "the third time in less than three weeks that Hamas tried";
no two articles in the data give such a run two spans), and spans of years, as above.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence, Set
from dataclasses import dataclass
from itertools import combinations

from chorus.analyze.floors import ORDINALS
from chorus.analyze.model import Conflict
from chorus.language.numbers import NUMBER_WORDS
from chorus.model import Sentence

CUE = re.compile(r"-(?:minute|hour|day|week|month)[- ]")
"""What every duration `_BEFORE` reads holds, in lower case: searched once over the
story's sentences joined (conflicts.Joined), where a test per sentence cost 0.03 ms a
cluster, so `_BEFORE`, which tries its figures at every word, reads only those."""
_FIGURE = rf"\d+(?:\.\d+)?|{'|'.join(NUMBER_WORDS)}"
_BOUND = r"nearly|almost|about|around|roughly|some|more than|over|less than|under"
_BEFORE = re.compile(
    rf"(?<![\w.,-])(?<! or )(?<! to )(?:(?P<bound>{_BOUND}) )?(?P<figure>{_FIGURE})-"
    r"(?P<unit>minute|hour|day|week|month)(?:-long)? (?P<noun>[a-z]+)\b"
)
"""A duration before the thing that lasted it: "nearly 13-hour filibuster"; not the last of
alternatives ("one- or three-month supplies", "a three- to six-month stay"): which of them
the noun lasted, the sentence does not say."""
_AFTER = re.compile(
    r"\b(?P<noun>[a-z]+)(?:,? (?:which |that )?(?:lasted|lasting)(?: for)? | ?[–—] ?)"
    rf"(?:(?P<bound>{_BOUND}) )?(?P<figure>{_FIGURE}) (?P<unit>minute|hour|day|week|month)s?\b"
)
"""A duration after the thing that lasted it: "filibuster –11 hours", "hearing lasted
10 hours". Both patterns read lower case only: a name before a dash is a dateline or a
speaker, and a capital opens a headline or a sentence, not a duration in running text; a
title an article quotes is its work's figure, not the article's ("After Her 12-Hour
Filibuster", Vogue's, in raw validation 230's article whose own is "13-hour": read as its
own, the article would give the filibuster two durations and the conflict would go)."""
_PLANNED = re.compile(
    r"\b(?:conceived|designed|planned|intended|envisioned|meant|billed)(?: of)? as (?:an? )?$"
)
"""Before a duration, a plan, not what the thing lasted: "the comet lander philae was
conceived of as a 24-hour mission" against the "57-hour mission" it ran (Multi-News+ train
15076)."""
_ORDINAL = rf"{'|'.join(ORDINALS[1:])}|\d{{1,3}}(?:nd|rd|th)"
RUN_CUE = re.compile(f"the (?:{_ORDINAL}) ")
"""What every run `_RUN` reads holds, in lower case: searched once over the story's
sentences joined, as `CUE` is; its literal "the " makes it a seventh of `_RUN`'s cost,
whose word boundary and "[Tt]" are tried at every character."""
_RUN = re.compile(
    rf"\b[Tt]he (?P<ordinal>{_ORDINAL}) (?P<what>(?:[\w’'-]+ ){{0,3}}?)(?P<noun>[a-z]+) "
    rf"(?P<written>in (?:(?:the )?(?:past|last) )?(?:(?P<bound>{_BOUND}) )?"
    rf"(?P<figure>{_FIGURE}|a) (?P<unit>day|week|month)s?)\b"
)
"""The span in which an event is the second or a later of its kind: "the third Model S fire
in six weeks", "the 10th attack in the past two months"."""
_RANKED = re.compile(r"(?:est|most|least|worst)\b")
"""A superlative before the noun makes the ordinal a rank in a window ("the second-largest
drop in six months"), not a count of events."""
NOT_EVENTS = frozenset(("time", "one", "day", "week", "month", "year"))
"""Nouns after an ordinal that name no kind of event: "the third time in six weeks" may
count anything the sentence goes on to tell."""
NOT_NOUNS = frozenset(("old", "a", "an", "the", "and", "or", "of", "in", "on", "for", "to"))
"""Words after a duration that name nothing that lasted ("a 12-hour-old", "a 24-hour and
...")."""


@dataclass(frozen=True, slots=True)
class Duration:
    """How long `noun` lasted, in `unit`s, as the range its words allow, and its words."""

    noun: str
    unit: str
    low: float
    high: float
    written: str

    def agrees(self, other: Duration) -> bool:
        # ranges that only touch do not meet: "five weeks" is 4.5 to 5.5, "six weeks" 5.5
        # to 6.5, and a span is rounded to one figure, not to both
        return self.low < other.high and other.low < self.high


def _range(figure: str, bound: str | None) -> tuple[float, float]:
    """The values a figure and its bound allow: "nearly 13" is 12 to 13, "more than nine"
    anything above 9, "about 10" 8.5 to 11.5, a bare 11 what rounds to it."""
    value = (
        float(figure)
        if figure[0].isdigit()
        else 1.0
        if figure == "a"
        else NUMBER_WORDS.index(figure) + 1.0
    )
    if bound in ("nearly", "almost"):
        return value - 1, value
    if bound in ("more than", "over"):
        return value, float("inf")
    if bound in ("less than", "under"):
        return 0.0, value
    if bound:
        return 0.9 * value - 0.5, 1.1 * value + 0.5
    return value - 0.5, value + 0.5


def _durations(text: str, pattern: re.Pattern[str]) -> list[Duration]:
    """The durations `pattern` reads in a sentence, each with the noun of what lasted; not
    a plan's (`_PLANNED`)."""
    found = []
    for match in pattern.finditer(text):
        noun = match.group("noun")
        if noun in NOT_NOUNS or _PLANNED.search(text, max(0, match.start() - 40), match.start()):
            continue
        low, high = _range(match.group("figure"), match.group("bound"))
        unit = match.group("unit")
        found.append(Duration(noun, unit, low, high, match.group().strip()))
    return found


def durations_before(text: str) -> list[Duration]:
    """The durations a sentence gives before what lasted them: "a 13-hour filibuster"."""
    return _durations(text, _BEFORE)


def may_follow(text: str) -> bool:
    """Whether a sentence may give a duration after what lasted it: every one `_AFTER`
    reads holds "lasted" or a dash."""
    return "last" in text or "–" in text or "—" in text


def durations_after(text: str) -> list[Duration]:
    """The durations a sentence gives after what lasted them: "filibuster –11 hours"."""
    return _durations(text, _AFTER)


def _of_one_thing(
    read: Sequence[tuple[Sentence, list[Duration]]],
) -> dict[tuple[str, str], list[tuple[Sentence, Duration]]]:
    """Each noun and unit's durations, less those of a noun that an article gives two
    durations that cannot be one ("a four-month sentence ... a nine-month sentence")."""
    given: dict[tuple[str, str], list[tuple[Sentence, Duration]]] = defaultdict(list)
    for sentence, found in read:
        for duration in found:
            given[duration.noun, duration.unit].append((sentence, duration))
    return {
        key: items
        for key, items in given.items()
        if not any(
            x.article is y.article and not a.agrees(b) for (x, a), (y, b) in combinations(items, 2)
        )
    }


def duration_conflicts(
    sentences: Sequence[Sentence], texts: Sequence[str], may_name: Set[int]
) -> list[Conflict]:
    """Two articles that give one named thing two durations, among `sentences` (the
    story's, whose `texts` are given: a sentence's text is a slice taken anew each time);
    `may_name` are the indices of those whose lower case `CUE` matches. The nouns that a
    duration before them names are looked for after one only in the sentences that
    `may_follow` and hold the noun."""
    before = [
        (sentences[n], found) for n in sorted(may_name) if (found := durations_before(texts[n]))
    ]
    if not before:
        return []  # most clusters: no duration names what lasted
    nouns = {d.noun for _, found in before for d in found}
    after = [
        (sentences[n], found)
        for n, text in enumerate(texts)
        if may_follow(text)
        and any(noun in text for noun in nouns)
        and (found := [d for d in durations_after(text) if d.noun in nouns])
    ]
    return _conflicting(before + after, "Different durations of the")


def _conflicting(
    read: Sequence[tuple[Sentence, list[Duration]]], what_differs: str
) -> list[Conflict]:
    """Each two sentences of different articles that give one thing (`Duration.noun`) two
    durations no reading of both can match, each side with the outlets behind its figure."""
    conflicts = []
    shown: set[frozenset[tuple[str, int]]] = set()
    for items in _of_one_thing(read).values():
        for (x, a), (y, b) in combinations(items, 2):
            if x.article is y.article or a.agrees(b) or frozenset((x.key, y.key)) in shown:
                continue
            side_a, side_b = _side(items, a, b, y), _side(items, b, a, x)
            shown.update(frozenset((p.key, q.key)) for p in side_a for q in side_b)
            reason = f"{what_differs} {a.noun}: {a.written} vs {b.written}"
            conflicts.append(Conflict("number", side_a, side_b, reason))
    return conflicts


def runs(text: str) -> list[tuple[Duration, bool]]:
    """The runs of events a sentence gives, each as the span of its ordinal and noun ("third
    fire", "in six weeks"), and whether its kind is "such" as the sentence before tells."""
    found = []
    for match in _RUN.finditer(text):
        what, noun = match["what"], match["noun"]
        if noun in NOT_EVENTS or _RANKED.search(what):
            continue
        low, high = _range(match["figure"], match["bound"])
        span = Duration(f"{match['ordinal']} {noun}", match["unit"], low, high, match["written"])
        found.append((span, "such " in what))
    return found


def run_conflicts(
    sentences: Sequence[Sentence], texts: Sequence[str], may_run: Set[int]
) -> list[Conflict]:
    """Two articles that give the same event of a run two spans ("the third Model S fire in
    six weeks" against "the third such incident in five weeks"), among `sentences` (their
    `texts` given); `may_run` are the indices of those whose lower case `RUN_CUE` matches.
    A "such" run's event is the one of another article's run of that ordinal that the
    sentence before it names, when one alone is."""
    read = {n: found for n in sorted(may_run) if (found := runs(texts[n]))}
    if len(read) < 2:
        return []  # nearly every cluster: no run, or one sentence's
    named = {span.noun for found in read.values() for span, such in found if not such}
    spans = []
    for n, found in read.items():
        before = (
            set(re.findall(r"[a-z]+", texts[n - 1].lower()))
            if n and sentences[n - 1].article is sentences[n].article
            else set()
        )
        for span, such in found:
            if such and span.noun not in named:
                ordinal = span.noun.split()[0]
                kinds = [
                    noun
                    for noun in named
                    if noun.startswith(f"{ordinal} ") and noun.split()[1] in before
                ]
                if len(kinds) != 1:
                    continue
                span = Duration(kinds[0], span.unit, span.low, span.high, span.written)
            spans.append((sentences[n], [span]))
    return _conflicting(spans, "Different spans for the")


def _side(
    items: Sequence[tuple[Sentence, Duration]], ours: Duration, theirs: Duration, rival: Sentence
) -> tuple[Sentence, ...]:
    """The sentences of other articles than the rival's that allow our duration and not
    theirs: the outlets behind one figure ("nearly 13-hour", "13-hour" against "11 hours")."""
    return tuple(
        dict.fromkeys(
            s
            for s, d in items
            if s.article is not rival.article and d.agrees(ours) and not d.agrees(theirs)
        )
    )
