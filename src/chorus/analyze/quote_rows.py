"""An article's attributions as the rows of "Who said what": one quotation the sentence
splitter cut in several sentences is one quote. A Q&A page's answer ("“I didn’t hear it ...
actions. ¶ It’s just really disappointing and disrespectful. ... It’s truly an unbelievable
act to me.”", multi_news-val-889) came out as a row a sentence, the later ones without their
marks, as if paraphrase."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.language.quote_going_on import left_open
from chorus.language.quote_marks import OPEN
from chorus.model import Sentence

Found = tuple[Attribution, Sentence]

_WORD = re.compile(r"\w")


def as_rows(found: Sequence[Found]) -> list[Found]:
    """`found` (one article's attributions in order, each with its sentence) with a quotation
    that runs on into the next sentence of its paragraph, by the same speaker, as one
    attribution, its sentence then the sentences it runs over (a view of the article from
    the first one's start, under the first one's index)."""
    joined: list[Found] = []
    for after, sentence in found:
        if joined and _runs_on(*joined[-1], after, sentence):
            before, first = joined[-1]
            run = replace(
                before, end=after.end, interruption=before.interruption or after.interruption
            )
            joined[-1] = (run, replace(first, end=sentence.end))
        else:
            joined.append((after, sentence))
    return joined


def _runs_on(before: Attribution, first: Sentence, after: Attribution, sentence: Sentence) -> bool:
    """Whether `after`'s words go on the quotation `before`'s words leave open at the end of
    their sentence, in the next sentence of the same paragraph."""
    text = sentence.article.text
    gap = text[first.end : sentence.start]
    return (
        after.speaker == before.speaker
        and after.role in (None, before.role)
        and not gap.strip()
        and "\n" not in gap
        and _WORD.search(text, before.end, first.end) is None
        and _WORD.search(text, sentence.start, after.start) is None
        and not any(mark in text[sentence.start : after.start] for mark in OPEN)
        and left_open(text, before.start, first.end, False)
    )
