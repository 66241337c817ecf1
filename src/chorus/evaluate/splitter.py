"""One sentence splitter for every system, and for the references: chorus' own.

Each system is timed from raw article text to summary, so each one splits sentences
inside its timed call; giving all of them chorus' cleaning and splitting makes the
speed and quality comparison one of selection algorithms, not of sentence splitters.
"""

from __future__ import annotations

import re

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
