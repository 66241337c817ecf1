"""Who a deed comes from (agreement_supports.agrees): one sentence has someone offer to do a
thing and the other has another person ask him to do it. Raw 58's "According to an
indictment ..., McCullum offered in March 2016 to help take a House member's ... iPhone to a
local Apple store to be repaired." is not agreed by POLITICO's "..., in March 2016, Plaskett
asked McCullum to take her iPhone to an Apple store for repairs.": the two share the errand
(McCullum, iPhone, Apple store, March 2016) and give its start to two people. Whether he
offered or was asked is what the first sentence says (the indictment's point: he sought the
phone out), so the second does not tell it, in part or whole. The deeds need not be written
alike: [1]'s "McCullum offered to assist his boss in repairing her iPhone" tells the same
errand as "asked McCullum to take her iPhone", and whoever asked him to do any deed gave it to
him; a sentence telling both, that he was asked and offered, gives no start apart."""

from __future__ import annotations

import re

_NOT_A_NAME = r"(?!(?:He|She|They|It|We|I|You|Who|Which|That|This)\b)"
"""A pronoun opening a sentence names no one both sentences can be said to name."""
_NAMED = rf"\b{_NOT_A_NAME}([A-Z][\w'’-]+)"
_OFFERED = re.compile(_NAMED + r"\s+(?:had\s+)?(?:offered|volunteered)\b[^.;:]{0,60}?\bto\s+[a-z]")
"""Someone named offering to do a deed, a phrase allowed between: "McCullum offered in March
2016 to help take"."""
_ASKED = re.compile(
    r"\b(?:asked|told|ordered|urged|instructed|requested|begged|persuaded|directed)\s+"
    r"(?:[A-Z][\w.'’-]*\s+)*?([A-Z][\w'’-]+)\s+to\s+[a-z]"
    rf"|{_NAMED}\s+(?:was|had\s+been)\s+(?:asked|told|ordered|urged|instructed)\s+to\s+[a-z]"
)
"""Someone named asked by another to do a deed: "Plaskett asked McCullum to take", "McCullum
was asked to take"."""


def act_given_apart(statement: str, support: str) -> bool:
    """Whether one of the two has someone offer to do a deed (`_OFFERED`) and the other has
    him asked to do one (`_ASKED`: his surname in both), neither telling both."""
    return _offered_asked(statement, support) or _offered_asked(support, statement)


def _offered_asked(offer: str, ask: str) -> bool:
    # the literals spare nearly every pair the patterns
    if ("offered" not in offer and "volunteered" not in offer) or " to " not in ask:
        return False
    offered = set(_OFFERED.findall(offer))
    if not offered:
        return False
    asked = _asked(ask)
    return (
        not offered.isdisjoint(asked)
        and offered.isdisjoint(_asked(offer))
        and asked.isdisjoint(_OFFERED.findall(ask))
    )


def _asked(text: str) -> set[str]:
    """The surnames of those `text` has asked to do a deed."""
    return {found[1] or found[2] for found in _ASKED.finditer(text)}
