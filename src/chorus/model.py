"""The one data model every stage shares.

articles → cleaned documents → sentences → summary sentences → briefing.

Text is stored once, in `Article.text`. Everything downstream is a view into it by
character offsets, so provenance is exact by construction: `sentence.text` *is*
`article.text[start:end]`, sliced when the (frozen) sentence is made, so it cannot drift
from its source.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chorus.analyze.model import Analysis


@dataclass(frozen=True, slots=True)
class Change:
    """A stretch of an article's text that reading set right: `[start, end)` of the text as
    read, which the text given held as `given` (a closing ” given as "\ufffd?", an invisible
    character taken out: `start == end`, `given` "\u200b")."""

    start: int
    end: int
    given: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as it was read, before any cleaning."""

    id: str
    text: str
    outlet: str
    title: str | None = None
    published: dt.date | None = None
    origin: str = ""
    changes: tuple[Change, ...] = ()
    """Where `text` differs from the text given, in order: every span counts `text`, so a
    reader mapping one back to the text given adds `len(given) - (end - start)` for each
    change before it."""


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range `[start, end)` of an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Removal:
    """A stretch of an article that cleaning took out, and why."""

    span: Span
    reason: str


@dataclass(frozen=True, slots=True)
class Document:
    """An article after cleaning: the spans that are the story, and what was removed."""

    article: Article
    kept: tuple[Span, ...]
    removed: tuple[Removal, ...] = ()

    def removed_text(self) -> list[tuple[str, str]]:
        """(reason, text) for every removal, in article order."""
        text = self.article.text
        return [(r.reason, text[r.span.start : r.span.end]) for r in self.removed]


@dataclass(frozen=True, slots=True, eq=False)
class Sentence:
    """A sentence of a document: a view into its article's text, identified by position."""

    article: Article = field(repr=False)
    index: int
    start: int
    end: int
    text: str = field(init=False, repr=False)
    """`article.text[start:end]`, sliced once: a briefing with its analysis reads it ~15
    times a sentence (~980 reads a raw cluster), and a property sliced a new string each
    time (docs/journal/speed.md, stop 37's twentieth pass)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.article.text[self.start : self.end])

    @property
    def key(self) -> tuple[str, int]:
        return (self.article.id, self.index)

    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """One sentence of the summary: the source sentence shown, plus the sentences of
    other outlets that say the same thing (near-duplicates merged into this one)."""

    shown: Sentence
    also: tuple[Sentence, ...] = ()

    @property
    def text(self) -> str:
        return self.shown.text

    @property
    def sources(self) -> tuple[Sentence, ...]:
        return (self.shown, *self.also)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that did not become an article, and why (never dropped silently)."""

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class Briefing:
    """The result: a cited summary over numbered sources."""

    summary: tuple[SummarySentence, ...]
    documents: tuple[Document, ...]
    words: int
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[str, ...] = ()
    analysis: Analysis | None = None
    """Cross-source sections (chorus.analyze); None when brief(analyze=False)."""
    _heading: int | None = field(default=None, init=False, repr=False, compare=False)
    """The summary sentence (from 1) the headline reads first when no title heads, kept
    once read (`render.headline_choice`): `brief` reads it to open the summary on the headline's
    lead, and its render would read it again. Not an init field, so `dataclasses.replace`
    leaves it behind and a briefing made from another reads its own."""

    def citation_number(self, article_id: str) -> int:
        """The 1-based number under which an article is listed among the sources."""
        for number, document in enumerate(self.documents, start=1):
            if document.article.id == article_id:
                return number
        raise KeyError(article_id)

    def citations(self, summary_sentence: SummarySentence) -> list[int]:
        """Source numbers cited by one summary sentence, ascending, without repeats."""
        return sorted({self.citation_number(s.article.id) for s in summary_sentence.sources})

    def summary_text(self) -> str:
        """The summary as plain text, one sentence per line."""
        return "\n".join(s.text for s in self.summary)

    def word_count(self) -> int:
        return sum(s.shown.word_count() for s in self.summary)

    def why_no_summary(self) -> str:
        """Why the summary is empty ("" when it is not): every sentence was longer than
        the word budget."""
        if self.summary:
            return ""
        unit = "word" if self.words == 1 else "words"
        return f"no sentence of the articles fits in {self.words} {unit}"
