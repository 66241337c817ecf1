"""One sentence splitter for every system, and for the references: chorus' own.

Each system is timed from raw article text to summary, so each one splits sentences
inside its timed call; giving all of them chorus' cleaning and splitting makes the
speed and quality comparison one of selection algorithms, not of sentence splitters.
One peer, `lexrank-pysbd`, splits with pysbd instead: sumy as a user runs it.
"""

from __future__ import annotations

import re
from typing import Any

from chorus.clean import clean
from chorus.ingest import make_article
from chorus.model import Document, Span
from chorus.sentences import split

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def document_sentences(text: str) -> list[str]:
    """The sentences chorus sees in one raw article: page furniture removed, then split."""
    article = make_article(text, "", origin="eval")
    return [sentence.text for sentence in split(clean(article))]


def reference_lines(text: str) -> str:
    """A reference summary with one sentence per line, as ROUGE-Lsum reads it."""
    article = make_article(text, "", origin="reference")
    whole = Document(article, kept=(Span(0, len(text)),))
    return "\n".join(sentence.text for sentence in split(whole))


class SumyTokenizer:
    """sumy's tokenizer interface on chorus' splitter (NLTK's punkt is not needed)."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(document_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


class PysbdTokenizer(SumyTokenizer):
    """sumy's tokenizer interface on pysbd, without chorus' cleaning: the sentence
    splitter issue 2 names, as a user would give sumy when NLTK's punkt cannot be
    downloaded. Only a speed peer: its sentences keep captions and furniture."""

    def __init__(self) -> None:
        self._segmenter: Any = None

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        if self._segmenter is None:
            import pysbd

            self._segmenter = pysbd.Segmenter(language="en", clean=False)
        return tuple(s.strip() for s in self._segmenter.segment(paragraph) if s.strip())
