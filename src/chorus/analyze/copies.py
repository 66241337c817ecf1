"""Articles that carry one report: a wire story run by two outlets, or updated and sent again.

Such articles repeat each other word for word, so counted as outlets they would "agree"
on everything they share: the raw validation's AP balloon story (multi_news-val-4713),
run by two papers with their own first lines, filled the agreed section (12 facts, its
most) "by all" outlets. DUC 2003 is full of them: an agency's story sent again as it
grew, in 20 of its 30 clusters.

Two articles carry one report when at least MIN_SHARED of their sentences repeat each
other, and these are at least SHARE of the shorter article's or at least MANY_SHARED; the
relation is closed under "carries the same report as". A sentence repeats another when
both have the same content words in the same order (similarity.stems: case, punctuation
and small words aside) and both quote or neither does, or, outside quotation marks in
both, when only a figure or a word or two changed (`near_same`): an update rewrites its
figures ("In Poland, 32 people died" / "36 people died"). A sentence one article quotes
and the other does not is the other's words quoted (a studio's memo in a trade paper's
report), and two quotations of one statement differ in who says it: neither is a copy.
Within one agreed item, though, a quotation of someone's own document (a memo, a post,
written mostly in the first person) relays that document's report (`Relays`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations

import numpy as np

from chorus.analyze.model import Conflict, Copies
from chorus.analyze.similarity import Similarity
from chorus.language.quote_marks import holds_a_mark
from chorus.language.words import NEAR_RATIO, near_same
from chorus.model import Sentence

MIN_STEMS = 4
"""Sentences with fewer content words (datelines, captions, "He said so") are not
counted: short lines repeat across unrelated articles."""
MIN_SHARED = 3
"""Two outlets quoting one statement in full, or a blogger quoting three lines, share
one to three sentences; a report run twice shares most of them."""
SHARE = 0.35
"""Of the gold pairs (tests/fixtures/copies_gold.json, design half) the copies share
35-100% of the shorter article's sentences (AP's Pinochet arrest story and its
write-through, 6 of 17; Asahi's rescue-dog story retold by a blog, 4 of 11); articles
quoting one source, counted as above, at most 29% (five lines of a post on Facebook, 5 of
17); the studio's memo quoted in Variety, 4 of 9 near-same, counts none, every one quoted in
Variety alone."""
MANY_SHARED = 10
"""An update that rewrote most of a long story still repeats many of its sentences (DUC
d31022t: 11 of 30); on raw validation, the most two articles not of one report share is
8, a passage of a magazine story quoted by another (multi_news-val-4361, 8 of 67)."""
NEAR_SCORE = 0.8
"""Sentences scoring below this (similarity.py) are not compared word by word: of the
sentence pairs of the 280 raw validation and DUC clusters whose stems match at
NEAR_RATIO, 99% score 0.8 or more."""


def same_sentences(similarity: Similarity) -> dict[int, list[int]]:
    """For each sentence that another article repeats (`repeats`: the same content words
    in the same order, or a figure or a word or two changed), the rows that repeat it."""
    found: dict[int, list[int]] = defaultdict(list)
    for i, j in sorted(repeats(similarity, _rows_by_wording(similarity))):
        found[i].append(j)
        found[j].append(i)
    return {row: sorted(rows) for row, rows in found.items()}


def repeated_at_home(similarity: Similarity, row: int) -> list[int]:
    """The other rows of `row`'s article that repeat it (NEAR_SCORE and up, `near_same`): a
    page that sends its lead twice ("A 20-year-old man has been charged with murder after
    telling police he threw his four-year-old brother off the roof ..." and "... brother
    Shimron Smith off the roof ...", multi_news-val-5473) tells it once."""
    stems, article_of = similarity.stems, similarity.article_of
    if len(stems[row]) < MIN_STEMS:
        return []
    close = (similarity.scores[row] >= NEAR_SCORE) & (article_of == article_of[row])
    return [
        k
        for k in np.flatnonzero(close).tolist()
        if k != row and len(stems[k]) >= MIN_STEMS and near_same(stems[row], stems[k])
    ]


def _rows_by_wording(similarity: Similarity) -> dict[tuple[str, ...], list[int]]:
    """The rows of each wording (stems in order) of MIN_STEMS stems or more."""
    rows_of: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for row, stems in enumerate(similarity.stems):
        if len(stems) >= MIN_STEMS:
            rows_of[tuple(stems)].append(row)
    return rows_of


def repeats(
    similarity: Similarity, rows_of: dict[tuple[str, ...], list[int]]
) -> list[tuple[int, int]]:
    """Pairs of rows (i < j) of different articles where one sentence repeats the other:
    the same stems (`rows_of`, `_rows_by_wording`), both quoted or neither; or, neither
    quoted, near the same."""
    stems, article_of = similarity.stems, similarity.article_of.tolist()
    quoted = _Quoted(similarity.sentences)
    same = [
        (i, j)
        for rows in rows_of.values()
        if len(rows) > 1
        for i, j in combinations(rows, 2)
        if article_of[i] != article_of[j]
    ]
    return [(i, j) for i, j in same if quoted[i] == quoted[j]] + [
        (i, j)
        for i, j in _high_scoring(similarity)
        if not (quoted[i] or quoted[j]) and near_same(stems[i], stems[j])
    ]


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us|me)\b")
"""A word of whoever writes."""
OWN_DOCUMENT = 0.4
"""Share of an article's sentences outside quotation marks in the first person that makes
it someone's own document: raw 231's studio memo 8 of 9, 26's Zuckerberg post; a report
that sets a forum post or a speaker's answer as a block without marks (raw 92, 172) tells
mostly in the third person."""


