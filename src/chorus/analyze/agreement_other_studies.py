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

from chorus.model import Sentence

_OTHER_STUDY = re.compile(
    r"[\s(\[]*(?:(?:an?|the)\s+)?(?:earlier|previous|prior|past|separate|another|other|older)"
    r"\s+(?:\w+\s+)?(?:research|stud(?:y|ies)|surveys?|analys[ie]s|experiments?|trials?)\b",
    re.IGNORECASE,
)
"""A paragraph's opening naming a study that is not the story's: "Previous research from
Finland", "An earlier study, carried out in Finland", "Previous studies in humans"."""
_OPENING_REACH = 60
"""Characters of a paragraph's opening the pattern may read."""
TOLD_WITHIN = 3
"""Sentences of such a paragraph, its opening's among them, that tell the other study: a
paper's long introduction turns to its own findings later ("Previous studies in humans have
contributed ... Our findings suggest that ...", raw 29's sixth sentence of one paragraph)."""
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")


def of_another_study(sentence: Sentence) -> bool:
    """Whether a sentence is one of the first `TOLD_WITHIN` of a paragraph that opens naming
    an earlier or another study (`_OTHER_STUDY`)."""
    text = sentence.article.text
    start = text.rfind("\n\n", 0, sentence.start)
    start = 0 if start < 0 else start + 2
    if _OTHER_STUDY.match(text, start, start + _OPENING_REACH) is None:
        return False
    ends = _SENTENCE_END.finditer(text, start, sentence.start)
    return sum(1 for _ in ends) < TOLD_WITHIN
