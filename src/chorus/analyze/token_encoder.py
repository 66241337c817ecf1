"""The entity recognizer's token encoder, run for prediction with numpy: the same vectors as
thinc's `predict`, bit for bit, without its cost around the arithmetic.

spaCy's encoder (en_core_web_sm's `tok2vec` inside its recognizer) is: each token's four
lexical attributes hashed into four embedding tables, concatenated; a maxout layer and a
layer norm; four residual convolutions (each token with its neighbours, a maxout layer, a
layer norm), run over every text at once with PADDING zero rows before, between and after
the texts, so no text's tokens see another's; a linear layer. thinc runs these as ~60
layer calls a batch, converting the texts between lists, ragged and padded arrays at each
step, and computing each layer norm's mean twice (numpy's `var` computes it again). Here
the same steps run on one padded array, with the same products (`product`: for a few
rows the weights' transposed views, as thinc passes them, since OpenBLAS multiplies those
by a contiguous transpose with other kernels and bits; for more, a contiguous copy, the
same bits packed faster) and each mean once, each convolution on the rows a later layer
reads only (thinc computes the padding rows at every layer: a third of the
last one's rows), the first one's rows that read only padding given the one vector they all
get, and the embedding layer's vector of a token read before taken from where it was kept
(`SeenTokens`): the same bits (tests/test_analyze_shortcuts.py compares them on real windows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import filterfalse
from typing import Any

import numpy as np

LAYERS = (
    "extract_features>>list2ragged>>with_array(ints-getitem>>hashembed|ints-getitem>>hashembed"
    "|ints-getitem>>hashembed|ints-getitem>>hashembed)>>with_array(maxout>>layernorm>>dropout)"
    ">>ragged2list>>with_array(residual(expand_window>>maxout>>layernorm>>dropout)"
    ">>residual(expand_window>>maxout>>layernorm>>dropout)"
    ">>residual(expand_window>>maxout>>layernorm>>dropout)"
    ">>residual(expand_window>>maxout>>layernorm>>dropout))>>list2array>>linear"
)
"""The encoder's layers, as thinc names them: a model built otherwise is refused."""
FEWEST_ROWS = 16
"""A product of fewer rows is computed on all of them (`_rows_computed`)."""
NORM_EPSILON = 1e-08
"""thinc's layer norm adds this to each row's variance."""
KEPT_TOKENS = 20_000
"""Distinct tokens whose embedding vectors are kept (`SeenTokens`): 7.7 MB of vectors. The
250 raw validation clusters' windows hold 7,664; past this many all are forgotten."""


@dataclass(frozen=True, slots=True)
class Maxout:
    """A maxout layer: `weights` as thinc multiplies them, (units·pieces × inputs)."""

    weights: np.ndarray
    bias: np.ndarray
    units: int
    pieces: int
    transposed: np.ndarray
    """`weights.T` in an array of its own, C-contiguous: what `product` multiplies by."""


@dataclass(frozen=True, slots=True)
class LayerNorm:
    gain: np.ndarray
    bias: np.ndarray


@dataclass(slots=True)
class SeenTokens:
    """The embedding layer's vector of each distinct token read before, by its attributes:
    kept across recognitions, as a token's vector depends on its attributes alone and 70% of
    a raw cluster's window tokens were in an earlier cluster's windows. Only vectors from
    products of FEWEST_ROWS rows or more are kept (those of fewer rows take other kernels).
    Not locked: nlp.entity_spans runs one recognition at a time."""

    vectors: np.ndarray
    """One row a token, in the order kept; more rows than tokens, the store grows by doubling."""
    row_of: dict[bytes, int] = field(default_factory=dict)
    """Each token's attributes (`TokenEncoder.columns`, `_token_keys`) → its row of `vectors`."""
    limit: int = KEPT_TOKENS

    def keep(self, keys: list[bytes], vectors: np.ndarray) -> None:
        """Rows for new tokens' vectors, the store doubled when full (to `limit` rows)."""
        start, end = len(self.row_of), len(self.row_of) + len(keys)
        if end > len(self.vectors):
            rows = max(min(2 * len(self.vectors), self.limit), end)
            grown = np.empty((rows, vectors.shape[1]), vectors.dtype)
            grown[:start] = self.vectors[:start]
            self.vectors = grown
        self.vectors[start:end] = vectors
        self.row_of.update(zip(keys, range(start, end), strict=True))

    def forget(self) -> None:
        self.row_of = {}
        self.vectors = self.vectors[:0]


