"""The vocabulary's attribute getters a recognition runs on every word new to it, in
Python: only those the recognizer reads, and NORM's nested lookups as one function."""

from __future__ import annotations

import functools
from typing import Any


def attributes_read(pipeline: Any) -> dict[int, Any]:
    """The vocabulary's attribute getters the recognizer reads: its features' columns and
    whether a word is whitespace (no entity starts on one). Every word new to the
    vocabulary runs each getter, in Python, in every recognition (the memory zone forgets
    the word); the other 18 (like_num, is_stop, ...) cost 0.8 ms a cluster, for nothing."""
    from spacy.attrs import IDS, IS_SPACE

    read = {IS_SPACE}
    for node in pipeline.get_pipe("ner").model.walk():
        if node.name == "extract_features":
            read.update(IDS[c] if isinstance(c, str) else c for c in node.attrs["columns"])
    getters = {a: get for a, get in pipeline.vocab.lex_attr_getters.items() if a in read}
    return {a: _lookups_flattened(get) for a, get in getters.items()}


def _lookups_flattened(getter: Any) -> Any:
    """A getter spaCy's `add_lookups` nested (NORM's: the model's norm table, then the
    base norms, then `lower`) as one function returning the same values: each new word ran
    six Python calls through it, 1.0-1.2 µs, ~41 words a cluster. Lookup tables keyed by
    string id (spaCy's `Table`, whose bloom filter has no false negatives) come first, then
    those keyed by the string, copied once at loading (nothing changes them after); any
    other nesting is left as it is."""
    from spacy.lookups import Table
    from spacy.strings import get_string_id
    from spacy.util import _get_attr_unless_lookup

    chain, default = [], getter
    while isinstance(default, functools.partial) and default.func is _get_attr_unless_lookup:
        chain.extend(default.args[1])
        default = default.args[0]
    tables = sum(isinstance(lookup, Table) for lookup in chain)
    if not chain or not all(isinstance(lookup, Table) for lookup in chain[:tables]):
        return getter
    # merged last to first, so the first lookup holding a key gives its value
    by_id = {k: v for lookup in reversed(chain[:tables]) for k, v in lookup.items()}
    by_string = {k: v for lookup in reversed(chain[tables:]) for k, v in lookup.items()}
    missing = object()

    def flattened(string: str) -> Any:
        found = by_id.get(get_string_id(string), missing)
        if found is missing:
            found = by_string.get(string, missing)
        return default(string) if found is missing else found

    return flattened
