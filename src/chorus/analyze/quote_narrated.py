"""The writer's account of a speaker, which is no one's words.

Two shapes the attribution patterns read as reported speech tell what someone did, in the
writer's narration, not what they said:

- words whose subject is the speaker named in full, credited only by a pronoun after them
  ("Anna Smith, an ultrasound technician, was on the first floor of the building
  celebrating a colleague's 60th birthday when police burst in ..., she said.": raw 95 [0]).
  The writer tells where she was, sourcing it to her; the row "**Anna Smith**: Anna Smith,
  an ultrasound technician, was on the first floor ..." repeated her name and gave a
  reader narration as her words. A quotation in the words is hers, so such words stay.
- a "found that" whose words open on "he"/"she"/"they had": a discovery of what
  someone had done ("Once, before he moved out, Garcia found that he had removed some
  ceiling tiles ...": raw 95 [0]); what people found of the world ("Kanan and Li found
  that a slightly altered ... catalyst produced propanol ...": raw 56) is no row either
  (`quote_findings.py`).

And one word of the writer's opens words that go on to a quotation: a state the writer gives
the sentence's subject, a participle before it ("Concerned, a hospital employee “actually
opened the door, saw him pointing a gun at the doctor,” Whelan said.": raw 95 [0]), as
the pages write it of their subjects elsewhere ("Dejected, Farrow approached ...",
"Appalled, he decided ...", "Undaunted, he published ..."). It is cut from the row's
words, which open on the subject.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.language.quote_marks import holds_a_mark
from chorus.model import Sentence

_PRONOUN_CREDITS = ("he ", "she ", "He ", "She ")
"""A credit by pronoun after the words ("..., she said.")."""

_FOUND_BEFORE = re.compile(r"\b(?:found|finds)\s+that\s+$")
"""A finding's verb and its "that", right before the words."""
_DISCOVERY_OPENING = ("he had ", "she had ", "they had ")
"""Words opening on a pronoun's past act: what the finder came upon."""


def narrated(found: Attribution, sentence: Sentence) -> bool:
    """Whether `found`'s words are the writer's narration of the speaker rather than words
    the speaker said."""
    text = sentence.article.text
    words = text[found.start : found.end]
    if words.startswith(_DISCOVERY_OPENING):
        return _FOUND_BEFORE.search(text, max(0, found.start - 16), found.start) is not None
    return (
        found.speaker_start >= found.end
        and text.startswith(_PRONOUN_CREDITS, found.speaker_start)
        and _opens_on_own_name(words, found.speaker)
        and not holds_a_mark(words)
    )


def _opens_on_own_name(words: str, speaker: str) -> bool:
    """Whether `words` open on the speaker's name, in full or by its last word, as their
    subject ("Anna Smith, an ultrasound technician, was ...")."""
    for name in (speaker, speaker.rsplit(" ", 1)[-1]):
        if words.startswith(name) and words[len(name) : len(name) + 1] in (",", " "):
            return True
    return False


_WRITERS_STATE = re.compile(r"[A-Z][a-z]+(?<!e)ed, (?=[^“”\"]+[“\"])")
"""A participle of state and its comma opening unquoted words a quotation follows (not
"Indeed,")."""


def without_writers_state(found: Attribution, sentence: Sentence) -> Attribution:
    """`found` with the writer's participle of state before its subject left out."""
    text = sentence.article.text
    comma = text.find(",", found.start, found.start + 20)
    if comma < 0 or not text.endswith("ed", found.start, comma):
        return found  # literal tests first: nearly no words open so
    state = _WRITERS_STATE.match(text, found.start, found.end)
    return replace(found, start=state.end()) if state is not None else found
