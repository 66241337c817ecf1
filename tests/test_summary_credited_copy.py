"""A quotation credited to "he" by a verb in "-ed", shown below a line naming another man, on
raw Multi-News validation 137 (0-based line of the file; reader 68, summary62): [1]'s
"“I thought it would be great to cut out the middle man ...,” he joked." is Colbert's (its
sentence before announces his 2020 bid), but was shown below "During an off-air chat with
Colbert, Urgant described his show ...", so read as Urgant's. [2] quotes the same words and
says who speaks: that copy is shown instead."""

from __future__ import annotations

import pytest

from chorus.represent import embed
from chorus.summarize.credited_copy import credited_copies
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of, summary
from tests.test_summary_reader33 import _rows

_JOKED = "“I thought it would be great to cut out the middle man"
_URGANT = "During an off-air chat with Colbert, Urgant described his show"
_TAPING = "During Colbert's live taping at Evening Urgant"


@pytest.fixture(scope="module")
def cluster() -> dict:
    return read_clusters(RAW_VALIDATION, 138)[137]


@pytest.fixture(scope="module")
def rows(cluster):
    flat, starts, article_of = _rows(cluster)
    texts = [s.text for s in flat]
    return texts, starts.tolist(), article_of, embed(texts)


def test_the_joke_below_urgant_is_shown_as_the_outlet_naming_colbert_has_it(rows):
    texts, starts, article_of, vectors = rows
    joked, urgant, taping = row_of(texts, _JOKED), row_of(texts, _URGANT), row_of(texts, _TAPING)
    assert texts[joked].endswith(",” he joked.")
    assert "Colbert took this opportunity to announce his bid" in texts[joked - 1]
    assert article_of[joked] != article_of[taping]
    assert "the host jokingly announced" in texts[taping]
    assert credited_copies(texts, [urgant, joked], starts, article_of, vectors) == {joked: taping}
    # right below its own sentence before, its "he" is Colbert: shown as it is
    assert credited_copies(texts, [joked - 1, joked], starts, article_of, vectors) == {}
    # with no other outlet's copy (article [1] alone), nothing is there to show instead
    alone = [row for row in range(len(texts)) if article_of[row] == article_of[joked]]
    only = [texts[row] if row in alone else "" for row in range(len(texts))]
    assert credited_copies(only, [urgant, joked], starts, article_of, vectors) == {}


def test_the_summary_tells_the_campaign_joke_with_its_speaker(cluster):
    shown = summary(cluster)
    assert not any(text.startswith(_JOKED) for text in shown)
    taping = [text for text in shown if text.startswith(_TAPING)]
    assert len(taping) == 1 and "If anyone would like to work on my campaign" in taping[0]
