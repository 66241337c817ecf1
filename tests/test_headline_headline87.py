"""headline87: a short lead that only sets the story up gives way to another outlet's lead
writing more of the summary's words (raw 82), and a detail from deep in its article to a
higher sentence telling the story's day's event (raw 226); `render/headline_event.py`."""

from __future__ import annotations

from chorus.render.headline_choice import headline
from chorus.render.headline_event import sets_up, tells_the_day
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters


def _written(line: int, sentence: str) -> str:
    """`sentence`, asserted to be in an article of raw validation cluster `line`."""
    documents = read_clusters(RAW_VALIDATION, line + 1)[line]["documents"]
    assert any(sentence in document for document in documents), sentence
    return sentence


def test_a_setup_lead_gives_way_to_the_other_outlets_lead():
    teaser = _written(82, "Rihanna is giving Madonna a run for her money.")
    assert sets_up(teaser)
    briefing = raw_briefing(82)
    chosen = headline(briefing)
    news = "Passing Janet Jackson, Rihanna now trails only Madonna for the all-time chart record."
    assert chosen.text == news
    # The headline is [2]'s lead: the summary opens on it, the teaser's article after.
    assert briefing.summary[0].text == news
    assert briefing.summary[0].shown.index == 0


def test_a_lead_telling_an_event_or_a_title_sets_nothing_up():
    event = _written(
        226,
        "Title No. 1 for James was clinched on Thursday night as the Miami Heat overpowered the"
        " upstart Oklahoma City Thunder, 121-106, in Game 5 of the NBA Finals.",
    )
    title = _written(174, "Kate Upton Breaks Engagement News on Red Carpet")
    figure = _written(3, 'Heath Harding, 18, says he\'s "the slacker" of his nine siblings.')
    assert not sets_up(event)
    assert not sets_up(title)
    assert not sets_up(figure)


def test_a_deep_detail_gives_way_to_the_days_event():
    # Raw 226: was "Oklahoma City was led by Kevin Durant, who had 32 points." ([1]'s 25th).
    detail = _written(226, "Oklahoma City was led by Kevin Durant, who had 32 points.")
    assert not tells_the_day(detail)
    chosen = headline(raw_briefing(226))
    assert chosen.text.startswith("Title No. 1 for James was clinched on Thursday night")


def test_a_deep_headline_with_no_dated_event_above_stays():
    # Raw 46's review verdict is its article's 13th sentence; no candidate tells a day.
    chosen = headline(raw_briefing(46))
    assert chosen.text.startswith("Kong: Skull Island is still great fun")
