"""Stop 49's and 50's summary rules made cheaper at the same bytes (speed42, raw Multi-News
validation, 0-based lines of the file): the headline's round (summary95) reads the rows
chosen in the round before it instead of choosing them again; `standing` finds a quotation's
opening "It" over the joined texts; `credited_to_another` reads a row before its credit."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

import chorus.summarize
from chorus import brief
from chorus.summarize.stands_on import credited_to_another, quoted_thing, standing
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def test_the_headlines_round_chooses_nothing_again(clusters, monkeypatch):
    # raw 235 and 208 open on a later article's lead (summary95): their summaries are read
    # again once moved, and no choice is made twice on masks nothing changed
    choose = chorus.summarize.select
    calls: list[tuple[np.ndarray, ...]] = []

    def recorded(*args, **kwargs):
        masks = ("shut", "pulls", "brings", "first")
        calls.append(tuple(np.copy(kwargs[mask]) for mask in masks))
        return choose(*args, **kwargs)

    monkeypatch.setattr(chorus.summarize, "select", recorded)
    compared = 0
    for line in (235, 208, 8, 20):
        calls.clear()
        summary = brief(clusters[line]["documents"], words=250, analyze=False).summary
        assert summary
        for before, after in itertools.pairwise(calls):
            compared += 1
            same = [
                (a is None and b is None) or (a is not None and b is not None and (a == b).all())
                for a, b in zip(before, after, strict=True)
            ]
            assert not all(same), line
    # a cluster choosing once compares nothing: the rounds above must have been read
    assert compared >= 3


def test_raw_235s_sanctions_line_still_right_below_its_approval(clusters):
    shown = brief(clusters[235]["documents"], words=250, analyze=False).summary
    texts = [s.shown.text for s in shown]
    later = next(
        n for n, text in enumerate(texts) if text.startswith("Although the latest sanctions")
    )
    assert texts[later - 1].startswith("The U.N. Security Council unanimously approved")


def test_every_quoted_it_row_is_found_over_the_joined_texts(clusters):
    found = 0
    for line in range(250):
        cluster = clusters[line]
        texts = summary_texts.sentences(cluster)
        stands, _ = standing(texts, np.array(summary_texts.article_starts(cluster)))
        rows = [row for row, text in enumerate(texts) if quoted_thing(text)]
        assert all(stands[row] for row in rows), line
        found += len(rows)
    assert found >= 3


def test_a_quoted_it_opening_any_text_is_found_where_it_is():
    line = "“It was put together by the governor in the back room,” state Rep. Ann Lee said."
    texts = [line, "The budget passed.", "  " + line, "Nothing here.", "(" + line]
    stands, _ = standing(texts, np.array([0, 3]))
    assert np.flatnonzero(stands).tolist() == [0, 2, 4]
    # "It " past a text's sixth character is not an opening
    stands, _ = standing(["The budget.", "And “It was put together ...,” he said."], np.array([0]))
    assert not stands.any()


def test_a_he_credit_after_another_outlets_named_credit_is_still_marked():
    texts = [
        "The band toured in May.",
        "“We never planned a reunion,” says Page.",
        "Fans waited for hours.",
        "The record sold well.",
        "“These things aren't to study,” he said.",
        "Tickets sold out.",
    ]
    assert credited_to_another(texts, [1, 4], [0, 3]) == [4]
    # the row right after its own article's line before, or holding no quotation, is left
    assert credited_to_another(texts, [1, 5], [0, 3]) == []
    assert credited_to_another(texts, [3, 4], [0, 3]) == []