class Relays:
    """Which of an item's rows relay another's: each that quotes word for word (`near_same`)
    what another article writes unquoted, that article being someone's own document
    (`_own_document`: a studio's memo, a post, a transcript), is that document's report, not
    a second (Variety's "“At Universal we have had franchises ...,” Meyer noted." of the memo
    the studio sent, raw 231). A report quoting someone without marks ("The juries were
    properly instructed ...", raw 102) is one of two reports. Made once per `agreed` call:
    the marks and the articles' persons are read once."""

    def __init__(self, similarity: Similarity) -> None:
        self.similarity = similarity
        self.quoted = _Quoted(similarity.sentences)
        self.own: dict[int, bool] = {}

    def of(self, rows: Sequence[int]) -> dict[int, int]:
        """Each of `rows` that relays another of them (or a run of them, `_runs`), and that
        row (the run's first)."""
        quoted, stems = self.quoted, self.similarity.stems
        article_of = self.similarity.article_of
        found: dict[int, int] = {}
        runs = _runs(rows, article_of)
        for i in rows:
            if not quoted[i] or len(stems[i]) < MIN_STEMS:
                continue
            source = next(
                (
                    run[0]
                    for run in runs
                    if article_of[run[0]] != article_of[i]
                    and not any(quoted[j] for j in run)
                    and _near_in_length(len(stems[i]), len(joined := _joined(stems, run)))
                    and near_same(stems[i], joined)
                    and self._own_document(int(article_of[run[0]]))
                ),
                None,
            )
            if source is not None:
                found[i] = source
        return found

    def _own_document(self, article: int) -> bool:
        """Whether an article writes OWN_DOCUMENT or more of its sentences outside quotation
        marks in the first person (single marks read as quotation: "‘As a manufacturer
        ...,’ the company says", raw 63)."""
        if article not in self.own:
            sentences = self.similarity.sentences
            own = [
                text
                for row in np.flatnonzero(self.similarity.article_of == article).tolist()
                if not self.quoted[row] and "‘" not in (text := sentences[row].text)
            ]
            first = sum(1 for text in own if _FIRST_PERSON.search(text))
            self.own[article] = bool(own) and first >= OWN_DOCUMENT * len(own)
        return self.own[article]


def _runs(rows: Sequence[int], article_of: np.ndarray) -> list[tuple[int, ...]]:
    """Each of `rows` alone, then each run of two or more that follow one another in one
    article: one quotation may hold two sentences of the document it quotes ("We want to find
    out exactly what caused Elijah's death ... Having a third-party medical examination ...",
    the GoFundMe page quoted whole, raw 122)."""
    ordered = sorted(set(rows))
    runs = [(row,) for row in ordered]
    for start, first in enumerate(ordered):
        end = start
        while (
            end + 1 < len(ordered)
            and ordered[end + 1] == ordered[end] + 1
            and article_of[ordered[end + 1]] == article_of[first]
        ):
            end += 1
            runs.append(tuple(ordered[start : end + 1]))
    return runs


