"""The gates of the cleaning rules too costly to search on every line: what each of their
matches needs of a (stripped) line, one of some literals in it or one of some suffixes
ending it. `chorus.clean_match` searches such a rule only on lines that have it.
"""

from __future__ import annotations

# Each gated rule's pattern and what it needs: a C-level `in` or `endswith` costs a
# fraction of a regex search, even of one that fails at once.
NEEDS_LITERAL: dict[str, tuple[str, ...]] = {}
NEEDS_SUFFIX: dict[str, tuple[str, ...]] = {}


def holding(pattern: str, *literals: str) -> str:
    """`pattern`, each of whose matches holds one of `literals`."""
    NEEDS_LITERAL[pattern] = literals
    return pattern


def ending(pattern: str, *suffixes: str) -> str:
    """`pattern`, each of whose matches ends its stripped line with one of `suffixes`."""
    NEEDS_SUFFIX[pattern] = suffixes
    return pattern
