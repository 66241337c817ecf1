"""Tests that the entity listing's faster forms answer as the ones they replaced, on real
articles (analysis speed, sixteenth pass)."""

from __future__ import annotations

import re

from chorus.analyze.entity_speaker_spellings import _other_spellings, _writes
from chorus.analyze.entity_speakers import _whole_at
from tests.conftest import RAW_VALIDATION, read_clusters

_NAMES = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+")


def test_writes_finds_a_name_as_its_word_bounded_pattern_would() -> None:
    # every run of capitalised words, its other spellings and its pieces cut inside a word
    # ("ohn Smit"), against each article of the cluster
    tried = written = 0
    for cluster in read_clusters(RAW_VALIDATION, 40):
        texts = cluster["documents"]
        names = {found[0] for text in texts for found in _NAMES.finditer(text)}
        for name in sorted(names)[:60]:
            for form in (name, *_other_spellings(name), name[1:-1], name.lower()):
                for text in texts:
                    expected = re.search(rf"\b{re.escape(form)}\b", text) is not None
                    assert _writes(text, form) == expected, (form, text[:80])
                    tried, written = tried + 1, written + expected
    assert tried > 10_000 and 1_000 < written < tried - 1_000


_WORDS = re.compile(r"[A-Z][a-z]+")


def test_whole_at_finds_a_surname_where_its_pattern_matched() -> None:
    # each capitalised word of a cluster's articles, as `_said_alone` looks a surname up
    tried = found = 0
    for cluster in read_clusters(RAW_VALIDATION, 25):
        text = "\n".join(cluster["documents"])
        for word in sorted({w[0] for w in _WORDS.finditer(text)})[:150]:
            pattern = rf"(?<![\w'’-]){word}(?![\w'’-])"
            expected = [m.start() for m in re.finditer(pattern, text)]
            assert list(_whole_at(text, word)) == expected, word
            tried, found = tried + 1, found + len(expected)
    assert tried > 2_000 and found > 4_000
