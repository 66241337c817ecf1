"""The summary a reader sees, summary111, on raw Multi-News validation clusters (0-based lines
of the file; readers 93-95): one fact told again in the summary. Raw 213's "first
hand-drawn Popeye cartoon since 1987" is told by [1] once and by [2] twice, so no plain word
but the year is one [2] writes once; the year, a name and two more plain words both write
read it as one fact (`retold_plainly`). Raw 171's "Google's Knowledge Graph feature will begin
to roll out in the next few days." came in with its line after, past selection's
redundancy cut, restating its own article's lead (`restated`)."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.render.headline_choice import headline
from chorus.represent import embed
from chorus.sentences import split
from chorus.settings import SummaryOptions
from chorus.summarize.features import ClusterView, cluster_view
from chorus.summarize.restated import restated
from chorus.summarize.retold_plainly import PlainWords, retold_in_plain_words
from chorus.summarize.same_fact import wording
from tests.briefings import raw_briefing
from tests.raw_pages import raw_clusters
from tests.summary_texts import row_of, summary

SINCE_1987 = "Said to be the first hand-drawn Popeye cartoon since 1987"
IN_30_YEARS = "The animation is a collaboration with King Features, and is"
RENDERING = "In what has become a primarily digital world, this new video marks"
ROLLING_OUT = "Google's new Knowledge Graph is a new search tool that will begin rolling"
ROLL_OUT = "Google's Knowledge Graph feature will begin to roll out"
DESKTOP = "It will be available on regular desktop search"
ADOPTING = "The public can help by considering adopting a dog"
ADOPTION = "The Lehigh County Humane Society says in a Facebook posting"


def _view(line: int) -> ClusterView:
    per_article = [split(clean(a)) for a in as_articles(raw_clusters()[line]["documents"])]
    per_article = [group for group in per_article if group]
    return cluster_view(per_article, embed([s.text for g in per_article for s in g]))


def _rows(view: ClusterView, openings: list[str]) -> list[int]:
    return [row_of(list(view.texts), opening) for opening in openings]


@pytest.mark.parametrize(
    ("line", "kept", "left"),
    [
        (213, SINCE_1987, [RENDERING]),
        # the line leaning on the later telling ("It will be available ...") goes with it
        (171, ROLLING_OUT, [ROLL_OUT, DESKTOP]),
    ],
)
def test_one_fact_is_told_once_where_the_reader_meets_it_first(line, kept, left):
    shown = summary(raw_clusters()[line])
    assert [opening for opening in [kept, *left] if any(s.startswith(opening) for s in shown)] == [
        kept
    ]


def test_1987_is_written_once():
    assert sum("1987" in line for line in summary(raw_clusters()[213])) == 1


def test_213s_headline_is_its_summarys_first_line():
    # With "since 1987" told once, [2]'s lead "[Video Link] The Wilco track ..." opened the
    # summary and headed: judged same. clean64 (stop 53) takes the tag out, and [1]'s lead now
    # opens the summary and heads, cut: judged worse there (its wordplay, not the video), left
    # to a headline pass. Reader26's judged "… the band's ..." stays in its fixture, 213 out
    # of that test's holds.
    chosen = headline(raw_briefing(213))
    assert (chosen.text, chosen.source) == (
        "When Wilco's ace guitarist Nels Cline told The Times recently that his band leader…",
        "summary sentence 1, shortened",
    )


@pytest.mark.parametrize(
    ("first", "second", "again"),
    [
        # "1987" each writes there once, "Popeye", and "first", "hand", "drawn", "since"
        (SINCE_1987, RENDERING, True),
        (RENDERING, SINCE_1987, True),
        # "more than 30 years" is no figure [1] writes: not read as the same one
        (SINCE_1987, IN_30_YEARS, False),
        # one article's two rows: not read here
        (IN_30_YEARS, RENDERING, False),
    ],
)
def test_a_figure_each_writes_once_with_a_name_and_two_words(first, second, again):
    view = _view(213)
    rows = _rows(view, [first, second])
    found = retold_in_plain_words(
        wording(view.terms, view.article_of),
        view.vectors,
        rows,
        PlainWords(view.texts, view.article_of),
    )
    assert found == ([rows[1]] if again else [])


def _restated(line: int, openings: list[str]) -> list[int]:
    view = _view(line)
    rows = _rows(view, openings)
    return [
        rows.index(row)
        for row in restated(
            view.vectors, view.article_of, view.texts, rows, SummaryOptions().redundancy
        )
    ]


def test_a_row_restating_its_own_articles_row_is_the_later_telling():
    assert _restated(171, [ROLLING_OUT, DESKTOP, ROLL_OUT]) == [2]
    assert _restated(171, [ROLL_OUT, ROLLING_OUT]) == [1]


def test_two_outlets_rows_at_the_cut_are_not_read():
    """Raw 13's "considering adopting a dog" and "information on adoption will be available"
    (two articles, 0.70): two facts of one thing."""
    view = _view(13)
    a, b = _rows(view, [ADOPTING, ADOPTION])
    assert view.article_of[a] != view.article_of[b]
    assert float(view.vectors[a] @ view.vectors[b]) >= SummaryOptions().redundancy
    assert _restated(13, [ADOPTING, ADOPTION]) == []


def test_a_quotation_is_not_read():
    texts = ["Google's Knowledge Graph will begin rolling out today.", ""]
    texts[1] = f"“{texts[0]}”"
    vectors = embed(texts)
    assert restated(vectors, np.array([0, 0]), texts, [0, 1], 0.7) == []
    assert restated(vectors, np.array([0, 0]), [texts[0], texts[0]], [0, 1], 0.7) == [1]