def _joined(stems: Sequence[Sequence[str]], run: tuple[int, ...]) -> Sequence[str]:
    return stems[run[0]] if len(run) == 1 else [stem for row in run for stem in stems[row]]


def _near_in_length(a: int, b: int) -> bool:
    """Whether two wordings of `a` and `b` stems (MIN_STEMS or more each) could be
    `near_same`: difflib's ratio is at most 2 × the shorter / both, so the shorter must be
    NEAR_RATIO / (2 - NEAR_RATIO) of the longer (a score's test first missed raw 231's
    memo, "JURASSIC PARK" in capitals in one)."""
    return min(a, b) >= MIN_STEMS and min(a, b) * (2 - NEAR_RATIO) >= NEAR_RATIO * max(a, b)


class _Quoted(dict[int, bool]):
    """Whether each row's sentence holds a quotation mark, looked at only when asked: the
    regex over every sentence cost more than the rest of `copies`."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        super().__init__()
        self.sentences = sentences

    def __missing__(self, row: int) -> bool:
        self[row] = holds_a_mark(self.sentences[row].text)
        return self[row]


def _high_scoring(similarity: Similarity) -> list[tuple[int, int]]:
    """Pairs of rows (i < j) of different articles, MIN_STEMS stems or more and not the
    same, scoring NEAR_SCORE or more: the few worth comparing word by word."""
    stems, article_of = similarity.stems, similarity.article_of
    # Flat indices then divmod: a third of what np.nonzero costs on a 2-D mask.
    rows, cols = np.divmod(np.flatnonzero(similarity.scores >= NEAR_SCORE), len(stems))
    keep = (rows < cols) & (article_of[rows] != article_of[cols])
    return [
        (i, j)
        for i, j in zip(rows[keep].tolist(), cols[keep].tolist(), strict=True)
        if len(stems[i]) >= MIN_STEMS and len(stems[j]) >= MIN_STEMS and stems[i] != stems[j]
    ]


def _connected(nodes: Iterable[int], links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The groups of `nodes` that `links` join, each in node order, by first node."""
    parent = {n: n for n in nodes}

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    for a, b in links:
        low, high = sorted((root(a), root(b)))
        parent[high] = low
    groups: dict[int, list[int]] = defaultdict(list)
    for n in parent:
        groups[root(n)].append(n)
    return list(groups.values())


def copies(similarity: Similarity) -> tuple[Copies, ...]:
    """The groups of two or more articles that carry one report, in article order."""
    article_of = similarity.article_of.tolist()
    articles = list(dict.fromkeys(article_of))
    rows_of = _rows_by_wording(similarity)
    worded = Counter(
        article_of[r] for rows in rows_of.values() for r in _one_per_article(rows, article_of)
    )
    linked = repeats(similarity, rows_of)
    rows_in: dict[tuple[int, int], tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    for i, j in linked:
        pair = rows_in[article_of[i], article_of[j]]
        pair[0].add(i)
        pair[1].add(j)
    one_report = [
        pair
        for pair, (rows, others) in rows_in.items()
        if _carry_one_report(min(len(rows), len(others)), min(worded[a] for a in pair))
    ]
    found = [g for g in _connected(articles, one_report) if len(g) > 1]
    return tuple(
        Copies(
            articles=tuple(similarity.sentences[a].article.id for a in group),
            shared=_repeated(group, linked, article_of),
        )
        for group in found
    )


def _one_per_article(rows: list[int], article_of: list[int]) -> list[int]:
    """`rows` (of one wording) less those whose article an earlier row is of."""
    if len(rows) == 1:
        return rows
    return list({article_of[r]: r for r in reversed(rows)}.values())


def _carry_one_report(shared: int, shorter: int) -> bool:
    return shared >= MIN_SHARED and (shared >= SHARE * shorter or shared >= MANY_SHARED)


def _repeated(
    group: Sequence[int], linked: Sequence[tuple[int, int]], article_of: list[int]
) -> int:
    """How many sentences two or more of the group's articles have (each repeated one
    counted once however many carry it)."""
    members = set(group)
    inside = [(i, j) for i, j in linked if article_of[i] in members and article_of[j] in members]
    rows = {r for pair in inside for r in pair}
    return len(_connected(sorted(rows), inside))


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
