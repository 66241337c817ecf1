"""Only in one outlet, a reader's findings (stop 37, /tmp/reader43): a quotation of someone
no other outlet names is that outlet's alone, however close another outlet's sentence on
the topic comes (raw 98: two close reports of one study, where every sentence scores 0.22
or more with one of the other's, so the section was empty), and a broadcast's tune-in line
is no news (raw 104's NBC promo)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.model import Fact
from chorus.analyze.unique import tune_in
from tests.gold import inputs

RATS = "multi_news-val-4387"
"""Raw 98: THC makes rats lazy; the Guardian's report and UBC's release."""
OSAN = "multi_news-val-4945"
"""Raw 104: Osan Air Base; the Air Force's story, NPR's and NBC's."""
CATALYSIS = "multi_news-val-315"
"""Raw 56: turning electricity into hydrogen; four reports, one quoting an outside expert."""
ANTHEM = "multi_news-val-1513"
"""Raw 49: O Canada's lyrics; only the third article quotes Karen Vecchio."""


@pytest.fixture(scope="module")
def lone() -> dict[str, tuple[Fact, ...]]:
    found = {}
    for name, documents in inputs({RATS, OSAN, CATALYSIS, ANTHEM}).items():
        analysis = brief(documents, words=100).analysis
        assert analysis is not None
        found[name] = analysis.unique
    return found


def _texts(lone, cluster: str) -> list[str]:
    return [fact.statement.text for fact in lone[cluster]]


def test_a_quotation_of_someone_only_one_outlet_names_is_listed(lone):
    # Only the release names Catharine Winstanley; the Guardian's nearest sentence is
    # Silveira's call for more research (0.32), which tells nothing of CBD's surprise.
    texts = _texts(lone, RATS)
    assert any(t.startswith("“This was surprising") and "Winstanley" in t for t in texts)
    # Silveira, whom both quote, gives no item by this route
    assert not any("Silveira" in t for t in texts)
    # Ib Chorkendorff, quoted by the fourth article alone, on the work as "an important step"
    texts = _texts(lone, CATALYSIS)
    assert any(t.startswith("Ib Chorkendorff") for t in texts)
    # the quotation cut off from its speaker stays out
    assert not any("a lot more work to do" in t for t in texts)


def test_a_quotation_credited_to_she_alone_is_not_listed_by_its_speaker(lone):
    # "“This is our national anthem, ...,” she said." names no one: shown alone it would not
    # say whose words they are; the line naming Vecchio is listed instead
    texts = _texts(lone, ANTHEM)
    assert not any(t.startswith('"This is our national anthem') for t in texts)
    assert any("said Vecchio" in t for t in texts)


def test_a_tune_in_line_is_no_lone_item(lone):
    texts = _texts(lone, OSAN)
    assert texts
    assert not any("Lester Holt anchors" in t for t in texts)


@pytest.mark.parametrize(
    ("cluster", "opening", "tunes_in"),
    [
        ("multi_news-val-4945", "NBC Nightly News Exclusive", True),
        ("multi_news-val-555", "BUFFETT TODAY - Per CNNMoney", True),
        ("multi_news-val-33", "The Late Show with Stephen Colbert is the premier", True),
        ("multi_news-val-168", "American Airlines cancelled flights", False),
        ("multi_news-val-501", "Turchynov issued a 9 p.m.", False),
    ],
)
def test_tune_in_reads_a_broadcasts_hour_with_a_word_asking_to_watch(cluster, opening, tunes_in):
    documents = inputs({cluster})[cluster]
    line = next(
        line
        for document in documents
        for line in str(document).replace("NEWLINE_CHAR", "\n").splitlines()
        if opening in line
    )
    assert tune_in(line) is tunes_in
