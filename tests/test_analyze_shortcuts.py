"""Shortcuts the analysis takes for speed give what the longer way gives, on real clusters:
the recognizer's maxout and encoder, the pairs above a threshold, a subset's stem columns."""

from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path

import numpy as np

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split

entity_windows = importlib.import_module("chorus.analyze.entity_windows")
nlp = importlib.import_module("chorus.analyze.nlp")
similarity = importlib.import_module("chorus.analyze.similarity")
token_encoder = importlib.import_module("chorus.analyze.token_encoder")
tokenizer_affixes = importlib.import_module("chorus.analyze.tokenizer_affixes")


def _clusters(validation_clusters: list[dict], count: int) -> list[list]:
    """Each cluster's sentences, article by article."""
    return [[s for d in _documents(c) for s in split(d)] for c in validation_clusters[:count]]


def _documents(cluster: dict) -> list:
    return [clean(a) for a in as_articles(cluster["documents"])]


def test_recognizer_maxout_is_thincs_bit_for_bit(validation_clusters, monkeypatch):
    from thinc.api import NumpyOps

    layers = nlp._recognizer()
    ops = layers.encoder.ops
    assert layers.upper.ops is ops and ops.maxout is nlp._best_pieces
    seen: list[np.ndarray] = []

    def recorded(pieces: np.ndarray) -> tuple[np.ndarray, None]:
        seen.append(pieces.copy())
        return nlp._best_pieces(pieces)

    monkeypatch.setattr(ops, "maxout", recorded)
    for sentences in _clusters(validation_clusters, 10):
        nlp.entity_spans(entity_windows.windows(sentences))
    thinc = NumpyOps(use_blis=False)
    for pieces in seen:
        expected = thinc.maxout(pieces)[0]
        found = nlp._best_pieces(pieces)[0]
        assert found.dtype == expected.dtype and found.shape == expected.shape
        assert np.array_equal(found.view(np.uint32), expected.view(np.uint32))
    # the encoder's five maxout layers (three pieces) and the moves' scores (two)
    assert {p.shape[-1] for p in seen} == {2, 3}
    assert len(seen) >= 60


def test_recognizer_encoder_gives_thincs_values(validation_clusters):
    """The encoder in numpy gives thinc's `predict` (`_assert_thincs_values`): on the
    windows the recognizer reads, on article openings, and on batches of a few short
    texts (a handful of rows, where OpenBLAS takes other kernels), empty and whitespace
    texts among them, and of about FEWEST_ROWS tokens (each convolution computing the
    rows a later one reads, or every row)."""
    pipeline = nlp.nlp()
    thinc_encoder = pipeline.get_pipe("ner").model.layers[0]
    encoder = nlp._recognizer().encoder
    batches = [
        entity_windows.windows(sentences) for sentences in _clusters(validation_clusters, 20)
    ]
    batches.append([d[:600] for c in validation_clusters[:5] for d in c["documents"]])
    batches += [["", "said French President Emmanuel Macron", "  ", "Paris"], ["Kim\n\nJong Un"]]
    # around FEWEST_ROWS tokens, below which every layer computes every row
    opening = (
        "Officials in Kabul said on Tuesday that Taliban fighters attacked a police checkpoint "
        "near Kandahar before dawn, killing four officers"
    )
    words = opening.split()
    fewest = token_encoder.FEWEST_ROWS
    batches += [
        [" ".join(words[:4]), " ".join(words[: n - 4])] for n in range(fewest - 2, fewest + 3)
    ]
    for texts in batches:
        docs = [pipeline.make_doc(text) for text in texts]
        expected = thinc_encoder.predict(docs)
        features = np.concatenate([doc.to_array(encoder.columns) for doc in docs])
        found = token_encoder.encode(encoder, features, [len(doc) for doc in docs])
        _assert_thincs_values(found, expected)


