"""Drugs read as a person, a body or a place, told by the list a text writes them in: "ADHD
drugs like Concerta and Ritalin", "Adderall and other ADHD medications" (raw 215, places by
the recognizer, which reads a brand's one word as it reads a town's). A drug is no one of the
story, so it is not listed."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.analyze.model import Excerpt

_KINDS = r"(?:drugs|medications|medicines|pills|stimulants|amphetamines|painkillers|opioids)"
_KIND_AFTER = re.compile(rf" (?:and|or) other (?:[\w-]+ ){{0,2}}{_KINDS}\b")
"""A drug's list closed by its kind: "Adderall and other ADHD medications"."""
_KIND_BEFORE = re.compile(rf"\b{_KINDS},? (?:such as|like|including) $", re.I)
"""A drug's list opened by its kind: "ADHD drugs like Concerta"."""
_OTHER = (" and other ", " or other ")
_OPENERS = (" like ", " as ", " including ")
"""How the words before a list's first item end: one `endswith` rules out most mentions."""
_LOOK_BACK = 40
_ITEM_ENDS = (", ", " and ", " or ")


def drugs(words: Sequence[str], listed: Mapping[str, Sequence[Excerpt]]) -> set[str]:
    """Of `words` (one-word names listed, no known name: a land, a city or a known body is
    no drug), those written at least once in a drug's list: first or last in it, or after
    another drug so found ("drugs like Concerta and Ritalin")."""
    found = {name for name in words if any(map(_closes_or_opens_a_list, listed[name]))}
    if not found:
        return found
    after = tuple(f"{drug}{end}" for drug in found for end in _ITEM_ENDS)
    return found | {
        name
        for name in words
        if any(m.article.text.endswith(after, 0, m.start) for m in listed[name])
    }


def _closes_or_opens_a_list(mention: Excerpt) -> bool:
    text, start, end = mention.article.text, mention.start, mention.end
    if text.startswith(_OTHER, end):
        return _KIND_AFTER.match(text, end) is not None
    return (
        text.endswith(_OPENERS, max(0, start - 12), start)
        and _KIND_BEFORE.search(text, max(0, start - _LOOK_BACK), start) is not None
    )
