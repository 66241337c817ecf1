"""A "he" or "she" after an opening connective ("But he ...", "And she ...") shown right
after another outlet's line is read as an opening "He" or "She" is (summary90, raw
Multi-News validation, 0-based lines of the file): raw 19's "But he is a lesser-known
figure on Wall Street.", Jerome Powell's, shown below [2]'s "Trump has often taken credit
for the stock market's climb." as if it were Trump's."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.summarize.stands_on import another_outlets_one
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 109 (Nola, the northern white rhino)."""
    return read_clusters(RAW_VALIDATION, 110)


def test_powells_but_he_is_not_shown_below_another_outlets_trump(clusters):
    shown = summary_texts.summary(clusters[19])
    assert shown[0].startswith("White House officials are downplaying the recent chaos")
    assert "Trump has often taken credit for the stock market's climb." in shown
    assert "But he is a lesser-known figure on Wall Street." not in shown


def test_a_connective_pronoun_is_read_after_another_article_only(clusters):
    trump = summary_texts.sentence(clusters[19], "Trump has often taken credit")
    powell = summary_texts.sentence(clusters[19], "But he is a lesser-known figure")
    texts = [trump, powell]
    assert another_outlets_one(texts, [0, 1], np.array([1, 2])) == [1]
    # below its own article's line the reader reads on in that article, as for "He ..."
    assert another_outlets_one(texts, [0, 1], np.array([2, 2])) == []


def test_a_connective_before_no_pronoun_or_a_pronoun_inside_is_not_read(clusters):
    # raw 109: "But she" opens the line; "It sounds corny, but with her, ..." does not
    kennedy = summary_texts.sentence(clusters[109], "“It sounds corny, but with her")
    nola = summary_texts.sentence(clusters[109], "But she and her fellow")
    both = another_outlets_one([nola, kennedy], [0, 1], np.array([0, 1]))
    assert both == []  # Kennedy's line opens on a quotation, no pronoun
    assert another_outlets_one([kennedy, nola], [0, 1], np.array([0, 1])) == [1]
