"""Which rule a line matches: the cleaning rules of `chorus.clean_one_line_furniture`,
`chorus.clean_captions`, `chorus.clean_rules` (with `chorus.clean_media`'s),
`chorus.clean_listings` and `chorus.clean_pages` tried in order, with a quick rejection of
the story lines no rule can match (`chorus.clean_gates`). `chorus.clean` decides what a
match removes.
"""

from __future__ import annotations

import re

from chorus.clean_captions import CAPTION_RULES
from chorus.clean_gates import NEEDS_LITERAL, NEEDS_SUFFIX
from chorus.clean_listings import LISTING_RULES
from chorus.clean_one_line_furniture import OPENINGS
from chorus.clean_pages import PAGE_NOTICES
from chorus.clean_rules import FURNITURE_RULES

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


def _line_start_rules(first: int) -> re.Pattern[str]:
    """The rules from index `first` tried at the line start as one alternation: its first
    matching branch is the first matching rule of its own, and an empty group closing the
    branch names that rule (by its index); the branch matches the rule's span. A group
    opening the branch makes it 3.5× slower. (A dispatch by the line's first character, read
    from each pattern by `re`'s private parser, was reverted twice: journal/stops.md, "Cleaning:
    the first-character dispatch reverted" and "Stop 34, lead".)"""
    return re.compile(
        "|".join(
            f"(?:{p})(?P<r{i}>)"
            for i, (_, p) in enumerate(RULES)
            if i >= first and _at_line_start(p)
        )
    )


# The openings are furniture of a single-line page, written in Multi-News+'s casing: a line
# of a longer document is spared them.
FIRST_RULE_OF_A_LINE = len(OPENINGS)
_AT_LINE_START = _line_start_rules(0)
_AT_LINE_START_OF_A_LINE = _line_start_rules(FIRST_RULE_OF_A_LINE)
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
