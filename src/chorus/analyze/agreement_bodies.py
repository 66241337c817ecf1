"""A deed a statement gives to or by a named body that an outlet gives to or by another
(agreement_parts.told_in_part): raw 60's "Over the weekend, Keith Fitzgerald Knowles, Jr.
turned himself in to Broward Sheriff's detectives." is told in part by the Sun-Sentinel's
"Keith Fitzgerald Knowles Jr., 27, turned himself in to Fort Lauderdale police and was booked
into jail Sunday after Broward Sheriff's detectives circulated security camera video ...":
both tell the surrender, and the support gives it to another body, naming the statement's
in another role (agreement_organisations.organisation_untold reads a body never named).

Only the same deed in the same words, its verb in a past form ("turned himself in to", "was
arrested by"), a body named with capitals and marked as a body (a word of capitals, "Police",
"Department", ..., or "police", "detectives" after it), and no capitalised word of one body's
name in the other's: "Fort Lauderdale police" is not "Broward Sheriff's detectives", "the
Broward Sheriff's Office" is, and "DOJ" may be "the Justice Department". A deed of telling
("reported to", "obtained by", "reached out to") says who told the fact, or whom, as
another outlet's credit does (agreement_organisations._CREDITED)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from chorus.analyze.similarity import stems

_TO_A_NAME = re.compile(r"\s(?:to|by)\s+(?:the\s+)?[A-Z]")
"""A capital after "to" or "by": what any deed given to a named body writes."""
_GIVEN = re.compile(
    r"\b([a-z]+)((?:\s+(?:himself|herself|themselves|itself|over|in|up|back|out))*)"
    r"\s+(to|by)\s+(?:the\s+)?"
    r"((?:[A-Z][\w.'’&-]*\s+(?:of\s+)?)*[A-Z][\w.'’&-]*"
    r"(?:\s+(?:police|detectives|deputies|officers|agents|investigators|authorities"
    r"|troopers|prosecutors|officials))?)"
)
"""A deed (its verb, the words that close it: "turned himself in") given to or by a body
named with capitals, a lowercase body noun allowed after it."""
_BODY = re.compile(
    r"\b(?:[A-Z]{2,}|Police|Sheriff\w*|Department|Office|Agency|Bureau|Committee|Council"
    r"|Commission|Board|Ministry|Corp|Inc|Company|Group|Party|Union|Association|Patrol"
    r"|Guard|Army|Navy|Authority)\b"
    r"|\s(?:police|detectives|deputies|officers|agents|investigators|authorities|troopers"
    r"|prosecutors|officials)$"
)
"""What marks a name as a body's: a word of capitals ("FBI"), a word a body's name holds,
or a body noun after it ("Fort Lauderdale police")."""
_TELLING = re.compile(
    r"(?:report|obtain|confirm|provid|releas|issu|publish|post|quot|cit|review|leak|email"
    r"|explain|describ|attribut|credit|reach|talk|reveal|admitt|bragg|complain)ed"
)
"""Deeds of telling ("obtained by NBC News", "provided to The Associated Press", "Recode
reached out to HQ"): who told the fact, or whom."""
_DEED = re.compile(r"[a-z]+ed|sold|taken|held|caught|brought|paid|beaten|struck|led|won")
"""A deed's verb: a past form ("turned", "arrested"), a few of them irregular."""


def names_a_body(text: str) -> bool:
    """Whether `text` may give a deed to or by a named body: a capital after "to" or "by",
    a cheap test before the deed's pattern."""
    return _TO_A_NAME.search(text) is not None


def body_given_apart(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` gives a deed to or by a named body (`_GIVEN`, `_BODY`) and one of
    `supports` (one outlet's sentences) gives the same deed, in the same words, to or by
    another body, none of them to or by that body."""
    return bodies_apart(statement, supports) is not None


def bodies_apart(statement: str, supports: Sequence[str]) -> tuple[str, str, str] | None:
    """The first deed `statement` gives to or by a named body that `supports` give, in the
    same words, to or by another body and never to that one (`body_given_apart`): the
    deed's words ("turned himself in to"), the statement's body and the supports' first
    other, each as written; None when there is none."""
    # a name after the preposition spares most statements the deed's pattern
    if not names_a_body(statement):
        return None
    given = list(_given(statement))
    if not given:
        return None
    told = [found for text in supports for found in _given(text)]
    for deed, body, written in given:
        same = [
            (other, other_written)
            for other_deed, other, other_written in told
            if other_deed == deed
        ]
        others = [other_written for other, other_written in same if _apart(body, other)]
        if others and len(others) == len(same):
            return " ".join(part for part in deed if part), written, others[0]
    return None


def _apart(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two bodies' capitalised words name two bodies: none in common, and not one
    written in initials alone where the other is written out ("DOJ", "the Justice
    Department": which initials a name takes is not read)."""
    if _initials_alone(one) != _initials_alone(other):
        return False
    return set(stems(" ".join(one))).isdisjoint(stems(" ".join(other)))


def _initials_alone(words: tuple[str, ...]) -> bool:
    return all(word.isupper() for word in words)


def _given(text: str) -> Iterator[tuple[tuple[str, str, str], tuple[str, ...], str]]:
    """Each deed of `text` given to or by a named body: the deed (verb, closing words,
    preposition), the body's capitalised words and the body as written."""
    for found in _GIVEN.finditer(text):
        verb, closing, preposition, body = found.groups()
        if _TELLING.fullmatch(verb) or not _DEED.fullmatch(verb) or not _BODY.search(body):
            continue
        capitals = tuple(re.findall(r"[A-Z][\w'’-]*", body))
        if stems(" ".join(capitals)):
            yield (verb, " ".join(closing.split()), preposition), capitals, body
