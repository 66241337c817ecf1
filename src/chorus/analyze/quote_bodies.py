"""One organisation under one label: the generic noun for it is the name the cluster gives
it.

"Who said what" listed raw 95's hospital as "**Mercy Fitzgerald Hospital**" and "**hospital
officials**", and raw 63's Crayola as "**Crayola**" and "**company**" ('"...," the company
said on its website.' in the page that calls it "Art supply company Crayola"). A reader saw
two speakers where one spoke. (Its short name, "Mercy Fitzgerald", is its full one by
`quote_name_forms.long_forms`.)

A generic noun of a kind ("company", "hospital", or its "officials") is the one speaker of
that kind the cluster names: one whose name closes on the noun capitalised ("Mercy
Fitzgerald Hospital"), or that a page writes right after the noun ("company Crayola"). Two
such speakers, or none, and the noun stays as written: which one is meant is a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

_KINDS = ("company", "hospital")
"""Generic nouns a page calls an organisation it has named by."""
_GENERIC = {label: kind for kind in _KINDS for label in (kind, f"{kind} officials")}
"""The labels of a kind's voice: the noun alone or its officials."""


def one_body(given: list[str], texts: Sequence[str]) -> list[str]:
    """Each speaker's name with a generic noun given as the one body of its kind."""
    names = set(given)
    named: dict[str, str] = {}
    for label in _GENERIC.keys() & names:
        bodies = {name for name in names if _of_kind(name, _GENERIC[label], texts)}
        if len(bodies) == 1:
            named[label] = bodies.pop()
    if not named:
        return given
    return [named.get(name, name) for name in given]


def _of_kind(name: str, kind: str, texts: Sequence[str]) -> bool:
    """Whether a capitalised speaker is named as a `kind` ("Mercy Fitzgerald Hospital") or
    written right after the noun in one of the cluster's pages ("company Crayola")."""
    if not name[:1].isupper():
        return False
    return name.endswith(f" {kind.title()}") or any(f"{kind} {name}" in text for text in texts)
