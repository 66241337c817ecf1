"""An opening teaser on a name gives the headline to the line right below telling what
happened to that name (headline98): raw validation 1 and 15."""

from __future__ import annotations

from chorus.render.headline_choice import headline
from chorus.render.headline_event import teaser_after, teases, tells_of
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters


def _written(line: int, sentence: str) -> str:
    """`sentence`, asserted to be in an article of raw validation cluster `line`."""
    documents = read_clusters(RAW_VALIDATION, line + 1)[line]["documents"]
    assert any(sentence in document for document in documents), sentence
    return sentence


def test_a_teaser_gives_way_to_the_jerseys_line_below():
    briefing = raw_briefing(1)
    teaser = "Troy Tulowitzki has a tough name to spell, even at his own ballpark."
    assert teases(_written(1, teaser))
    chosen = headline(briefing)
    assert chosen.text.startswith(
        "The Colorado Rockies gave out 15,000 replica jerseys honoring All-Star shortstop"
        " Troy Tulowitzki on Saturday night"
    )
    assert chosen.source.startswith("summary sentence 2")
    # The summary keeps its order: the lede, then the news (summary118).
    assert briefing.summary[0].text == teaser
    assert briefing.summary[1].text.startswith("The Colorado Rockies gave out 15,000")


def test_a_figure_of_speech_in_the_perfect_gives_way_to_the_deal():
    briefing = raw_briefing(15)
    teaser = "Michael Kors has picked out some new shoes to go with its handbags."
    assert teases(_written(15, teaser))
    chosen = headline(briefing)
    assert chosen.text.startswith(
        "On Tuesday, Michael Kors Holdings said it had agreed to buy the shoe company Jimmy Choo"
    )
    assert briefing.summary[0].text == teaser


def test_news_told_in_the_present_or_with_a_figure_stays():
    # 162's line is the news; its next line ("News of the celestial upheaval came Tuesday
    # morning ...") writes no name of it. 3's and 119's write a figure.
    assert headline(raw_briefing(162)).text.startswith("Thor, the Norse god of thunder")
    assert headline(raw_briefing(3)).text.startswith('Heath Harding, 18, says he\'s "the slacker"')
    assert not teases(
        _written(3, 'Heath Harding, 18, says he\'s "the slacker" of his nine siblings.')
    )
    assert not teases(
        _written(
            119,
            "A judge has thrown out three murder charges against a Philadelphia abortion"
            " provider involving babies allegedly born alive.",
        )
    )
    # 74's finding is told by researchers; no name opens it.
    assert headline(raw_briefing(74)).text.startswith("A little jogging is good for your health")


def test_teases_reads_length_day_and_the_past():
    assert not teases(
        _written(
            1,
            "The Colorado Rockies gave out 15,000 replica jerseys honoring All-Star shortstop"
            " Troy Tulowitzki on Saturday night",
        )
    )
    assert not teases("Michael Kors picked out some new shoes on Tuesday.")
    assert not teases("Michael Kors picked out some new shoes to go with its handbags.")
    assert not teases(" ".join(["word"] * 21) + ".")
    assert not teases("Michael Kors has picked out some new shoes")  # no sentence's end


def test_tells_of_reads_the_whole_name_not_its_possessor():
    event = _written(
        73,
        "Law enforcement sources tell TMZ, Kroll's girlfriend called police early Sunday and"
        " asked them to check up on him after she was unable to get in touch.",
    )
    assert not tells_of("Colin Kroll", event)
    assert not tells_of("Colin Kroll", "Colin Kroll's girlfriend called police early Sunday.")
    assert not tells_of("Michael Kors", "Michael Kors’ shares fell 3% on Tuesday.")
    assert tells_of("Michael Kors", "On Tuesday, Michael Kors Holdings said it had agreed.")


def test_only_an_opening_teaser_and_a_line_close_below_it():
    summary = raw_briefing(15).summary
    # Sentence 1 not first among the candidates: no move.
    assert teaser_after([2, 1, 3], summary) == [2, 1, 3]
    # The deal line third: taken; fourth: too far below.
    third = (summary[0], summary[2], summary[1], summary[3])
    assert teaser_after([1, 2, 3, 4], third) == [3, 1, 2, 4]
    fourth = (summary[0], summary[2], summary[3], summary[1])
    assert teaser_after([1, 2, 3, 4], fourth) == [1, 2, 3, 4]
    # Not a candidate (it could not head alone): no move.
    assert teaser_after([1, 3], summary) == [1, 3]
    assert teaser_after([], summary) == []