def test_encoder_gap_rows_far_from_text_are_one_vector(validation_clusters):
    """The first convolution's rows whose windows hold no text row (two or more from every
    text, between a cluster's windows) are given one vector: the bits the convolution's
    product gives a batch of zero windows, row by row; every other row it computes has a
    text row in its window."""
    pipeline = nlp.nlp()
    encoder = nlp._recognizer().encoder
    maxout, norm = encoder.convolutions[0]
    for sentences in _clusters(validation_clusters, 10):
        lengths = [len(pipeline.make_doc(t)) for t in entity_windows.windows(sentences)]
        text, height = token_encoder._rows_between_padding(lengths, encoder.padding, encoder.window)
        first = token_encoder._rows_computed(text, height, encoder.window, 4)[0]
        near, blank = token_encoder._split_blank(first, text, height, encoder.window)
        assert len(blank) >= 2 * (len(lengths) - 1) > 0
        distance = np.abs(np.subtract.outer(np.concatenate([near, blank]), text)).min(axis=1)
        assert (distance[: len(near)] <= encoder.window).all()
        assert (distance[len(near) :] > encoder.window).all()
        zeros = np.zeros((len(first), maxout.weights.shape[1]), dtype=np.float32)
        rows = token_encoder._normalised(token_encoder._maxout_of(encoder.ops, zeros, maxout), norm)
        assert np.array_equal(
            rows.view(np.uint32), np.tile(encoder.blank, (len(first), 1)).view(np.uint32)
        )


def test_encoder_vectors_kept_across_batches_give_thincs_values(validation_clusters):
    """Tokens' embedding vectors kept from earlier batches (`SeenTokens`) give thinc's
    `predict` (`_assert_thincs_values`): batches whose tokens the store holds in part, all
    or none, with fewer than FEWEST_ROWS tokens new (computed beside other tokens of the batch), and
    after the store, full, forgets them all."""
    pipeline = nlp.nlp()
    thinc_encoder = pipeline.get_pipe("ner").model.layers[0]
    shared = nlp._recognizer().encoder
    seen = token_encoder.SeenTokens(shared.seen.vectors[:0], limit=600)
    encoder = dataclasses.replace(shared, seen=seen)
    windows = [entity_windows.windows(s) for s in _clusters(validation_clusters, 12)]
    batches = [windows[0], [*windows[0], "Zorblax Quenfrik met Vrendo"], *windows, *windows[:3]]
    forgotten = few_new = all_known = 0
    for texts in batches:
        docs = [pipeline.make_doc(text) for text in texts]
        features = np.concatenate([doc.to_array(encoder.columns) for doc in docs])
        new = len(set(token_encoder._token_keys(features)) - seen.row_of.keys())
        few_new += 0 < new < token_encoder.FEWEST_ROWS
        all_known += new == 0
        known = len(seen.row_of)
        found = token_encoder.encode(encoder, features, [len(doc) for doc in docs])
        forgotten += len(seen.row_of) < known
        _assert_thincs_values(found, thinc_encoder.predict(docs))
    assert forgotten and few_new and all_known


def _assert_thincs_values(found: np.ndarray, expected: np.ndarray) -> None:
    """thinc's values, to the bit where OpenBLAS gives a row's product whatever rows stand
    beside it (the earlier Intel machines), within a few units of the last place where it
    does not (an AMD EPYC of family 26, where OpenBLAS 0.3.31 runs the kernels it names
    "Haswell": up to 4e-6 seen, no span changed on the 250 raw clusters). The rows computed
    apart are the encoder's shortcuts."""
    assert found.dtype == expected.dtype and found.shape == expected.shape
    assert np.allclose(found, expected, rtol=1e-5, atol=1e-5)


def test_texts_tokenized_as_one_are_each_text_s_tokens(validation_clusters, monkeypatch):
    """The recognizer's windows are tokenized as one text, joined by nlp.SEPARATOR: each
    text's tokens and their attributes (offsets in its own text) are those of the text
    alone. Texts with whitespace at an end, or empty, are tokenized one by one."""
    pipeline = nlp.nlp()
    read = nlp._read(nlp._recognizer())
    made: list[str] = []
    make_doc = pipeline.make_doc
    monkeypatch.setattr(pipeline, "make_doc", lambda text: made.append(text) or make_doc(text))
    batches = [entity_windows.windows(s) for s in _clusters(validation_clusters, 40)]
    batches += [
        ["Paris"],
        ["Kim\n\nJong Un", "U.S.", "(Reuters) -- Apple Inc.", "e.g. 5km", "don't", "a  b"],
        ["", "said Macron"],
        ["said Macron", "  Paris"],
        ["Paris\n", "said Macron"],
    ]
    for texts in batches:
        made.clear()
        tokens, lengths = nlp._tokens(pipeline, texts, read)
        joined = len(made) == 1
        assert joined == all(text == text.strip() != "" for text in texts)
        docs = [make_doc(text) for text in texts]
        assert lengths == [len(doc) for doc in docs]
        assert np.array_equal(tokens, np.concatenate([doc.to_array(read) for doc in docs]))


