"""Items of one day's roundup kept on the story (docs/journal/offtopic.md, "Off-topic
articles, twenty-seventh pass"): raw validation 88, a roundup of April Fools' Day 2017, where
the model set aside the Russian Foreign Ministry's prank (the editor's lead) and Rep.
Speier's fake "unsupervised tweets" bill as sharing little with the other articles: each
item of a roundup is its own prank, though 6 of the other 8 openings name the day."""

from __future__ import annotations

from chorus.analyze.model import BACKGROUND, NOT_NEWS
from chorus.analyze.relevance_text import named_days, opens_on_shared_day
from tests.briefings import raw_briefing

PRANKS = 88
SPEIER, MINISTRY, VIDEO = 1, 5, 6
"""Raw validation 88's articles (0-based): Mediaite on Speier's bill, the AP from Moscow,
College Humor's YouTube page for the Shazaam video."""


def test_the_ministry_and_speier_items_are_on_the_story():
    relevance = raw_briefing(PRANKS).analysis.relevance
    for item in (SPEIER, MINISTRY):
        assert not relevance[item].off_topic
        assert "opening on the day most others' openings name" in relevance[item].reason
    # the video page names no day in its opening and is no news report: it stays aside
    assert relevance[VIDEO].off_topic and relevance[VIDEO].kind == NOT_NEWS
    assert [r.off_topic for r in relevance].count(True) == 1


def test_the_editors_lead_reaches_the_summary():
    told = [s.text for s in raw_briefing(PRANKS).summary]
    # the editor's summary opens on the ministry's prank; main's summary left it out
    assert "The Russian Foreign Ministry is ready to help" in " ".join(told)
    assert any(t.startswith("Sinbad celebrated April Fools' Day") for t in told)


def test_a_named_day_is_read_whatever_its_apostrophe():
    assert named_days("Rep. Speier used April Fools’ Day this afternoon") == {"Fools Day"}
    assert named_days("or so it says on April Fools' Day.") == {"Fools Day"}
    assert named_days("pranks for April Fool's Day") == {"Fools Day"}
    assert named_days("Daniel Day-Lewis won; Today is the day") == frozenset()
    assert named_days("on Election Day and Veterans Day") == {"Election Day", "Veterans Day"}


def test_the_day_must_open_most_other_articles():
    day = "It is Valentine's Day again."
    # three of four openings name it: each of the three has two others of three
    assert list(opens_on_shared_day([day, day, day, "A storm hit Maine."])) == [
        True,
        True,
        True,
        False,
    ]
    # a pair is too few: one other article is not a roundup
    assert not opens_on_shared_day([day, day]).any()
    # two of five: fewer than half of each one's four others
    assert not opens_on_shared_day([day, day, "a", "b", "c"]).any()
    # an article cleaning left without text is no other opening
    assert list(opens_on_shared_day([day, day, day, "", "a"])) == [True, True, True, False, False]


def test_a_background_flag_elsewhere_keeps_its_reason():
    # raw 232 #6 (Durbin on "Fox News Sunday") shares that show's name with two of the
    # other seven openings: no named day, and fewer than half
    page = raw_briefing(232).analysis.relevance[6]
    assert page.off_topic and page.kind == BACKGROUND
