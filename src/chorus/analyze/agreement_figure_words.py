"""Figures a statement gives that a support tells otherwise than in a figure
(agreement_parts._untold_figure): a number that closes a quoted title is part of the name
("“Furious 7” is directed by James Wan ...", told by "The James Wan-directed film, which
stars Vin Diesel, ...", raw 231), and "billion-dollar" gives "$1 billion" ("... had all
crossed $1 billion in 19 days" / "... which all crossed the billion-dollar mark in 19
days", raw 231)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_TITLE_NUMBER = re.compile(r"[“\"](?:[A-Z][\w'’.:-]*[ ]+){1,5}(\d{1,3})[,.]?[”\"]")
"""A quoted title of capitalised words closed by a number: “Furious 7”, “Ocean's 11”."""
_DOLLAR_WORDS = {"million-dollar": 1e6, "billion-dollar": 1e9, "trillion-dollar": 1e12}
"""A sum of one unit written as an adjective: "the billion-dollar mark"."""


def title_numbers(statement: str) -> set[int]:
    """Where `statement` writes a number that closes a quoted title (its start offsets)."""
    # a quotation mark spares most statements the search
    if "“" not in statement and '"' not in statement:
        return set()
    return {found.start(1) for found in _TITLE_NUMBER.finditer(statement)}


def worded_sums(supports: Sequence[str]) -> set[float]:
    """The sums `supports` give as "million-dollar", "billion-dollar" or "trillion-dollar":
    one unit, "$1 billion", no more."""
    return {
        value
        for text in supports
        if "-dollar" in text
        for word, value in _DOLLAR_WORDS.items()
        if word in text.lower()
    }
