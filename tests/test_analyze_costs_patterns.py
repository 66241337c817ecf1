"""Tests that compile no pattern for each word a cluster brings, on real articles: each
answers as the pattern it replaced (analysis speed, twenty-fourth pass)."""

from __future__ import annotations

import re

from chorus.analyze.borrowed import _rank_counted, _ranks
from chorus.analyze.counted import _written_alone
from chorus.analyze.entity_misspellings import _written
from chorus.language.denials import _denied_verbs, denies, holds_denial
from tests.conftest import RAW_VALIDATION, read_clusters

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+")


def _sentences(limit: int) -> list[list[str]]:
    """Each cluster's sentences, split roughly at their ends (what is tested is how two
    ways read one text, whatever a sentence is)."""
    clusters = read_clusters(RAW_VALIDATION, limit)
    return [
        [s for article in cluster["documents"] for s in _SENTENCE_END.split(article)]
        for cluster in clusters
    ]


def test_denies_reads_each_word_and_verb_as_their_pattern_would() -> None:
    tried = agreed = 0
    for sentences in _sentences(40):
        negatives = [s for s in sentences if _denied_verbs(s)]
        positives = [s for s in sentences if not holds_denial(s)]
        for negative in negatives:
            for positive in positives:
                expected = any(
                    re.search(rf"\b{re.escape(word)}\s+{verb}\b", positive, re.IGNORECASE)
                    for word, verb in _denied_verbs(negative)
                )
                assert denies(negative, positive) == expected, (negative, positive)
                tried, agreed = tried + 1, agreed + expected
    assert tried > 10_000 and agreed > 20


def test_written_counts_a_name_alone_as_its_pattern_would() -> None:
    counted = 0
    for cluster in read_clusters(RAW_VALIDATION, 40):
        text = "\n".join(cluster["documents"])
        names = {*re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", text), "O'Brien", "U.S."}
        for name in names:
            expected = len(re.findall(rf"(?<![\w'’]){re.escape(name)}(?![\w’])", text))
            assert _written(name, text) == expected, name
            counted += expected
    assert counted > 1000


def test_rank_counted_finds_a_rank_as_a_count_as_its_pattern_would() -> None:
    sentences = [s for cluster in _sentences(250) for s in cluster]
    rankings = [s for s in sentences if _ranks(s)]
    counting = [s for s in sentences if re.search(r"\d\s+[A-Za-z]", s)]
    found = 0
    for ranking in rankings:
        for count in counting:
            expected = any(
                re.search(rf"\b{number}\s+{word}\b", count, re.IGNORECASE)
                for number, word in _ranks(ranking)
            )
            assert _rank_counted(ranking, count) == expected, (ranking, count)
            found += expected
    assert len(rankings) > 20 and found > 0


def test_written_alone_finds_a_figure_as_its_pattern_would() -> None:
    """Each figure a sentence writes, and its first and last digits (inside a longer one,
    before a decimal part), asked of that sentence (twenty-sixth pass)."""
    alone = inside = 0
    for sentence in (s for cluster in _sentences(250) for s in cluster):
        numbers = re.findall(r"\d+(?:[.,]\d+)*", sentence)
        for form in {f for n in numbers for f in (n, n[0], n[-1], n.split(",")[0])}:
            expected = re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", sentence)
            assert _written_alone(sentence, form) == (expected is not None), (form, sentence)
            alone, inside = alone + (expected is not None), inside + (expected is None)
    assert alone > 5_000 and inside > 5_000
