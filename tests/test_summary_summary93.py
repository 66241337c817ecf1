"""The summary a reader sees, eighty-first pass, on raw Multi-News validation clusters (0-based
lines of the file; reader84's items, summary93): an opening "They" shown apart from the row
before it, which opens on the plural subject it stands for, where no line shown before writes
them (raw 115's "They relied on one member of their group, Americo Lopes, ...", its "The
co-workers had pooled their money ..." left out, below a lottery official's quotation)."""

from __future__ import annotations

from chorus.summarize.people_unmet import they_unmet
from tests.raw_pages import raw_clusters
from tests.summary_texts import article_starts, before_and, row_of, sentences, summary


def test_a_they_of_co_workers_no_line_shown_names_is_marked():
    cluster = raw_clusters()[115]
    texts = sentences(cluster)
    starts = article_starts(cluster)
    relied = row_of(texts, "They relied on one member of their group")
    advice = row_of(texts, '"My advice is to formalize those agreements')
    assert texts[relied - 1].startswith("The co-workers had pooled their money")
    assert they_unmet(texts, [advice, relied], starts) == [relied]
    # shown right below its sentence before, the co-workers are met
    assert they_unmet(texts, [advice, relied - 1, relied], starts) == []
    # a line shown before writing the co-workers meets them too
    sued = row_of(texts, "Lopes later claimed he bought the winning ticket")
    assert "co-workers" in texts[sued]
    assert they_unmet(texts, [sued, advice, relied], starts) == []


def test_a_they_after_no_plural_subject_is_left_alone():
    # 153 [2]'s "They say she had ..." is the police's, not "The photos" before it; the rule
    # reads that pair too (its one wrong pair of 16), but a "They" whose line before opens on
    # a time ("Two days later, ...", raw 9) or on "The story was" (raw 130) is not read
    for line, opening in ((9, "They were shocked and horrified"), (130, "They presented the idea")):
        cluster = raw_clusters()[line]
        texts = sentences(cluster)
        they = row_of(texts, opening)
        assert they_unmet(texts, [0, they], article_starts(cluster)) == []


def test_115s_they_is_shown_with_the_co_workers_or_not_at_all():
    """On main e817c053 115's summary showed "They relied ..." right below Grief's
    quotation, the co-workers never told."""
    before, relied = before_and(raw_clusters()[115], "They relied on one member of their group")
    shown = summary(raw_clusters()[115])
    assert len(shown) >= 6
    assert relied not in shown or shown[shown.index(relied) - 1] == before
