"""Which counts of two sentences can be counts of one thing (counted.py sets them against
each other): the counts a sentence gives that another's can rival, and what they are of.

A sentence's rival counts leave out percentages (`rival_counts`), a whole written after
"out of" ("20 million out of 30 million", "34 out of the 4,557 cardiac arrests"), a count
the sentence goes on past ("detained two men ... and a third man was arrested"), votes
where it speaks of no vote ("charges against"), ages (whose, counts.py does not read:
ages.py compares those of named people), the items of a list ("20 children and six
adults", "15 civilians, a police officer and three security guards") and parts "among"
others ("Two civilians were among those killed"); a toll where the attacker killed
himself, was shot or is counted "including the suspect" may count him or not, and a count
with no noun after "and" counts the noun of the one before ("three soldiers ... were
killed and five were wounded"); a toll beside the killers' own dead ("killed 17 rivals and
lost three of its own") is one side's. Its scope (count_scopes.py) says when and where
they were counted. Figures over `FAR_APART` times apart count different things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from chorus.analyze.count_scopes import Scope, apart, part_of_whole, scope
from chorus.language.count_disagreement import Disagreement, disagreement
from chorus.language.counts import (
    ATTACKERS,
    FIXED,
    QUANTITIES,
    Count,
    counts,
)
from chorus.language.numbers import NUMBER_WORDS, figures

RIVAL_STEMS = frozenset(
    (
        *("dead", "kille", "killi", "death", "died", "fatal", "lives", "injur", "wound"),
        *("hurt", "favou", "favor", "vote", "votes", "voted", "again", "arres", "detai"),
        *("custo", "passe"),
    )
)
"""The stems (similarity.py: lower case, five letters) one of which a sentence holds when
`rival_counts` may find a count: the first of each counting word of `QUANTITIES` but
percentages' and ages', which it leaves out. A set test on stems the similarity already
holds rules out a sentence ~4x cheaper than `counts`' substring tests."""
_OUT_OF = re.compile(r"\bout of (?:the |all |a total of )?$")
"""Before a whole: "20 million out of 30 million", "34 out of the 4,557 cardiac arrests"."""
_KIN_OF = re.compile(
    r"\b(?:parents|famil(?:y|ies)|relatives|mothers|fathers|widows|loved ones|"
    r"next of kin) of (?:the )?(?:[\w-]+['’]s )?$",
    re.IGNORECASE,
)
"""Before a count, the kin of those counted: "the parents of two children killed in the
shooting accused jones" (some of the dead, not the toll), "relatives of the flight's 153
Chinese passengers"."""
_AMONG = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:were|was|are|is)\s+among\b")
"""After a count, what makes it a part: "More than 120 pregnant female whales were among
333 killed", "Two civilians were among those killed" (Multi-News+ train 38681, 39516)."""
_COUNT_WORD = rf"(?:\d[\d,.]*|{'|'.join(NUMBER_WORDS)})"
_OWN_LOSSES = re.compile(
    rf"\b(?:lost|losing|loses|lose) {_COUNT_WORD} (?:\w+ )?of (?:its|their|his|her) own\b",
    re.IGNORECASE,
)
"""A side's own dead beside those it killed: "the gang that initiated the attack killed 17
rivals and lost three of its own members" (Multi-News+ train 39982): each toll is one
side's, a part of the whole a sentence on the fight counts."""
_PAST_RECORD = re.compile(
    r"\b(?:worst|deadliest|bloodiest|biggest|largest)\b[^.;]{0,60}?\bsince (?:a|an|the)\b",
    re.IGNORECASE,
)
"""Before a count, the past event a superlative is measured against: "the worst mass
shooting in australia since a lone gunman killed 35 in tasmania" (Port Arthur, 1996,
against the story's seven, Multi-News+ train 15135)."""
_NO = re.compile(r"\b[Nn]o\s+$")
"""Before "one", no number: "No one was seriously injured"."""
_OUT_OF_WORDS = ("out of",)
_KIN_WORDS = (
    *("arents of", "amilies of", "amily of", "elatives of", "others of", "athers of"),
    *("idows of", "oved ones of", "of kin"),
)
_NO_WORDS = ("o one",)
"""What a sentence holds when `_OUT_OF`, `_KIN_OF` or `_NO` may match, by substring tests."""
_ITEM_WORDS = r"(?: (?!(?:was|were|is|are|has|have|had)\b)[a-z][\w'’-]*(?<!ed)){1,4}"
_LIST_ITEM = re.compile(
    rf"\b{_COUNT_WORD}{_ITEM_WORDS}(?:, (?:an?|{_COUNT_WORD}){_ITEM_WORDS})*,? and "
    rf"(?:(?:an?|{_COUNT_WORD}) |(?:their|its|his|her){_ITEM_WORDS}\b(?! (?:was|were|is|are)\b))",
    re.IGNORECASE,
)
"""Counted groups joined by "and": "20 children and six adults", "two women and one man",
"five college students from ireland and an american friend", "killed 15 civilians, a
police officer and three security guards" (Multi-News+ train 38013), "killed two saudi
border guards and their commanding officer" (three guards, train 12433). Each item is a part of
a total the sentence leaves to the reader, so neither rivals another source's total (26
killed at Sandy Hook). Not "Three terrorists were killed and a fourth": a verb between."""
_AND_COUNT = re.compile(rf" and (?:an? |their |its |his |her |\d|(?:{'|'.join(NUMBER_WORDS)})\b)")
"""What a list of counts holds: " and " before a number, "a" or "their"."""
_SELF_KILLED = re.compile(
    r"\b(?:taking|took|take) (?:his|her|their) own li(?:fe|ves)\b|"
    r"\b(?:killing|killed|kills|shooting|shot|shoots) (?:himself|herself|themselves)\b|"
    r"\bturn(?:ed|ing|s)? the gun on (?:himself|herself)\b|"
    r"\bbefore being (?:fatally )?shot\b|\bincluding the (?:suspect|gunman|shooter|attacker)\b|"
    r"\b(?:are|were|lay|left) dead\b[^.;]{0,60}?\bafter an? (?:lone )?(?:gunman|shooter|attacker)"
    r" opened fire\b",
    re.IGNORECASE,
)
"""An attacker who killed himself or was shot: his death may be in another source's toll,
not in this sentence's, or in this one's ("killed three people ... before being fatally
shot" against "four people are dead ..., including the suspect", Multi-News+ train
11313); so may those "dead ... after a shooter opened fire" ("at least 13 people are dead"
against "a gunman killed 12 people", train 33746: the dead counted, not those he killed)."""
_SELF_KILLED_WORDS = (
    *("himself", "herself", "themselves", "own li", "being", "including the", "opened fire"),
)
"""What a sentence holds when `_SELF_KILLED` may match, by substring tests."""
_ATTACKER = re.compile(ATTACKERS, re.IGNORECASE)
_ELIDED = re.compile(r"\s+(?:were|was|are|have|had)\b")
"""After a count's number, a verb: no noun of its own ("... and five were wounded")."""
_NOUN_AFTER = re.compile(r"\s([a-z]+s)\b(?<!days)(?<!hours)(?<!years)(?<!weeks)(?<!months)")
"""After a number, the plural it counts ("three soldiers"), not a stretch of time."""
FAR_APART = 5.0
"""Two figures of one quantity this many times apart count different things: the real
conflicts of the raw validation, DUC and Multi-News+ gold differ by at most 4.4x (an early
"as many as 90" wounded in Kabul against 400); wrong ones 5.5x (a war's toll of one year
against its running total) and 6.7x (three killed in the first clashes against 20)."""
_CUES = {name: f"{after}|{before}" if before else after for name, after, before in QUANTITIES}
"""Each quantity's counting words, before or after its number."""
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
"""The ordinal of the one after a count of 1, 2, 3 ...: "detained two men ... and a third man
was arrested" counts three."""


