"""A name the recognizer read across whom someone told and the subject of what they told:
"Burr told KOIN 6 News BOLI would hold onto all the money ..." (raw validation, 0-based
242) gave "KOIN 6 News BOLI", an organisation, which the quotes then took for the full
name of "BOLI said ..." and the entities listed. Such a span is no name: the outlet and
the subject are each written apart."""

from __future__ import annotations

from collections.abc import Iterable

from chorus.language.quote_participles import CLAUSE_VERBS

_TOLD = ("told ", "tells ")
_FINITE = frozenset((*CLAUSE_VERBS.split("|"), "should", "must"))
"""A verb that only the subject of what was told comes before: no one is told "X would"."""


def told_and_subject(names: Iterable[str], joined: str) -> list[str]:
    """The read names of two words or more that `joined` (the sentences joined by newlines)
    writes only right after "told" or "tells" and before a finite verb ("would", "is", ...),
    and that open on words it writes without the rest (the outlet told) while the rest is
    written apart too (a name of its own: "BOLI said ..."). No name on the 280 raw and DUC
    clusters but 242's."""
    # what follows each "told": a few spots a cluster, looked up before any name is counted
    told = [joined[at + len(verb) : at + 80] for verb in _TOLD for at in _spots(joined, verb)]
    return [
        name
        for name in names
        if " " in name
        and any(after.startswith(f"{name} ") for after in told)
        and sum(after.startswith(f"{name} ") for after in told) == joined.count(name)
        and _before_a_verb(joined, name)
        and _apart(joined, name)
    ]


def _spots(text: str, word: str) -> Iterable[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _before_a_verb(text: str, name: str) -> bool:
    """Whether every mention of `name` runs on into a finite verb."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if text[end : end + 1] != " " or text[end + 1 : end + 8].split(" ", 1)[0] not in _FINITE:
            return False
        at = text.find(name, end)
    return True


def _apart(text: str, name: str) -> bool:
    """Whether the text writes some opening words of `name` and the rest each more often
    than the whole: two names side by side ("KOIN 6 News" and "BOLI")."""
    written = text.count(name)
    words = name.split(" ")
    return any(
        min(text.count(f"{' '.join(words[:k])} "), text.count(" ".join(words[k:]))) > written
        for k in range(1, len(words))
    )
