"""A described speaker's name in their apposition ("her mother, Ashake Banks, said"), read
when the speaker's description is found, and the kinship the name's own apposition tells
(`kin_after`). Split from `speakers.py`."""

from __future__ import annotations

import re

from chorus.language.speakers import FULL_NAME, NATIONALITY, POSSESSIVE

_A_NAME = re.compile(FULL_NAME)
_A_SURNAME = re.compile(r"(?:O['’])?[A-Z][a-z]+")  # "Zimmerman's lawyer, O'Mara, claimed" (1721)
KIN = ("mother", "father", "wife", "husband", "sister", "brother", "son", "daughter")
"""Kin, after whom a first name alone may be a name; whose surname may be the family's."""
_A_DESCRIPTION = re.compile(
    r"(?P<one_of>[Oo]ne\s+of\s+)?"
    rf"(?:(?P<article>[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Z][\w.-]*\s+){{0,2}}[a-z]"
    rf"|(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*{POSSESSIVE}\s+{NATIONALITY}[a-z])"
)


_HOME = re.compile(r"\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")
"""Where a named person is from, after their name in an apposition ("The Senate majority
leader, Trent Lott of Mississippi, said": DUC d31031t): no part of the name."""


def without_home(name: str) -> str:
    """A name in an apposition without where its bearer is from."""
    home = _HOME.search(name) if " of " in name else None
    return name if home is None else name[: home.start()]


def named_in_apposition(who: str, role: str) -> str | None:
    """What a described speaker is, when its apposition is their name: "The head of East
    Timor's military, Col. Suhartono Suratman, said" (DUC d30034t) is Suratman, "her mother,
    Ashake Banks, said" (multi_news-val-2080) Banks, "mother"; "Carl Conyers' girlfriend,
    Daisha Lewis, said" (4100) Lewis, "Carl Conyers' girlfriend"; "A Sandoval spokesman,
    Mari St. Martin, said" St. Martin, "Sandoval spokesman"; "one of the searchers, Karen
    Boucher, told" (raw 153 [1]) Boucher, "one of the searchers" (the article kept)."""
    described, role = _A_DESCRIPTION.match(who), without_home(role.strip())
    # after an owner's lawyer a surname alone, after a relative a first name: no name
    alone = _A_SURNAME.fullmatch(role) is not None and not who.endswith(KIN)
    if described is None or not (_A_NAME.fullmatch(role) or (alone and not described["article"])):
        return None
    return who.split(None, 1)[1] if described["article"] and not described["one_of"] else who


_VAGUE_KIN = ("relative", "family member")
_KIN_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?P<kin>(?:[A-Z][\w’'-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:(?:older|younger|great|first|second)[\s-]+)?"
    r"(?:cousin|aunt|uncle|niece|nephew|grand(?:mother|father|son|daughter)|step\w+"
    rf"|{'|'.join(KIN)}))\b"
)
"""The kinship the name's own apposition gives, maybe after an age: "another relative,
Nisha Odell, 18, Heaven’s cousin" (raw 53 [1])."""


def kin_after(role: str, text: str, name_end: int) -> str:
    """A vague kinship ("relative") as the one the apposition after the name (ending at
    `name_end`) tells ("Heaven’s cousin"); any other role as it is. Census, all raw + DUC
    text: "relative" or "family member" before a name between commas, 1 (raw 53's)."""
    if not role.endswith(_VAGUE_KIN) or (kin := _KIN_AFTER.match(text, name_end)) is None:
        return role
    return kin["kin"]
