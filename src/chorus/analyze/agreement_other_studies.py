"""A sentence in a paragraph about an earlier or another study tells that study's findings,
not the story's: it links only to a sentence that likewise tells one (agreement.py).

The Times' "Victims were at greater risk for anxiety disorders, while bullies were at
increased risk for antisocial personality disorder." ends a paragraph opening "Previous
research from Finland, based on questionnaires ..." and backed the Globe's "What's more, the
study found that those who had been bullies were at increased risk of antisocial personality
disorders.", of the new study, where the Times' own line for it is "Bullies who were not
victims of bullying were 4.1 times more likely to have antisocial personality disorder ..."
(raw 190). A paragraph opening with "Previous reports" most often recalls the story's own
news (DUC 4's "Previous reports have said the temperature was high enough to damage
plastic"): reports are not read, only research and its kinds."""

from __future__ import annotations

import re

from chorus.language.quoted_passages import paragraph_start
from chorus.model import Sentence

_OTHER = r"(?:earlier|previous|prior|past|separate|another|other|older|unrelated)"
_STUDY = r"(?:research|stud(?:y|ies)|surveys?|analys[ie]s)"
_OTHER_STUDY = re.compile(
    rf"[\s(\[]*(?:in\s+)?(?:(?:an?|the)\s+)?{_OTHER}\s+(?:\w+\s+)?{_STUDY}\b", re.IGNORECASE
)
"""A paragraph's opening naming a study that is not the story's: "Previous research from
Finland", "An earlier study, carried out in Finland". Not "In another experiment, 63 people
came to the lab ...", the story's study's second (raw 6)."""
_OPENS_ON_STUDY = re.compile(
    rf"(?:in\s+)?(?:(?:an?|the)\s+{_OTHER}|another)\s+(?:\w+\s+)?{_STUDY}\b", re.IGNORECASE
)
"""A sentence's opening naming one with its article: "In an earlier study, Zeitzer and his
colleagues found ..." (raw 29); not "Other studies will have to investigate whether that’s
the case, but ..." (raw 74), a study to come."""
_NAMED = re.compile(rf"\b{_OTHER}\s+(?:\w+\s+){{0,2}}{_STUDY}\b", re.IGNORECASE)
"""Another study named anywhere: "... by researchers at Ball State University in Indiana ...,
in an unrelated and independent study." (raw 142)."""
_THAT_STUDY = re.compile(r"\b[Tt]hat (?:report|study|survey|research)\b")
"""A study the lines before name: "As that report put it, “The box for the Fitbit Charge HR
says ‘every beat counts,’ ...”" (raw 142) quotes the Ball State study, not the story's."""
_BEFORE_REACH = 400
"""Characters of the paragraph before a sentence naming "that study" read for the study."""
_OPENING_REACH = 60
"""Characters of a paragraph's opening the pattern may read."""
TOLD_WITHIN = 3
"""Sentences of such a paragraph, its opening's among them, that tell the other study: a
paper's long introduction turns to its own findings later ("Previous studies in humans have
contributed ... Our findings suggest that ...", raw 29's sixth sentence of one paragraph)."""
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")


def of_another_study(sentence: Sentence) -> bool:
    """Whether a sentence tells an earlier or another study: one of the first `TOLD_WITHIN` of a
    paragraph opening naming one (`_OTHER_STUDY`), one opening on one (`_OPENS_ON_STUDY`), or
    one naming "that study" after a line of its paragraph that names one (`_NAMED`)."""
    text = sentence.article.text
    start = paragraph_start(text, sentence.start)
    if _OTHER_STUDY.match(text, start, start + _OPENING_REACH) is not None:
        ends = _SENTENCE_END.finditer(text, start, sentence.start)
        if sum(1 for _ in ends) < TOLD_WITHIN:
            return True
    if _OPENS_ON_STUDY.match(sentence.text, 0, _OPENING_REACH) is not None:
        return True
    return (
        "hat " in sentence.text
        and _THAT_STUDY.search(sentence.text) is not None
        and _NAMED.search(text, max(start, sentence.start - _BEFORE_REACH), sentence.start)
        is not None
    )
