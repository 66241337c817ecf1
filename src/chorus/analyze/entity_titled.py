"""Titles opening a name the recognizer read, dropped from it ("Nazi Adolf Eichmann" is
Adolf Eichmann, "Lady Thatcher" Margaret Thatcher), where the text shows the word is no part
of the name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.entity_forms import BEFORE_A_SURNAME, without_title
from chorus.analyze.entity_mention_windows import next_mention
from chorus.analyze.model import EntityLabel
from chorus.model import Sentence


def drop_titles(labels: dict[str, EntityLabel], sentences: Sequence[Sentence]) -> None:
    """A name opened by a title or a trade ("Nazi Adolf Eichmann", organisation; "Saint Will
    Smith") becomes the person it names, where the text also writes that name without the
    word ("Adolf Eichmann"), or where the recognizer read the whole as a person ("Bishop
    Olof Bergqvist", "state Treasurer Rob McCord", each written once): the word was the
    recognizer's, not the name's; a surname after
    one of BEFORE_A_SURNAME, the full name the text writes with it ("Lady Thatcher",
    "Margaret Thatcher"; "Lady Gaga" stays). Names so opened are few, so the sentences are
    searched only for them."""
    # "Emeritus" closes a title ("Pope Emeritus Benedict", raw 237), no name's first word
    for name in [n for n in labels if n.startswith("Emeritus ") and labels[n] == "person"]:
        del labels[name]
        labels.setdefault(name.removeprefix("Emeritus "), "person")
    titled = [(name, parts) for name in labels if (parts := without_title(name))]
    for name, (title, rest) in titled:
        if title in BEFORE_A_SURNAME and " " not in rest:
            person = _full_name(rest, sentences)
        else:
            person = (
                rest
                if (labels[name] == "person" and " " in rest)  # "Dr. Seuss" stays
                or _written_without(rest, title, sentences)
                else None
            )
        if person:
            del labels[name]
            labels[person] = "person"


def _full_name(surname: str, sentences: Sequence[Sentence]) -> str | None:
    """The first "First Surname" written in `sentences`, its first word no title."""
    pattern = re.compile(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b")
    for sentence in sentences:
        for found in pattern.finditer(sentence.text):
            if found[1] not in BEFORE_A_SURNAME and without_title(found[0]) is None:
                return found[0]
    return None


def _written_without(name: str, word: str, sentences: Sequence[Sentence]) -> bool:
    """Whether `name` is written somewhere in `sentences` not right after `word`."""
    for sentence in sentences:
        text = sentence.text
        start = next_mention(text, name, 0)
        while start >= 0:
            if not text[:start].rstrip().endswith(word):
                return True
            start = next_mention(text, name, start + 1)
    return False
