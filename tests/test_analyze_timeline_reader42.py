"""The timeline's forty-second pass: the twenty-sixth to twenty-eighth readers' findings. A
month and day no rule dates takes the one year the cluster's full dates write with that
month and day (raw 34's "Feb. 27", 122's "Nov. 3"); September 11 as the attacks' name and
"Nov. 11, or Veterans Day" are names, no days; a thing's year after "victims of the" dates
no later deed of its line (191's lawsuit to be announced); a lone "from" before a year is
no span's start in a line's note (20's "a Paris gig from 1969"). An undated article's
weekdays are still not read against another article's date (153's Wednesday: measured, too
often wrong). Gold: fixtures/timeline_reader42.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest.article_dates import with_dates
from chorus.render.timeline_notes import timeline_note
from chorus.sentences import split
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences, score

_GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "timeline_reader42.json").read_text(encoding="utf-8")
)
_FILES = {"mn+val": FILES["mn+val"], "duc": FILES["duc"]}


@pytest.fixture(scope="module")
def clusters() -> dict[tuple[str, int], dict]:
    """Every cluster the gold names, and raw 20 (the note's "from")."""
    items = _GOLD["design"] + _GOLD["blind"]
    found = {("raw", n): c for n, c in _raw({i[1] for i in items if i[0] == "raw"} | {20}).items()}
    for source, path in _FILES.items():
        wanted = {i[1] for i in items if i[0] == source}
        found |= {(source, n): c for n, c in _lines(path, wanted)}
    return found


def test_the_design_half_finds_more_and_is_never_wrong(clusters):
    # Main (7a751cb): 0 of 11 found, 2 wrong (191's and 1627's years of a shooting under a
    # later deed). Missed still: 153's two weekdays (another article's date is no base) and
    # 191's "Sunday 14 December" (a weekday's day whose year no written year fixes).
    # Timeline49: an event two outlets' lines tell sharing 7 words in a row shows once; 122's
    # Nov. 3 is shown from the GoFundMe text the other page quotes. Timeline56: 1627's 2017
    # is shown again, as "(the 2017 las vegas mass shooting)", the shooting the suit is about
    # (reader53's reading of 191's alike case); this gold calls it the suit's row: one wrong.
    assert score(_GOLD["design"], clusters) == (7, 1, 11)


def test_the_blind_half_as_scored_once(clusters):
    # Scored once, rules frozen: main and branch alike, 8 of 9 found, 1 wrong. Missed: 3204's
    # "that left him blind in that eye since 2002" (read as no state held since); wrong:
    # 4574's "the 2016 federally funded paper ... says" (a paper's year, what it says told
    # now, shown under 2016).
    assert score(_GOLD["blind"], clusters) == (8, 1, 9)


def test_an_undated_article_s_weekday_takes_no_other_article_s_date(clusters):
    # As the reader's briefing reads raw 153: [1] dated 14 Feb 2017 by its captions, [2] and
    # [3] undated. Read against that date, [2]'s "Wednesday" would be 8 February; over raw
    # validation, 18 of the 145 rows undated articles gain so read wrong (journal). Since the
    # sixty-third pass [2]'s weekdays are read around its own "February 13, 2017", the Monday
    # [1] names too (timeline_weeks): Monday to Wednesday, 13 to 15 February. [3]'s one full
    # date, a tweet's February 16, falls after [1]'s: its weekdays stay unread.
    articles = with_dates(as_articles(clusters["raw", 153]["documents"]), None, [])
    assert [a.published is not None for a in articles] == [True, False, False]
    sentences = [s for a in articles for s in split(clean(a))]
    rows = {(e.sentence.article.id, e.when) for e in timeline(sentences, frozenset()).entries}
    assert {day for article, day in rows if article == articles[0].id} == {
        "2017-02-13",
        "2017-02-14",
    }
    assert {day for article, day in rows if article == articles[1].id} == {
        "2017-02-13",
        "2017-02-14",
        "2017-02-15",
    }
    assert all(article != articles[2].id for article, _ in rows)


def test_a_lone_from_before_a_year_makes_no_note(clusters):
    sentences = _sentences(clusters["raw", 20], None)
    gig = [e for e in timeline(sentences, frozenset()).entries if "Paris gig" in e.sentence.text]
    assert sorted(e.when for e in gig) == ["1969", "1970"]
    assert [timeline_note(e) for e in gig] == ["", ""]


def test_a_from_whose_span_runs_on_keeps_its_note():
    # Multi-News+ lower-cases the months, which the range's forms do not read: the "from"
    # alone tells the row is a span's start.
    cluster = dict(_lines(FILES["mn+val"], {1873}))[1873]
    served = [
        e
        for e in timeline(_sentences(cluster, None), frozenset()).entries
        if "he served in iraq from march 2010" in e.sentence.text.lower()
    ]
    notes = sorted(timeline_note(e) for e in served)
    assert notes == [" (from july 2013)", " (from march 2010)"]
