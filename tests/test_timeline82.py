"""The timeline's eighty-second pass (reader98; raw validation by 0-based line): a weekday
written only in a bracketed GMT gloss of a local clock time dated its event by Greenwich's
day. Raw 244 [0] (AP, 17 June 2017, Japan): "reporting the collision at around 2:20 a.m.
(1720 GMT Friday)" stood under 16 June 2017 (Friday), though the collision came early on
Saturday, local time. Under Saturday, its words of the collision are no reason to drop the
lede's row of Saturday's search as a standfirst told again. Expectations from reading the
articles."""

from __future__ import annotations

import datetime as dt
import json

from chorus.analyze.timeline_forms import DateMatch
from chorus.analyze.timeline_gmt import gloss_words, local_day
from chorus.api import as_articles
from tests.briefings import DUC, as_read, record

_CALL = "The Japanese coast guard said it received an emergency call from the container ship"


def _weekday(text: str, words: str) -> DateMatch:
    """The weekday ending `words` in `text`, as a match of the weekday form."""
    end = text.index(words) + len(words)
    return DateMatch(end - len(words.split()[-1]), end, True, "weekday")


def test_a_gmt_gloss_s_weekday_dates_its_event_by_the_local_day():
    briefed = as_read(244)
    assert briefed.documents[0].article.published == dt.date(2017, 6, 17)
    rows = [e for e in briefed.analysis.timeline if e.sentence.text.startswith(_CALL)]
    assert [e.date for e in rows] == [dt.date(2017, 6, 17)]
    text = rows[0].sentence.article.text
    words = gloss_words(text, rows[0].expression.start, rows[0].expression.end)
    assert words == "1720 GMT Friday"
    assert not [e for e in briefed.analysis.timeline if e.date == dt.date(2017, 6, 16)]


def test_a_standfirst_s_day_is_its_own_news_not_a_relative_clause_s():
    # Raw 244 [0]'s lede, a paragraph of its own: Saturday's search, for sailors "who were
    # missing after their Navy destroyer collided before dawn with a container ship". The
    # coast guard's line of the collision, now under Saturday too, tells another event.
    rows = as_read(244).analysis.timeline
    lede = [
        e for e in rows if "were searching Saturday for seven American sailors" in e.sentence.text
    ]
    assert [e.date for e in lede] == [dt.date(2017, 6, 17)]


def test_the_local_weekday_written_before_the_gloss_is_the_day_the_gloss_moves_to():
    # DUC 3 (undated AP pages): "at about 1:30 a.m. Tuesday (1830 GMT Monday)" and "at
    # almost exactly 1 a.m. Wednesday (1800 GMT Tuesday)", Asia's night of the Leonids: the
    # gloss's Monday read on a Monday moves to the Tuesday the line writes.
    texts = [a.text for a in as_articles(json.loads(record(DUC, 3))["documents"])]
    monday = dt.date(1998, 11, 16)
    for words, local in (("(1830 GMT Monday", 1), ("(1800 GMT Tuesday", 1)):
        text = next(t for t in texts if words in t)
        assert local_day(text, _weekday(text, words), monday) == monday + dt.timedelta(local)
    # A weekday after a gloss without one is the local day's own: nothing moves.
    text = next(t for t in texts if "7:30 p.m. Tuesday (1230 GMT)" in t)
    assert local_day(text, _weekday(text, "7:30 p.m. Tuesday"), monday) == monday
