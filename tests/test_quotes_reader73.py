"""Who said what, seventy-third pass (reader64's finding 6 on raw validation 0-based 32,
multi_news-val-576, and finding 4 on 15, 4826): a correspondent signing off a network's
script is no speaker; "his attorney" is the one lawyer the article names for the man its
sentence names; reported words end before the writer's "the latest push by ..."."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_HAYES, _KORS = "multi_news-val-576", "multi_news-val-4826"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_HAYES, _KORS))


def test_a_correspondents_sign_off_is_no_speaker(briefed):
    # [4] (CBS): "A surveillance video obtained by New Orleans' Fox 8 appears to show a
    # Hummer at a red light, followed by a Mercedes SUV, reports CBS News correspondent
    # Manuel Bojorquez.": the script's narration, which its correspondent reads
    quotes = briefed[_HAYES]
    assert speakers_of(quotes, "appears to show a Hummer at a red light") == []
    assert not any("Bojorquez" in q.speaker for q in quotes)


def test_his_attorney_is_the_lawyer_the_article_names_for_him(briefed):
    # [4]: "Hours after police arrested and charged Cardell Hayes with second degree murder,
    # his attorney insisted there was more to the story. He says before the shooting, his
    # client was a victim of a hit-and-run involving his hummer." and later '"This was not
    # some situation where my client hunted down Mr. Smith," said Hayes's attorney, John
    # Fuller.'
    quotes = briefed[_HAYES]
    assert speakers_of(quotes, "there was more to the story") == ["John Fuller"]
    assert speakers_of(quotes, "his client was a victim of a hit-and-run") == ["John Fuller"]
    assert not any(q.speaker == "his attorney" for q in quotes)


def test_reported_words_end_before_the_writers_latest_push(briefed):
    # [1]: "On Tuesday, Michael Kors Holdings said it had agreed to buy the shoe company
    # Jimmy Choo for 896 million pounds, or about $1.2 billion, the latest push by an
    # American high-end fashion house to find new sources of growth and what its chief
    # executive characterized as the first step in building a bigger international luxury
    # group.": the push and the chief executive's characterisation are the writer's
    (row,) = quotes_in(briefed[_KORS], "agreed to buy the shoe company Jimmy Choo")
    assert row.speaker == "Michael Kors Holdings"
    assert row.words.endswith("or about $1.2 billion")
    assert "latest push" not in row.words
