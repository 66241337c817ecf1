"""Years a sentence writes and the words each dates: what tells "The couple was convicted
in 1992" and "three children accused them in 1991" apart as two events, where "another
judge ... opened an investigation into ... the Pinochet dictatorship that ended in 1990"
and "In 1996, Castellon opened his probe" tell one (the second dates the opening the
first tells undated)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from chorus.language.counts import LINKS, MONTHS
from chorus.language.numbers import NUMBER_WORDS, SCALES
from chorus.language.remarks import STEM, word_openings

_SPAN = re.compile(
    r"((?:1[89]|20)\d\d)(s)?"
    r"(?:\s*(?:-|–|to|through|and)\s*((?:1[89]|20)?\d\d)(s)?)?(?![\w'’-]|[.,]\d)"
)
"""A year, a decade ("the 1980s") or a range ("1976-83", "from 1990 to 2005", "between
1976 and 1983"); none ending within a figure or a word ("3-year-old", "1.5")."""
_INSIDE = "$£€.,'’-"
"""What before a year's digits puts them within a figure or word ("18,589.69", "$2012"):
tested on the match, as a look-behind tried at every place costs ~5x the search."""
_SEGMENT_END = re.compile(r"[,;:()“”\"—–]|\s-\s|''|``")
"""What ends the phrase a year dates: "until 1991, when it proclaimed independence" dates
being a part of Yugoslavia, not the proclamation."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_DATING = frozenset(
    ("in", "since", "until", "till", "from", "through", "between", "by", "during", "before")
) | frozenset(("after", "to", "and"))
"""Words before a year that make it the date of what the phrase tells ("convicted in
1992"); a year after anything else qualifies a thing ("the 1988 bombing", "a bloody 1973
coup", "the Misuse of Drugs Act 1977"), which a sentence mentions without dating what it
tells."""
_BETWEEN = frozenset(("the", "early", "late", "mid", "end", "start", "of"))
"""Words between a dating word and its year: "in the early 1990s", "since the end of"."""
_DATED_BEFORE = 1
_DATED_AFTER = 2
"""Words a year dates, nearest it in its phrase: the one before ("convicted in 1992",
"house arrest in 1960") and two after ("of sexually assaulting", "in 1991 of leading
ghastly"). More before takes in the people who act ("three children accused them in
1991"), whom sentences of one story share however many events they tell."""
_QUALIFIED = re.compile(r"['’]s\b|\s+([a-z][\w-]*)")
"""What follows a year that qualifies a thing: "2006’s “Blood Money”", "the 1996 bombing"."""
_CLAUSE_WORDS = (
    frozenset(("he", "she", "it", "they", "them", "we", "i", "you", "there", "when", "where", "as"))
    | frozenset(("is", "was", "are", "were", "been", "has", "had", "have", "will", "would", "this"))
    | frozenset(("these", "those", "about", "into", "over", "under", "against", "amid", "until"))
)
"""Words that go on with the sentence, not name a thing or an event: after a year ("In
1994 he made", "until 1996 when", "in 1992 under the name"), or beside one."""
_NAMING_RUN = re.compile(r"(?:\s+[a-z][\w-]*)+")
"""The words in lower case right after a year that qualifies a thing: "the 1995 car bombing
of a military facility" (`_named` stops at "of")."""
_MONTHS = frozenset(name for month in MONTHS for name in (month.lower(), month[:3].lower(), "sept"))
_GOES_ON = LINKS | _CLAUSE_WORDS
_NO_EVENT = _GOES_ON | _DATING | _BETWEEN | _MONTHS | frozenset(NUMBER_WORDS) | frozenset(SCALES)
"""Words that tell no event: links, clause words, months, numbers."""


@dataclass(frozen=True, slots=True)
class Dating:
    """What a sentence dates: the spans of its years (every year, whether it dates or
    qualifies) and the openings of the words its dating years date."""

    spans: tuple[tuple[int, int], ...]
    dated: frozenset[str]
    dates: bool
    text: str
    named: tuple[tuple[str, tuple[int, int]], ...]
    """The openings of the words a year qualifies, each with its year's span: "the 1996
    bombing" gives ("bombin", (1996, 1996))."""


def _span(match: re.Match[str]) -> tuple[int, int]:
    start = int(match.group(1))
    end = start
    if match.group(3):
        written = match.group(3)
        end = int(written) if len(written) == 4 else start // 100 * 100 + int(written)
    decade = match.group(4) or (match.group(2) and not match.group(3))
    if decade:
        end += 99 if end % 100 == 0 else 9
    return start, max(start, end)


def _content(word: str) -> str:
    """A word's opening if it may tell an event: written in lower case (names are shared
    by every sentence of a story), four letters or more, no link, number or month."""
    if not word[0].islower() or len(word) < 4 or word in _NO_EVENT:
        return ""
    return word[:STEM]


def _is_dating(text: str, start: int, end: int) -> bool:
    """Whether a year dates something: it qualifies no thing written after it, and the
    words before it are a dating word ("in", "since", ...), perhaps with "the early"
    between, a month ("March 2014") or a day of one ("May 29, 1962"), or nothing (a
    sentence opening with "1993 was ...")."""
    after = _QUALIFIED.match(text, end)
    if after and (after.group(1) is None or after.group(1) not in _GOES_ON):
        return False
    before = [word.lower() for word in _WORD.findall(text, max(0, start - 40), start)]
    while before and before[-1] in _BETWEEN:
        before.pop()
    if not before:
        return True
    word = before[-1]
    return (
        word in _DATING or word in _MONTHS or text[max(0, start - 3) : start].rstrip()[-1:] == ","
    )


def _named(text: str, end: int) -> list[str]:
    """The openings of the words a year qualifies ("the 1995 car bombing of ...": car,
    bombing), up to the first word that tells no thing ("of", "in", a clause word)."""
    run = _NAMING_RUN.match(text, end)
    if not run:
        return []
    stems = []
    for word in run.group().split():
        stem = _content(word)
        if not stem and word in _NO_EVENT:
            break
        if stem:
            stems.append(stem)
    return stems


def _near(text: str, start: int, end: int, backwards: bool) -> list[str]:
    """The content words of a year's phrase nearest it on one side."""
    if backwards:
        bounds = list(_SEGMENT_END.finditer(text, 0, start))
        segment = text[bounds[-1].end() if bounds else 0 : start]
    else:
        bound = _SEGMENT_END.search(text, end)
        segment = text[end : bound.start() if bound else len(text)]
    words = [stem for word in _WORD.findall(segment) if (stem := _content(word))]
    return words[-_DATED_BEFORE:] if backwards else words[:_DATED_AFTER]


def _opening_clause(text: str, start: int, end: int) -> list[str]:
    """For a year opening the sentence ("In 2015, the Texas Court of Criminal Appeals split
    the difference"), the content words of the clause it dates, after the comma."""
    comma = text.find(",", end)
    if comma < 0 or text[end:comma].strip() or _WORD.findall(text, 0, start)[1:]:
        return []
    return _near(text, comma + 1, comma + 1, backwards=False)


def dating(text: str) -> Dating:
    """A sentence's years and what they date."""
    spans = []
    dated: set[str] = set()
    named: list[tuple[str, tuple[int, int]]] = []
    dates = False
    for match in _SPAN.finditer(text):
        before = text[match.start() - 1 : match.start()]
        if before and (before.isalnum() or before in _INSIDE):
            continue
        spans.append(_span(match))
        if not _is_dating(text, match.start(), match.end()):
            named.extend((stem, spans[-1]) for stem in _named(text, match.end()))
            continue
        dates = True
        dated.update(_near(text, match.start(), match.end(), backwards=True))
        dated.update(_near(text, match.start(), match.end(), backwards=False))
        dated.update(_opening_clause(text, match.start(), match.end()))
    return Dating(tuple(spans), frozenset(dated), dates, text, tuple(named))


def _meet(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return first[0] <= second[1] and second[0] <= first[1]


def _spans_by_word(
    named: tuple[tuple[str, tuple[int, int]], ...],
) -> dict[str, list[tuple[int, int]]]:
    by_word: dict[str, list[tuple[int, int]]] = {}
    for stem, span in named:
        by_word.setdefault(stem, []).append(span)
    return by_word


def name_apart(ours: Dating, theirs: Dating) -> bool:
    """Whether two sentences name two things of one kind by their years: a word both
    qualify by a year, by years none of which meet ("the 1996 bombing" / "the 1995 car
    bombing", "a 2007 racial profiling case" / "the 2011 case"), tells two bombings, two
    cases, whatever else the two share."""
    if not (ours.named and theirs.named):
        return False
    their_spans = _spans_by_word(theirs.named)
    return any(
        not any(_meet(a, b) for a in spans for b in their_spans[stem])
        for stem, spans in _spans_by_word(ours.named).items()
        if stem in their_spans
    )


def _same_time(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two spans of years may date one event: they meet, and a year meets a longer
    span only at an end ("In 2003, a judge revoked Poole's probation" / "a second stint from
    2003 to 2006"): a year within a span ("In 2012, the Mercer Family Foundation donated" /
    "received $3.8 million from 2011 through 2015") is a part of what the span tells."""
    if not _meet(first, second):
        return False
    year, span = (first, second) if first[0] == first[1] else (second, first)
    if year[0] != year[1]:
        return True  # two spans, neither a single year: "from the 1990s to 2005" / "1990 to 2005"
    return year[0] == span[0] or year[0] == span[1]


def date_apart(ours: Dating, theirs: Dating) -> bool:
    """Whether two sentences date two events: each dates something, no span of one may
    date what the other's does (`_same_time`), and neither writes a word of what the other
    dates. A sentence that dates the other's undated event ("opened" ... "In 1996, Castellon
    opened") or that qualifies a thing by its year ("the 1988 bombing") tells no other
    event by it."""
    if not (ours.dates and theirs.dates):
        return False
    if any(_same_time(mine, other) for mine in ours.spans for other in theirs.spans):
        return False
    return not (ours.dated & word_openings(theirs.text) or theirs.dated & word_openings(ours.text))
