"""Two sentences counting one noun apart (agreement_supports.agrees): one writes a number
of two or more right before the noun's plural ("he was confronted by two men"), the other
"a", "an" or "one" before the noun itself ("a man asked him about his gang affiliation",
raw 161), or one unit of time where the other gives several ("After an hour of searching" /
"A few hours later, around 9:30 p.m.", raw 164). Two figures tied to one word are read by
facts.supports; "a" is no figure."""

from __future__ import annotations

import re

from chorus.analyze.similarity import STOP_WORDS

_MANY = r"two|three|four|five|six|seven|eight|nine"
_WORDS = r"([A-Za-z][\w'’-]*(?:[ ]+[A-Za-z][\w'’-]*){0,3})"
"""The counted noun and up to three words before it, none past a stop or comma."""
_PLURAL_COUNT = re.compile(rf"\b(?:{_MANY})[ ]+{_WORDS}", re.IGNORECASE)
_ANY_MANY = re.compile(
    r"\b(?:t(?:wo|hree|en|welve)|f(?:our|ive)|s(?:ix|even)|eight|nine|eleven)\b", re.IGNORECASE
)
"""A number word from two to twelve, factored by first letters (a third faster)."""
_PART_OF = re.compile(
    r"\b(?:one|first|second|third|last|each|all|both|none|some|any|either|neither)[ ]+of[ ]+$",
    re.IGNORECASE,
)
_SINGLE_COUNT = re.compile(rf"\b(?:an?|one)[ ]+{_WORDS}", re.IGNORECASE)
_CAPITAL = re.compile(r"[A-Z]")
_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person"}
_NOT_A_HEAD = frozenset(
    (
        *("few", "couple", "dozen", "dozens", "number", "pair", "lot", "group", "total"),
        *("handful", "series", "half", "quarter", "other", "another", "more", "most"),
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one"),
        *("day", "week", "month", "year", "hour", "minute", "second", "time", "night"),
        *("decade", "percent", "mile", "foot", "feet", "inch", "pound", "point", "dollar"),
    )
)
"""Words after a count that end the search for its noun: a quantifier's own noun ("a
couple of men"), spans and units, which count another thing than the fact's people or
things ("a day later" / "two days of talks")."""


def counted_apart(statement: str, support: str) -> bool:
    """Whether one of the two sentences counts two to nine of a noun that the other, writing
    no number word, writes after "a", "an" or "one" ("two men" / "a man")."""
    # a sentence with a count of its own ("killing one deputy and wounding two others",
    # "a woman, her partner and her two young children") may count parts of a whole: only
    # a pair of which one writes number words is read
    counting = _ANY_MANY.search(statement) is not None
    if counting == (_ANY_MANY.search(support) is not None):
        return False
    many, single = (statement, support) if counting else (support, statement)
    plural = _plural_heads(many)
    return bool(plural) and not plural.isdisjoint(_single_heads(single))


def _plural_heads(text: str) -> set[str]:
    """The singular forms of the plurals counted by a number word from two to nine, but as
    a part ("the first of seven planes", DUC 9)."""
    heads = set()
    for match in _PLURAL_COUNT.finditer(text):
        if _PART_OF.search(text, max(match.start() - 20, 0), match.start()):
            continue
        for word in _candidates(match[1]):
            if (singular := _singular(word)) is not None:
                heads.add(singular)
                break
    return heads


def _single_heads(text: str) -> set[str]:
    """The nouns a text may count as one after "a", "an" or "one" (each word up to a stop
    is a candidate: which one is the noun is read against the other text's plurals), but
    in an apposition (", a former police officer": who someone named is, Multi-News+ 319)."""
    heads = set()
    for match in _SINGLE_COUNT.finditer(text):
        # "a block and a half" counts no one block (raw 32)
        halved = "and a half" in text[match.start() : match.end() + 12]
        if halved or _described(text, match.start()):
            continue
        words = _candidates(match[1])
        for at, word in enumerate(words):
            if _singular(word):
                break
            # a noun before another is its modifier ("a child welfare employee" / "six
            # children", Multi-News+ 444), before a verb its head ("a man asked him")
            if at + 1 == len(words) or words[at + 1].endswith("ed"):
                heads.add(word)
    return heads


