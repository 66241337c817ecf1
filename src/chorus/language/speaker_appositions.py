"""A described speaker's name in their apposition ("her mother, Ashake Banks, said"), read
when the speaker's description is found. Split from `speakers.py`."""

from __future__ import annotations

import re

from chorus.language.speakers import FULL_NAME, NATIONALITY, POSSESSIVE

_A_NAME = re.compile(FULL_NAME)
_A_SURNAME = re.compile(r"(?:O['’])?[A-Z][a-z]+")  # "Zimmerman's lawyer, O'Mara, claimed" (1721)
KIN = ("mother", "father", "wife", "husband", "sister", "brother", "son", "daughter")
"""Kin, after whom a first name alone may be a name; whose surname may be the family's."""
_A_DESCRIPTION = re.compile(
    rf"(?P<article>[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Z][\w.-]*\s+){{0,2}}[a-z]"
    rf"|(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*{POSSESSIVE}\s+{NATIONALITY}[a-z]"
)


def named_in_apposition(who: str, role: str) -> str | None:
    """What a described speaker is, when its apposition is their name: "The head of East
    Timor's military, Col. Suhartono Suratman, said" (DUC d30034t) is Suratman, "her mother,
    Ashake Banks, said" (multi_news-val-2080) Banks, "mother"; "Carl Conyers' girlfriend,
    Daisha Lewis, said" (4100) Lewis, "Carl Conyers' girlfriend"; "A Sandoval spokesman,
    Mari St. Martin, said" St. Martin, "Sandoval spokesman"."""
    described, role = _A_DESCRIPTION.match(who), role.strip()
    # after an owner's lawyer a surname alone, after a relative a first name: no name
    alone = _A_SURNAME.fullmatch(role) is not None and not who.endswith(KIN)
    if described is None or not (_A_NAME.fullmatch(role) or (alone and not described["article"])):
        return None
    return who.split(None, 1)[1] if described["article"] else who
