"""The summary a reader sees, fifty-fourth pass, on raw Multi-News validation clusters (0-based
lines of the file; reader 71): one charge told twice because the second outlet's page opens
on its title (raw 58), a publisher's verdict on the book and a "So" shown apart from its
reason (3), and a cleft's "the torpedo hits" shown without the hits (163)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.dangling import goes_on
from chorus.summarize.newsroom import writers_verdict
from chorus.summarize.presumed import presumes_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 163 (the Musashi, the last one read here)."""
    return read_clusters(RAW_VALIDATION, 164)


_FIRST_LEAD = "Two former staff members of a delegate to Congress from the U.S. Virgin Islands"
_POLITICO_LEAD = "Two former employees of Stacey Plaskett, Congress’ delegate"
_VERDICT = "Mona Lisa and Kip’s story is an uplifting, extraordinary"
_SO = "So Mona Lisa got the idea"
_CLEFT = "Navy dive bombers also hit the ship 16 times"


def test_a_lead_below_its_pages_title_is_read_as_the_lead_it_retells(clusters):
    texts = sentences(clusters[58])
    title = texts.index(sentence(clusters[58], "Former employees indicted for leaking"))
    # POLITICO's page opens on its title, a line with no full stop; its lead comes next
    assert texts[title + 1].startswith(_POLITICO_LEAD)
    shown = summary(clusters[58])
    assert shown[0].startswith(_FIRST_LEAD)
    assert not any(text.startswith(_POLITICO_LEAD) for text in shown)


def test_the_lead_left_out_is_cited_with_the_lead_it_retells(clusters):
    # The summary's own citation; with the analysis, Agreed marks POLITICO's day-less "have
    # been indicted" in part for "indicted Thursday" (agree66), and a summary sentence does
    # not cite an outlet its row marks in part (interface10)
    first = brief(clusters[58]["documents"], words=250, analyze=False).summary[0]
    assert first.text.startswith(_FIRST_LEAD)
    assert any(also.text.startswith(_POLITICO_LEAD) for also in first.also)
    analysed = brief(clusters[58]["documents"], words=250).summary[0]
    assert analysed.text == first.text
    assert not any(also.text.startswith(_POLITICO_LEAD) for also in analysed.also)


def test_a_work_praised_in_a_row_of_adjectives_is_a_verdict(clusters):
    assert writers_verdict(sentence(clusters[3], _VERDICT))
    # a reviewer's row of adjectives for a work (Multi-News+ train's "Wild")
    assert writers_verdict('"Wild" is a moving, engaging and deeply sincere story, set in Oregon.')
    # a father's word on his child, a list of trades: no work is judged
    assert not writers_verdict("His daughter is a happy, active and friendly child.")
    assert not writers_verdict("Stef Conner is a composer, performer, and musicologist.")
    # someone's words in quotation marks are theirs, not the writer's
    assert not writers_verdict("“It is a dark, funny and moving film,” Smith said.")
    assert not any(text.startswith(_VERDICT) for text in summary(clusters[3]))


def test_so_before_a_name_goes_on_from_the_reason_before_it(clusters):
    before, so = before_and(clusters[3], _SO)
    assert before.startswith("Hannah, now 26, was the first to")
    assert goes_on([so])[0]
    assert goes_on([sentence(clusters[107], "So Mr. Obama gets to spend more now")])[0]
    # "So far" and "So I ..." are not read (a "So" in general cost R-1: decisions, stop 30)
    assert not goes_on(["So far, nobody has been arrested."])[0]
    assert not goes_on(["So I think I can talk it over with them."])[0]
    shown = summary(clusters[3])
    assert so not in shown or shown[shown.index(so) - 1] == before


def test_a_cleft_on_hits_the_line_before_counted_waits_for_that_line(clusters):
    before, cleft = before_and(clusters[163], _CLEFT)
    assert "scored at least 10 hits on the battleship" in before
    assert presumes_before([before, cleft], [0]).tolist() == [False, True]
    # the hits brought in further back, not by the line right before: not read
    other = "The Musashi sank on October 24, 1944, during the Battle of the Sibuyan Sea."
    assert presumes_before([other, cleft], [0]).tolist() == [False, False]
    shown = summary(clusters[163])
    assert cleft not in shown or shown[shown.index(cleft) - 1] == before
