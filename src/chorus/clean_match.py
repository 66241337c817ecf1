"""Which rule a line matches: the cleaning rules of `chorus.clean_captions`,
`chorus.clean_rules`, `chorus.clean_listings` and `chorus.clean_pages` tried in order, with
a quick rejection of the story lines no rule can match. `chorus.clean` decides what a match
removes.
"""

from __future__ import annotations

import re
from re import _constants as _sre  # the parsed pattern's names, read by `_LineStart`
from re import _parser
from typing import Any

from chorus.clean_captions import CAPTION_RULES
from chorus.clean_listings import LISTING_RULES
from chorus.clean_pages import OPENINGS, PAGE_NOTICES
from chorus.clean_rules import FURNITURE_RULES, NEEDS_LITERAL, NEEDS_SUFFIX

# Every rule in the order tried: the first that matches a line gives its reason.
RULES = OPENINGS + CAPTION_RULES + FURNITURE_RULES + LISTING_RULES + PAGE_NOTICES
WHOLE_PAGE_REASONS = frozenset(reason for reason, _ in PAGE_NOTICES)

# Almost every line is story text, so a quick test rejects most lines before the rules
# are tried in order. Ungated rules anchored at the line start are tried as one
# alternation, the other ungated ones one by one (as one alternation they are 3× slower),
# and each gated rule only on a line that has what it needs: rules needing the same
# literal are grouped, so a line without "(" skips them all.
_WORD_BOUNDARY = r"\b"


def _quick(pattern: str) -> re.Pattern[str]:
    """`pattern` without its leading word boundary: it only narrows a match, and it stops
    `re` from skipping ahead to the letters the rule can start with (3× slower with it)."""
    return re.compile(pattern.removeprefix(_WORD_BOUNDARY))


def _gated(pattern: str) -> bool:
    return pattern in NEEDS_LITERAL or pattern in NEEDS_SUFFIX


def _at_line_start(pattern: str) -> bool:
    """Whether the rule is one of `_LINE_START`, tried at the line start in one alternation."""
    return pattern.startswith("^") and not _gated(pattern)


_DIGITS = frozenset("0123456789")
# A class spanning more characters is read as any: a script's block ("[\u3400-\u9fff]").
_WIDEST_RANGE = 256
_Parsed = list[tuple[Any, Any]]


def _first_characters(items: _Parsed) -> frozenset[str] | None:
    """The characters a match of the parsed pattern `items` can start with, or None when it
    may start with any (or the pattern is one this does not read: a class by its category
    but digits', a lookaround, a part matching regardless of case, which `re` folds in more
    ways than upper and lower)."""
    for at, (op, value) in enumerate(items):
        if op is _sre.AT:
            continue
        if op is _sre.LITERAL:
            return frozenset(chr(value))
        if op is _sre.IN:
            return _class_characters(value)
        if op is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
            return _DIGITS
        if op is _sre.SUBPATTERN:
            _, add_flags, _, inner = value
            return None if add_flags & re.IGNORECASE else _first_characters(inner)
        if op is _sre.BRANCH:
            branches = [_first_characters(branch) for branch in value[1]]
            return None if None in branches else frozenset().union(*branches)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            least, _, inner = value
            repeated = _first_characters(inner)
            if least > 0 or repeated is None:
                return repeated
            after = _first_characters(items[at + 1 :])
            return None if after is None else repeated | after
        return None
    return None


def _class_characters(members: _Parsed) -> frozenset[str] | None:
    characters: set[str] = set()
    for kind, value in members:
        if kind is _sre.LITERAL:
            characters.add(chr(value))
        elif kind is _sre.RANGE:
            low, high = value
            if high - low > _WIDEST_RANGE:
                return None
            characters.update(map(chr, range(low, high + 1)))
        elif kind is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
            characters |= _DIGITS
        else:
            return None
    return frozenset(characters)


class _LineStart:
    """The rules from index `first` tried at the line start as one alternation: its first
    matching branch is the first matching rule of its own, and an empty group closing the
    branch names that rule (by its index); the branch matches the rule's span. A group
    opening the branch makes it 3.5× slower. One alternation a line's first character,
    holding only the rules a line so opening can match (in their order): all 136 tried on
    every line of raw validation were 28 of its 64 ms of `furniture`; so, 18."""

    def __init__(self, first: int) -> None:
        rules = [
            (i, p, _first_characters(_parser.parse(p).data))
            for i, (_, p) in enumerate(RULES)
            if i >= first and _at_line_start(p)
        ]

        def alternation(character: str | None) -> re.Pattern[str]:
            return re.compile(
                "|".join(
                    f"(?:{p})(?P<r{i}>)"
                    for i, p, firsts in rules
                    if firsts is None or character in firsts
                )
            )

        characters = frozenset().union(*(firsts for _, _, firsts in rules if firsts))
        self._by_first = {c: alternation(c) for c in characters}
        self._otherwise = alternation(None)

    def match(self, stripped: str) -> re.Match[str] | None:
        return self._by_first.get(stripped[:1], self._otherwise).match(stripped)


