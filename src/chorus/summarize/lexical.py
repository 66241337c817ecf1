"""Word-level evidence across a cluster's articles: which words other outlets share.

Words are lowercased runs of letters and digits (as ROUGE reads them), so the figures
are the same for raw article text and for the lowercased, re-spaced Multi-News+ text
the scorer is trained on. A word counts once per article: what matters is how many
outlets use it, not how long one of them goes on.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

_TOKEN = re.compile(r"[a-z0-9]+")

_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own s same she should so some such t than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves said says say told new one two may might must mr mrs ms like
    get got even still"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
"""Function words, plus reporting verbs every article uses whatever its story."""


def content_tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS and len(t) > 1]


@dataclass(frozen=True, slots=True)
class Terms:
    """A cluster's sentences as sets of terms (content words, or adjacent pairs of them),
    stored like a sparse 0/1 sentence × term matrix: sentence `i` has the distinct terms
    `indices[indptr[i]:indptr[i + 1]]`."""

    indices: np.ndarray
    indptr: np.ndarray
    articles: np.ndarray
    """Per term: how many articles use it."""
    article_terms: np.ndarray
    """The distinct (article, term) pairs, as article × vocabulary + term."""

    @property
    def per_sentence(self) -> np.ndarray:
        """Per sentence: how many distinct terms it has."""
        return np.diff(self.indptr).astype(np.float32)

    def of(self, sentence: int) -> np.ndarray:
        return self.indices[self.indptr[sentence] : self.indptr[sentence + 1]]


def _terms(token_lists: Sequence[Sequence[Hashable]], article_of: np.ndarray) -> Terms:
    vocabulary: dict[Hashable, int] = {}
    indices: list[int] = []
    indptr = [0]
    for tokens in token_lists:
        indices.extend({vocabulary.setdefault(t, len(vocabulary)) for t in tokens})
        indptr.append(len(indices))
    ids = np.asarray(indices, dtype=np.int64)
    bounds = np.asarray(indptr, dtype=np.int64)
    owner = np.repeat(article_of, np.diff(bounds))
    size = max(len(vocabulary), 1)
    pairs = np.unique(owner * size + ids)
    frequency = np.bincount(pairs % size, minlength=size).astype(np.float32)
    return Terms(ids, bounds, frequency, pairs)


def cluster_terms(texts: Sequence[str], article_of: np.ndarray) -> tuple[Terms, Terms]:
    """Content words and adjacent content-word pairs of every sentence."""
    tokens = [content_tokens(t) for t in texts]
    pairs = [list(itertools.pairwise(t)) for t in tokens]
    return _terms(tokens, article_of), _terms(pairs, article_of)


def other_article_share(terms: Terms, articles: int) -> np.ndarray:
    """Per sentence: mean over its terms of the share of *other* articles using each."""
    sentences = len(terms.indptr) - 1
    if articles < 2:
        return np.zeros(sentences, dtype=np.float32)
    owner = np.repeat(np.arange(sentences), np.diff(terms.indptr))
    others = terms.articles[terms.indices] - 1.0
    totals = np.bincount(owner, weights=others, minlength=sentences)
    counts = terms.per_sentence * (articles - 1)
    return np.divide(totals, counts, out=np.zeros_like(totals), where=counts > 0)


def article_coverage(terms: Terms, articles: int) -> np.ndarray:
    """Per article: share of its distinct terms that some other article uses too."""
    if articles < 2:
        return np.ones(articles, dtype=np.float32)
    size = len(terms.articles)
    article, term = np.divmod(terms.article_terms, size)
    distinct = np.bincount(article, minlength=articles).astype(np.float64)
    shared = np.bincount(article, weights=terms.articles[term] > 1, minlength=articles)
    return np.divide(shared, distinct, out=np.zeros_like(shared), where=distinct > 0)
