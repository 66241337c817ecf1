"""The summary a reader sees, twenty-third pass, on raw Multi-News validation clusters (0-based
lines of the file): a quotation alone shown after a sentence crediting another speaker by
name (20's Plant after "..., says Page."), left as it is after its own article's credit
(97's McTiernan), and an opening "She" shown after another article's sentence (55's Paula
Blades after Anne Ziegenhorn)."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.stands_on import another_outlets_one, credited_to_another
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of, sentences
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _article_of(cluster: dict) -> np.ndarray:
    """Per sentence, as `sentences` reads them: the number of its article."""
    counts = [len(split(clean(a))) for a in as_articles(cluster["documents"])]
    return np.repeat(np.arange(len(counts)), counts)


def test_a_quotation_alone_after_another_speakers_credit_is_left_out(clusters):
    """20's Plant advice, a quotation alone in [2], was shown right after '"You realise
    ...," says Page.': the reader gave it to Page."""
    texts = sentences(clusters[20])
    page = row_of(texts, '"You realise just how important')
    plant = row_of(texts, "\"These things aren't to study.")
    starts = np.flatnonzero(np.diff(_article_of(clusters[20]), prepend=-1))
    assert credited_to_another(texts, [page, plant], starts) == [plant]
    shown = _summary(clusters[20])
    assert texts[plant] not in shown
    assert texts[page] in shown


def test_a_quotation_alone_after_its_own_speakers_credit_stays(clusters):
    """97's "But I can't say that for someone who drinks five drinks ..." is McTiernan's,
    credited two sentences up in its paragraph; the sentence between names no one."""
    texts = sentences(clusters[97])
    credit = row_of(texts, '"The mechanism suggests that it could be helpful," McTiernan')
    alone = row_of(texts, "\"But I can't say that for someone")
    starts = np.flatnonzero(np.diff(_article_of(clusters[97]), prepend=-1))
    assert alone - credit == 2
    assert credited_to_another(texts, [credit, alone], starts) == []
    assert texts[alone] in _summary(clusters[97])


def test_a_she_after_another_articles_sentence_is_left_out(clusters):
    """55's "She went to doctor after doctor ..." is Paula Blades ([3]); shown after [1]'s
    sentences on Anne Ziegenhorn, a reader merged the two women. Without it the summary
    shows the sentence introducing Paula. Since summary117 (stop 55) it may be shown right
    below its own line before ("Paula also lost ..."), which names her."""
    texts = sentences(clusters[55])
    article_of = _article_of(clusters[55])
    assert len(article_of) == len(texts)
    anne = row_of(texts, 'They formed "The Implant Truth Survivors Committee"')
    paula = row_of(texts, "She went to doctor after doctor")
    assert article_of[anne] != article_of[paula]
    assert another_outlets_one(texts, [anne, paula], article_of) == [paula]
    assert another_outlets_one(texts, [paula - 1, paula], article_of) == []
    shown = _summary(clusters[55])
    assert texts[paula] not in shown or shown[shown.index(texts[paula]) - 1] == texts[paula - 1]
    assert "Anne Ziegenhorn lives in Florida, but shares a connection with Paula Blades." in shown
