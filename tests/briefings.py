"""One raw validation or DUC 2003 cluster's briefing, made once per test session (the
headline reader tests read the same clusters)."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path

from chorus import brief
from chorus.analyze.model import Quote
from chorus.ingest import STDIN, read_inputs
from chorus.model import Article, Briefing, SummarySentence
from chorus.render.headline_choice import headline
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"


@cache
def briefing(corpus: str, line: int, analyze: bool = True, words: int | None = None) -> Briefing:
    """Cluster `line` (0-based, file order) of "raw" validation at 250 words or of "duc" at
    100, or at `words`."""
    path, default = (RAW_VALIDATION, 250) if corpus == "raw" else (DUC, 100)
    cluster = read_clusters(path, line + 1)[line]
    return brief(cluster["documents"], words=words or default, analyze=analyze)


raw_briefing = partial(briefing, "raw")
"""A raw validation cluster's briefing at 250 words, by its line."""


@cache
def record(path: Path, line: int) -> str:
    """Line `line` (0-based) of a gzipped JSON-lines data file, as written."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return next(text for n, text in enumerate(lines) if n == line)


@cache
def as_read(line: int) -> Briefing:
    """A raw cluster briefed as `chorus brief -` reads its record (its pages' own dates)."""
    ingested = read_inputs([STDIN], stdin=io.StringIO(record(RAW_VALIDATION, line)))
    return brief(ingested.articles, skipped=ingested.skipped, notes=ingested.notes)


def summary_sentence(briefing: Briefing, opening: str) -> SummarySentence:
    """The one summary sentence that opens with `opening`."""
    found = [s for s in briefing.summary if s.shown.text.startswith(opening)]
    assert len(found) == 1, opening
    return found[0]


def article_writing(briefing: Briefing, words: str) -> str:
    """The id of the one article whose text writes `words`."""
    found = [d.article.id for d in briefing.documents if words in d.article.text]
    assert len(found) == 1, words
    return found[0]


def cited_texts(sentence: SummarySentence, article: str) -> list[str]:
    """The texts of the sentences of `article` a summary sentence shows or cites."""
    return [s.text for s in (sentence.shown, *sentence.also) if s.article.id == article]


def change_id(change: dict) -> str:
    """A judged headline change's test id: its cluster, and its budget and analysis setting
    when the pass judged each ("137-250-an")."""
    if "analyze" not in change:
        return f"{change.get('corpus', 'raw')}-{change['cluster']}"
    return f"{change['cluster']}-{change['words']}-{'an' if change['analyze'] else 'plain'}"


def assert_change_holds(change: dict, place: Callable[[str], str] = str) -> None:
    """A headline a pass changed, judged better, is still the one chosen: its words and its
    `place` (of its source: later summary passes may move a sentence's number), not the
    headline it replaced."""
    assert change["judged"] == "better"
    chosen = headline(
        briefing(
            change.get("corpus", "raw"),
            change["cluster"],
            change.get("analyze", True),
            change.get("words"),
        )
    )
    assert (chosen.text, place(chosen.source)) == (change["after"], place(change["after_from"]))
    assert chosen.text != change["before"]


def quotes_of(corpus: str, line: int) -> tuple[Quote, ...]:
    """The Who said what rows of a corpus cluster's briefing (250 words, analysed)."""
    analysis = briefing(corpus, line).analysis
    assert analysis is not None
    return analysis.quotes


def quotes_made(text: str) -> list[tuple[str, str]]:
    """(speaker, words) of each row a one-article briefing of `text` gives."""
    analysis = brief([Article("x", text, "x")], words=100).analysis
    assert analysis is not None
    return [(q.speaker, q.words) for q in analysis.quotes]
