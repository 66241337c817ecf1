"""A paper as the source of what a quote says ("according to the lawsuit", "..., the
affidavit said"): shown as a document, plainly, and never given the words of a person it
quotes. Split from `quotes.py`, which finds the attributions."""

from __future__ import annotations

import re
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.language.quote_marks import CLOSE, OPEN
from chorus.language.speaker_documents import DOCUMENTS, FILED, FILING_NAME, FILING_VERB
from chorus.model import Sentence

DOCUMENT = "a document"
"""The role a paper speaking for itself is shown with: "lawsuit" alone read as someone
(multi_news-val-2893)."""

_PAPERS = frozenset(DOCUMENTS)
_SAYING = re.compile(r",\s+(?:saying|telling\s+\w+|adding)\s+[^“\"]*[“\"]")
"""A person's words inside a paper's account: "According to the lawsuit, Damon, 36, bit
EMTs ... before threatening them, saying she was a “major reporter for CNN.”" (2893): the
quotation is hers."""


_ISSUED_PAPER = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<paper>(?:news\s+|press\s+)?(?:release|statement))"
)
"""A statement or release named by itself ("according to a release"): whoever issued it
speaks, where the article named them before ("according to a release from the Denver
district attorney’s office": raw 59 [2])."""


def issued_paper(speaker: str) -> str | None:
    """The paper a speaker that is a bare statement or release names ("release" of "a
    release"), or None."""
    bare = speaker.endswith(("release", "statement")) and _ISSUED_PAPER.fullmatch(speaker)
    return bare["paper"] if bare else None


def as_document(found: Attribution, text: str) -> Attribution:
    """A paper's attribution with its role saying it is one, its words cut before a
    person's quoted words it holds; any other as it is."""
    if found.role is not None or found.speaker.rsplit(None, 1)[-1] not in _PAPERS:
        return found
    saying = _SAYING.search(text, found.start, found.end)
    end = found.end if saying is None else saying.start()
    return replace(found, role=DOCUMENT, end=end)


_CONTRASTS = (", though ", ", although ", ", but ", ", while ", ", whereas ")
_FILING_IN_CONTRAST = re.compile(
    rf",\s+(?:though|although|but|while|whereas)\s+(?:an?|the)\s+(?P<who>{FILING_NAME})"
    rf"(?:{FILED})?\s+(?:also\s+)?(?:says|said|{FILING_VERB})\s+(?:that\s+)?"
    rf"(?P<text>[^\s{OPEN}][^;{OPEN}{CLOSE}]*?)[.!?]?$"
)
"""A court's filing that speaks in a contrast clause after another speaker's words: "He was
14 years old at the time, according to the Denver District Attorney’s Office, though an
affidavit for Hernandez's arrest says the boy told her he was 18." (raw 59 [1])."""


def filed_in_contrast(sentence: Sentence, here: tuple[Attribution, ...]) -> Attribution | None:
    """The filing's own attribution in the clause after a sentence's attribution `here`, if
    a contrast opens one whose subject is a court's filing (`_FILING_IN_CONTRAST`); the
    filing speaks for itself, so no one is resolved behind it."""
    text = sentence.text
    if not any(contrast in text for contrast in _CONTRASTS):
        return None
    after = max(max(found.end, found.speaker_start) for found in here) - sentence.start
    clause = _FILING_IN_CONTRAST.search(text, max(after, 0))
    if clause is None:
        return None
    return Attribution(
        speaker=clause["who"],
        speaker_start=sentence.start + clause.start("who"),
        role=None,
        start=sentence.start + clause.start("text"),
        end=sentence.start + clause.end("text"),
    )
