"""Quoted speakers that are firms: a name the text writes right before a company's legal
suffix ("Nippon Yusen K.K.", "Boeing Co.", "Fitbit, Inc.") is the company's, so a credit
"Nippon Yusen said" that no window read is listed as an organisation, not as a person
(entity_speakers.py). A word always written right after such a suffix's stop opens a
sentence the splitter did not end there, no name (`after_a_suffix`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from chorus.analyze.model import Excerpt

_LEGAL_SUFFIX = re.compile(
    r",? (?:Inc\b|Ltd\b|Co\.|Corp\b|Corporation\b|LLC\b|L\.L\.C\.|[Pp][Ll][Cc]\b|GmbH\b"
    r"|S\.A\.|K\.K\.|Kabushiki Kaisha\b|Limited\b|N\.V\.|B\.V\.)"
)
"""A company's legal form after its name, with or without a comma: English, German, Dutch,
French and Japanese ("K.K.", "Kabushiki Kaisha"). Not "Co" without its stop ("Co Durham",
an Irish or British county) nor "AG" (an attorney general, "Ohio AG")."""


def firms(names: Iterable[str], text: str) -> set[str]:
    """Of `names`, those `text` writes at least once as whole words right before a legal
    suffix (`_LEGAL_SUFFIX`). Only speakers no window read are tested: a person a firm is
    named for ("The Thomas Kinkade Co.", raw 150, the painter's) is read by a window."""
    return {name for name in names if any(_before_a_suffix(text, end) for end in _ends(text, name))}


def _ends(text: str, name: str) -> Iterable[int]:
    """Where each mention of `name` in `text` that follows no word character ends."""
    at = text.find(name)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            yield at + len(name)
        at = text.find(name, at + 1)


def _before_a_suffix(text: str, end: int) -> bool:
    # the suffix's first character is a comma or a space: most mentions end otherwise
    return text[end : end + 1] in (",", " ") and _LEGAL_SUFFIX.match(text, end) is not None


_SUFFIX_STOPS = ("Inc. ", "Corp. ", "Co. ", "Ltd. ", "L.L.C. ", "S.A. ", "K.K. ", "N.V. ", "B.V. ")
"""The legal suffixes written with a stop, and the space after it."""


def after_a_suffix(listed: Mapping[str, list[Excerpt]]) -> list[str]:
    """One-word names every mention of which follows a legal suffix's stop (_SUFFIX_STOPS):
    the first word of a sentence the splitter ran on past the abbreviation, read by the
    window of the run "Inc. Exemplary" (raw 71's "a proud Communist subsidiary of The
    Onion, Inc. Exemplary reportage, comrades.", an adjective listed as a person). A name
    of two words or more is left: a title may follow the firm ("Apple Inc. Chief Executive
    Tim Cook")."""
    return [
        name
        for name, found in listed.items()
        if " " not in name
        and all(m.article.text.endswith(_SUFFIX_STOPS, max(m.start - 7, 0), m.start) for m in found)
    ]
