"""The Python API: `chorus.brief(articles, words=...)`, the same pipeline as `chorus brief`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from numbers import Integral
from os import PathLike
from pathlib import Path, PurePath
from typing import TypeVar

import numpy as np

from chorus.clean import clean
from chorus.cut_off import cut_off_note, ends_mid_sentence
from chorus.errors import ChorusError
from chorus.ingest import (
    READ_SUFFIXES,
    Ingested,
    check_count,
    make_article,
    without_duplicates,
)
from chorus.ingest.paths import is_web_address
from chorus.ingest.repairs import changes_said
from chorus.model import Article, Briefing, Document, Sentence, Skipped, SummarySentence
from chorus.represent import embed
from chorus.sentences import RUN_PIECE_WORDS, split_counting_runs
from chorus.settings import DEFAULT_WORDS, SummaryOptions
from chorus.summarize import summarize


def as_articles(items: Iterable[Article | str]) -> list[Article]:
    """Articles as given; plain strings become articles named "Article 1", "Article 2", ..."""
    if isinstance(items, PathLike) or (isinstance(items, str) and _names_a_file(items)):
        raise ChorusError(_a_path(str(items)))
    if isinstance(items, str):
        # Else each of its characters was an article: `brief(text)` briefed 31 letters.
        raise ChorusError(
            "expected a list of article texts or Articles, not one string: "
            "brief([text]) briefs one article"
        )
    if isinstance(items, _BYTES):
        # Else each byte was an item: "item 1: ... not int".
        raise ChorusError(
            f"expected a list of article texts or Articles, not {type(items).__name__}: {_DECODE}"
        )
    if isinstance(items, Mapping):
        # Else its keys were the articles: `brief({"a": text})` briefed the word "a".
        raise ChorusError(
            "expected a list of article texts or Articles, not a dict: "
            "brief(list(d.values())) briefs its values"
        )
    if isinstance(items, Ingested):
        # What `read_inputs` returns, passed whole: "'Ingested' object is not iterable".
        raise ChorusError(
            "expected a list of article texts or Articles, not what read_inputs returns: "
            "brief(ingested.articles, skipped=ingested.skipped, notes=ingested.notes)"
        )
    if not isinstance(items, Iterable):
        raise ChorusError(
            f"expected a list of article texts or Articles, not {type(items).__name__}"
        )
    articles = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, PathLike) or (isinstance(item, str) and _names_a_file(item)):
            # `brief(["story.txt"])` briefed the name as the article's one sentence.
            raise ChorusError(f"item {number}: {_a_path(str(item))}")
        elif isinstance(item, str):
            articles.append(make_article(item, f"Article {number}", origin=f"text {number}"))
        else:
            kind = type(item).__name__
            how = f": {_DECODE}" if isinstance(item, _BYTES) else ""
            raise ChorusError(f"item {number}: expected an Article or a string, not {kind}{how}")
    return articles


_BYTES = (bytes, bytearray, memoryview)
_DECODE = (
    "decode each text first, text.decode('utf-8'), or read files with "
    "chorus.ingest.read_inputs([...]), which finds their encoding"
)


def _a_path(path: str) -> str:
    if is_web_address(path.strip()):
        return (
            f"{path!r} is a web address, not an article's text; chorus reads saved pages, "
            "not links: save the page, read it with chorus.ingest.read_inputs([...]) and "
            "brief its .articles (docs/api.md)"
        )
    return (
        f"{path!r} is a path, not an article's text: read files with "
        "chorus.ingest.read_inputs([...]) and brief its .articles (docs/api.md)"
    )


def _names_a_file(text: str) -> bool:
    """Whether a text is a path rather than an article: one line that names a file or
    folder there, one word ending as the files chorus reads do ("story.txt", missing or
    not), or a link."""
    line = text.strip()
    if not line or "\n" in line or len(line) > _LONGEST_PATH:
        return False
    if is_web_address(line):
        return True
    if " " not in line and PurePath(line).suffix.lower() in READ_SUFFIXES:
        return True
    try:
        return Path(line).exists()
    except OSError:  # a name too long for this system is no file there
        return False


_LONGEST_PATH = 4096


def _checked(words: object, options: object, analyze: object) -> int:
    """The word budget as an int, once every argument is what `brief` takes: else a wrong
    type failed deep inside (`'<' not supported`)."""
    # Integral: a numpy integer from a researcher's array is a budget too; True is not.
    if isinstance(words, bool) or not isinstance(words, Integral) or words < 1:
        raise ChorusError(f"words must be a whole number of at least 1, not {words!r}")
    if options is not None and not isinstance(options, SummaryOptions):
        raise ChorusError(f"options must be a chorus.SummaryOptions, not {type(options).__name__}")
    # `analyze="no"`, being a non-empty string, ran the analysis it meant to leave off.
    if not isinstance(analyze, bool | np.bool_):
        raise ChorusError(f"analyze must be True or False, not {analyze!r}")
    return int(words)


_Item = TypeVar("_Item")


def _listed(given: object, kind: type[_Item], name: str, what: str) -> list[_Item]:
    """`skipped` or `notes` as a list: `None` is none, as `options=None` is the default;
    a string (one note per character) or a single item is refused, and a generator is read
    once (checked, then listed, it came out empty)."""
    if given is None:
        return []
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise ChorusError(f"{name} must be a list of {what}")
    items = list(given)
    if not all(isinstance(item, kind) for item in items):
        raise ChorusError(f"{name} must be a list of {what}")
    return items


def _reasons(document: Document) -> list[str]:
    """The reasons cleaning gave for what it took out of a document, first seen first."""
    return list(dict.fromkeys(removal.reason for removal in document.removed))


def _emptied(document: Document) -> str:
    """Why a document has no sentence: what cleaning took out, by reason."""
    reasons = _reasons(document)
    if not reasons:
        return "no story text left after cleaning"
    shown = "; ".join(reasons[:3]) + ("; ..." if len(reasons) > 3 else "")
    return f"no story text left after cleaning (removed: {shown})"


_UNPUNCTUATED_WORDS = 100
"""Words from which an article with no sentence end at all is noted: a short post or a
headline alone is read the same way, but a reader would not wonder at it."""


def _unpunctuated_words(sentences: Sequence[Sentence], run_words: int) -> int:
    """Words read without sentence ends: runs cut into pieces, or the whole of an article
    that has no stop, no question mark, no exclamation mark (each line a sentence)."""
    if run_words:
        return run_words
    if any(mark in sentence.text for sentence in sentences for mark in ".!?"):
        return 0
    words = sum(len(sentence.text.split()) for sentence in sentences)
    return words if words >= _UNPUNCTUATED_WORDS else 0


def _read_unpunctuated(words: int) -> str:
    """Why a summary quotes a line or a piece of about 30 words, not a sentence: a text
    typed without sentence ends was briefed with no word said of it."""
    return (
        f"{words:,} words without a sentence end (. ! ?); a line, or about "
        f"{RUN_PIECE_WORDS} words of a longer run, is read as a sentence"
    )


# The error is one line: past a few articles, the notes of `brief` are where to look.
_EMPTIED_SHOWN = 4


def _emptied_briefly(document: Document) -> str:
    """One article's part of the error: its first reason or two."""
    reasons = _reasons(document)
    name = document.article.origin or document.article.outlet
    if not reasons:
        return f"{name}: no story text"
    return f"{name}: removed as {' and '.join(reasons[:2])}" + (" ..." if len(reasons) > 2 else "")


