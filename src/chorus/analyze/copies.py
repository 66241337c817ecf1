"""Articles that carry one report: a wire story run by two outlets, or updated and sent again.

Such articles repeat each other word for word, so counted as outlets they would "agree"
on everything they share: the raw validation's AP balloon story (multi_news-val-4713),
run by two papers with their own first lines, filled the agreed section (12 facts, its
most) "by all" outlets. DUC 2003 is full of them: an agency's story sent again as it
grew, in 20 of its 30 clusters.

Two articles carry one report when at least MIN_SHARED of their sentences have the same
content words in the same order (similarity.stems: case, punctuation, quotation marks and
small words aside), and these are at least SHARE of the shorter article's or at least
MANY_SHARED; the relation is closed under "carries the same report as".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from chorus.analyze.model import Conflict, Copies
from chorus.analyze.similarity import Similarity

MIN_STEMS = 4
"""Sentences with fewer content words (datelines, captions, "He said so") are not
counted: short lines repeat across unrelated articles."""
MIN_SHARED = 3
"""Two outlets quoting one statement in full, or a blogger quoting three lines, share
one to three sentences; a report run twice shares most of them."""
SHARE = 0.35
"""Of the 250 raw validation clusters' article pairs sharing three sentences or more, the
copies share 36-100% of the shorter one's (Asahi's rescue-dog story run twice, 4 of 11);
articles quoting one source share at most 33% (three lines of Universal's press release
in Variety's report) or few of many (five of an indictment's lines, 5 of 35)."""
MANY_SHARED = 10
"""An update that rewrote most of a long story still repeats many of its sentences (DUC
d31022t: 11 of 30); on raw validation, the most two articles not of one report share is
8, a passage of a magazine story quoted by another (multi_news-val-4361, 8 of 67)."""


def same_sentences(similarity: Similarity) -> dict[int, list[int]]:
    """For each sentence that another article repeats, the rows that repeat it: the same
    content words (similarity.stems) in the same order."""
    rows_of: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for row, stems in enumerate(similarity.stems):
        if len(stems) >= MIN_STEMS:
            rows_of[tuple(stems)].append(row)
    article_of = similarity.article_of.tolist()
    return {
        row: [j for j in rows if article_of[j] != article_of[row]]
        for rows in rows_of.values()
        if len({article_of[j] for j in rows}) > 1
        for row in rows
    }


def copies(similarity: Similarity) -> tuple[Copies, ...]:
    """The groups of two or more articles that carry one report, in article order."""
    article_of = similarity.article_of.tolist()
    articles = list(dict.fromkeys(article_of))
    worded: dict[int, set[tuple[str, ...]]] = {a: set() for a in articles}
    for article, stems in zip(article_of, similarity.stems, strict=True):
        if len(stems) >= MIN_STEMS:
            worded[article].add(tuple(stems))
    group = {a: a for a in articles}

    def root(a: int) -> int:
        while group[a] != a:
            a = group[a]
        return a

    for a, b in combinations(articles, 2):
        shorter = min(len(worded[a]), len(worded[b]))
        shared = len(worded[a] & worded[b])
        if shared >= MIN_SHARED and (shared >= SHARE * shorter or shared >= MANY_SHARED):
            low, high = sorted((root(a), root(b)))
            group[high] = low
    members: dict[int, list[int]] = defaultdict(list)
    for a in articles:
        members[root(a)].append(a)
    return tuple(
        Copies(
            articles=tuple(similarity.sentences[a].article.id for a in found),
            shared=_repeated([worded[a] for a in found]),
        )
        for found in members.values()
        if len(found) > 1
    )


def _repeated(worded: Sequence[set[tuple[str, ...]]]) -> int:
    """How many sentences two or more of the articles have."""
    seen: set[tuple[str, ...]] = set()
    repeated: set[tuple[str, ...]] = set()
    for sentences in worded:
        repeated |= seen & sentences
        seen |= sentences
    return len(repeated)


def report_of(article_ids: Sequence[str], groups: Sequence[Copies]) -> dict[str, int]:
    """A report number for each article, in article order: one number for the articles of
    a group of copies, the article's own for the others."""
    first = {a: g.articles[0] for g in groups for a in g.articles}
    numbers: dict[str, int] = {}
    return {a: numbers.setdefault(first.get(a, a), len(numbers)) for a in article_ids}


def as_update(conflict: Conflict, groups: Sequence[Copies]) -> Conflict:
    """A conflict between versions of one report, said to be one: an agency's toll that
    rose between two sendings (DUC d31010t: 32, then at least 62) is no dispute of two
    sources."""
    report = {a: n for n, g in enumerate(groups) for a in g.articles}
    sides = {report.get(s.article.id, s.article.id) for s in (*conflict.side_a, *conflict.side_b)}
    if len(sides) > 1 or not sides <= set(report.values()):
        return conflict
    reason = conflict.reason[:1].lower() + conflict.reason[1:]
    return replace(conflict, reason=f"Versions of one report: {reason}")
