"""The reader rules' cost (speed40, stop 48): "the" and a plural searched once over a
cluster's texts joined (`presumed._plural_nouns`), and a row's speaker readings kept for the
next selection (`surnames.bare_speakers`): the same answers on the real text of raw validation
clusters."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.presumed import (
    _CLEFT,
    _THE_PLURAL,
    _plural_nouns,
    _plurals_brought_in,
    presumes_before,
)
from chorus.summarize.surname_introductions import introductions
from chorus.summarize.surnames import _bare_names, bare_speakers
from tests.conftest import RAW_VALIDATION, read_clusters

_CLUSTERS = 80


@pytest.fixture(scope="module")
def clusters() -> list[tuple[list[str], list[int]]]:
    """The first raw validation clusters' sentences, with each article's first row."""
    found = []
    for cluster in read_clusters(RAW_VALIDATION, _CLUSTERS):
        texts: list[str] = []
        starts = []
        for article in as_articles(cluster["documents"]):
            sentences = split(clean(article))
            if sentences:
                starts.append(len(texts))
                texts += [sentence.text for sentence in sentences]
        found.append((texts, starts))
    return found


def _read_alone(texts: list[str]) -> list[tuple[int, int, str]]:
    """Each text searched alone, as the rule read them before."""
    found = []
    for row, text in enumerate(texts):
        clefts = _CLEFT.finditer(text) if ("t was the " in text or "t is the " in text) else ()
        found += [(row, match.start(), match.group(1)) for match in _THE_PLURAL.finditer(text)]
        found += [(row, match.start(), match.group(1)) for match in clefts]
    return sorted(found)


def test_the_texts_joined_give_each_text_s_own_matches(clusters):
    matches = 0
    for texts, _ in clusters:
        expected = _read_alone(texts)
        matches += len(expected)
        assert sorted(_plural_nouns(texts)) == expected
    assert matches > 300, "too few plurals read: the test reads little"


def test_a_text_holding_the_joining_mark_reads_as_it_does_alone(clusters):
    texts, _ = clusters[0]
    marked = [text.replace(" the ", " the\0", 1) for text in texts]
    assert sorted(_plural_nouns(marked)) == _read_alone(marked)
    read = 0
    for texts, starts in clusters:
        expected = _plurals_brought_in(texts, starts)
        if expected.any():
            read += 1
            alone = _plurals_brought_in([*texts, "a\0b"], starts)
            assert alone.tolist() == [*expected.tolist(), False]
    assert read >= 2


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # no match runs from one text into the next
        (["They voted on the", "amendments passed."], []),
        # a word opening the next text is no modifier of this one's plural
        (["He read the documents", "of the state were sealed."], [(0, 8, "documents")]),
        (["It was the torpedo hits that doomed it."], [(0, 0, "hits")]),
        (
            ["Seized, the two documents", "the amendments"],
            [(0, 8, "documents"), (1, 0, "amendments")],
        ),
    ],
)
def test_each_text_s_edges_read_as_a_text_alone(texts, expected):
    assert sorted(_plural_nouns(texts)) == sorted(expected) == _read_alone(texts)


def test_the_amendments_the_sentence_before_brought_in_are_still_marked(clusters):
    marked = 0
    for texts, starts in clusters:
        found = presumes_before(texts, starts)
        assert not found[starts].any()
        marked += int(np.count_nonzero(_plurals_brought_in(texts, starts)))
    assert marked >= 2


def test_a_speaker_read_again_is_the_one_read_first(clusters):
    bare_speakers.cache_clear()
    for texts, starts in clusters[:30]:
        expected = [tuple(_bare_names(text)) for text in texts]
        assert [bare_speakers(text) for text in texts] == expected
        shown = list(range(0, len(texts), 3))
        article_of = np.searchsorted(starts, np.arange(len(texts)), side="right") - 1
        first = introductions(texts, shown, article_of, starts)
        read = bare_speakers.cache_info().hits
        again = introductions(texts, shown, article_of, starts)
        assert bare_speakers.cache_info().hits - read == len(shown)
        bare_speakers.cache_clear()
        assert first == again == introductions(texts, shown, article_of, starts)
