"""A quotation a named person goes on with: "Fischetti continued, "Devin, as the world knows
him, was an extraordinary talent ..."" (raw validation 0-based 111), "On Schiff’s show, Bundy
continued: “I’m wondering ...”" (151). "Continued" and "went on" are no speech verbs of the
quote patterns (most of their uses say no words: "the rain continued"), so the sentence has
no attribution of its own; only a name right before the verb, and a quotation right after
its comma or colon, make it one. "He continued, “...”" is left to no one: whom "he" stands
for is read only after a speech verb (`pronouns.py`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.attribution import Attribution
from chorus.analyze.subject_names import LEAD, person_named
from chorus.language.quote_marks import OPEN, balanced, trim
from chorus.model import Sentence

__all__ = ["went_on"]

_WENT_ON = re.compile(
    rf"{LEAD}(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+(?:continued|went\s+on)"
    rf"[,:]\s+(?=[{OPEN}][A-Z])"
)
"""The sentence's opening (maybe a phrase and its comma), a capitalised name of up to three
words, the verb, and a comma or colon right before a quotation that opens a sentence of its
own ("The victim's statement, Speier continued, "so dramatically ..."" (103) quotes a
fragment whose subject is the writer's)."""
_PRONOUNS = frozenset(("He", "She", "They", "It", "I", "We"))


def went_on(
    sentences: Sequence[Sentence], texts: Sequence[str], said: Sequence[tuple[Attribution, ...]]
) -> dict[int, Attribution]:
    """Each sentence with no attribution of its own that a person's name and "continued" or
    "went on" open, ending on the quotation after them, by index, given to that person."""
    found: dict[int, Attribution] = {}
    article = sentences[0].article.text if sentences else ""
    if "continued" not in article and "went on" not in article:
        return found  # one test an article: most never write either
    for n, text in enumerate(texts):
        if said[n] or ("continued" not in text and "went on" not in text):
            continue
        match = _WENT_ON.match(text)
        if match is None or match["who"] in _PRONOUNS:
            continue
        name = person_named(match["who"])
        if name is None:
            continue
        sentence = sentences[n]
        start, end = balanced(article, *trim(article, sentence.start + match.end(), sentence.end))
        found[n] = Attribution(name, sentence.start + match.start("who"), None, start, end)
    return found
