"""Sentence vectors: the one module that knows about embeddings.

WordLlama's static token embeddings (256-d, shipped inside the `wordllama` wheel) are
averaged per sentence and L2-normalised, so a dot product is a cosine similarity.
The model loads once, lazily, from the package directory, never from a hub.

Its tokenizer (Llama's BPE: spaces become "▁", no pre-tokenizer) runs BPE over a whole
sentence at once, which makes it the slowest step of a briefing. No token of its
vocabulary holds a "▁" after another character, so no merge crosses the point where a
"▁" follows another character: a sentence's token ids are the ids of its pieces (a run
of "▁" and the characters up to the next "▁") in order. Pieces repeat across
sentences and clusters, so each one is tokenized once and remembered (by its UTF-8
bytes, which split and hash faster than the text); a piece that is itself a vocabulary
token is that one token, so those are known from the start.
"""

from __future__ import annotations

import functools
import itertools
import operator
import os
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

from chorus.errors import ChorusError

DIMENSIONS = 256
SPACE = "▁"
"""What the tokenizer's normalizer turns every space into (and puts before the text)."""
_SPACE_BYTES = SPACE.encode()
_UTF8 = ("utf-8", "surrogatepass")
_PIECE = re.compile(f"{SPACE}*[^{SPACE}]+|{SPACE}+")
_NOT_TEXT = re.compile("<.+>")
"""Vocabulary entries that are markers (`<s>`, byte fallbacks like `<0x24>`), not text:
tokenizing their spelling gives other tokens."""
MAX_CACHED_PIECES = 1 << 16
"""About 12 MB of pieces (~180 bytes each) besides the vocabulary's own; 250 Multi-News
clusters hold ~54k."""


def pieces(text: str) -> list[str]:
    """The text as the tokenizer's normalizer writes it, cut where no BPE merge reaches."""
    if not text:
        return []
    return _PIECE.findall(SPACE + text.replace(" ", SPACE))


def _plainly_spaced(text: str) -> bool:
    """Single spaces between non-space characters, and no "▁" of its own."""
    return (
        bool(text) and text[0] != " " and text[-1] != " " and "  " not in text and SPACE not in text
    )


def batch_pieces(texts: Sequence[str]) -> tuple[list[bytes], list[int]]:
    """The pieces of every text in order, as UTF-8, and how many belong to each text.
    Texts that are plainly spaced (all 20,556 sentences of the raw validation clusters)
    are cut with one `bytes.split` of the batch, 1.4× faster than the regex over each
    text (and 1.5× faster than `str.split`: "▁" makes every piece a two-byte string)."""
    joined = " ".join(texts)
    if _plainly_spaced(joined):
        data = joined.encode(*_UTF8)
        return (_SPACE_BYTES + data.replace(b" ", b" " + _SPACE_BYTES)).split(b" "), [
            t.count(" ") + 1 for t in texts
        ]
    per_text = [pieces(t) for t in texts]
    flat = [p.encode(*_UTF8) for p in itertools.chain.from_iterable(per_text)]
    return flat, list(map(len, per_text))


def _single_tokens(tokenizer: Any) -> dict[bytes, bytes]:
    """Per vocabulary token spelled as text (as UTF-8): its id (the one token its
    spelling gives)."""
    return {
        token.encode(*_UTF8): array("H", [token_id]).tobytes()
        for token, token_id in tokenizer.get_vocab().items()
        if not _NOT_TEXT.fullmatch(token)
    }


@dataclass(frozen=True, slots=True)
class Embedder:
    """Token embeddings plus the tokenizer that indexes them."""

    tokenizer: Any
    table: np.ndarray
    token_ids: dict[bytes, bytes] = field(default_factory=dict)
    """Per piece known (as UTF-8): its token ids as native uint16 bytes."""
    single_tokens: dict[bytes, bytes] = field(default_factory=dict)
    """The vocabulary's pieces, always in `token_ids`."""

    def __post_init__(self) -> None:
        self.single_tokens.update(_single_tokens(self.tokenizer))
        self.token_ids.update(self.single_tokens)

    def _tokenized(self, missing: set[bytes]) -> dict[bytes, bytes]:
        """Remember the ids of pieces not seen before; returns a dict holding the ids of
        every piece `missing` (the cache itself, unless these pieces alone overflow it)."""
        model = self.tokenizer.model
        new = {
            p: array("H", [token.id for token in model.tokenize(p.decode(*_UTF8))]).tobytes()
            for p in missing
        }
        if len(self.token_ids) - len(self.single_tokens) + len(new) > MAX_CACHED_PIECES:
            # Start afresh: the batch has read the known pieces it needs already.
            self.token_ids.clear()
            self.token_ids.update(self.single_tokens)
        if len(self.token_ids) - len(self.single_tokens) + len(new) <= MAX_CACHED_PIECES:
            self.token_ids.update(new)
            return self.token_ids
        return self.token_ids | new

    def ids(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Token ids of all texts, concatenated, and how many belong to each text:
        what `tokenizer.encode_batch(texts, add_special_tokens=False)` gives."""
        flat, pieces_per_text = batch_pieces(texts)
        # One lookup per piece, new ones coming back None: a set of the batch's pieces
        # and its difference with the cache cost more (each piece is looked up twice).
        found = list(map(self.token_ids.get, flat))
        if not all(found):
            unknown = list(map(operator.not_, found))
            known = self._tokenized(set(itertools.compress(flat, unknown)))
            for at in itertools.compress(range(len(flat)), unknown):
                found[at] = known[flat[at]]
        # Each text's ids joined apart: their byte counts are its token counts, with no
        # per-piece array.
        bounds = list(itertools.accumulate(pieces_per_text, initial=0))
        per_text = list(map(b"".join, map(found.__getitem__, map(slice, bounds, bounds[1:]))))
        lengths = np.fromiter(map(len, per_text), dtype=np.int64, count=len(per_text)) // 2
        ids = np.frombuffer(b"".join(per_text), dtype=np.uint16).astype(np.int32)
        return ids, lengths

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), 256) float32, rows of unit length (zeros for a text with no tokens)."""
        if not texts:
            return np.zeros((0, self.table.shape[1]), dtype=np.float32)
        ids, lengths = self.ids(texts)
        np.clip(ids, 0, self.table.shape[0] - 1, out=ids)
        # A sparse (sentences × vocabulary) count matrix times the table sums each
        # sentence's token vectors without materialising one row per token.
        # 32-bit indices, as scipy keeps them: given wider ones, it checks and copies them.
        indptr = np.zeros(len(texts) + 1, dtype=np.int32)
        np.cumsum(lengths, out=indptr[1:])
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
    if tokenizer.get_vocab_size() > 1 << 16:
        raise ChorusError("the WordLlama vocabulary outgrew the uint16 token-id cache")
    return Embedder(tokenizer=tokenizer, table=np.ascontiguousarray(model.embedding, np.float32))


def embed(texts: Sequence[str]) -> np.ndarray:
    return embedder()(texts)
