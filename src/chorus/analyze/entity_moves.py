"""The entity recognizer's moves chosen with numpy, for every text at once: what spaCy's
greedy parser does state by state, with the same scores and the same move rules, so the
same entities (nlp.entity_spans reads the texts' tokens and calls `entities`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from chorus.analyze.token_encoder import (
    TokenEncoder,
    contiguous_t,
    encode,
    product,
    read_encoder,
)


@dataclass(frozen=True, slots=True)
class Recognizer:
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


def recognizer_of(ner: Any) -> Recognizer:
    """The arrays of spaCy's entity recognizer pipe `ner`, read once (nlp._recognizer)."""
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
    return Recognizer(
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


def _lower_table(moves: Recognizer, vectors: np.ndarray) -> np.ndarray:
    """spaCy's precomputable affine layer's `predict`, the same product without thinc's
    layer call (~30 µs): each token's pieces for each feature, (tokens + 1, feature,
    hidden, piece), the padding row first."""
    table = np.empty((len(vectors) + 1, len(moves.lower_weights)), dtype=np.float32)
    product(vectors, moves.lower_weights, moves.lower_transposed, out=table[1:])
    table = table.reshape(len(table), *moves.lower_padding.shape)
    table[0] = moves.lower_padding
    return table


def _best_moves(
    moves: Recognizer,
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


def entities(
    moves: Recognizer, tokens: np.ndarray, lengths: Sequence[int]
) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) of each doc's entities, in characters of its text, from its
    tokens' attributes `nlp._read` (`tokens`, `lengths` of them a doc). A state is a doc's next
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