def _after(text: str, *before: re.Pattern[str]) -> set[float]:
    """The values of the figures of a sentence written right after one of `before`'s."""
    return {f.low for f in figures(text) if any(b.search(text, 0, f.start) for b in before)}


def _without_wholes(found: list[Count], text: str) -> list[Count]:
    """The counts but a whole written after "out of" ("20 million out of 30 million people
    voted for Khatami" counts 20 million votes, not 30 million), a part "among" others
    (`_AMONG`), a past event's after "the worst ... since" (`_PAST_RECORD`), those whose
    kin a sentence speaks of ("the parents of four children killed at sandy hook" are this
    suit's plaintiffs, not the toll) but of a fixed set's (counts.FIXED: those aboard), and
    the "one" of "No one was seriously injured"."""
    before = [
        pattern
        for pattern, words in ((_OUT_OF, _OUT_OF_WORDS), (_NO, _NO_WORDS))
        if any(word in text for word in words)  # substring tests rule out most sentences
    ]
    kin = _after(text, _KIN_OF) if any(word in text for word in _KIN_WORDS) else set()
    parts = (
        {f.low for f in figures(text) if _AMONG.match(text, f.end)} if " among " in text else set()
    )
    if "since" in text and (record := _PAST_RECORD.search(text)):
        parts |= {f.low for f in figures(text) if f.start >= record.end()}
    if not before and not parts and not kin:
        return found
    wholes = (_after(text, *before) if before else set()) | parts
    return [
        c for c in found if c.value not in wholes and (c.value not in kin or c.quantity in FIXED)
    ]


