"""Words written beside a name that are no name alone: an epithet a person is called by
after "the" ("Thorfinn the Mighty"), the first half of a county written with its hyphen
("Ross" of "Ross-shire", read whole as the county: `counties_written_whole`), a people's
adjective no country's name spells ("Norse") and a name of such words ("Norse Vikings") or
of a faith's ("Evangelical Lutheran"), and a place a style is named for ("Broadway-style")."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from chorus.analyze.model import EntityLabel, Excerpt

_AFTER_A_NAME_AND_THE = re.compile(r"\b([A-Z][a-z]+) the $")
"""A capitalised word and "the" right before a mention: "Thorfinn the Mighty"."""
_LOOK_BACK = 30
_COUNTY_END = "-shire"
"""What turns a word into a county's name when written after it with its hyphen: "Ross-shire"
(raw 2), which the recognizer read as "Ross", a person."""
_STYLE_ENDS = ("-style",)
"""What turns a name into an adjective of manner: "an over-the top Broadway-style
belt-it-to-the-back-row expression of praise" (raw 90) names no place of the story."""
PEOPLES_BY_NAME = frozenset(("Norse", "Viking", "Gaelic"))
"""Peoples' adjectives no country's name forms (`PEOPLES` are formed from countries): "a
medieval Norse parliament", "Norse kings" (raw 2, read as an organisation in two outlets)."""
_PEOPLES_NAMED = PEOPLES_BY_NAME | {f"{word}s" for word in PEOPLES_BY_NAME}
"""Those adjectives and their peoples in the plural: "the Norse Vikings, who battled for
control of land" (raw 2, an organisation by the recognizer)."""
_FAITHS = frozenset(
    (
        *("Evangelical", "Lutheran", "Catholic", "Protestant", "Methodist", "Baptist"),
        *("Anglican", "Episcopal", "Presbyterian", "Pentecostal", "Orthodox", "Mormon"),
        *("Christian", "Muslim", "Sunni", "Shiite", "Jewish", "Hindu", "Buddhist"),
    )
)
"""A faith's adjectives, a church's when written together before a post ("Evangelical
Lutheran pastor Mike Johnson", raw 147, an organisation): a name of them alone is no body;
one alone is left ("taken to Methodist" may be the hospital), and so is a church named
whole ("Orthodox Church")."""


def epithets_and_halves(
    words: Sequence[str],
    listed: Mapping[str, Sequence[Excerpt]],
    label: Callable[[str], EntityLabel],
) -> set[str]:
    """Of `words` (one-word names), epithets, peoples' adjectives and places only written
    as a style's; and names of peoples' words alone, or of a faith's: no one, no body and no
    place of the story by themselves."""
    people_words = {w for name in listed if label(name) == "person" for w in name.split()}
    return {
        name
        for name in words
        if name in PEOPLES_BY_NAME
        or all(_epithet(m, people_words) for m in listed[name])
        or all(m.article.text.startswith(_STYLE_ENDS, m.end) for m in listed[name])
    } | {
        name
        for name in listed
        if " " in name
        and (_PEOPLES_NAMED.issuperset(words := name.split()) or _FAITHS.issuperset(words))
    }


def _epithet(mention: Excerpt, people_words: set[str]) -> bool:
    """Whether `mention` follows a listed person's word and "the" ("Earl Thorfinn the
    Mighty", of the listed "Earl Thorfinn"): his epithet. The person must be listed: "Read
    the Reddit threads" opens a sentence."""
    start = mention.start
    head = mention.article.text[max(0, start - _LOOK_BACK) : start]
    found = _AFTER_A_NAME_AND_THE.search(head)
    return found is not None and found[1] in people_words


def counties_written_whole(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """Read one-word names `text` (the sentences joined) only ever writes before "-shire",
    mapped to that county: "Dingwall in Ross-shire" (raw 2, four mentions in [1]) is read
    "Ross", a person, inside the hyphenated name; the county is the place the text names."""
    found = {}
    for name in labels:
        if " " in name or f"{name}{_COUNTY_END}" not in text:
            continue
        at = [m.end() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}\b", text)]
        if all(text.startswith(_COUNTY_END, end) for end in at):
            found[name] = f"{name}{_COUNTY_END}"
    return found
