"""The recognizer's layers called without thinc's layer calls give thinc's values, bit for
bit, on the windows it reads in real clusters; so do its products by weights laid out
contiguous (`token_encoder.product`)."""

from __future__ import annotations

import importlib

import numpy as np

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split

entity_moves = importlib.import_module("chorus.analyze.entity_moves")
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
        found = entity_moves._lower_table(moves, vectors)
        assert found.shape == expected.shape and found.dtype == expected.dtype
        assert np.array_equal(found.view(np.uint32), expected.view(np.uint32))
    assert sum(map(len, batches)) > 100


def _same_up_to_rounding(found: np.ndarray, expected: np.ndarray) -> None:
    assert found.shape == expected.shape and found.dtype == expected.dtype
    np.testing.assert_allclose(found, expected, rtol=1e-5, atol=1e-5)


def test_products_are_thincs(validation_clusters, monkeypatch):
    """Every product the recognizer asks for on 12 clusters' windows and a short batch
    (the embedding, the four convolutions, the moves' lower layer), and of eight of those
    products the first 1 to 300 rows alone: `inputs · weights.T` by thinc's view. Among them
    products of FEWEST_ROWS rows or more, which take the contiguous layout.

    On the machines speed18 measured, the two layouts give the same bits (so every briefing
    hashed the same); another CPU's BLAS may sum in another order, so the test holds the
    products to float32 rounding rather than to the bit, and the gold tests hold the
    briefings."""
    asked: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    plain = token_encoder.product

    def recorded(inputs, weights, transposed, out=None):
        asked.append((inputs.copy(), weights, transposed))
        return plain(inputs, weights, transposed, out=out)

    monkeypatch.setattr(token_encoder, "product", recorded)
    monkeypatch.setattr(entity_moves, "product", recorded)
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
        _same_up_to_rounding(plain(inputs, weights, transposed), inputs @ weights.T)
    long = [a for a in asked if len(a[0]) >= token_encoder.FEWEST_ROWS]
    # each cluster's four convolutions and lower layer at least (its new tokens' embedding
    # too, unless an earlier test's windows left them all kept)
    assert len(long) >= 12 * 5 and len(long) < len(asked)
    for inputs, weights, transposed in long[:: len(long) // 8]:
        for rows in range(1, min(len(inputs), 300) + 1):
            some = inputs[:rows]
            found = plain(some, weights, transposed)
            _same_up_to_rounding(found, some @ weights.T)
