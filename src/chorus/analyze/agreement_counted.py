"""Two sentences counting one noun apart (agreement_supports.agrees): one writes a number
of two or more right before the noun's plural ("he was confronted by two men"), the other
"a", "an" or "one" before the noun itself ("a man asked him about his gang affiliation",
raw 161). Two figures tied to one word are read by facts.supports; "a" is no figure."""

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
