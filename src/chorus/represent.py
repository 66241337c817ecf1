"""Sentence vectors: the one module that knows about embeddings.

WordLlama's static token embeddings (256-d, shipped inside the `wordllama` wheel) are
averaged per sentence and L2-normalised, so a dot product is a cosine similarity.
The model loads once, lazily, from the package directory, never from a hub.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix

DIMENSIONS = 256


@dataclass(frozen=True, slots=True)
class Embedder:
    """Token embeddings plus the tokenizer that indexes them."""

    tokenizer: object
    table: np.ndarray

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), 256) float32, rows of unit length (zeros for a text with no tokens)."""
        if not texts:
            return np.zeros((0, self.table.shape[1]), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(texts))
        ids = np.fromiter(
            (i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum())
        )
        np.clip(ids, 0, self.table.shape[0] - 1, out=ids)
        # A sparse (sentences × vocabulary) count matrix times the table sums each
        # sentence's token vectors without materialising one row per token.
        indptr = np.concatenate(([0], np.cumsum(lengths)))
        counts = np.ones(ids.size, dtype=np.float32)
        shape = (len(texts), self.table.shape[0])
        sums = np.asarray(csr_matrix((counts, ids, indptr), shape=shape) @ self.table)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        np.divide(sums, norms, out=sums, where=norms > 0)
        return sums


@functools.cache
def embedder() -> Embedder:
    """The shipped WordLlama model, loaded once per process, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import wordllama

    model = wordllama.WordLlama.load(
        dim=DIMENSIONS,
        cache_dir=os.path.dirname(wordllama.__file__),
        disable_download=True,
    )
    tokenizer = model.tokenizer
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Embedder(tokenizer=tokenizer, table=np.ascontiguousarray(model.embedding, np.float32))


def embed(texts: Sequence[str]) -> np.ndarray:
    return embedder()(texts)
