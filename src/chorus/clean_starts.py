"""The characters a line-start cleaning rule's match can open with, read from the rule's
parsed pattern, so that `chorus.clean_match` tries a line only against the rules its first
character can open. A part of a pattern this does not read (a class like \\w, a negated
set, a case-blind group, a back reference) gives None: the rule is tried on every line.
The parse tree is `re`'s own (`re._parser`, Python 3.11): no public module gives it.
"""

from __future__ import annotations

import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable
from typing import Any

# A range of characters wider than this is not listed (no rule's is).
_WIDEST_RANGE = 256
# Zero-width items: an anchor or a lookaround adds no character and lets the next one open.
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

# What an item or a sequence can open with, and whether it can match nothing at all.
_Opening = tuple[frozenset[str], bool] | None


def _set(items: Iterable[tuple[object, object]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL and isinstance(av, int):
            chars.add(chr(av))
        elif op is sre.RANGE and isinstance(av, tuple) and av[1] - av[0] <= _WIDEST_RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return frozenset(chars)


def _item(op: object, av: object) -> _Opening:
    if op is sre.LITERAL and isinstance(av, int):
        return frozenset(chr(av)), False
    if op is sre.IN and isinstance(av, list):
        chars = _set(av)
        return None if chars is None else (chars, False)
    if op is sre.BRANCH and isinstance(av, tuple):
        found = [_sequence(branch) for branch in av[1]]
        if any(f is None for f in found):
            return None
        return frozenset().union(*(f[0] for f in found if f)), any(f[1] for f in found if f)
    if op is sre.SUBPATTERN and isinstance(av, tuple):
        _, add_flags, _, pattern = av
        return None if add_flags & sre.SRE_FLAG_IGNORECASE else _sequence(pattern)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in _REPEATS and isinstance(av, tuple):
        low, _, pattern = av
        found = _sequence(pattern)
        return None if found is None else (found[0], low == 0 or found[1])
    return None


def _sequence(items: Iterable[tuple[object, Any]]) -> _Opening:
    """What the items of a parsed pattern, in order, can open with."""
    chars: frozenset[str] = frozenset()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        found = _item(op, av)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can open with (None when not read, or when it
    can match nothing at all)."""
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
        return None
    found = _sequence(parsed)
    return None if found is None or found[1] else found[0]
