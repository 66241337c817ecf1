"""The twenty-seventh speed pass's shortcuts give what they replace on real text."""

from __future__ import annotations

import importlib

import numpy as np
import spacy
from spacy.attrs import NORM

from chorus.analyze.similarity import similarity
from chorus.clean import clean
from chorus.ingest import make_article
from chorus.represent import embed
from chorus.sentences import split

nlp = importlib.import_module("chorus.analyze.nlp")
relevance_features = importlib.import_module("chorus.analyze.relevance_features")


def test_flattened_norm_getter_gives_spacys_norms(validation_clusters):
    """NORM's nested lookups as one function: the same norm as spaCy's own getter for every
    distinct word of 50 raw clusters, those its tables change included ("’s", "—",
    "favourite" spellings), and for a word another lookup would answer first."""
    ours = nlp.nlp().vocab.lex_attr_getters[NORM]
    theirs = spacy.load(nlp.MODEL, exclude=[*nlp.UNUSED_PIPES, "ner"]).vocab.lex_attr_getters[NORM]
    words = {w for c in validation_clusters for d in c["documents"] for w in d.split()}
    words |= {"’s", "—", "Colour", "colour", "favourite", "US$", "“", "Mex$"}
    assert len(words) > 10_000
    changed = [w for w in words if theirs(w) != w.lower()]
    assert len(changed) > 20
    assert [ours(w) for w in sorted(words)] == [theirs(w) for w in sorted(words)]
    assert ours is not theirs and ours("’s") == "'s"


def test_article_means_and_units_are_numpys_to_the_bit(validation_clusters):
    """relevance_features' `_mean` and `_unit` give `mean(axis=0)` and `v / np.linalg.norm(v)` bit
    for bit: each article's sentence vectors and best matches elsewhere, and its first
    three, in 12 raw clusters (of two or three sentences, and over eight: pairwise sums)."""
    sizes = set()
    for cluster in validation_clusters[:12]:
        texts = enumerate(cluster["documents"])
        documents = [clean(make_article(text, f"d{n}", origin=f"d{n}")) for n, text in texts]
        groups = [split(document) for document in documents]
        flat = [s for group in groups for s in group]
        scored = similarity(flat, embed([s.text for s in flat]))
        best, start = scored.best_elsewhere(), 0
        for group in groups:
            end, sizes = start + len(group), sizes | {len(group)}
            for values in (scored.vectors[start:end], best[start:end], best[start : start + 3]):
                if len(values):
                    assert (
                        relevance_features._mean(values).tobytes() == values.mean(axis=0).tobytes()
                    )
            if len(group):
                mean = scored.vectors[start:end].mean(axis=0)
                expected = mean / float(np.linalg.norm(mean))
                assert relevance_features._unit(mean).tobytes() == expected.tobytes()
            start = end
    assert {2, 3} <= sizes and max(sizes) > 8