def _all_emptied(documents: Sequence[Document]) -> str:
    """Why no article has a sentence, on one line: per article the first reason or two."""
    shown = [_emptied_briefly(d) for d in documents[:_EMPTIED_SHOWN]]
    if len(documents) > _EMPTIED_SHOWN:
        shown.append(f"{len(documents) - _EMPTIED_SHOWN} more")
    return f"no sentences to summarize: every article was empty after cleaning ({'; '.join(shown)})"


def brief(
    articles: Iterable[Article | str],
    *,
    words: int = DEFAULT_WORDS,
    options: SummaryOptions | None = None,
    skipped: Sequence[Skipped] | None = (),
    notes: Sequence[str] | None = (),
    analyze: bool = True,
) -> Briefing:
    """Clean, split and summarize articles about one story into a cited briefing.

    With `analyze`, the briefing also carries the cross-source analysis, and articles it
    finds off-topic are kept out of the summary while another article remains."""
    words = _checked(words, options, analyze)
    all_notes = _listed(notes, str, "notes", "strings")
    all_skipped = _listed(skipped, Skipped, "skipped", "chorus.model.Skipped")
    options = replace(options or SummaryOptions(), words=words)
    items = without_duplicates(as_articles(articles), all_skipped)
    if not items:
        raise ChorusError("no articles to brief")
    check_count(items)
    documents = tuple(clean(article) for article in items)
    split_up = [split_counting_runs(document) for document in documents]
    per_article = [sentences for sentences, _ in split_up]
    for document, (sentences, run_words) in zip(documents, split_up, strict=True):
        if said := changes_said(document.article.text, document.article.changes):
            # Spans count the text so read: checked against the text sent, they were off.
            all_notes.append(f"{document.article.origin}: {said}; spans count the text so read")
        if not sentences:
            all_notes.append(f"{document.article.origin}: {_emptied(document)}")
        elif unpunctuated := _unpunctuated_words(sentences, run_words):
            all_notes.append(f"{document.article.origin}: {_read_unpunctuated(unpunctuated)}")
        if sentences and (ending := ends_mid_sentence(document)):
            all_notes.append(f"{document.article.origin}: {cut_off_note(ending)}")
    if not any(per_article):
        raise ChorusError(_all_emptied(documents))
    flat = [s for sentences in per_article for s in sentences]
    # Embedded once: the summary and the analysis read the same vectors.
    vectors = embed([s.text for s in flat])
    analysis, choice = None, None
    if analyze:
        # Imported here: the analysis' modules and their libraries cost a one-shot
        # `chorus brief --no-analysis` a third of its start-up.
        from chorus.analyze.run import analyze_choosing

        analysis, choice = analyze_choosing(documents, per_article, vectors)
    story, story_vectors = per_article, vectors
    # An outlet the analysis finds telling a summary sentence's fact is cited for it.
    agreed = [fact.sentences for fact in analysis.agreed] if analysis is not None else []
    if analysis is not None and analysis.off_topic:
        labels = {r.article_id: r.label for r in analysis.relevance if r.off_topic}
        story, background = _without(per_article, labels)
        all_notes.extend(background)
        kept = np.array([s.article.id not in analysis.off_topic for s in flat], dtype=bool)
        story_vectors = vectors if not background else vectors[kept]
    order = {document.article.id: n for n, document in enumerate(documents)}

    def briefed(summary: tuple[SummarySentence, ...]) -> Briefing:
        beside_summary = analysis
        if analysis is not None and analysis.agreed:
            # Else a sentence Agreed shows as [1][3] was cited [3] in the summary (raw 112);
            # imported here, as the analysis is, for the stems it reads.
            from chorus.agreed_citations import cited_as_agreed

            summary = cited_as_agreed(summary, analysis.agreed, order)
        if analysis is not None:
            # Else "Only in one outlet" repeated summary lines word for word (raw 139).
            from chorus.unique_shown import past_summary

            beside_summary = past_summary(analysis, choice, summary, lambda a: order[a] + 1)
        return Briefing(
            summary=summary,
            documents=documents,
            words=words,
            skipped=tuple(all_skipped),
            notes=tuple(all_notes),
            analysis=beside_summary,
        )

    # The summary opens where its headline's news is (raw 8's arrests, sentence 9 below
    # the scene), when the headline is a later article's lead: `summarize` reads its rules
    # on that order. Imported here: `import chorus` need not load the headline's modules
    # (`chorus.render`, on first use).
    from chorus.headline_opening import HeadlineOpening

    opening = HeadlineOpening(briefed, per_article)
    return opening.briefing(
        summarize(story, options, story_vectors, linked=agreed, opening=opening)
    )


def _without(
    per_article: list[list[Sentence]], off_topic: Mapping[str, str]
) -> tuple[list[list[Sentence]], list[str]]:
    """Sentences of on-topic articles only, and a Background note per article left out,
    saying what it is as Background does (`off_topic`: each one's label, by article id);
    unchanged when no on-topic article with sentences would remain."""
    story = [[] if s and s[0].article.id in off_topic else s for s in per_article]
    if not any(story):
        return per_article, []
    notes = [
        f"Background: {s[0].article.origin or s[0].article.outlet}, "
        f"{off_topic[s[0].article.id]}; it is kept out of the summary"
        for s in per_article
        if s and s[0].article.id in off_topic
    ]
    return story, notes
