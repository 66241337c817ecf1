"""What a sentence's counts are of (count_rivals.py weighs two sentences' counts by it): the
stretches of time it dates them to, a moment other than the story's ("two days after",
"less than 24 hours earlier", "in initial clashes", "since july 28, when", "in 2009", "last
year"), the places it names, whether it counts over several places
("around the country", in lower case "in arkansas and oklahoma", "near two greek islands",
"at the city's airport and subway station"), how many incidents it sums them over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chorus.analyze.entity_lists import KNOWN
from chorus.language.count_disagreement import Disagreement
from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.language.days import periods
from chorus.language.numbers import NUMBER_WORDS, figures

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*"
_NOT_PLACES = "|".join((*MONTHS, *(day.title() for day in WEEKDAYS)))
_PLACE = re.compile(
    r"\b(?:(?:in|across|throughout|hit)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:to|with|by|from|for|and|of)\b)[a-z]+\s+){0,2}?|"
    r"(?:village|town|city|province|region|area|district|county|state|territory) of\s+)"
    rf"(?!(?:{_NOT_PLACES})\b)({_NAME})|\b(?:on|in) the (island|town|village)\b|"
    r"\b(?:village|town|city|province|district|county|island) of (?!(?:the|a|an|his|her|their)\b)"
    r"([a-z][\w'’-]+)|\bin ([a-z][\w'’-]+), an? (?:city|town|village|suburb) (?:in|of|near)\b"
)
"""A place a sentence names, anywhere in it: "in Moscow", "across Syria", "hit Poland",
"the city of Aleppo", "on the island" (not a dateline: where the reporter was); in
lower-case text (Multi-News+) after a word of a place ("the southern province of
hadramout") or before one ("police in dijon, a city in eastern france": not the
"french city of nantes", Multi-News+ train 2215)."""
_WHOLE = re.compile(
    r"\b(?:(?:across|throughout)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:[A-Z]|country\b|"
    rf"nation\b|world\b|region\b)|[Ii]n all\b|in {_NAME}(?:, {_NAME})*,? and (?:the )?[A-Z]|"
    r"\baround the (?:country|nation|world)\b|\bnationwide\b)"
)
"""A count over several places: "throughout Europe", "across the Caribbean", "In all",
"embassies in Kenya and Tanzania", "in clashes around the country"."""
_KNOWN_PLACE = "|".join(
    sorted((re.escape(name.lower()) for name, label in KNOWN.items() if label == "place"), key=len)[
        ::-1
    ]
)
_SITE = (
    r"(?:airport|station|school|church|mosque|synagogue|temple|hospital|market|hotel|stadium|"
    r"mall|base|checkpoint|restaurant|club|cafe|bar)s?\b"
)
"""Kinds of places an attack strikes."""
_TIMES = r"(?:minutes|hours|days|nights|weeks|months|years|decades|times)"
"""Stretches of time, no places: "for the second time in two days"."""
_SEVERAL = re.compile(
    rf"\bin (?:{_KNOWN_PLACE})(?:, (?:{_KNOWN_PLACE}))*,? and (?:{_KNOWN_PLACE})\b|"
    r"\b(?:in|near|on|off|at|across) (?:the )?(?:\d+|several|multiple|both|"
    rf"{'|'.join(NUMBER_WORDS[1:])}) (?!(?:[a-z]+ )?{_TIMES}\b)(?:[a-z]+ )?[a-z]+s\b|"
    rf"\b(?:across|throughout) (?:{_KNOWN_PLACE})\b|"
    rf"\b(?:at|on) (?:the |a |an )?(?:[\w'’]+ ){{0,2}}?{_SITE} and (?:at )?(?:the |a |an )?"
    rf"(?:[\w'’]+ ){{0,2}}?{_SITE}"
)
"""A count over several places in lower-case text (Multi-News+), where `_WHOLE` reads no
names: a list of known places ("police in belgium, switzerland and france have arrested
31", "tornadoes touched down in arkansas and oklahoma ..., injuring nine") or several
of a kind ("boats sank near two greek islands", "ripped across eight iraqi cities ...
killing 46" against Karbala's 13, train 27487) or all of a known place ("killed eight
u.s.-led coalition troops across afghanistan" against one bombing's five, train 35484).
(Multi-News+ train 37935, 37341,
validation 4424: eight Swiss arrests, three injured in one county, 19 dead off one
island, parts), or sites of two kinds ("struck at the city's airport and subway station,
killing 32" against "killed 16 people at brussels airport", train 19312)."""
_SHIFTED = re.compile(
    r"\b(?:(?:(?:less|more) than |about |nearly )?(?:the|a|an|one|two|three|four|five|six|seven|"
    r"several|few|\d+) (?:hours?|days?|nights?|weeks?|months?|years?) (?:after|before|earlier)|"
    r"the (?:day|night) (?:after|before)|initial(?:ly)?|"
    rf"(?:{'|'.join(MONTHS)}) \d{{1,2}}(?:, \d{{4}})?, when|(?:in|of) \d{{4}}, when|"
    r"(?:in|of) (?:19|20)\d\d|last year|since the (?:beginning|start) of|"
    rf"(?:in|of) (?:{'|'.join(MONTHS)})(?: \d{{1,2}},?)? (?:19|20)\d\d|"
    r"(?:in|at|from) another (?:[a-z]+ )?(?:factory|plant|building|city|town|village|school|"
    r"hospital|province|district|state|country))\b",
    re.IGNORECASE,
)
"""A sentence that tells its counts as of another moment than the story's: "The attack came
two days after one student was killed" (another shooting), "the day after protesters ...
killed seven foreign staff" (the day before the story's toll), "Less than 24 hours earlier,
a fiery crash ... killed four" (another crash), "killed ... in initial clashes" (the first
of several days'), "since july 28, when a drone strike killed at least four" (that day's
strike, Multi-News+ train 39516); a year or "last year" ("a mass shooting there left 13
dead in 2009", "It killed 11 people in florida last year": train 4112, 28089; the story's
own count names no year; "was in august 2004, when a suicide bomber ... killing 10 people"
against the story's 38, train 24193), and a running total "since the beginning of the
year" ("at least 15 russian planes have crashed, killing 120" against one crash's 31, train
33343); another site ("police said they had arrested two people, who were seen ... trying
to set fire to stockpiles of material in another factory" against three supervisors
arrested from the burnt one, train 7925)."""


_INCIDENTS = re.compile(
    rf"\b(\d+|{'|'.join(NUMBER_WORDS)}) "
    rf"(?:(?!(?:in|of|on|at|by|for|from|to|and|the|a|an|people|{'|'.join(NUMBER_WORDS)})\b)"
    r"[a-z-]+ ){0,2}?(?:accidents|crashes|attacks|"
    r"incidents|shootings|bombings|explosions|blasts)\b",
    re.IGNORECASE,
)
"""A count of the incidents a toll is summed over: "two fatal accidents ..., with a total of
13 lives lost" against "10 fatal airliner accidents, resulting in 44 fatalities" (two
tallies of one year's crashes over different sets, Multi-News+ train 6194)."""
_INCIDENT_WORDS = (
    *("ccidents", "rashes", "ttacks", "ncidents"),
    *("hootings", "ombings", "xplosions", "lasts"),
)
"""What a sentence holds when `_INCIDENTS` may match, by substring tests."""


@dataclass(frozen=True, slots=True)
class Scope:
    """What tells which counts of another sentence a sentence's counts can rival."""

    periods: frozenset[str]
    """The stretches of time it dates its counts to ("last week", "since ...")."""
    places: frozenset[str]
    """The places it names ("Poland", "Caribbean", "island")."""
    whole: bool
    """Whether it counts over several places ("throughout Europe", "in Kenya and Tanzania")."""
    shift: str
    """Another moment than the story's its counts are told at ("two days after"), or ""."""
    incidents: frozenset[float] = frozenset()
    """How many incidents it sums its counts over ("two fatal accidents"), when it says."""


def named_places(text: str) -> frozenset[str]:
    """The places a sentence names (`_PLACE`), a possessive's "'s" left off ("Syria's")."""
    return frozenset(
        re.sub(r"['’]s$", "", next(g for g in m.groups() if g)) for m in _PLACE.finditer(text)
    )


def scope(text: str) -> Scope:
    """What a sentence's counts are of: their times, places, whether over several places."""
    whole = _WHOLE.search(text) is not None or _SEVERAL.search(text) is not None
    return Scope(periods(text), named_places(text), whole, _shift(text), _incidents(text))


def _incidents(text: str) -> frozenset[float]:
    """How many incidents a sentence sums its counts over (`_INCIDENTS`); the pattern tried
    only past a substring test."""
    if not any(word in text for word in _INCIDENT_WORDS):
        return frozenset()
    return frozenset(f.low for m in _INCIDENTS.finditer(text) for f in figures(m.group(1)))


def _shift(text: str) -> str:
    """Another moment than the story's a sentence tells its counts at (`Scope.shift`); the
    pattern tried only past a substring test (scopes are read for every sentence giving
    a disputed figure)."""
    if (
        "after" not in text
        and "before" not in text
        and "earlier" not in text
        and "initial" not in text
        and ", when" not in text
        and " 19" not in text
        and " 20" not in text
        and "last year" not in text
        and "ince the" not in text
        and "another" not in text
    ):
        return ""
    shifted = _SHIFTED.search(text)
    return shifted.group().lower() if shifted else ""


def apart(a: Scope, b: Scope) -> bool:
    """Whether two sentences count at different moments (one "two days after" another
    event) or over different stretches of time ("arrested this week"
    against "Last week ... arrested 10", a running total "since ... began" against a
    week's), over different numbers of incidents ("two fatal accidents" against "10"), or
    in different places ("In Poland, 32 people died" / "in Moscow"; a count
    over several places is weighed against a part by `part_of_whole` instead: its places
    are seldom all named, "in Kenya and Tanzania" against "in Nairobi")."""
    if a.shift != b.shift:
        return True
    pairs = [(a.periods, b.periods), (a.incidents, b.incidents)]
    if not a.whole and not b.whole:
        pairs.append((a.places, b.places))
    return any(x and y and x.isdisjoint(y) for x, y in pairs)


def part_of_whole(found: Disagreement, a: Scope, b: Scope) -> bool:
    """Whether one side counts over several places and the other's figure is below it: a
    part of the whole ("224" killed "in Kenya and Tanzania" against Tanzania's 11; not
    against "more than 250" in Nairobi, a part larger than its whole)."""
    if a.whole == b.whole:
        return False
    whole, part = (found.ours, found.theirs) if a.whole else (found.theirs, found.ours)
    return min(c.low for c in whole) > max(c.high for c in part)