def _described(text: str, at: int) -> bool:
    """Whether the "a" at `at` follows a comma after a name ("Smith, a former officer"); in a
    text written without capitals (Multi-News+) any comma, no name being seen."""
    before = text[:at].rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].split()
    return not _CAPITAL.search(text, 1) or (bool(words) and words[-1][0].isupper())


def _candidates(words: str) -> list[str]:
    """The words that may be a count's noun, lower-cased: up to a stop word, a quantifier, a
    span or a capitalised word ("a Libyan legal team" / "the two Libyans", DUC 10: a
    people's name counts no one; "eight ... Academy Awards" / "an Academy Award", raw 39)."""
    found = []
    for word in words.split():
        lowered = word.lower()
        if word[0].isupper() or lowered in STOP_WORDS or _bare(lowered) in _NOT_A_HEAD:
            break
        found.append(lowered)
    return found


def _bare(word: str) -> str:
    """A word's singular form, or the word."""
    return _singular(word) or word


def _singular(word: str) -> str | None:
    """A plural's singular form, or None for a word that reads as no plural."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")) or len(word) < 4:
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


_SPAN_UNITS = ("minute", "hour", "day", "week", "month")
_ONE_SPAN = re.compile(r"\b(?:an?|one)[ ]+(minute|hour|day|week|month)\b(?!-)", re.IGNORECASE)
"""A span of one unit: "after an hour of searching" (not "an hour-long search")."""
_RATE_BEFORE = frozenset(
    ("miles", "kilometers", "km", "times", "once", "twice", "thrice", "per", "dollars", "cents")
)
"""Words before "a day" or "an hour" that make it a rate ("60 miles an hour", "twice a day"),
as does a figure ("$8,702.35 a month")."""
_AT_LEAST = re.compile(r"(?:more than|over|at least|upwards of)$")
"""A lower bound before one unit, which allows several: "more than an hour"."""
_AT_MOST = re.compile(r"(?:less than|fewer than|under|up to|within)[ ]+$")
"""An upper bound before several units, which allows one: "in less than three months"."""
_SPANS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a[ ]+few|few|several"
    r"|a[ ]+couple[ ]+of|couple[ ]+of)[ ]+(minute|hour|day|week|month)s\b",
    re.IGNORECASE,
)
"""Spans of more than one unit: "a few hours later", "two days after"."""


def spans_apart(statement: str, support: str) -> bool:
    """Whether one sentence gives one unit of time ("After an hour of searching") where the
    other, giving none, gives several ("A few hours later, around 9:30 p.m.", raw 164):
    "a" is no figure, so `facts.supports` does not compare them."""
    units = [u for u in _SPAN_UNITS if u in statement and u in support]
    if not units:
        return False
    ones_a, ones_b = _one_spans(statement), _one_spans(support)
    many_a, many_b = _many_spans(statement), _many_spans(support)
    return any(
        (u in ones_a and u in many_b and u not in many_a and u not in ones_b)
        or (u in ones_b and u in many_a and u not in many_b and u not in ones_a)
        for u in units
    )


def _one_spans(text: str) -> set[str]:
    """The units a text gives one of as a span: not a rate, not one and a half, not one at
    least ("more than an hour and a half" / "nearly two hours", Multi-News+ 1198)."""
    found = set()
    for match in _ONE_SPAN.finditer(text):
        before = text[max(match.start() - 20, 0) : match.start()].lower().split()
        word = before[-1] if before else ""
        if (
            word in _RATE_BEFORE
            or any(c.isdigit() or c == "$" for c in word)
            or text.startswith(" and a half", match.end())
            or _AT_LEAST.search(" ".join(before[-2:]))
        ):
            continue
        found.add(match[1].lower())
    return found


def _many_spans(text: str) -> set[str]:
    """The units a text gives several of as a span, not under a bound that allows one ("in
    less than three months" / "just one month ago", Multi-News+ train 696)."""
    return {
        match[1].lower()
        for match in _SPANS.finditer(text)
        if not _AT_MOST.search(text[max(match.start() - 12, 0) : match.start()].lower())
    }
