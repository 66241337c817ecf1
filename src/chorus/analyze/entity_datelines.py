"""The places and sources of the datelines opening sentences: "KATHMANDU, Nepal (AP) —"
names Kathmandu, Nepal and the AP; the recognizer took the all-caps city for a person or an
organisation, and a station's name in the brackets for a place ("FT LAUDERDALE (CBSMiami)
–")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from chorus.language.datelines import WIRE_DASH
from chorus.model import Sentence

# Its place's words are narrower than `PLACE_WORD` (no hyphen, no curly apostrophe): a
# place it does not read stays the recognizer's, as it was.
_DATELINE = re.compile(
    r"([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,3})(?:, ([A-Z][\w.]*(?: [A-Z][\w.]*)?))?"
    rf"(?: (\([^()]{{1,30}}\)))? (?:({WIRE_DASH})|-)(?: |$)"
)
"""A sentence's opening dateline: "KATHMANDU, Nepal (AP) —", "LONDON —", "DENVER (AP) —",
and newswire's "JERUSALEM (AP) _" (DUC). The recognizer took its all-caps city for a person
or an organisation, and "Nepal" for a person. A plain hyphen needs the region or the agency:
newsletters open paragraphs with all-caps headings and a hyphen ("BUFFETT TODAY - Per
CNNMoney ..."). The dash may close the sentence, the dateline a paragraph of its own
("MOUNT DORA, Fla. -", raw 136, whose "DORA" was an organisation): two lines of the 280 raw
and DUC texts close on a dash after capitals, that and "ALSO FOR YOUR RADAR -" (raw 144),
a heading with neither region nor agency, which stays unread."""
_BARE_DATELINE = re.compile(
    r"([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,3}), [A-Z][a-z]{1,4}\. (?=[A-Z][a-z])"
)
"""A dateline without its dash, the region's abbreviation closing it: "NEWTOWN, Conn. Parents
of ..." (raw 191, its town listed apart from "Newtown"). The abbreviation's full stop stands
for the dash; a spelled-out region would not tell the dateline from the sentence."""
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SECOND = _CAPITALS | {"'", "."}
"""What the first two characters of a dateline are (`[A-Z][A-Z'.]`)."""
_NO_DATELINES = frozenset(("UNITED NATIONS", "EDITOR'S NOTE", "EDS NOTE"))
_SMALL_WORDS = frozenset(("De", "Da", "Do", "Dos", "Del", "Des", "Es", "El", "La", "Of", "The"))
"""Words of a city's name written in lower case inside it: "Rio de Janeiro", "Dar es Salaam"."""


def datelines(sentences: Sequence[Sentence]) -> tuple[dict[str, str], set[str]]:
    """The places of the datelines opening sentences, each spelling mapped to the name
    shown: the all-caps city to its title case, a spelled-out region to itself ("Pa." is
    left to the recognizer); and the sources their brackets credit, "FT LAUDERDALE
    (CBSMiami) –" (a station, read as a place)."""
    places: dict[str, str] = {}
    credits = set()
    for sentence in sentences:
        # both patterns open on two capitals: most sentences are ruled out by their first
        # two characters before either is tried
        if sentence.text[:1] not in _CAPITALS or sentence.text[1:2] not in _SECOND:
            continue
        # matched in the article's text, where the sentence is: no copy of each sentence
        found = _DATELINE.match(sentence.article.text, sentence.start, sentence.end)
        bare = _BARE_DATELINE.match(sentence.article.text, sentence.start, sentence.end)
        if not found and bare and bare[1] not in _NO_DATELINES:
            places[bare[1]] = _title_case(bare[1])
        # "UNITED NATIONS (AP) _" is the organisation's seat; "EDITOR'S NOTE _" no place
        if found and (found[2] or found[3] or found[4]) and found[1] not in _NO_DATELINES:
            places[found[1]] = _title_case(found[1])
            if found[2] and "." not in found[2]:
                places[found[2]] = found[2]
            if found[3]:
                credits.add(found[3][1:-1])
    return places, credits


def credits_only_bracketed(credits: Collection[str], text: str) -> set[str]:
    """The sources a dateline credits that `text` names only in brackets ("PARIS (AP) —",
    raw 110's one "AP"): the wire the outlet took the story from, no one of the story. A
    source named outside brackets too ("the Associated Press reported") stays."""
    return {
        credit
        for credit in credits
        if len(re.findall(rf"(?<!\w){re.escape(credit)}(?!\w)", text)) == text.count(f"({credit})")
    }


def _title_case(city: str) -> str:
    """An all-caps city as the text writes it elsewhere: "RIO DE JANEIRO" → "Rio de Janeiro"."""
    first, *rest = city.title().split(" ")
    return " ".join([first, *(w.lower() if w in _SMALL_WORDS else w for w in rest)])
