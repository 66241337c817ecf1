"""Cluster terms: the vectorised numbering equals the plain per-sentence reading."""

from __future__ import annotations

import itertools
import re

import numpy as np

from chorus.clean import clean
from chorus.ingest import make_article
from chorus.sentences import split
from chorus.summarize.lexical import STOPWORDS, Terms, cluster_terms, marked_tokens


def _plain_terms(token_lists: list[list], article_of: np.ndarray, ranked: bool = False) -> dict:
    """Terms numbered by first appearance (or, `ranked`, in sorted order), one sentence at a
    time, with sets."""
    vocabulary: dict = {}
    for t in itertools.chain.from_iterable(token_lists):
        vocabulary.setdefault(t, len(vocabulary))
    if ranked:
        vocabulary = {t: n for n, t in enumerate(sorted(vocabulary))}
    per_sentence = [sorted({vocabulary[t] for t in ts}) for ts in token_lists]
    size = max(len(vocabulary), 1)
    pairs = sorted({article_of[i] * size + t for i, ts in enumerate(per_sentence) for t in ts})
    frequency = np.bincount(np.array(pairs, dtype=np.int64) % size, minlength=size)
    return {"per_sentence": per_sentence, "articles": frequency.tolist(), "article_terms": pairs}


def _reading(terms: Terms) -> dict:
    return {
        "per_sentence": [terms.of(i).tolist() for i in range(len(terms.indptr) - 1)],
        "articles": terms.articles.tolist(),
        "article_terms": terms.article_terms.tolist(),
    }


def _check(texts: list[str], article_of: np.ndarray) -> None:
    words = [
        [t for t in re.findall("[a-z0-9]+", text.lower()) if t not in STOPWORDS and len(t) > 1]
        for text in texts
    ]
    terms, pairs = cluster_terms(texts, article_of)
    assert _reading(terms) == _plain_terms(words, article_of)
    # a pair is numbered by its two words' numbers
    number: dict = {}
    for word in itertools.chain.from_iterable(words):
        number.setdefault(word, len(number))
    numbered = [[(number[a], number[b]) for a, b in itertools.pairwise(w)] for w in words]
    assert _reading(pairs) == _plain_terms(numbered, article_of, ranked=True)


def test_cluster_terms_equal_the_plain_reading_on_real_clusters(validation_clusters):
    for cluster in validation_clusters:
        groups = [
            split(clean(make_article(text, f"a{i}", origin="test")))
            for i, text in enumerate(cluster["documents"])
        ]
        texts = [s.text for group in groups for s in group]
        _check(texts, np.repeat(np.arange(len(groups)), [len(g) for g in groups]))


def test_cluster_terms_of_sentences_without_content_words():
    _check(["", "The and of.", "I"], np.array([0, 0, 1]))
    _check([], np.array([], dtype=np.int64))
    _check(["Mine, mine: MINE!", "mine"], np.array([0, 1]))


def test_marked_tokens_are_each_sentences_regex_tokens_in_turn(seed_texts):
    articles = [make_article(t, name, origin="test") for name, t in seed_texts.items()]
    texts = [s.text for article in articles for s in split(clean(article))]
    odd = ["", "a\x00b", "\x00", "Café NAÏVE 3.5%", "\u212aelvin İstanbul", "lone \ud800 mark"]
    # Each odd text alone too: "İ" and the Kelvin sign lower to ASCII letters, unlike
    # every other non-ASCII character.
    alone = [[text] for text in [*odd, "\u212aelvin", "İstanbul", "“QUOTED” ÀÉÎ"]]
    for batch in (texts, odd, texts[:1], [], *alone):
        expected = [
            token.encode()
            for i, text in enumerate(batch)
            for token in ([] if i == 0 else ["\x00"]) + re.findall("[a-z0-9]+", text.lower())
        ]
        assert marked_tokens(batch) == expected


def test_cluster_terms_of_sentences_holding_the_mark_between_sentences():
    _check(["Rain\x00fall in Paris", "\x00", "Paris rain"], np.array([0, 0, 1]))
