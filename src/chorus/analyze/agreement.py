"""What the outlets agree on, and what only one of them reports.

A fact is a sentence together with the sentences of other articles that score at least
AGREEMENT_THRESHOLD against it (see similarity.py). Facts are formed greedily: the
sentence linked to the most articles (then the highest total score) becomes a
statement and takes its linked sentences as support; each sentence is used once.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from chorus.analyze.model import Fact, outlets
from chorus.analyze.similarity import Similarity
from chorus.model import Sentence

AGREEMENT_THRESHOLD = 0.34
"""Lowest similarity of two sentences that report one fact. On the seeds, "regretted the
latest Russian veto" ~ "regrets over Russia's decision to block" scores 0.34; sentences of
the same story that share only its topic score below 0.33."""
UNIQUE_THRESHOLD = 0.22
"""A sentence is reported by one outlet only when no other article has one this close."""
MIN_WORDS = 8
"""Shorter lines are headlines, datelines and captions, not statements of fact."""
MAX_FACTS = 12
UNIQUE_PER_ARTICLE = 3
_CLOSING = tuple(".!?\"”’')")


def informative(sentence: Sentence) -> bool:
    """True for a full sentence long enough to state a fact."""
    text = sentence.text
    return sentence.word_count() >= MIN_WORDS and text.endswith(_CLOSING)


def agreed(similarity: Similarity) -> tuple[Fact, ...]:
    """Facts reported by two or more articles, the most widely reported first."""
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for i, j, score in similarity.pairs(AGREEMENT_THRESHOLD):
        links[i][j] = links[j][i] = score
    sentences = similarity.sentences

    def strength(row: int) -> tuple[int, float]:
        articles = {int(similarity.article_of[j]) for j in links[row]}
        return len(articles), sum(links[row].values())

    used: set[int] = set()
    facts: list[tuple[int, float, Fact]] = []
    for row in sorted(links, key=strength, reverse=True):
        if row in used or not informative(sentences[row]):
            continue
        support = sorted(j for j in links[row] if j not in used)
        if not support:
            continue
        used.update((row, *support))
        fact = Fact(
            statement=sentences[row],
            support=tuple(sentences[j] for j in support),
            outlets=outlets((sentences[row], *(sentences[j] for j in support))),
        )
        facts.append((len(fact.outlets), sum(links[row][j] for j in support), fact))
    facts.sort(key=lambda f: (-f[0], -f[1]))
    return tuple(fact for *_, fact in facts[:MAX_FACTS] if len(fact.outlets) > 1)


def unique(similarity: Similarity) -> tuple[Fact, ...]:
    """Per article, its most central sentences that no other article comes close to."""
    if len(similarity.sentences) == 0:
        return ()
    best = similarity.best_elsewhere()
    centroid = similarity.vectors.mean(axis=0)
    centrality = similarity.vectors @ centroid
    per_article: dict[int, list[int]] = defaultdict(list)
    ranked = np.argsort(-centrality, kind="stable")
    # Only sentences no other article comes close to are looked at one by one.
    for row in ranked[best[ranked] < UNIQUE_THRESHOLD].tolist():
        article = int(similarity.article_of[row])
        fits = len(per_article[article]) < UNIQUE_PER_ARTICLE
        if fits and informative(similarity.sentences[row]):
            per_article[article].append(row)
    return tuple(
        Fact(similarity.sentences[row], (), outlets((similarity.sentences[row],)))
        for article in sorted(per_article)
        for row in sorted(per_article[article])
    )
