"""Who said what, seventy-first pass (reader60's findings 1 and 14, raw validation 0-based
198, multi_news-val-5306, and 195, 1400; reader61's finding 2, 225, 4321): words a speaker
recalls another saying are not the speaker's, nor is a man's "he told her" a woman's whose
first name tells "she"; "Like I stated earlier" names no speaker "Like I"; a statement
announced after "In a statement to CBS12, McDowell explained ...:" is hers; a dateline
closed by a lone hyphen and a list's bullet are no part of the words."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_GILLIBRAND, _MINK, _WEDDING = (
    "multi_news-val-5306",
    "multi_news-val-1400",
    "multi_news-val-4321",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_GILLIBRAND, _MINK, _WEDDING))


def test_words_a_senator_recalls_another_saying_are_not_hers(briefed):
    # [1]: "“Don’t lose too much weight now,” she recalls him saying. “I like my girls
    # chubby.”" and [3]: "... one male Senator, ..., came up behind her and gave her waist a
    # squeeze. “Don’t lose too much weight now," he told her. "I like my girls chubby.”":
    # an unnamed older senator's words, which no row can give to anyone named
    quotes = briefed[_GILLIBRAND]
    assert speakers_of(quotes, "lose too much weight") == []
    assert speakers_of(quotes, "I like my girls chubby") == []
    # her own words in [3] and [5] stay hers
    assert speakers_of(quotes, "he was one of her favorite senators") == ["Kirsten Gillibrand"]
    assert "Kirsten Gillibrand" in speakers_of(quotes, "In my mind, she's definitely running")


def test_the_first_person_after_like_is_no_speaker(briefed):
    # "Like I stated earlier, I was going to sit down, see if what I heard was true, and then
    # LEAVE.": McDowell's statement goes on; no one is called "Like I"
    assert not any(q.speaker.endswith(" I") for q in briefed[_WEDDING])


def test_a_statement_announced_to_a_station_is_the_speakers(briefed):
    # "In a statement to CBS12, McDowell explained her side of the story, which read in
    # part:" ¶ "Now I’ll tell my truth. I was told, by Darby Johns, that he would be ..."
    quotes = briefed[_WEDDING]
    assert speakers_of(quotes, "Now I’ll tell my truth") == ["Shelby McDowell"]
    assert speakers_of(quotes, "I wore a black wig") == ["Shelby McDowell"]


def test_a_dateline_before_a_lone_hyphen_is_no_part_of_the_words(briefed):
    # "PALM COAST, Fla. - A Flagler County woman has been arrested ..., deputies say."
    (row,) = quotes_in(briefed[_WEDDING], "PALM COAST")
    assert row.speaker == "deputies"
    assert row.words.startswith("A Flagler County woman has been arrested")


def test_a_lists_bullet_is_no_part_of_the_words(briefed):
    # "• In Pennsylvania, they released 1,000 mink from Rykola Mink Farm in Ebensburg,
    # according to the indictment."
    (row,) = quotes_in(briefed[_MINK], "Rykola Mink Farm")
    assert row.words == (
        "In Pennsylvania, they released 1,000 mink from Rykola Mink Farm in Ebensburg"
    )
    assert not any(q.words.startswith("•") for q in briefed[_MINK])