@dataclass(frozen=True, slots=True)
class TokenEncoder:
    """The encoder's parameters, read once from its thinc model."""

    ops: Any
    """The model's ops: its hashing, embedding sums, windows and maxout (nlp._best_pieces)."""
    columns: tuple[int, ...]
    """The lexical attributes each token is read by (NORM, PREFIX, SUFFIX, SHAPE)."""
    tables: tuple[tuple[np.ndarray, int], ...]
    """Each attribute's embedding table and hash seed."""
    embedding: tuple[Maxout, LayerNorm]
    convolutions: tuple[tuple[Maxout, LayerNorm], ...]
    window: int
    """Neighbours each side a convolution reads."""
    padding: int
    """Zero rows around each text in the convolutions: their receptive field."""
    output: tuple[np.ndarray, np.ndarray]
    """The linear layer's weights (outputs × inputs) and bias."""
    blank: np.ndarray
    """What the first convolution adds to a row whose window holds only zero rows (a gap
    row two or more from any text): one vector, computed once (`_blank_row`)."""
    seen: SeenTokens
    """The embedding layer's vectors of the tokens read so far (`_token_vectors`)."""


def read_encoder(model: Any) -> TokenEncoder:
    """The parameters of spaCy's recognizer encoder (`ner.model.layers[0]`)."""
    from spacy.attrs import IDS

    if model.name != LAYERS:
        raise ValueError(f"an encoder of other layers than en_core_web_sm's: {model.name}")
    nodes: dict[str, list[Any]] = {}
    for node in model.walk():
        nodes.setdefault(node.name, []).append(node)
    # `walk` meets the embedding's maxout and layer norm first, then the convolutions' in order
    maxouts = [_maxout(node) for node in nodes["maxout"]]
    norms = [LayerNorm(node.get_param("G"), node.get_param("b")) for node in nodes["layernorm"]]
    (linear,) = nodes["linear"]
    (features,) = nodes["extract_features"]
    embedding_tables = sorted(nodes["hashembed"], key=lambda node: node.attrs["column"])
    convolutions = tuple(zip(maxouts[1:], norms[1:], strict=True))
    return TokenEncoder(
        ops=model.ops,
        columns=tuple(IDS[c] if isinstance(c, str) else c for c in features.attrs["columns"]),
        tables=tuple((node.get_param("E"), node.attrs["seed"]) for node in embedding_tables),
        embedding=(maxouts[0], norms[0]),
        convolutions=convolutions,
        window=nodes["expand_window"][0].attrs["window_size"],
        padding=max(node.attrs.get("pad", 0) for node in model.walk()),
        output=(linear.get_param("W"), linear.get_param("b")),
        blank=_blank_row(model.ops, *convolutions[0]),
        seen=SeenTokens(np.empty((0, maxouts[0].units), dtype=np.float32)),
    )


def _blank_row(ops: Any, maxout: Maxout, norm: LayerNorm) -> np.ndarray:
    """A convolution's output on a window of zero rows. In a product a zero row gives
    exactly zeros (+ the bias after), whatever OpenBLAS's kernel, and the maxout and the
    layer norm work row by row: the bits of every such row of a batch. FEWEST_ROWS rows, not
    one, keep to the kernels the batches take."""
    zeros = np.zeros((FEWEST_ROWS, maxout.weights.shape[1]), dtype=maxout.weights.dtype)
    return _normalised(_maxout_of(ops, zeros, maxout), norm)[0]


def _maxout(node: Any) -> Maxout:
    units, pieces, inputs = node.get_param("W").shape
    weights = node.get_param("W").reshape(units * pieces, inputs)
    return Maxout(weights, node.get_param("b").ravel(), units, pieces, contiguous_t(weights))


def contiguous_t(weights: np.ndarray) -> np.ndarray:
    """`weights.T` copied into an array of its own, C-contiguous (`product`)."""
    return np.ascontiguousarray(weights.T)


