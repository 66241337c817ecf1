"""Who said what, eighty-seventh pass (raw validation 0-based 34, 30 and 167,
multi_news-val-2986, 3563 and 1186): a programme's quoted name after "told" or "said on" is
whom the words were told or where, not their start; the writer's "another point of
contention ..." after a reported clause and the writer's clause between two dashes inside
one are no part of it."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in

_DANIELS, _SCOTT, _MCCAUL = "multi_news-val-2986", "multi_news-val-3563", "multi_news-val-1186"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_DANIELS, _SCOTT, _MCCAUL))


def test_a_quoted_programme_told_is_not_the_words(briefed):
    # [4]: 'Earlier on Wednesday, Avenatti told "Today" that Clifford's lawsuit, if
    # successful, would allow his client to "tell her story."'
    (told,) = quotes_in(briefed[_DANIELS], "would allow his client")
    assert told.speaker == "Michael Avenatti"
    assert told.words.startswith("Clifford's lawsuit, if successful")


def test_the_writers_another_point_of_contention_is_cut(briefed):
    # [3]: "Sarah Sanders said that Trump had been unaware of the payment and that he denied
    # the relationship took place, another point of contention of the lawsuit itself—the
    # suit argues that it stretches credulity ..."
    (denied,) = quotes_in(briefed[_DANIELS], "had been unaware of the payment")
    assert denied.speaker == "Sarah Huckabee Sanders"
    assert denied.words.endswith("the relationship took place")
    assert "contention" not in denied.words


def test_the_writers_clause_between_dashes_is_left_out_of_the_row(briefed):
    # raw 30 [1]: "Craig Harvey said later that day that the director's family -- Scott was
    # the father of twin preteen boys with wife Donna Wilson Scott -- told investigators it
    # was "incorrect" that the filmmaker had brain cancer."
    (family,) = quotes_in(briefed[_SCOTT], "twin preteen boys")
    assert family.speaker == "Craig Harvey"
    assert family.words.startswith("the director's family told investigators it was")
    assert "twin" not in family.words


def test_a_programme_said_on_is_not_the_words(briefed):
    # raw 167 [0]: 'Rep. Mike McCaul, R-Texas, the chairman of the House Homeland Security
    # Committee, said on "Fox News Sunday" that he talked to the White House on Saturday ...'
    (talked,) = quotes_in(briefed[_MCCAUL], "he talked to the White House")
    assert talked.speaker == "Mike McCaul"
    assert talked.words.startswith("he talked to the White House on Saturday")
