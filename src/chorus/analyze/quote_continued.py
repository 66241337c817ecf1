"""A quotation a named person goes on with: "Fischetti continued, "Devin, as the world knows
him, was an extraordinary talent ..."" (raw validation 0-based 111), "On Schiff’s show, Bundy
continued: “I’m wondering ...”" (151). "Continued" and "went on" are no speech verbs of the
quote patterns (most of their uses say no words: "the rain continued"), so the sentence has
no attribution of its own; only a name right before the verb, and a quotation right after
its comma or colon, make it one. "He continued, “...”" is left to no one: whom "he" stands
for is read only after a speech verb (`pronouns.py`). A named speaker who "continued" went on
from the words just before: a "he" or "she" credit there that no one followed stands for
them (`named_going_on`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.attribution import Attribution
from chorus.analyze.pronouns import Focus
from chorus.analyze.quote_given import with_speaker
from chorus.analyze.subject_names import LEAD, person_named
from chorus.language.quote_marks import OPEN, balanced, trim
from chorus.language.speakers import PRONOUNS
from chorus.model import Sentence

__all__ = ["named_going_on", "went_on"]

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


def named_going_on(
    here: tuple[Attribution, ...], going_on: Attribution | None, focus: Focus
) -> tuple[Attribution, ...]:
    """A "he" or "she" credit whom no one followed stands for (`pronouns.py`: "Musician Brad
    Fischetti, ..., is mourning the recent death of ... Devin Lima." names two), given to
    the person whose "X continued, “...”" (`going_on`, `went_on`'s) opens the very next
    sentence: "“It is with a truly broken heart that that I confirm that Harold 'Devin' Lima
    passed away ...,” he told E! News in a statement. ¶ Fischetti continued, “Devin, as the
    world knows him, ...”" (raw validation 0-based 111 [3]); not where the first names the
    article writes before that name tell the other pronoun (`Focus.first_name_tells`)."""
    if going_on is None or here[0].speaker not in PRONOUNS:
        return ()
    if focus.first_name_tells(going_on.speaker) not in (None, here[0].speaker.lower()):
        return ()
    return tuple(with_speaker(a, going_on.speaker) for a in here)