def product(
    inputs: np.ndarray, weights: np.ndarray, transposed: np.ndarray, out: np.ndarray | None = None
) -> np.ndarray:
    """`inputs · weights.T` with thinc's bits, `transposed` being `contiguous_t(weights)`.
    From FEWEST_ROWS rows on, OpenBLAS packs either layout into the same panels for the
    same kernel, so `transposed` gives the same bits (tests/test_analyze_costs_recognizer.py),
    and packs it faster: ~35 µs less a product of 288 columns (of ~40 µs a call costs
    before its rows), ~10 µs the moves' lower layer. A product of fewer rows may take a
    small-matrix kernel chosen by layout, with other bits: thinc's view. The output layer
    and the moves' scores keep the view: their few columns gave other bits up to 18 rows."""
    return np.dot(inputs, transposed if len(inputs) >= FEWEST_ROWS else weights.T, out=out)


def encode(encoder: TokenEncoder, features: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
    """One vector per token of some docs, one after another (thinc's `predict` of the
    docs), from their tokens' `encoder.columns` (`features`), `lengths` of them a doc."""
    ops = encoder.ops
    vectors = _token_vectors(encoder, features)
    # `window` more zero rows each side: what seq2col reads beyond the array's ends
    rows, height = _rows_between_padding(lengths, encoder.padding, encoder.window)
    padded = np.zeros((height, vectors.shape[1]), dtype=vectors.dtype)
    padded[rows] = vectors
    # row r's window, rows r - window to r + window, is one run of the padded array: a view
    # whose rows overlap (numpy's `as_strided` makes the same view with ~3 µs of Python)
    shape = (height - 2 * encoder.window, (2 * encoder.window + 1) * padded.shape[1])
    windows = np.ndarray(shape, padded.dtype, padded, 0, padded.strides)
    layers = encoder.convolutions
    computed = _rows_computed(rows, height, encoder.window, len(layers))
    computed[0], blank = _split_blank(computed[0], rows, height, encoder.window)
    for layer, ((maxout, norm), at) in enumerate(zip(layers, computed, strict=True)):
        padded[at] += _normalised(_maxout_of(ops, windows[at - encoder.window], maxout), norm)
        if layer == 0:  # set after the first layer read those rows as zeros
            padded[blank] = encoder.blank
    weights, bias = encoder.output
    out = np.dot(padded[rows], weights.T)
    out += bias
    return out


def _token_vectors(encoder: TokenEncoder, features: np.ndarray) -> np.ndarray:
    """The embedding layer's vector of each token, those of tokens read before from
    `encoder.seen`. On the Intel machines these passes ran on, a row's product from OpenBLAS
    did not depend on the matrix's other rows but in a product of fewer than FEWEST_ROWS rows
    (other kernels, other bits: `_rows_computed`), so a batch that short is computed whole,
    as thinc computes it, and the new tokens of a longer one with other tokens of the batch
    up to FEWEST_ROWS rows. On an AMD EPYC (family 26; OpenBLAS runs what it names its
    "Haswell" kernels) rows computed apart differ by a few units in the last place: no
    entity span of the 250 raw validation clusters moves."""
    if len(features) < FEWEST_ROWS:
        return _embedding_layer(encoder, features)
    seen = encoder.seen
    keys = _token_keys(features)
    new = list(dict.fromkeys(filterfalse(seen.row_of.__contains__, keys)))
    if len(seen.row_of) + len(new) > seen.limit:
        seen.forget()
        new = list(dict.fromkeys(keys))
    if new:
        fresh = np.frombuffer(b"".join(new), dtype=features.dtype).reshape(len(new), -1)
        filler = features[: max(FEWEST_ROWS - len(new), 0)]
        seen.keep(new, _embedding_layer(encoder, np.concatenate([fresh, filler]))[: len(new)])
    rows = np.fromiter(map(seen.row_of.__getitem__, keys), dtype=np.int64, count=len(keys))
    return seen.vectors[rows]


def _token_keys(features: np.ndarray) -> list[bytes]:
    """Each token's attributes as one bytes key: made in C, where a tuple of four 64-bit
    Python ints a token cost 1 µs."""
    row = np.dtype((np.void, features.itemsize * features.shape[1]))
    return np.ascontiguousarray(features).view(row).ravel().tolist()


def _embedding_layer(encoder: TokenEncoder, features: np.ndarray) -> np.ndarray:
    """Hashed embeddings of each token's attributes, concatenated; maxout; layer norm."""
    ops = encoder.ops
    embedded = np.hstack(
        [
            ops.gather_add(table, ops.hash(_column(features, n), seed) % len(table))
            for n, (table, seed) in enumerate(encoder.tables)
        ]
    )
    return _normalised(_maxout_of(ops, embedded, encoder.embedding[0]), encoder.embedding[1])


def _column(features: np.ndarray, column: int) -> np.ndarray:
    """One attribute of every token, as the hash reads it (contiguous 64-bit keys)."""
    return np.ascontiguousarray(features[:, column], dtype=np.uint64)


def _rows_between_padding(
    lengths: Sequence[int], padding: int, margin: int
) -> tuple[np.ndarray, int]:
    """The rows of the texts' tokens, and how many rows there are, when `padding` zero rows
    come before every text that has tokens and after the last (thinc's `flatten(..., pad)`),
    and `margin` more rows before and after all."""
    sizes = np.array([n for n in lengths if n], dtype=np.int64)
    before = margin + padding * np.arange(1, len(sizes) + 1)
    tokens = int(sizes.sum())
    height = tokens + padding * (len(sizes) + 1) + 2 * margin
    return np.repeat(before, sizes) + np.arange(tokens), height


def _rows_computed(text: np.ndarray, height: int, window: int, layers: int) -> list[np.ndarray]:
    """The rows each of `layers` convolutions must compute, in order: the last only the
    texts' rows (the linear layer reads no other), each one before those within `window`
    rows of the next one's. thinc computes every row at every layer, but a row's product
    does not depend on the matrix's other rows (the same bits), except in a product of a
    handful of rows, where OpenBLAS takes its small-matrix kernels (other bits for 1-4
    rows): with fewer than FEWEST_ROWS tokens every layer computes every row, as thinc does."""
    if len(text) < FEWEST_ROWS:
        return [np.arange(window, height - window)] * layers
    near = np.zeros(height, dtype=bool)
    near[text] = True
    computed = []
    for _ in range(layers):
        computed.append(np.flatnonzero(near))
        near = _grown(near, window)
    return computed[::-1]


def _grown(rows: np.ndarray, window: int) -> np.ndarray:
    """A mask of rows, with every row within `window` of one of them."""
    grown = rows.copy()
    for shift in range(1, window + 1):
        grown[shift:] |= rows[:-shift]
        grown[:-shift] |= rows[shift:]
    return grown


def _split_blank(
    first: np.ndarray, text: np.ndarray, height: int, window: int
) -> tuple[np.ndarray, np.ndarray]:
    """The first convolution's rows to compute: those within `window` of a text row, and
    the rest, whose windows hold only zero rows (~30 a cluster's windows, each given
    `TokenEncoder.blank`). Below FEWEST_ROWS tokens every row is computed, as thinc does:
    a product of fewer rows may take other kernels."""
    if len(text) < FEWEST_ROWS:
        return first, first[:0]
    texts = np.zeros(height, dtype=bool)
    texts[text] = True
    near = _grown(texts, window)[first]
    return first[near], first[~near]


def _maxout_of(ops: Any, inputs: np.ndarray, layer: Maxout) -> np.ndarray:
    pieces = product(inputs, layer.weights, layer.transposed)
    pieces += layer.bias
    return ops.maxout(pieces.reshape(len(pieces), layer.units, layer.pieces))[0]


def _normalised(rows: np.ndarray, norm: LayerNorm) -> np.ndarray:
    """thinc's layer norm: `(X - mean) * (var + ε) ** -0.5 * G + b`, each row's mean once
    (numpy's `var` sums the same squared distances from the same mean), both by the sum
    `mean` and `var` take, without their Python around it (~10 µs a call). Works in place:
    `rows`, a maxout's own output, is overwritten."""
    width = rows.shape[1]
    # numpy's `mean` and `var` divide in float64 and round to float32: the same float32,
    # since a quotient rounded through 53 bits (≥ 2·24 + 2) then to 24 is rounded once.
    mean = np.add.reduce(rows, axis=1, keepdims=True)
    mean /= width
    centred = np.subtract(rows, mean, out=rows)  # `rows` is the maxout's own output
    variance = np.add.reduce(centred * centred, axis=1, keepdims=True)
    variance /= width
    variance += NORM_EPSILON
    centred *= variance ** (-1.0 / 2.0)
    centred *= norm.gain
    centred += norm.bias
    return centred
