"""The summary a reader sees, summary107, on raw Multi-News validation clusters (0-based lines
of the file; reader91): one count or one day of one thing told again in another outlet's
words (`summarize.retold_plainly`). Raw 158's city "home to a little more than 18,000
people" within the Arctic Circle and 159's blood clot found "last Friday" are told once,
where the reader meets them first; two rows sharing words but no name (241's outbreak "that
sickened 87 people"), or a name but no figure or day (49's anthem, "gender-neutral"), and a
quotation are not read as one fact."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.represent import embed
from chorus.sentences import split
from chorus.summarize.features import ClusterView, cluster_view
from chorus.summarize.lexical import cluster_terms
from chorus.summarize.retold_plainly import PlainWords, retold_in_plain_words
from chorus.summarize.same_fact import wording
from tests.raw_pages import raw_clusters
from tests.summary_texts import row_of, summary

CITY = "The city, comfortably within the borders of the Arctic Circle"
NORTH = "More than 120 miles north of the Arctic Circle lies the city of Kiruna"
VISITS = "Keith Rogers said that he visits his wife every day at the hospital"
CLOT = "Last Friday, it was found that she has a blood clot in her lung"


def _view(cluster: dict) -> ClusterView:
    per_article = [split(clean(a)) for a in as_articles(cluster["documents"])]
    per_article = [group for group in per_article if group]
    return cluster_view(per_article, embed([s.text for g in per_article for s in g]))


def _retold(view: ClusterView, openings: list[str]) -> list[str]:
    """The rows, given by their openings in reading order, read as telling again a row
    before them."""
    rows = [row_of(list(view.texts), opening) for opening in openings]
    found = retold_in_plain_words(
        wording(view.terms, view.article_of),
        view.vectors,
        rows,
        PlainWords(view.texts, view.article_of),
    )
    return [view.texts[row][:40] for row in found]


def test_the_citys_size_and_place_are_told_once():
    shown = summary(raw_clusters()[158])
    assert any(line.startswith(CITY) for line in shown)
    assert not any(line.startswith(NORTH) for line in shown)
    assert sum("18,000" in line for line in shown) == 1


def test_the_blood_clot_is_told_once():
    shown = summary(raw_clusters()[159])
    assert any(line.startswith(VISITS) for line in shown)
    assert not any(line.startswith(CLOT) for line in shown)


@pytest.mark.parametrize(
    ("line", "first", "second", "again"),
    [
        (158, CITY, NORTH, True),
        (159, VISITS, CLOT, True),
        # read first, the other telling stays and this one goes
        (159, CLOT, VISITS, True),
        # "87", "nine", "sickened" both write, each once, and no name: two facts
        (
            241,
            "Mr. Monahan, now 58, was given antibiotics",
            "Experts say the lack of a water evaluation",
            False,
        ),
        # "gender", "neutral" and "O Canada" both write, no figure or day: one MP proposes
        # the anthem's new words, another opposes them
        (
            49,
            "OTTAWA -- Liberal MP Mauril Belanger is losing",
            "A renewed attempt to make the lyrics of O Canada",
            False,
        ),
    ],
)
def test_one_count_or_day_of_one_thing_told_again(line, first, second, again):
    assert _retold(_view(raw_clusters()[line]), [first, second]) == ([second[:40]] if again else [])


def test_plain_words_are_in_lower_case_or_figures_a_plurals_s_dropped():
    texts = [
        "Doctors found blood clots in her lungs on Friday, when 18,000 people watched.",
        "A woman will wield the hammer Mjölnir, says the PhD student.",
    ]
    plain = PlainWords(texts, np.array([0, 1]))
    assert {"clot", "lung", "18", "000", "blood", "doctor"} - plain.words(0) == {"doctor"}
    assert not {"lnir", "mj", "phd"} & plain.words(1)
    assert plain.names(0) == {"Friday"}


def test_a_quotation_is_not_read():
    """One remark two outlets quote is `quoted_twice`'s: unquoted, the pair is one fact."""
    said = "Doctors found a clot in her lung last Friday, and more infection, Rogers said."
    texts = [f"“{said[: -len(', Rogers said.')]},” Rogers said.", said]
    article_of = np.array([0, 1])
    terms = cluster_terms(texts, article_of)[0]

    def retold(rows: list[str]) -> list[int]:
        return retold_in_plain_words(
            wording(terms, article_of), embed(rows), [0, 1], PlainWords(rows, article_of)
        )

    assert retold(texts) == []
    assert retold([texts[0].replace("“", "").replace("”", ""), said]) == [1]
