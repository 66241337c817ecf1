"""Sentence vectors: the cached per-piece tokenization must equal the tokenizer's own."""

from __future__ import annotations

import re

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from chorus.clean import clean
from chorus.ingest import make_article
from chorus.represent import Embedder, batch_pieces, embedder, pieces
from chorus.sentences import split

# Spacing the normalizer treats specially: runs of spaces, leading and trailing spaces,
# a literal "▁", other whitespace, characters that fall back to bytes.
ODD_TEXTS = ["a  b", "  lead", "trail  ", "x▁ y", "▁▁ z  ", "tab\there", "nbsp\xa0here"]
ODD_TEXTS += ["", " ", "emoji 😀 ok", "café naïve", "a   \n  b", "U.S.-led\u2009strikes"]


def _sentences(texts: list[str]) -> list[str]:
    return [
        s.text
        for i, text in enumerate(texts)
        for s in split(clean(make_article(text, f"t{i}", origin="test")))
    ]


@pytest.fixture(scope="module")
def real_sentences(seed_texts, validation_clusters) -> list[str]:
    documents = list(seed_texts.values())
    documents += [d for c in validation_clusters for d in c["documents"]]
    return _sentences(documents) + ODD_TEXTS


def _tokenizer_ids(texts: list[str]) -> list[list[int]]:
    encodings = embedder().tokenizer.encode_batch(texts, add_special_tokens=False)
    return [e.ids for e in encodings]


def _tokenizer_vectors(texts: list[str]) -> np.ndarray:
    """Sentence vectors from the tokenizer's own `encode_batch`, pooled the same way."""
    table = embedder().table
    token_ids = _tokenizer_ids(texts)
    indptr = np.cumsum([0] + [len(ids) for ids in token_ids])
    ids = np.array([i for ids in token_ids for i in ids], dtype=np.int64)
    counts = csr_matrix((np.ones(ids.size, np.float32), ids, indptr), (len(texts), len(table)))
    sums = np.asarray(counts @ table)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return np.divide(sums, norms, out=sums, where=norms > 0)


def test_pieces_rebuild_the_normalized_text(real_sentences):
    for text in real_sentences:
        assert "".join(pieces(text)) == ("▁" + text.replace(" ", "▁") if text else "")


@pytest.mark.parametrize("cut", [len, lambda texts: 1, lambda texts: 3])
def test_batch_pieces_are_each_texts_pieces_in_turn(real_sentences, cut):
    """Plainly spaced batches (the real sentences) and batches with odd spacing."""
    for texts in (real_sentences[: -len(ODD_TEXTS)], ODD_TEXTS, [], [""], ["a", ""], ["a b"]):
        texts = texts[: cut(texts)]
        per_text = [pieces(t) for t in texts]
        expected = [p.encode() for p in per_text for p in p], [len(p) for p in per_text]
        assert batch_pieces(texts) == expected


def test_each_vocabulary_token_taken_as_a_piece_is_that_one_token():
    """What lets the vocabulary seed the piece cache without tokenizing anything."""
    shipped = embedder()
    vocabulary = shipped.tokenizer.get_vocab()
    model = shipped.tokenizer.model
    seeded = {t.decode(): i for t, i in shipped.single_tokens.items() if t != b"\x00"}
    assert len(seeded) > 31_000
    for token, ids in seeded.items():
        assert [t.id for t in model.tokenize(token)] == [vocabulary[token]]
        assert np.frombuffer(ids, dtype=np.uint16).tolist() == [vocabulary[token]]


def test_cached_token_ids_equal_the_tokenizers_cold_and_warm(real_sentences):
    shipped = embedder()
    fresh = Embedder(tokenizer=shipped.tokenizer, table=shipped.table)
    expected = _tokenizer_ids(real_sentences)
    for _ in ("cold cache", "warm cache"):
        ids, lengths = fresh.ids(real_sentences)
        assert lengths.tolist() == [len(e) for e in expected]
        assert ids.tolist() == [i for e in expected for i in e]
    assert len(fresh.token_ids) > 1000


def test_vectors_equal_the_tokenizer_path_exactly(real_sentences):
    vectors = embedder()(real_sentences)
    assert np.array_equal(vectors, _tokenizer_vectors(real_sentences))
    norms = np.linalg.norm(vectors, axis=1)
    assert np.allclose(norms[[bool(t.strip()) for t in real_sentences]], 1.0, atol=1e-5)


def test_piece_cache_stays_bounded(real_sentences, monkeypatch):
    monkeypatch.setattr("chorus.represent.MAX_CACHED_PIECES", 100)
    shipped = embedder()
    small = Embedder(tokenizer=shipped.tokenizer, table=shipped.table)
    ids, _ = small.ids(real_sentences)
    assert len(small.token_ids) <= 100 + len(small.single_tokens)
    assert small.single_tokens.items() <= small.token_ids.items()
    assert ids.tolist() == [i for e in _tokenizer_ids(real_sentences) for i in e]


def test_a_full_cache_keeps_what_the_next_batch_reads(real_sentences, monkeypatch):
    """Batch after batch through a small cache: when a batch's new pieces overflow it,
    the cache starts afresh, and the pieces the batch knew before keep their ids."""
    monkeypatch.setattr("chorus.represent.MAX_CACHED_PIECES", 300)
    shipped = embedder()
    small = Embedder(tokenizer=shipped.tokenizer, table=shipped.table)
    batches = [real_sentences[i : i + 15] for i in range(0, len(real_sentences), 15)]
    for batch in batches:
        ids, _ = small.ids(batch)
        assert ids.tolist() == [i for e in _tokenizer_ids(batch) for i in e]
    assert len(small.token_ids) <= 300 + len(small.single_tokens)


def test_no_vocabulary_token_holds_a_space_mark_after_another_character():
    """What makes a piece's tokens independent of its neighbours: no BPE merge can
    join the end of one piece to the "▁" that starts the next."""
    vocabulary = embedder().tokenizer.get_vocab()
    assert len(vocabulary) > 30_000
    joined = [token for token in vocabulary if re.search("[^▁]▁", token)]
    assert joined == []