# The openings are furniture of a single-line page, written in Multi-News+'s casing: a line
# of a longer document is spared them.
FIRST_RULE_OF_A_LINE = len(OPENINGS)
_AT_LINE_START = _LineStart(0)
_AT_LINE_START_OF_A_LINE = _LineStart(FIRST_RULE_OF_A_LINE)
_ELSEWHERE = tuple(_quick(p) for _, p in RULES if not _at_line_start(p) and not _gated(p))
_SUFFIXES = tuple(
    dict.fromkeys(suffix for suffixes in NEEDS_SUFFIX.values() for suffix in suffixes)
)
_BY_SUFFIXES = tuple((suffixes, _quick(p)) for p, suffixes in NEEDS_SUFFIX.items())
_LITERALS = dict.fromkeys(literal for literals in NEEDS_LITERAL.values() for literal in literals)


def _capital_in(literal: str) -> str:
    """The literal's first capital letter, or "": a line without it cannot hold the literal,
    and one character is found 3-5× faster than a word in a long line (a one-line page)."""
    return next((c for c in literal if c.isupper()), "")


# Each literal with its capital and the rules that need it.
LiteralRules = tuple[tuple[str, str, tuple[re.Pattern[str], ...]], ...]
_BY_LITERAL: LiteralRules = tuple(
    (
        _capital_in(literal),
        literal,
        tuple(_quick(p) for p, literals in NEEDS_LITERAL.items() if literal in literals),
    )
    for literal in _LITERALS
)

_REASONS = tuple(reason for reason, _ in RULES)
# The rules outside `_LINE_START` in order, with their index and what a line needs
# before the rule is searched on it: one of its literals or one of its suffixes.
_OTHER_RULES: tuple[tuple[int, re.Pattern[str], tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (i, re.compile(p), NEEDS_LITERAL.get(p, ()), NEEDS_SUFFIX.get(p, ()))
    for i, (_, p) in enumerate(RULES)
    if not _at_line_start(p)
)


def literal_rules_on(text: str) -> LiteralRules:
    """The literals a page holds, with the rules needing them: a line holds only what its
    page does, and a page's search costs what its lines' searches cost in characters, in
    one call instead of one a line (the literals were a quarter of the rules' time)."""
    return tuple(entry for entry in _BY_LITERAL if entry[1] in text)


def _matches_elsewhere(stripped: str, by_literal: LiteralRules) -> bool:
    """Whether a rule outside `_LINE_START` may match the stripped line, of a page holding
    the literals `by_literal`."""
    for pattern in _ELSEWHERE:
        if pattern.search(stripped):
            return True
    if stripped.endswith(_SUFFIXES):
        for suffixes, pattern in _BY_SUFFIXES:
            if stripped.endswith(suffixes) and pattern.search(stripped):
                return True
    for capital, literal, patterns in by_literal:
        if capital in stripped and literal in stripped:
            for pattern in patterns:
                if pattern.search(stripped):
                    return True
    return False


def furniture(
    stripped: str, whole_document: bool = True, by_literal: LiteralRules = _BY_LITERAL
) -> tuple[str, re.Match[str]] | None:
    """The first rule matching a stripped line (of a single-line document, or of a longer
    one: `whole_document`) whose page holds the literals `by_literal` (`literal_rules_on`;
    all, unless told): its reason and its match."""
    at_line_start = _AT_LINE_START if whole_document else _AT_LINE_START_OF_A_LINE
    first_rule = 0 if whole_document else FIRST_RULE_OF_A_LINE
    at_start = at_line_start.match(stripped)
    if at_start is None and not _matches_elsewhere(stripped, by_literal):
        return None
    first_at_start = len(_REASONS)
    if at_start is not None and at_start.lastgroup is not None:
        first_at_start = int(at_start.lastgroup[1:])
    for index, pattern, literals, suffixes in _OTHER_RULES:
        if index > first_at_start:
            break
        if (
            index < first_rule
            or (suffixes and not stripped.endswith(suffixes))
            or (literals and not any(map(stripped.__contains__, literals)))
        ):
            continue
        match = pattern.search(stripped)
        if match:
            return _REASONS[index], match
    if at_start is None:
        return None
    return _REASONS[first_at_start], at_start


_INDEX_OF_PATTERN = {pattern: i for i, (_, pattern) in enumerate(RULES)}


def rule_index(match: re.Match[str]) -> int:
    """The index of the rule that made `match`: named by its group in a line-start
    alternation, by its pattern otherwise."""
    if match.lastgroup is not None and match.lastgroup.startswith("r"):
        return int(match.lastgroup[1:])
    return _INDEX_OF_PATTERN.get(match.re.pattern, len(RULES))


def removal_reason(line: str) -> str | None:
    """Why a line (without its newline) is not part of the story, or None to keep it."""
    found = furniture(line.strip())
    return found[0] if found else None
