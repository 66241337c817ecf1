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
_KIND_BEFORE = re.compile(
    rf"\b{_KINDS},? (?:such as|like|including) (?:[A-Z][\w-]*(?:, |,? and |,? or ))*$", re.I
)
"""A drug's list opened by its kind: "ADHD drugs like Concerta and Ritalin"."""
_LIST_ENDS = (" like ", " as ", " including ", " and ", " or ", ", ")
"""How the words before a mention in such a list end: one `endswith` rules out most."""
_LOOK_BACK = 80


def drugs(listed: Mapping[str, Sequence[Excerpt]]) -> set[str]:
    """One-word names written at least once in a drug's list."""
    return {
        name
        for name, found in listed.items()
        if " " not in name and any(_in_a_list_of_drugs(m) for m in found)
    }


def _in_a_list_of_drugs(mention: Excerpt) -> bool:
    text = mention.article.text
    if text.startswith(" and other ", mention.end) or text.startswith(" or other ", mention.end):
        return _KIND_AFTER.match(text, mention.end) is not None
    head = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    return head.endswith(_LIST_ENDS) and _KIND_BEFORE.search(head) is not None
