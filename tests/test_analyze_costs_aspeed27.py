"""The twenty-seventh speed pass's shortcuts give what they replace on real text."""

from __future__ import annotations

import importlib

import spacy
from spacy.attrs import NORM

nlp = importlib.import_module("chorus.analyze.nlp")


def test_flattened_norm_getter_gives_spacys_norms(validation_clusters):
    """NORM's nested lookups as one function: the same norm as spaCy's own getter for every
    distinct word of 50 raw clusters, those its tables change included ("’s", "—",
    "favourite" spellings), and for a word another lookup would answer first."""
    ours = nlp.nlp().vocab.lex_attr_getters[NORM]
    theirs = spacy.load(nlp.MODEL, exclude=[*nlp.UNUSED_PIPES, "ner"]).vocab.lex_attr_getters[NORM]
    words = {w for c in validation_clusters for d in c["documents"] for w in d.split()}
    words |= {"’s", "—", "Colour", "colour", "favourite", "US$", "“", "Mex$"}
    assert len(words) > 10_000
    changed = [w for w in words if theirs(w) != w.lower()]
    assert len(changed) > 20
    assert [ours(w) for w in sorted(words)] == [theirs(w) for w in sorted(words)]
    assert ours is not theirs and ours("’s") == "'s"
