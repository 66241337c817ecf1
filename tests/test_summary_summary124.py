"""A line introducing a person by surname ("Reischl, 67, a retired cartographer, ...", raw 155)
opens its article's run of lines when that run holds a "he" line its page said, in full,
was the same man, and no line shown above names him (summary124, raw Multi-News validation,
0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.summarize.introduced_first import introduced_first
from tests import summary_texts
from tests.raw_pages import raw_clusters

_PAGE = [
    "Lead of another page.",  # article 0
    "A veteran named Jim Reischl watches the street.",  # article 1
    "Hard to believe it now, but that night changed his life.",
    "He thought maybe she was trying to trap him.",
    "Reischl, 67, a retired cartographer, is not the only soldier back.",
]
_ARTICLE_OF = [0, 1, 1, 1, 1]


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _first(shown: list[str], part: str) -> int:
    return next(n for n, text in enumerate(shown) if part in text)


def test_the_surname_line_opens_its_articles_run():
    assert introduced_first(_PAGE, [0, 2, 3, 4], _ARTICLE_OF) == [0, 3, 1, 2]


def test_edges_keep_the_order():
    # the run opens the summary: the opening is chosen elsewhere
    assert introduced_first(_PAGE, [2, 3, 4], _ARTICLE_OF) == [0, 1, 2]
    # a line above writes the surname already
    assert introduced_first(_PAGE, [1, 2, 3, 4], _ARTICLE_OF) == [0, 1, 2, 3]
    # no "he" line in the run
    assert introduced_first(_PAGE, [0, 2, 4], _ARTICLE_OF) == [0, 1, 2]
    # the page never named the man in full before the "he" line
    unnamed = [*_PAGE[:1], "A veteran watches the street.", *_PAGE[2:]]
    assert introduced_first(unnamed, [0, 2, 3, 4], _ARTICLE_OF) == [0, 1, 2, 3]
    # another article's "he" line does not count
    assert introduced_first(_PAGE, [0, 3, 4], [0, 1, 1, 0, 1]) == [0, 1, 2]


def test_raw_155_names_its_veteran_before_his_he_lines(clusters):
    shown = summary_texts.summary(clusters[155])
    reischl = _first(shown, "Reischl, 67, a retired cartographer")
    assert reischl < _first(shown, "Hard to believe it now")
    assert reischl < _first(shown, "He thought maybe she was trying")
    # below the other article's Cuong Luu, whose lines keep their place
    assert _first(shown, "Mr. Luu inherited") < reischl


def test_raw_75_keeps_the_boys_he_line_above_the_gunmans_wife(clusters):
    """75's "He had previous heart surgery ..." is the boy named above it (Martinez); the line
    below opens on another name ("Smith told family members that Anderson ...")."""
    shown = summary_texts.summary(clusters[75])
    assert _first(shown, "He had previous heart surgery") < _first(shown, "Smith told family")
