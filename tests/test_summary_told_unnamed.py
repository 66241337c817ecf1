"""A summary opening on words told to a surname it has not introduced (raw 22, reader 74:
'“... 22 individuals who had to approve it,” Caitlin Checkett, ..., told Kreiss.', whose
"Daniel Kreiss" and his paper came five lines lower): chosen again without that opening.
Words told to an outlet ("told Reuters") open a summary as before."""

from __future__ import annotations

import pytest

from chorus.summarize.unnamed_rows import unnamed_opening
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 22 (the Romney tweets, the last read here)."""
    return read_clusters(RAW_VALIDATION, 23)


def test_an_opening_told_to_an_unintroduced_surname_is_chosen_again(clusters):
    texts = sentences(clusters[22])
    checkett = next(n for n, t in enumerate(texts) if t.endswith("told Kreiss."))
    assert unnamed_opening(texts, [checkett]) == [checkett]


def test_words_told_to_an_outlet_may_open(clusters):
    texts = sentences(clusters[7])
    steck = next(n for n, t in enumerate(texts) if "Steck told Reuters" in t)
    assert unnamed_opening(texts, [steck]) == []


def test_the_romney_summary_names_kreiss_before_writing_his_surname_alone(clusters):
    shown = summary(clusters[22])
    assert not shown[0].endswith("told Kreiss.")
    # [2]'s lead tells the news: the campaign's tweets were hard to send
    assert shown[0].startswith("When Mitt Romney's digital team wanted to send out a tweet")
    in_full = next(n for n, line in enumerate(shown) if "Daniel Kreiss" in line)
    alone = [n for n, line in enumerate(shown) if "Kreiss" in line and "Daniel Kreiss" not in line]
    assert all(n > in_full for n in alone)
