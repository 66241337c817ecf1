"""The summary a reader sees, twenty-first pass, on raw Multi-News validation clusters (0-based
lines of the file): "The minister said ..." two sentences after the one naming him (47), a
teaser cut at "..." (197), a piece of a quotation opening on the editor's bracket (165), the
writer's own "When I wrote about ..." and the line standing on it (207)."""

from __future__ import annotations

import pytest

from chorus.summarize.newsroom import cut_short, quoted_piece, writers_own_piece
from chorus.summarize.told_before import source_met_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_the_minister_met_before_is_left_out_and_his_naming_line_shown(clusters):
    """47's "The minister said no one is dying ..." stood alone once the sentence naming
    Moallem two lines up went out of the summary."""
    text = _sentence(clusters[47], "The minister said no one is dying")
    naming = _sentence(clusters[47], "(CNN) -- As the death toll from Syria")
    assert source_met_before([naming, text]).tolist() == [False, True]
    summary = _summary(clusters[47])
    assert text not in summary
    assert any("Syrian Foreign Minister Walid Moallem vowed" in line for line in summary)


def test_a_teaser_cut_mid_phrase_is_never_shown(clusters):
    """197's "She plans to use another federal program to have her..." is a page's teaser; a
    writer trailing off ("..., well…", 77) keeps a whole phrase."""
    text = _sentence(clusters[197], "She plans to use another federal program")
    assert cut_short(text)
    assert not cut_short(_sentence(clusters[77], "If Nevada lawmakers don't make some"))
    assert not any(line.endswith("...") for line in _summary(clusters[197]))


def test_a_quotation_piece_opening_on_the_editors_bracket_is_never_shown(clusters):
    """165's "[President’s Chief of Staff] thought he suggested ..." is the end of a quotation
    opened in the sentence before; 213's bracketed heading "[Video Link] The Wilco track ..."
    is no piece of one (its page's line as given: clean64 takes the tag out as it is read)."""
    text = _sentence(clusters[165], "[President’s Chief of Staff] thought he")
    assert quoted_piece(text)
    assert not quoted_piece(
        '[Video Link] The Wilco track "Dawned On Me" re-imagined as a classic, early-era Popeye'
        " cartoon."
    )
    assert not any(line.startswith("[") for line in _summary(clusters[165]))


def test_the_writers_earlier_piece_and_the_line_standing_on_it_are_left_out(clusters):
    """207's blogger's "When I wrote about Sprint ..." and its "..., that timetable could be
    accelerated.", taken only with it, are both out; the news of the deal stays."""
    assert writers_own_piece(_sentence(clusters[207], "When I wrote about Sprint"))
    summary = _summary(clusters[207])
    assert not any(line.startswith("When I wrote") for line in summary)
    assert not any("that timetable could be accelerated" in line for line in summary)
    assert any("will begin selling" in line and "mid-October" in line for line in summary)
