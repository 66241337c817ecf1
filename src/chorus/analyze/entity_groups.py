"""How the candidate names group before the window budget is spent: names sharing a last word
are one name, read in its longest form ("Macron" with "President Emmanuel Macron"), but a
title-case headline's run; and the bodies such a group hides ("Senate Intelligence
Committee" in the group of "House Intelligence Committee") or another article's longer run
opens ("Stanford University" of "Stanford University School"), read past the budget."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection

from chorus.analyze.entity_endings import COMMON_ENDINGS
from chorus.analyze.entity_forms import PEOPLES_NOUNS

TITLE_CASE = re.compile(
    r"(?<=[\w,'’] )(?:In|On|At|For|With|To|From|By|Into|After|Over|Of|Is|Are|Was|As|Be|Out|Up)"
    r"(?= [A-Z0-9])"
)
"""A capitalised little word inside a run of capitalised words: a headline in title case
("Killed In Pennsauken Township", "Jack The Cat Lost At JFK") or a quoted title ("Keeping
Up With The Kardashians"), not running text."""
APART_NAMES = 2
"""Past the budget, up to APART_NAMES bodies written by two articles or more that share their
last word with a longer name read for them (`bodies_apart`) are read too: names sharing a
last word are one name to the ranking, which is a person's surname's rule; then bodies one
article writes that another's longer run opens (`bodies_opening_longer_runs`)."""


def full_forms(mentions: Counter[str]) -> dict[str, str]:
    """Each name mapped to the longest name with its last word ("President Emmanuel Macron"
    for "Macron"), the most mentioned among equals. A title-case headline's run is left
    out, a group of its own: as the full form of "Tom Cruise", "Tony Scott Spent Final
    Days Working With Tom Cruise" left him no window but the headline's, which is not read
    (joined to his group instead, headline runs raised JFK and "Scott" into the names read,
    with wrong labels). A people's noun opening a name adds no length, and of two names as
    long the one without it is the full form: "Edith Bouvier", not "Frenchwoman Edith
    Bouvier" (read whole as an organisation). Titles count: read for "Rep. Devin Nunes"
    (raw 88), the group's window lists him; moved to his plain name's, it lost him."""
    longest: dict[str, str] = {}
    plain = [n for n in mentions if not _in_title_case(n)]
    for name in sorted(plain, key=lambda n: (-_length(n), n.count(" "), -mentions[n], n)):
        longest.setdefault(name.rsplit(" ", 1)[-1], name)
    return {name: longest[name.rsplit(" ", 1)[-1]] for name in plain}


def _length(name: str) -> int:
    """The spaces in `name` but the one after a people's noun opening a name of two words or
    more ("Frenchwoman Edith Bouvier": 1)."""
    spaces = name.count(" ")
    return spaces - 1 if spaces > 1 and name.partition(" ")[0] in PEOPLES_NOUNS else spaces


def _in_title_case(name: str) -> bool:
    """Whether a capitalised run holds a capitalised little word between two others."""
    return name.count(" ") > 1 and TITLE_CASE.search(name) is not None


def bodies_apart(full: dict[str, str], order: list[str], owners: list[str]) -> list[str]:
    """Names of several words closing on a body's or a place's word (COMMON_ENDINGS) that
    their group's full form does not hold whole, written by two articles or more, the most
    written first: another body than the one their group is read for ("Senate Intelligence
    Committee" in the group of "House Intelligence Committee", raw 149)."""
    others = {
        name
        for name, whole in full.items()
        if whole != name
        and " " in name
        and name.rpartition(" ")[2] in COMMON_ENDINGS
        and not whole.endswith(f" {name}")
    }
    if not others:
        return []
    articles: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for name, article in zip(order, owners, strict=True):
        if name in others:
            articles[name].add(article)
            counts[name] += 1
    return sorted((n for n in articles if len(articles[n]) > 1), key=lambda n: (-counts[n], n))


def bodies_opening_longer_runs(spread: dict[str, set[str]], read: Collection[str]) -> list[str]:
    """Names of several words closing on a body's or a place's word (COMMON_ENDINGS), one
    article's in `spread` (each name's articles), that another article writes opening a
    longer run, none of them `read`, the most articles first: "Stanford University"
    ([1] of raw 29) beside "the Stanford University School of Medicine" ([2]), each
    ranked as one outlet's and left unread behind a background article's initials."""
    found: dict[str, set[str]] = {}
    for name, articles in spread.items():
        words = name.split()
        for size in range(2, len(words)):
            opening = " ".join(words[:size])
            if (
                opening in spread
                and words[size - 1] in COMMON_ENDINGS
                and len(spread[opening]) == 1
                and name not in read
            ):
                found[opening] = found.get(opening, spread[opening]) | articles
    return sorted(
        (n for n, articles in found.items() if len(articles) > 1 and n not in read),
        key=lambda n: (-len(found[n]), n),
    )
