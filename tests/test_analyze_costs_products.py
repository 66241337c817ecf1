"""The recognizer's products by weights laid out contiguous (`token_encoder.product`) give
the bits of thinc's transposed views, on the rows real clusters' windows send them."""

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


def _bits(values: np.ndarray) -> np.ndarray:
    return values.view(np.uint32)


def test_products_are_thincs_bit_for_bit(validation_clusters, monkeypatch):
    """Every product the recognizer asks for on 12 clusters' windows and a short batch
    (the embedding, the four convolutions, the moves' lower layer), and each of those
    products' first 1 to 300 rows alone: the bits of `inputs · weights.T` by thinc's view.
    Among them products of FEWEST_ROWS rows or more, which take the contiguous layout."""
    asked: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    plain = token_encoder.product

    def recorded(inputs, weights, transposed, out=None):
        asked.append((inputs.copy(), weights, transposed))
        return plain(inputs, weights, transposed, out=out)

    monkeypatch.setattr(token_encoder, "product", recorded)
    monkeypatch.setattr(nlp, "product", recorded)
    for cluster in validation_clusters[:12]:
        nlp.entity_spans(_windows(cluster))
    nlp.entity_spans(["Heath Harding, 18, says"])
    moves = nlp._recognizer()
    layers = [moves.encoder.embedding[0], *(maxout for maxout, _ in moves.encoder.convolutions)]
    assert {id(weights) for _, weights, _ in asked} == {
        *(id(layer.weights) for layer in layers),
        id(moves.lower_weights),
    }
    for inputs, weights, transposed in asked:
        assert transposed.flags.c_contiguous and np.array_equal(transposed, weights.T)
        assert np.array_equal(_bits(plain(inputs, weights, transposed)), _bits(inputs @ weights.T))
    long = [a for a in asked if len(a[0]) >= token_encoder.FEWEST_ROWS]
    assert len(long) >= 12 * 6 and len(long) < len(asked)
    for inputs, weights, transposed in long[:: len(long) // 8]:
        for rows in range(1, min(len(inputs), 300) + 1):
            some = inputs[:rows]
            found = plain(some, weights, transposed)
            assert np.array_equal(_bits(found), _bits(some @ weights.T)), rows
