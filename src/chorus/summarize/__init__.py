"""Summarize: score sentences, select them under a word budget, merge and order them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from chorus.dangling import goes_on, introduces, refers_back, unnamed_subject
from chorus.facts import near_duplicates, supports
from chorus.model import Sentence, SummarySentence
from chorus.represent import embed
from chorus.settings import SummaryOptions
from chorus.summarize.features import ClusterView, cluster_view, feature_matrix
from chorus.summarize.leaning import leans_on_before, older_updates
from chorus.summarize.newsroom import newsroom_step
from chorus.summarize.scorers import scores
from chorus.summarize.select import select

_LEADING_DASH = re.compile(r"[—–-]+\s+(?=[A-Z0-9“\"‘'])")
"""A dash left opening a sentence whose dateline cleaning took away ("— A judge’s act of
compassion has ...", raw validation cluster 67): no part of what the sentence says."""


def without_leading_dash(sentence: Sentence) -> Sentence:
    """The sentence as the summary shows it: its span starts after a leading dash, so its
    text is still the article's own, `article.text[start:end]`."""
    dash = _LEADING_DASH.match(sentence.text)
    return sentence if dash is None else replace(sentence, start=sentence.start + dash.end())


def reading_order(view: ClusterView, rows: Sequence[int]) -> list[int]:
    """Rows ordered by their article's date (undated last), input order, then position."""

    def key(row: int) -> tuple[dt.date, int, int]:
        sentence = view.sentences[row]
        published = sentence.article.published or dt.date.max
        return (published, int(view.article_of[row]), sentence.index)

    return sorted(rows, key=key)


def summarize(
    per_article: Sequence[Sequence[Sentence]],
    options: SummaryOptions,
    vectors: np.ndarray | None = None,
) -> tuple[SummarySentence, ...]:
    """The summary of a cluster given each article's sentences (in source order).
    `vectors`, when the caller has embedded the sentences already, holds one row per
    sentence in that order."""
    groups = [group for group in per_article if group]
    flat = [s for group in groups for s in group]
    if vectors is None:
        vectors = embed([s.text for s in flat])
    view = cluster_view(groups, vectors)
    # A sentence that points back at, goes on from, or speaks of a "he" or "she" named in
    # the one before (or opens with one after a sentence naming someone) waits for it; an
    # article's first sentence has nothing before it to wait for.
    unnamed = np.fromiter(map(unnamed_subject, view.texts), dtype=bool, count=len(view.texts))
    follows = refers_back(view.texts) | goes_on(view.texts) | unnamed | leans_on_before(view.texts)
    follows[view.article_starts] = False
    # An article's last sentence introduces nothing that can be shown with it.
    leads = introduces(view.texts)
    leads[view.article_starts - 1] = False
    key = scores(feature_matrix(view, options), options, view)
    # A live blog's older updates are overtaken by the newer ones above them.
    shut = older_updates(view.texts, view.article_starts)
    while True:
        chosen = select(
            key,
            view.vectors,
            view.words,
            options,
            terms=view.terms,
            follows=follows,
            leads=leads,
            shut=shut,
        )
        # Only the chosen rows are read for a newsroom's step, then chosen again without
        # it: a row never chosen changes no choice, so this selects as shutting every step
        # at once would, without reading every sentence (2 of the 250 raw validation
        # clusters choose again).
        steps = [row for row in chosen if newsroom_step(view.texts[row])]
        if not steps:
            break
        shut[steps] = True
    ordered = reading_order(view, chosen)
    repeats = near_duplicates(
        view.vectors, view.article_of, view.article_starts, ordered, options.merge
    )
    # A near-duplicate that gives another figure or day is no source for what is shown.
    return tuple(
        SummarySentence(
            shown=without_leading_dash(view.sentences[row]),
            also=tuple(
                view.sentences[m] for m in matches if supports(view.texts[row], view.texts[m])
            ),
        )
        for row, matches in zip(ordered, repeats, strict=True)
    )