_ACTED_ON = re.compile(
    rf"(?:[ \t]+[\w'’.-]+){{0,4}}?[ \t]+(?:{'|'.join(FIXED)})[ \t]+"
    r"(?:(?:were|was|are|is)(?![ \t]+(?:also[ \t]+)?(?:on|aboard|in|inside)\b)|"
    r"have|has|had|became|\w+ed)\b"
)
"""After a count of those aboard, a verb telling what some of them did or met: "Six
passengers were taken to children's hospital" against "17 to 20 passengers were taken to
nearby hospitals" (Multi-News+ validation 5144), "the driver and other three passengers
exited" against "four passengers inside the car" (train 42026); not where they were ("more
than 100 passengers were also on board", train 39852)."""


def _without_parts_aboard(found: list[Count], text: str) -> list[Count]:
    """The counts but those aboard a verb after them tells of (`_ACTED_ON`): a part of all
    aboard, unless the sentence counts their kin, whose verb it is ("relatives of the
    flight's 153 Chinese passengers have refused")."""
    if all(c.quantity not in FIXED for c in found):
        return found
    parts = {
        f.low
        for f in figures(text)
        if _ACTED_ON.match(text, f.end) and not _KIN_OF.search(text, 0, f.start)
    }
    return [c for c in found if c.quantity not in FIXED or c.value not in parts]


def _continued(count: Count, text: str) -> bool:
    """Whether a sentence goes on past a count with the next one of the
    same quantity: "detained two men ... and a third man was arrested hours later" counts
    three arrests; "Three terrorists were killed and a fourth was arrested" still three
    deaths."""
    if not count.value.is_integer() or not 1 <= count.value <= len(ORDINALS):
        return False
    ordinal = ORDINALS[int(count.value) - 1]
    if ordinal not in text:  # a substring test rules out nearly every sentence
        return False
    going_on = rf"\b(?:a|another) {ordinal}\b[^.;]{{0,40}}?\b(?:{_CUES[count.quantity]})\b"
    return re.search(going_on, text, re.IGNORECASE) is not None


def _kept(count: Count, text: str) -> bool:
    """Whether a count of a sentence is kept: not one the sentence goes on
    past (`_continued`), nor votes where it speaks of no vote ("thrown out three murder
    charges against a philadelphia abortion provider" counts no votes against), nor an
    age: whose it is counts.py does not read ("upon the death of misao okawa, who died at
    the age of 117" against Gertrude Weaver's 116; "six years old at the time" against
    "now 28 years old"; "women aged 35 to 44"), and no age it read was ever a real conflict
    of the gold (those of named people are ages.py's)."""
    if count.quantity == "age":
        return False
    if count.quantity.startswith("votes") and "vot" not in text and "Vot" not in text:
        return False
    return not _continued(count, text)


def _without_sides(found: list[Count], text: str) -> list[Count]:
    """The counts but the tolls of a sentence that counts a side's own dead beside those it
    killed (`_OWN_LOSSES`): each is a part of the fight's toll."""
    if " own " not in text or not _OWN_LOSSES.search(text):
        return found
    return [c for c in found if c.quantity != "deaths"]


def _with_the_attacker(found: list[Count], text: str) -> list[Count]:
    """The counts, a toll in a sentence where the attacker killed himself read with and
    without him: "killing two people ... before taking his own life" allows the "three
    people were killed" that counts the gunman, "two students are dead after one of them
    opened fire ... before turning the gun on himself" the "killed one person" that does
    not (Multi-News+ train 30209)."""
    said = any(word in text for word in _SELF_KILLED_WORDS)
    if not said or not _SELF_KILLED.search(text):
        return found
    return [
        replace(c, low=max(c.low - 1, 0), high=c.high + 1)
        if c.quantity == "deaths" and not _ATTACKER.match(c.what)
        else c
        for c in found
    ]


