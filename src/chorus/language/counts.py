"""What a sentence counts: numbers read with the words they are attached to.

A number is a count of deaths only when the counting words hold on to it: "12 people were
arrested", "killed 144", "627,000 deaths". A number anywhere near such a word is often
something else: a date ("died Tuesday (June 20) at age 42"), a name ("Channel 11 News",
"H 2"), a part of a total ("six of those arrested", "including 64 who died") or another
count ("the four living original members ... three 50th-anniversary shows").
Each count keeps what bounds it ("at least 144" is no exact 144), the words of the
counted thing (people, children), the place it is counted in and the attackers it
includes, so that two counts are compared only when they could be of one quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chorus.language.custody import CUSTODY
from chorus.language.numbers import (
    BOUND,
    LOWER_BOUND,
    NUMBER,
    NUMBER_WORDS,
    ROUGHLY,
    TENS,
    UPPER_BOUND,
    WINDOW,
    bounded,
    value_of,
)

QUANTITIES: tuple[tuple[str, str, str], ...] = (
    # (quantity, words after a number that say what it counts,
    #  a verb before a number that counts it: "killed 144")
    ("deaths", r"dead|killed|deaths?|died|fatalities|lives lost", r"killed|killing"),
    ("injuries", r"injured|wounded|hurt|injuries", r"injured|injuring|wounded|wounding"),
    ("votes in favour", r"in favou?r|voted for|votes? for", ""),
    ("votes against", r"voted against|votes? against|against", ""),
    ("arrests", rf"arrested|arrests|detained|{CUSTODY}", r"arrested|arresting|detained|detaining"),
    ("age", r"years? old", r"aged|at age|at the age of"),
    ("percentage", r"percent|per cent|%", ""),
    ("passengers", r"passengers(?! and (?:\w+ )?crew)", ""),
)
"""What a number counts: the first quantity whose counting words follow it (after its
noun and verb) or whose counting verb stands right before it. Passengers come last: "16
passengers died" is a toll; "239 passengers and crew" counts no passengers alone."""
FIXED = frozenset(("passengers",))
"""Quantities of a set fixed before the story, no toll that grows: those aboard one flight.
A word before the noun narrows one to a group ("153 Chinese passengers" are some of "239
passengers", raw validation 209), a floor of it rounds the figure down ("more than 100
passengers" of 113, Multi-News+ train 39852), kin are those of all of it ("relatives of 150
Chinese passengers", as is each kin of a passenger count in the raw validation and
Multi-News+ train clusters) and no "so far" dates it."""
LINKS = frozenset(
    (
        *("and", "or", "but", "who", "which", "that", "while", "of", "in", "on", "at", "for"),
        *("to", "from", "by", "with", "than", "near", "including", "since", "after", "before"),
        *("each", "per", "a", "an", "the", "times", "whose"),
    )
)
"""Words that end the phrase a number heads: "two and wounded 30" does not count the
wounded, "two people in Nebraska died" is left unread rather than misread."""
NOT_NOUNS = frozenset(
    (
        *("was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "now"),
        *("also", "reported", "confirmed", "believed", "found", "shot", "he", "she", "they"),
    )
)
COUNT_WORDS = (
    *("dead", "kill", "death", "died", "fatalities", "lives lost", "injur", "wound", "hurt"),
    *("in favo", "vote", "against", "arrest", "detain", "years old", "year old", "aged"),
    *("at age", "at the age of", "percent", "per cent", "%", "passengers", "custody"),
)
"""Words, case as written, that a sentence must hold for any counting word to match: most
hold none, and a substring test each rules them out ~10x cheaper than a search of the
alternation of all counting words."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)


def other_days(a: str, b: str) -> bool:
    """Whether two sentences each name a day of the week and none in common: what each
    tells is of another day ("the full moon on sunday afternoon ... was 222,761 miles from
    earth" against "on monday, when the moon reaches perigee, it will be 222,135 miles",
    Multi-News+ train 9294)."""
    days_a = {day.lower() for day in _WEEKDAY.findall(a)}
    days_b = {day.lower() for day in _WEEKDAY.findall(b)}
    return bool(days_a) and bool(days_b) and days_a.isdisjoint(days_b)


MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
ATTACKERS = r"gunm[ae]n|attackers?|assailants?|hijackers?|bombers?|shooters?|militants?|terrorists?"
""""20 people dead, including the three gunmen": a toll that counts the attackers, which
other sources leave out ("killed 17")."""


_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$")
_PART_BEFORE = re.compile(r"\b(?:including|includes|among them|of whom)\s+(?:the\s+)?$", re.I)
_SET_OFF = re.compile(r"^([ \t]+[a-z]+),")
_PART_SET_OFF = re.compile(
    r"^((?:[ \t]+[a-z]+){1,2}),[ \t]+(?:including|among them)\b[^,.;()]{1,40},"
    r"(?=[ \t]+(?:were|was|are|is|have|has|had|died)\b)"
)
"""After a total's noun, a part of it set off by commas, which the verb right after them
counts with it: "A total of 248 people, including a dozen Americans, were killed" (DUC
d31038t); not "15 charges, including crimes against humanity and war crimes"."""
_PART_AFTER = re.compile(r"^\s+(?:of|out of)\b")
_WORD = r"(?:(?!(?:" + "|".join(sorted(LINKS)) + r")\b)[a-z]+)"
_CAPITAL_WORD = r"(?:[A-Z][a-z]+|(?:[A-Z]\.){2,})"
"""A capitalised word right after a number, as a nationality or a force is written before
the counted noun ("Three Afghan soldiers were killed", "Two U.S. Marines were wounded");
further on a capitalised word is most often a place ("32 people throughout Poland had
died"), which ends the phrase a number heads."""
_WITH = (
    r"(?:[ \t]+with[ \t]+(?:the[ \t]+|an?[ \t]+)?[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?"
    r"(?:[ \t]+(?:were|was|are|is|have|has|had|been)){1,2})"
)
"""Who the counted are with, between the counted noun and its verb: "three soldiers with
the american-led coalition were killed" (Multi-News+ train 22217); the verb must follow,
so "two people with knife wounds" is no count of it."""
AFTER_WINDOW = 64
"""Characters after a number read for its noun, verb and counting words: room for a
`_WITH` phrase."""
_AFTER = tuple(
    re.compile(
        # percentages stand right after their number; other counting words may follow
        # the counted noun and its verb ("125 people had died", "144 people were
        # reported killed"), all in lower case: "Channel 11 News", "The Grateful Dead";
        # no word character may follow ("%" has no word boundary before a space)
        rf"^\s*(?:{cue})(?!\w)"
        if name == "percentage"
        else rf"^((?:[ \t]+{_CAPITAL_WORD})?(?:[ \t]+{_WORD}){{0,4}}?)??{_WITH}?[ \t]+(?:{cue})\b"
    )
    for name, cue, _ in QUANTITIES
)
_BEFORE = tuple(
    re.compile(rf"\b(?:{verb})\s+(?:(?:{LOWER_BOUND}|{UPPER_BOUND}|{ROUGHLY})\s+)?$")
    if verb
    else None
    for _, _, verb in QUANTITIES
)
_READERS = tuple(
    (name, after, before)
    for (name, _, _), after, before in zip(QUANTITIES, _AFTER, _BEFORE, strict=True)
)
"""Each quantity's name and the patterns that read its counting words after or before a
number; passengers last, tried only where the word is written (at every number of a
counting sentence, their pattern cost ~4% of `counts`)."""
_NOT_TOLL = re.compile(
    r"^\s+(?:(?:have|has|had|been|were|was|be)\s+)*(?:avoided|prevented|averted|saved)\b"
)
"""After the counting words, deaths that did not happen: "3.3 million malaria deaths have
been avoided"."""
_REST = re.compile(r"^\s+(?:others?|more|additional|further)\b")
"""A count of the rest ("the two other dogs injured", "injuring five others", "two more
died"): defined by what it leaves out, it is no total."""
_NO_COUNT_AFTER = re.compile(r"^\s+times\b")
"""A multiple, no count: "the epidemic killed five times more than all other known ebola
outbreaks combined" (Multi-News+ train 15711)."""
_EXPECTED = re.compile(r"\b(?:anticipat|expect|prepar|brac)\w*(?:\s+for)?\s+(?:up to\s+)?$", re.I)
"""Before a count, a forecast of it, no toll: "hospital is told to anticipate 100 injured"
(train 2017)."""
_WITH_ATTACKERS = re.compile(
    r"^[^.;]{0,40}?\s+including\s+(?:the\s+|all\s+)?(?:("
    + "|".join(("\\d+", *NUMBER_WORDS))
    + rf")\s+)?(?:\w+\s+)?(?:{ATTACKERS})\b",
    re.IGNORECASE,
)
_OF_ATTACKERS = re.compile(rf"^\s+of\s+(?:the|its|their)\s+({ATTACKERS})\b", re.IGNORECASE)
"""After a number, the attackers it counts: "killed two of the gunmen" is a toll of
attackers, no part of a total the sentence leaves unnamed."""
PLACE = re.compile(
    r"^[^,;.()]*?\b(?:in|across|throughout|near|on)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:(?:village|town|city|province|region|area|district|county|state) of\s+)?"
    rf"(?!(?:{'|'.join(MONTHS + tuple(d.title() for d in WEEKDAYS))})\b)"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)"
)
"""The place a count is counted in, named after it in its clause: "killed in the Idlib
area", "across Syria", "on the village of Sarmeen", "in New York"."""
QUALIFIERS = frozenset(("suspected", "alleged", "presumed", "armed"))
"""Participles that qualify the noun after a counting verb's number, no verb of their own:
"killed at least six suspected al qaeda militants" counts militants (Multi-News+ train
39516: a part of "eight people were killed")."""
_FOLLOWING = re.compile(
    rf"^(?:[ \t]+(?:{'|'.join(QUALIFIERS)})\b)?(?:[ \t]+[A-Za-z][\w.'’-]*){{1,3}}"
)
"""Up to three words right after a number, a qualifier aside, no punctuation between: where
a counting verb's number names what it counts ("killed five u.n. foreign staff")."""
EVERYONE = frozenset(("people", "persons"))
"""Nouns that count everyone, not one group."""
_WORDS = re.compile(r"\s+(\S+)")
NOT_COUNTED = frozenset(
    (
        *WEEKDAYS,
        *("yesterday", "today", "tonight", "overnight", "last", "this", "next", "earlier"),
        *("later", "day", "night", "week", "weekend", "month", "year", "morning", "evening"),
        *("afternoon", "when", "as", "during", "so", "there", "here", "it", "them", "just"),
        *("only", "alone", "throughout", "across", "around", "along", "into", "over"),
        *("under", "among", "within", "aboard", "inside", "outside"),
    )
)
"""Words after a counting verb's number that end its noun phrase: "killed 3 Tuesday",
"killed 12 last week", "killed 34 people just before", "killed 62 people throughout
Europe" count no noun but people."""
_NEXT_ITEM = re.compile(
    r"^[ \t]*,?[ \t]+(?:and[ \t]+)?(?:\d[\d,.]*|"
    + "|".join((*TENS, *NUMBER_WORDS))
    + r")[ \t]+(?!(?:of|out|were|was|are|is|have|had|has|more|others?)\b)[A-Za-z]",
    re.IGNORECASE,
)
"""After a counted noun, the next item of a list: "killed five alpacas, two foxes and one
emu", "killed 20 children and six adults" (each item a part of a total left unwritten);
not "five people, three of them children"."""


@dataclass(frozen=True, slots=True)
class Count:
    """A quantity a sentence reports: its range of values and the counted thing."""

    quantity: str
    low: float
    high: float
    value: float
    what: str
    """The counted noun written between the number and its counting words ("people",
    "children"), or "" when there is none."""
    part: bool
    """A part of a larger count ("including three children")."""
    place: str = ""
    """The place named as where it was counted ("Idlib", "Syria"), "" when none is."""
    attackers: float = 0.0
    """How many of the counted are the attackers ("including the three gunmen")."""
    bound: str = ""
    """The words that bound it as written ("at least", "as many as", "about"), lowercased."""


_NOT_NOUN_ENDINGS = ("ly", "ed")
"""An adverb's ending and a participle's ("were declared dead", "were presumed dead")."""


def _what(words: str) -> str:
    """The counted noun among the words between a number and its counting words: the last
    that is no verb, adverb or pronoun ("people were reported", "other dogs")."""
    nouns = [
        w for w in words.lower().split() if w not in NOT_NOUNS and not w.endswith(_NOT_NOUN_ENDINGS)
    ]
    return nouns[-1] if nouns else ""


def _counted_after(after: str) -> tuple[str, bool]:
    """The noun a counting verb's number heads, if its words narrow it, and whether it is an
    item of a list ("killed five alpacas, two foxes ..."): "staff" of "killed five u.n.
    foreign staff on Friday", "people" of "killing 49 people"; none of "killing 12 in
    Kabul" or of "killed more than 50 militants"."""
    following = _FOLLOWING.match(after)
    if following is None:
        return "", False
    words = []
    end = 0
    for word in _WORDS.finditer(following.group()):
        lowered = word.group(1).lower().rstrip(".")
        if not words and lowered in QUALIFIERS:
            continue
        if lowered in LINKS or lowered in NOT_COUNTED or lowered.endswith(("ing", "ed")):
            break
        words.append(lowered)
        end = word.end()
    listed = bool(words) and _NEXT_ITEM.match(after[end:]) is not None
    noun = _what(" ".join(words))
    # A bare noun after the verb is most often the whole toll in the writer's word for it
    # ("killed more than 50 militants" against "killing 49 people", one toll): only a
    # noun its words narrow ("five u.n. foreign staff", a part of "at least eight people")
    # and "people", which counts everyone, are kept apart from other nouns.
    narrowed = len(words) > 1 or noun in EVERYONE
    return (noun if narrowed else ""), listed


def _attackers_uncounted(words: str) -> bool:
    """Whether words name attackers in the plural with no number ("including the bombers"):
    a toll counting them tells no count of the victims (Multi-News+ validation 4694's
    "Fifteen people, including the bombers, died", five bombers by its sentence before,
    against "At least 10 people have been killed")."""
    found = _WITH_ATTACKERS.match(words)
    return bool(found) and found.group(1) is None and found.group().endswith(("s", "men"))


def _scope(rest: str) -> tuple[str, float]:
    """The place named after a count and how many attackers it includes ("including the
    gunman" is one)."""
    place = PLACE.match(rest)
    with_attackers = _WITH_ATTACKERS.match(rest)
    attackers = 0.0
    if with_attackers:
        number = with_attackers.group(1)
        attackers = value_of(number) if number else 1.0
    return (place.group(1) if place else ""), attackers


def counts(text: str) -> list[Count]:
    """The counts of a sentence (years, days of the month, parts of names left out)."""
    if not any(map(text.__contains__, COUNT_WORDS)):  # no generator's frame: ~15% cheaper
        return []
    tried = _READERS if "passengers" in text else _READERS[:-1]
    found = []
    for match in NUMBER.finditer(text):
        before = text[max(0, match.start() - WINDOW) : match.start()]
        if _YEAR.match(match.group(1)) or _MONTH.search(before):
            continue
        after = text[match.end() : match.end() + AFTER_WINDOW]
        of_attackers = _OF_ATTACKERS.match(after)
        skipped = of_attackers.end() if of_attackers else 0
        if of_attackers:
            after = after[skipped:]
        elif _PART_AFTER.match(after) or _REST.match(after) or _NO_COUNT_AFTER.match(after):
            continue
        if _EXPECTED.search(before):
            continue
        part = _PART_BEFORE.search(before) is not None
        aside = None  # a part set off after the total's noun, read past
        if part:
            # a part set off by commas is counted by the verb after them: "Eight people,
            # including two children, were injured"
            after = _SET_OFF.sub(r"\1", after, count=1)
        elif ", including " in after or ", among them " in after:
            aside = _PART_SET_OFF.match(after)
            if aside and _attackers_uncounted(aside.group()):
                aside = None  # "Fifteen people, including the bombers, died": victims unknown
            if aside:
                start = match.end() + aside.end()
                after = aside.group(1) + text[start : start + AFTER_WINDOW]
        for name, after_cue, before_verb in tried:
            attached = after_cue.match(after)
            if attached is None and not (before_verb and before_verb.search(before)):
                continue
            if attached is None:
                what, listed = _counted_after(after)
                if listed:
                    break
            else:
                what = _what(attached.group(1) or "") if attached.lastindex else ""
            if of_attackers:
                what = of_attackers.group(1).lower()
            if part and not what:
                break  # "including 64 who died": a part of what, no one can say
            read_past = aside.end() - aside.end(1) if aside and attached else 0
            rest = text[match.end() + skipped + read_past + (attached.end() if attached else 0) :]
            if _NOT_TOLL.match(rest):
                break
            value = value_of(match.group(1), match.group(2))
            dozens = "dozen" in match.group(2).lower()
            low, high, bound = bounded(BOUND.search(before), value, dozens)
            place, attackers = _scope(rest)
            if aside:  # "20 people, including the three gunmen, were killed"
                attackers = _scope(aside.group())[1]
            found.append(Count(name, low, high, value, what, part, place, attackers, bound))
            break
    return found
