"""A court's sentence its own article undoes in the next sentence, on raw Multi-News
validation clusters (0-based lines of the file; reader 69 and reader 70, summary62): raw 52's
"On August 1, she was found guilty of the criminal trespassing charges and was sentenced to
one year in jail.", whose next sentence tells she got the sentence changed and "ended up
spending no time in jail", was shown alone: it told a year in jail that never was."""

from __future__ import annotations

import pytest

from chorus.summarize.contrasts import taken_back
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 127 (the Bahraini appeal, the last read here)."""
    return read_clusters(RAW_VALIDATION, 128)


_JAILED = "On August 1, she was found guilty of the criminal trespassing charges"
_CHANGED = "When Pasztor was able to get the sentence changed"


def test_a_sentence_the_next_line_undoes_is_taken_back(clusters):
    """52 [2]: the year in jail, then the sentence changed and no time in jail."""
    jailed, changed = before_and(clusters[52], _CHANGED)
    assert jailed.startswith(_JAILED) and "sentenced to one year in jail" in jailed
    assert "no time in jail" in changed
    assert taken_back([jailed, changed]).tolist() == [True, False]


def test_a_sentence_cut_on_appeal_still_stands(clusters):
    """127 [1]: the one year in prison, then the appeal court that "reduced her sentence from
    three years in prison to one": the line before gives the sentence as it stands."""
    sentenced, reduced = before_and(clusters[127], "The Bahraini Court of Appeals confirmed")
    assert sentenced.startswith("A Bahraini court sentenced a political activist to one year")
    assert "reduced her sentence" in reduced
    assert taken_back([sentenced, reduced]).tolist() == [False, False]


def test_the_year_in_jail_is_shown_only_with_the_line_undoing_it(clusters):
    """52's summary tells the trespassing sentence only beside its undoing, or not at all."""
    texts = sentences(clusters[52])
    jailed = next(t for t in texts if t.startswith(_JAILED))
    changed = next(t for t in texts if t.startswith(_CHANGED))
    shown = summary(clusters[52])
    assert len(shown) >= 6
    if jailed in shown:
        assert shown[shown.index(jailed) + 1] == changed
    # the killing itself stays the summary's news
    # (past its dateline, "FORT WAYNE, Ind. (WANE) ", since clean58)
    assert shown[0].startswith("The Fort Wayne mother accused of killing")
