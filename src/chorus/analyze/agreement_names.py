"""Figures that are part of a name two sentences write, not a fact they share
(agreement_links.beyond_who): "Flight 370", "Windows 95"."""

from __future__ import annotations

import re

from chorus.analyze.similarity import STEM_LENGTH

_NAME_NUMBER = re.compile(r"\b([A-Z][a-z]+)[\s-](\d+)\b")


def name_numbers(text: str, names: frozenset[str]) -> set[str]:
    """The figures a sentence writes right after one of `names` (stems both sentences write
    capitalised), as part of it: "Flight 370" names the plane as "Malaysia Airlines" does
    ("An unmanned underwater vehicle will be deployed to look for missing Malaysia Airlines
    Flight 370 ..." / "The phone of the first officer of Malaysia Airlines Flight 370 was on
    ...", raw 218), "Swissair Flight 111" names the crash (DUC 4's wreckage retrieved, the
    switches that did not cause it, the families' help)."""
    return {
        match[2][:STEM_LENGTH]
        for match in _NAME_NUMBER.finditer(text)
        if match[1][:STEM_LENGTH].lower() in names
    }
