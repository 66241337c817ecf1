"""The summary a reader sees (summary139, stop 57), on raw Multi-News validation clusters
(0-based lines of the file): an opening line speaking of a family by its surname ("... a
declaration of innocence for the Kellers.", 152 [1]) reads after the article naming them
in full below it ("Dan and Fran Keller, who spent more than 21 years in prison ..., will
receive $3.4 million ...", [2]), which then opens the summary."""

from __future__ import annotations

import pytest

from chorus.summarize.families_unmet import families, family_named_below
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's first 153 clusters."""
    return read_clusters(RAW_VALIDATION, 153)


def test_152_opens_on_the_kellers_named_and_paid(clusters):
    texts = summary(clusters[152])
    assert texts[0].startswith("Dan and Fran Keller, who spent more than 21 years in prison")
    assert "$3.4 million" in texts[0]
    judge = next(n for n, t in enumerate(texts) if t.startswith("A judge in June approved"))
    assert judge > 0
    # the same lines as before, in another order: the Kellers' to-do list follows its line
    assert texts[1].startswith("Their to-do list includes buying a house")
    assert texts[judge].endswith("for the Kellers.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A judge approved a declaration of innocence for the Kellers.", ("Keller",)),
        # named in full in the line itself: nothing presumed
        ("Dan and Fran Keller are free; the Kellers will be paid.", ()),
        # a place's name before a capitalised word
        ("A man was shot at the Haas School of Business.", ()),
    ],
)
def test_a_family_by_its_surname(text, found):
    assert families(text) == found


def test_the_article_naming_the_family_in_full_opens():
    texts = [
        "A judge approved a declaration of innocence for the Kellers.",
        "They were freed in 2013.",
        "Dan and Fran Keller will receive $3.4 million.",
    ]
    assert family_named_below(texts, [0, 1, 2], [0, 0, 1]) == 1


@pytest.mark.parametrize(
    ("texts", "article_of"),
    [
        # named in full below in the opening's own article: its order is the page's
        (
            [
                "A judge approved a declaration of innocence for the Kellers.",
                "Dan and Fran Keller will receive $3.4 million.",
            ],
            [0, 0],
        ),
        # a place no line names after a first name
        (
            [
                "A typhoon hit the Philippines on Sunday.",
                "Babs was the second storm to hit the Philippines this month.",
            ],
            [0, 1],
        ),
    ],
)
def test_no_article_moves(texts, article_of):
    assert family_named_below(texts, list(range(len(texts))), article_of) is None
