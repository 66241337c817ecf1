"""A summary line whose subject is "the" and a noun only its article's line before brings in,
shown where no line before it writes the noun (summary92, raw Multi-News validation, 0-based
lines of the file): raw 75's "The deletion occurs in either the egg or the sperm ..." (the
deletion of genes its line before tells), 134's "The exercises identified several areas for
improvement, ..." (the anthrax drills), 109's "The mating happened, ..." (after "... Nola
would mate with Angalifu ..."); people by what they are (raw 8's "All of the men ...") and
a preposition where the noun would be (56's "The selectivity for oxygenates ...") are not
read."""

from __future__ import annotations

import pytest

from chorus.summarize.definites_unmet import definites_unmet
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _rows(cluster: dict, *openings: str) -> tuple[list[str], list[int], list[int]]:
    texts = summary_texts.sentences(cluster)
    rows = [summary_texts.row_of(texts, opening) for opening in openings]
    return texts, rows, summary_texts.article_starts(cluster)


def test_a_noun_only_the_line_before_brings_in_waits_for_it(clusters):
    for line, opening in ((75, "The deletion occurs"), (134, "The exercises identified")):
        assert summary_texts.shown_only_after_the_sentence_before(clusters[line], opening)
    texts, (deletion,), starts = _rows(clusters[75], "The deletion occurs")
    assert "spontaneous deletion of" in texts[deletion - 1]
    assert definites_unmet(texts, [0, deletion], starts) == [deletion]
    assert definites_unmet(texts, [0, deletion - 1, deletion], starts) == []


def test_a_noun_made_of_the_line_befores_verb_is_read(clusters):
    texts, (lead, mating), starts = _rows(clusters[109], "Nola, one of just four", "The mating")
    assert "would mate with" in texts[mating - 1]
    assert definites_unmet(texts, [lead, mating], starts) == [mating]


def test_a_line_shown_before_writing_the_noun_meets_it(clusters):
    texts, (lead, deletions, deletion), starts = _rows(
        clusters[75], "Martinez had Williams", "The extent of these deletions", "The deletion"
    )
    assert definites_unmet(texts, [lead, deletion], starts) == [deletion]
    assert definites_unmet(texts, [lead, deletions, deletion], starts) == []


def test_people_and_a_preposition_are_not_read_as_the_noun(clusters):
    texts, (lead, men), starts = _rows(clusters[8], "State police have charged", "All of the men")
    assert "the men were members" in texts[men - 1]
    assert definites_unmet(texts, [lead, men], starts) == []
    texts, (selectivity,), starts = _rows(clusters[56], "The selectivity for oxygenates")
    assert "for this notoriously difficult reaction" in texts[selectivity - 1]
    assert definites_unmet(texts, [selectivity], starts) == []
