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


@pytest.mark.parametrize(
    ("cluster", "sentence", "speaker", "opening", "closing", "left_out"),
    [
        # raw 34 [4]: 'Earlier on Wednesday, Avenatti told "Today" that Clifford's lawsuit,
        # if successful, would allow his client to "tell her story."'
        (_DANIELS, "would allow his client", "Michael Avenatti", "Clifford's lawsuit", "", "Today"),
        # raw 34 [3]: "Sarah Sanders said that Trump had been unaware of the payment and that
        # he denied the relationship took place, another point of contention of the lawsuit
        # itself—the suit argues that it stretches credulity ..."
        (
            _DANIELS,
            "had been unaware of the payment",
            "Sarah Huckabee Sanders",
            "Trump had been unaware",
            "the relationship took place",
            "contention",
        ),
        # raw 30 [1]: "... the director's family -- Scott was the father of twin preteen boys
        # with wife Donna Wilson Scott -- told investigators it was "incorrect" that ..."
        (
            _SCOTT,
            "twin preteen boys",
            "Craig Harvey",
            "the director's family told investigators it was",
            "had brain cancer",
            "twin",
        ),
        # raw 167 [0]: 'Rep. Mike McCaul, ..., said on "Fox News Sunday" that he talked to the
        # White House on Saturday and "they say the president is still 100 percent behind us."'
        (_MCCAUL, "he talked to the White House", "Mike McCaul", "he talked to", "", "Fox News"),
    ],
)
def test_the_writers_words_are_no_part_of_the_row(
    briefed, cluster, sentence, speaker, opening, closing, left_out
):
    (row,) = quotes_in(briefed[cluster], sentence)
    assert row.speaker == speaker
    assert row.words.startswith(opening)
    assert row.words.endswith(closing)
    assert left_out not in row.words