def _without_list_items(found: list[Count], text: str) -> list[Count]:
    """The counts but the items of a list ("killed 20 children and six adults"): each is a
    part of a total the sentence does not write. No list opens on an aside set off after a
    verb: in "Three people were stabbed, one with a flagpole, and 12 people were arrested"
    (raw validation 35) the "one" is one of the three stabbed and the 12 a count of its
    own."""
    if not _AND_COUNT.search(text):  # a search from the literal " and " rules out most
        return found
    lists = [
        (m.start(), m.end())
        for m in _LIST_ITEM.finditer(text)
        if not text.endswith("ed, ", 0, m.start())
    ]
    if not lists:
        return found
    items = {f.low for f in figures(text) if any(a < f.end < b for a, b in lists)}
    return [c for c in found if c.value not in items]


def _with_elided_nouns(found: list[Count], text: str) -> list[Count]:
    """The counts, one with no noun after "and" given the noun of the count before it: in
    "three soldiers with the american-led coalition were killed and five were wounded"
    the five are soldiers, no rival of "13 afghan civilians" (Multi-News+ train 22217)."""
    if " and " not in text or all(c.what for c in found):
        return found
    numbers = figures(text)
    named: dict[float, str] = {}
    for before, after in pairwise(numbers):
        noun = _NOUN_AFTER.match(text, before.end)
        if noun and text.endswith(" and ", 0, after.start) and _ELIDED.match(text, after.end):
            named[after.low] = noun.group(1)
    return [replace(c, what=named[c.low]) if not c.what and c.low in named else c for c in found]


def rival_counts(text: str) -> list[Count]:
    """The counts of a sentence that another's can rival (`counts`, but percentages, a whole
    after "out of", a count the sentence goes on past, votes where it speaks of no vote,
    ages, the items of a list, one side's toll, those aboard a verb tells of; a toll read
    with and without the attacker where he killed himself). No percentage: a share is of a
    whole, a holder, a group, a moment, and which one another sentence's share is of no
    rule told: of the 32 pairs of percentages the gold judged (17 raw, DUC and Multi-News+
    clusters), none was a real conflict (taxes, candidates, a market's move, favourable and
    unfavourable ratings, a cup of coffee a day against two to four); shares of the same
    groups side by side are count_shares.py's."""
    found = [c for c in counts(text) if c.quantity != "percentage"]
    if not found:
        return found
    kept = [c for c in _without_sides(_without_wholes(found, text), text) if _kept(c, text)]
    kept = _without_parts_aboard(kept, text)
    return _with_the_attacker(_with_elided_nouns(_without_list_items(kept, text), text), text)


@dataclass(slots=True)
class Read:
    """A sentence's text and the counts another's can rival (`rival_counts`); its scope is
    read when first asked for: only sentences whose counts disagree with another's need it
    (reading every counting sentence's cost 0.2 ms a cluster)."""

    text: str
    counts: list[Count]
    _scope: Scope | None = None

    def scope(self) -> Scope:
        if self._scope is None:
            self._scope = scope(self.text)
        return self._scope


def _far_apart(found: Disagreement) -> bool:
    """Whether the two figures are more than `FAR_APART` times apart: counts of different
    things, not two readings of one (the Black Death's "estimated 30 million" against "the
    remains of two people killed by the plague of justinian")."""
    values = [c.value for c in (*found.ours, *found.theirs)]
    return min(values) > 0 and max(values) > FAR_APART * min(values)


def at_odds(
    a: Read, b: Read, days: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
) -> list[Disagreement]:
    """The quantities two sentences count with values that do not meet, when both can be
    counts of one thing: one time, one place, no part against its whole, figures within
    `FAR_APART` of each other."""
    found = disagreement(a.counts, b.counts, *days)
    if not found:
        return []
    scope_a, scope_b = a.scope(), b.scope()
    if apart(scope_a, scope_b):
        return []
    return [
        one for one in found if not part_of_whole(one, scope_a, scope_b) and not _far_apart(one)
    ]
