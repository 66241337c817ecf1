"""The timeline's fifty-sixth pass (reader53; raw validation by 0-based line): the crime a
story turns on, named by the people it left ("the children killed in the Dec. 14, 2012,
carnage"), is shown with its words, as a verdict's line is (raw 191); a year in a relative
clause opened after the day its line tells dates no event of the line (raw 191's "action is
to be announced on Monday involving Michael Koskoff, ..., who ... represented the Jackson
family ... when he died in 2009"; DUC's pope "on Friday to beatify ... Stepinac, who ...
died under house arrest in 1960"). Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.timeline import timeline
from chorus.api import as_articles
from chorus.ingest.article_dates import with_dates
from chorus.render import to_markdown
from chorus.render.analysis_json import to_dict
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def sandy_hook() -> dict:
    return _raw({191})[191]


def test_the_shooting_the_families_sue_over_is_shown_with_its_words(sandy_hook):
    # [3] (Reuters): "The parents of eight of the children killed in the Dec. 14, 2012,
    # carnage ... have notified Connecticut courts": the notices are of December 2014, the
    # carnage is the shooting every article turns on. Its row says which event the date
    # dates; [4]'s "the December 2012 shooting" and "the 2012 school shooting" date the
    # same shooting, coarser, and add no row, nor a line in the note.
    result = timeline(_own_dated(sandy_hook), frozenset())
    rows = [(e.when, e.dates.text) for e in result.entries if e.dates is not None]
    assert rows == [("2012-12-14", "the Dec. 14, 2012, carnage")]
    assert not [e for e in result.entries if "victims of the 2012" in e.sentence.text]
    assert not [e for e in result.entries if "in the December 2012 shooting" in e.sentence.text]
    assert "2012" not in result.reason


def test_a_clause_s_year_after_the_line_s_day_dates_no_row(sandy_hook):
    # [4]: "action is to be announced on Monday involving Michael Koskoff, ..., who three
    # years ago represented the Jackson family in their unsuccessful lawsuit against AEG
    # Live, the promoter of a planned tour for which Jackson was rehearsing when he died in
    # 2009": the line is Monday's announcement; 2009 is Jackson's death. The note names it.
    result = timeline(_own_dated(sandy_hook), frozenset())
    assert [e.when for e in result.entries if "Koskoff" in e.sentence.text] == []
    assert "('2009') read as dating no event" in result.reason


def test_the_briefing_s_timeline_says_what_the_date_dates(sandy_hook):
    articles = with_dates(as_articles(sandy_hook["documents"]), None, [])
    markdown = to_markdown(brief(articles))
    section = markdown.split("## Timeline", 1)[1].split("\n## ", 1)[0]
    assert "(the Dec. 14, 2012, carnage): The parents of eight of the children" in section
    assert "- 2009:" not in section


def test_the_pope_s_friday_is_not_dated_by_the_cardinal_s_death():
    # DUC 2003 line 17 (the Stepinac beatification): "The pope arrived in Croatia ... on
    # Friday to beatify ... Cardinal Alojzije Stepinac, who was persecuted by Tito after
    # World War II and died under house arrest in 1960" is the arrival's line; the death's
    # year stays shown from its own line, "He died at 62 in 1960 while under house arrest".
    (_, cluster), *_ = _lines(FILES["duc"], {17})
    entries = timeline(_own_dated(cluster), frozenset()).entries
    lines = [e.sentence.text for e in entries if e.when == "1960"]
    assert not [t for t in lines if t.startswith("The pope arrived in Croatia")]
    assert [t for t in lines if t.startswith("He died at 62 in 1960")]


def test_years_written_with_an_era_are_named_in_the_note():
    # Raw 194 (Dura-Europos): the siege "occurred around 256 A.D."; Mayor's forerunners are
    # "327 BC" (Gandhara), "429 BC" and "424 BC" (Thucydides' sieges), "360 B.C." (Aeneas
    # Tacticus). No form reads a year with its era, and the note named none of them: the
    # JSON had no timeline reason at all. Moved (timeline59): "around 256 A.D." is now a
    # year row (tests/test_timeline_reader59.py); the four years before the era stay here.
    articles = with_dates(as_articles(_raw({194})[194]["documents"]), None, [])
    reasons = to_dict(brief(articles).analysis)["reasons"]
    # Moved (timeline61): the note names the dates no form reads too, "after 1986 by
    # French-Syrian teams" and "In the 1930s, archaeologists unearthed ...".
    assert reasons["timeline"] == (
        "not shown: 4 year(s) written with an era ('327 BC', '429 BC', '424 BC' ...) are "
        "not placed on the timeline; 2 date expression(s) the timeline does not read "
        "('1986', '1930s'): a year naming a thing, a decade, a period such as 'this year'"
    )
