"""A speaker's current title over a post they once held: raw validation 0-based 182 shows
"**Janet Napolitano** (Arizona’s former governor)" from "Napolitano, Arizona’s former
governor, said afterward that ...", where both its articles open on "Homeland Security
Secretary Janet Napolitano toured the state’s border": the post she speaks from is the
one a reader needs, the former one only explains why she is in Arizona.

A row's role that opens on "former" or "ex-" (after "a", "an", "the" or an owner's "'s")
gives way to the title the cluster writes right before the speaker's full name, its
capitalised words ending on a role noun with no "former" among them (`prefix_role`'s, the
words from its last lower-case word on: "as Homeland Security Secretary"). A speaker with
no such title keeps the former post, the one thing the cluster says of them; so does one
whose other rows give another role in words ("a former felony prosecutor and judge" beside
"co-chairman of the Congressional Victims Rights Caucus"): both are shown, each telling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.model import Quote
from chorus.language.speaker_titles import prefix_role
from chorus.model import Sentence

_FORMER = re.compile(r"(?:(?:an?|the|[\w’'.]+['’]s)\s+)?(?:[Ff]ormer\s|[Ee]x-)")
"""A role naming a post the speaker no longer holds: "a former Arizona governor",
"Arizona’s former governor", "ex-Duma deputy"."""


def current_titles(
    rows: Sequence[Quote], per_article: Sequence[Sequence[Sentence]]
) -> tuple[Quote, ...]:
    """The rows, each whose role names a former post given the current title the cluster
    writes before its speaker's full name, where it writes one."""
    titles: dict[str, str | None] = {}
    changed = []
    for quote in rows:
        role = quote.role
        if role and ("ormer" in role or "x-" in role) and _FORMER.match(role):
            if quote.speaker not in titles:
                titles[quote.speaker] = _title(quote.speaker, per_article)
            if title := titles[quote.speaker]:
                quote = replace(quote, role=title)
        changed.append(quote)
    return tuple(changed)


def _title(person: str, per_article: Sequence[Sequence[Sentence]]) -> str | None:
    """The capitalised title an article writes right before `person`'s full name (a name of
    two words or more), with no "former" or "ex-" in it, or None."""
    if " " not in person:
        return None
    for sentences in per_article:
        text = sentences[0].article.text if sentences else ""
        at = text.find(person)
        while at >= 0:
            if (found := prefix_role(text, at)) and (title := _capitalised_end(found)):
                return title
            at = text.find(person, at + len(person))
    return None


def _capitalised_end(role: str) -> str | None:
    """The run of capitalised words a title ends on, from after its last lower-case word,
    of two words or more and naming no former post: "Homeland Security Secretary" of
    "Tuesday as Homeland Security Secretary"; None for "former Senate Majority Leader"."""
    words = role.split()
    if any(w.casefold().startswith(("former", "ex-")) for w in words):
        return None
    start = len(words)
    while start and words[start - 1][:1].isupper():
        start -= 1
    return " ".join(words[start:]) if len(words) - start > 1 else None
