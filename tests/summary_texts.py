"""Raw validation clusters' sentences and 250-word summaries (without the analysis), as the
summary reader tests read them."""

from __future__ import annotations

import re
from pathlib import Path

from chorus import brief
from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Document, Sentence, Span
from chorus.render.shortening import shortened
from chorus.sentences import split
from chorus.summarize.leaning import leans_on_before
from chorus.summarize.surname_introductions import subject_introductions
from tests.conftest import read_clusters

FAULT_POINTED = re.compile(
    r"\b(?:(?:[Tt]his|[Tt]hat)\s+(?:mistake|error|blunder|lapse|gaffe)"
    r"|(?:[Tt]hese|[Tt]hose)\s+(?:mistake|error|blunder|lapse|gaffe)s)\b(?![’'-])"
)
"""A fault pointed at, as the cost tests' references of older code read it (summary89;
"these"/"those" before a plural since the lead's review): raw 2's "These mistakes are almost
never because ..."."""


def sentences(cluster: dict, cleaned: bool = True) -> list[str]:
    """Every sentence of a cluster's articles, cleaned and split as the summary reads them;
    with `cleaned` false, every line of each page split as written."""
    if not cleaned:
        articles = as_articles(cluster["documents"])
        whole = (Document(a, (Span(0, len(a.text)),)) for a in articles)
        return [s.text for document in whole for s in split(document)]
    return [s.text for s in split_sentences(cluster)]


def split_sentences(cluster: dict) -> list[Sentence]:
    """Every sentence of a cluster's articles, cleaned and split as the summary reads them."""
    return [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]


def row_in_article(sentences: list[Sentence], article: int, opening: str) -> int:
    """The row of `sentences` opening with `opening` in the cluster's `article`-th article."""
    ids = list(dict.fromkeys(s.article.id for s in sentences))
    return next(
        n
        for n, s in enumerate(sentences)
        if s.article.id == ids[article] and s.text.startswith(opening)
    )


def summary(cluster: dict) -> list[str]:
    """The texts of a cluster's 250-word summary."""
    return [s.text for s in brief(cluster["documents"], words=250, analyze=False).summary]


def sentence(cluster: dict, opening: str) -> str:
    """The cluster's first sentence that opens with `opening`."""
    return next(t for t in sentences(cluster) if t.startswith(opening))


HEADLINE_LIMIT, HEADLINE_REACH = 120, 150
"""A headline's length and how far past it a cut may run to close a clause
(render.headline_choice)."""


def headline_cut(path: Path, line: int, opening: str) -> str:
    """Cluster `line`'s (0-based) sentence opening with `opening`, cut as a headline is."""
    cluster = read_clusters(path, line + 1)[line]
    return shortened(sentence(cluster, opening), HEADLINE_LIMIT, HEADLINE_REACH)


def before_and(cluster: dict, opening: str) -> list[str]:
    """The sentence opening with `opening` and the one before it in its article."""
    texts = sentences(cluster)
    at = next(n for n, t in enumerate(texts) if t.startswith(opening))
    return texts[at - 1 : at + 1]


def shown_only_after_the_sentence_before(cluster: dict, opening: str) -> bool:
    """Whether the sentence opening with `opening` is in the cluster's summary only beside
    the sentence before it in its article (the summary holding six sentences at least); a
    sentence is in it shown past its dateline too ("WASHINGTON (AP) — ")."""
    texts = sentences(cluster)
    at = next(n for n, t in enumerate(texts) if t.startswith(opening))
    shown = summary(cluster)
    assert len(shown) >= 6

    def in_summary(text: str) -> bool:
        return any(text.endswith(line) for line in shown)

    return not in_summary(texts[at]) or in_summary(texts[at - 1])


def leans(cluster: dict, opening: str) -> bool:
    """Whether the sentence opening with `opening` leans on the sentence before it."""
    return bool(leans_on_before(before_and(cluster, opening))[1])


def article_starts(cluster: dict) -> list[int]:
    """The rows, as `sentences` reads them, that open an article."""
    counts = [len(split(clean(a))) for a in as_articles(cluster["documents"])]
    return [sum(counts[:n]) for n in range(len(counts))]


def row_of(texts: list[str], opening: str) -> int:
    """The first row of `texts` opening with `opening`."""
    return next(n for n, t in enumerate(texts) if t.startswith(opening))


def words(texts: list[str]) -> list[int]:
    """Each text's word count, as `summarize` reads `view.words`."""
    return [len(text.split()) for text in texts]


def subject_introduced(cluster: dict, opening: str) -> str | None:
    """The line `subject_introductions` gives the row opening with `opening`, shown alone."""
    texts = sentences(cluster)
    starts = article_starts(cluster)
    article_of = [sum(1 for start in starts if start <= n) - 1 for n in range(len(texts))]
    row = row_of(texts, opening)
    intro = subject_introductions(texts, [row], article_of, starts).get(row)
    return None if intro is None else texts[intro]
