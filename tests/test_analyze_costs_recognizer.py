"""The recognizer's layers called without thinc's layer calls give thinc's values, bit for
bit, on the windows it reads in real clusters."""

from __future__ import annotations

import importlib

import numpy as np

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split

entity_windows = importlib.import_module("chorus.analyze.entity_windows")
nlp = importlib.import_module("chorus.analyze.nlp")
token_encoder = importlib.import_module("chorus.analyze.token_encoder")


def _windows(cluster: dict) -> list[str]:
    sentences = [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]
    return entity_windows.windows(sentences)


def test_lower_table_is_the_precomputable_affine_layers_predict(validation_clusters):
    """`_lower_table` is spaCy's precomputable affine `predict` (its product, then the
    padding row) to the bit, on the encoder's vectors of 15 clusters' windows and of a
    batch shorter than FEWEST_ROWS tokens."""
    pipeline = nlp.nlp()
    moves = nlp._recognizer()
    lower = pipeline.get_pipe("ner").model.layers[1]
    batches = [_windows(cluster) for cluster in validation_clusters[:15]]
    batches.append(["Macron", "said Merkel"])
    for texts in batches:
        tokens, lengths = nlp._tokens(pipeline, texts, nlp._read(moves))
        vectors = token_encoder.encode(moves.encoder, tokens[:, :-3], lengths)
        expected = lower.predict(vectors)
        found = nlp._lower_table(moves, vectors)
        assert found.shape == expected.shape and found.dtype == expected.dtype
        assert np.array_equal(found.view(np.uint32), expected.view(np.uint32))
    assert sum(map(len, batches)) > 100
