"""The quotation patterns `quote_hits` compiles only for a sentence that holds their tail
(analysis speed, twenty-sixth pass): on every line of the raw validation and DUC clusters,
a pattern that matches holds its tail, so the sentences the tail turns away lose nothing."""

from __future__ import annotations

import re

from chorus.analyze.quote_hits import _REPORTED_VERB
from chorus.language.quote_pattern_needs import REQUIRED, TAILS
from chorus.language.quote_patterns import QUOTE_PATTERNS, REPORTED_SPEAKER
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+")
_ANCHORED = (
    *("verb speaker: quote", "according to speaker, statement", "speaker ..., adding that"),
    *("group ..., saying", "speaker ..., saying"),
)
"""The patterns this pass gave a tail: compiled ~5 ms each, matching in fewer than one
cluster in three of those whose words they were tried on."""


def _lines() -> list[str]:
    """Every line of the 250 raw and 30 DUC clusters' articles, and each rough sentence of
    it (what is tested holds of any text, whatever a sentence is)."""
    clusters = read_clusters(RAW_VALIDATION, 250) + read_clusters(DUC, 30)
    lines = [line for c in clusters for article in c["documents"] for line in article.splitlines()]
    return lines + [s for line in lines for s in _SENTENCE_END.split(line) if s != line]


LINES = _lines()


def test_each_anchored_pattern_that_matches_holds_its_tail() -> None:
    sources = dict(QUOTE_PATTERNS)
    for name in _ANCHORED:
        pattern, tail = re.compile(sources[name]), re.compile(TAILS[name])
        tried = [line for line in LINES if any(word in line for word in REQUIRED[name])]
        matched = [line for line in tried if pattern.search(line)]
        assert all(tail.search(line) for line in matched), name
        assert len(matched) >= 2, name
        # the tail turns away about half or more of the lines whose words it was tried on
        assert sum(tail.search(line) is not None for line in tried) < len(tried) * 0.6, name


def test_reported_speaker_holds_its_verb_wherever_it_matches() -> None:
    pattern = re.compile(REPORTED_SPEAKER)
    matched = skipped = 0
    for line in LINES:
        for start in range(0, len(line), 40):
            found = pattern.search(line, start)
            if found is not None:
                assert _REPORTED_VERB.search(line, start) is not None, line
                matched += 1
            skipped += _REPORTED_VERB.search(line, start) is None
    assert matched > 100 and skipped > 10 * matched