def test_sentence_cosines_are_scipy_s_product_bit_for_bit(validation_clusters):
    """similarity.cosines calls scipy's C++ routines without its wrappers: the same float32
    sums as the product of csr_matrix objects, on real clusters' sentences, one sentence
    alone and sentences without a stem among them."""
    from scipy.sparse import csr_matrix

    clusters = [[similarity.stems(s.text) for s in c] for c in _clusters(validation_clusters, 40)]
    clusters += [[["alpha", "beta"]], [[], ["alpha", "gamma"], [], ["gamma", "delta"]], [[]]]
    for stems in clusters:
        lexical = similarity.tfidf_of_columns(
            similarity.stem_columns(stems), similarity.stem_counts(stems)
        )
        matrix = csr_matrix(
            (lexical.values, lexical.columns, lexical.indptr), shape=(len(stems), lexical.width)
        )
        expected = (matrix @ matrix.T).toarray()
        found = similarity.cosines(lexical)
        assert found.dtype == expected.dtype == np.float32
        assert np.array_equal(found.view(np.uint32), expected.view(np.uint32))


def test_tokenizer_skipping_affix_searches_gives_the_models_tokens(validation_clusters):
    """The recognizer's tokenizer answers strings of ASCII letters without its prefix,
    suffix, infix and URL patterns (each proved to find nothing there): the same tokens as
    the model's own tokenizer, read again from its files, on whole articles and on words
    beside units, possessives, initials, hyphens and non-ASCII letters."""
    import spacy
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.nlp().tokenizer
    skipped = [getattr(tokenizer, name) for name, _ in tokenizer_affixes.PATTERN_METHODS]
    assert all(isinstance(f, tokenizer_affixes.SkippingLetters) for f in skipped)
    package = Path(importlib.import_module(nlp.MODEL).__file__).parent
    (files,) = package.glob("*/tokenizer")
    model = Tokenizer(spacy.vocab.Vocab()).from_disk(files)
    texts = [d for c in validation_clusters[:40] for d in c["documents"]]
    texts.append(
        "5km 10kg KM km s 's Smith's SMITH'S U.S. A.B a.m. well-known e-mail don't ... "
        "abc123 naïve Ǆemal \u212aelvin ﬁnal (Reuters) 'quoted' Trump, Putin: Macron; x "
        "www.cnn.com http://localhost:8000/a?b=c localhost example.org/news e.g. i.e."
    )
    for text in texts:
        found = [(t.text, t.idx, t.whitespace_) for t in tokenizer(text)]
        assert found == [(t.text, t.idx, t.whitespace_) for t in model(text)]


def test_affix_patterns_that_may_match_letters_are_searched():
    proved = tokenizer_affixes._never_in_letters
    for pattern in (r"km$", r"[a-z]+", r"\.$|s$", r"(?i)\u212a", r"[^,]", r"\w", r"a|"):
        assert not proved(re.compile(pattern).search)
    for pattern in (r"(?<=[0-9])km$", r"x?\.", r"(?<=[0-9])\.|'s$", r"^[\(\[]"):
        assert proved(re.compile(pattern).search)


def test_pairs_are_every_pair_of_two_articles_at_the_threshold(validation_clusters):
    checked = 0
    for sentences in _clusters(validation_clusters, 30):
        vectors = np.random.default_rng(0).normal(size=(len(sentences), 8)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        scored = similarity.similarity(sentences, vectors)
        for threshold in (0.30, 0.34, 0.40):
            expected = [
                (i, j, float(scored.scores[i, j]))
                for i in range(len(sentences))
                for j in range(i + 1, len(sentences))
                if sentences[i].article.id != sentences[j].article.id
                and scored.scores[i, j] >= threshold
            ]
            assert scored.pairs(threshold) == expected
            checked += len(expected)
    assert checked > 500


def test_a_subsets_stem_columns_are_numbered_as_its_own(validation_clusters):
    """relevance.py reads a Similarity's stem columns as they are when its sentences come
    article by article: a subset's (a cluster with an off-topic article) are numbered in
    order of first use, as a Similarity of those sentences alone numbers them."""
    compared = 0
    for sentences in _clusters(validation_clusters, 30):
        vectors = np.zeros((len(sentences), 4), dtype=np.float32)
        scored = similarity.similarity(sentences, vectors)
        ids = list(dict.fromkeys(s.article.id for s in sentences))
        if len(ids) < 3:
            continue
        rows = [n for n, s in enumerate(sentences) if s.article.id != ids[0]]
        alone = similarity.similarity([sentences[n] for n in rows], vectors[rows])
        assert np.array_equal(scored.subset(rows).stem_columns, alone.stem_columns)
        compared += 1
    assert compared > 5
