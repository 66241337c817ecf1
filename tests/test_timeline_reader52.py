"""The timeline's fifty-second pass (reader45, raw validation by 0-based line): the story's
own crime, which a sentence of its verdict or appeal dates, is a row once another article
names it ("Kercher's 2007 murder", raw 133; "ripping up a photo of the King in court in
October 2014", raw 127), with its words beside the date; a crime no other article names, or
whose period a row already dates, stays out. A month named alone in an undated article is
named by the note (raw 129). Expectations from reading the articles."""

from __future__ import annotations

import json

import pytest

from chorus.analyze.timeline import timeline
from chorus.api import brief
from chorus.render.json import to_json
from chorus.render.markdown import to_markdown
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    return _raw({28, 121, 127, 129, 133})


def _rows(sentences: list) -> list[tuple[str, str, str | None]]:
    """Every row: its date, its sentence and the words of what its date dates, if named."""
    return [
        (e.when, e.sentence.text, None if e.dates is None else e.dates.text)
        for e in timeline(sentences, frozenset()).entries
    ]


def test_the_murder_the_appeal_is_about_is_a_row(clusters):
    # Raw 133 [1] (UPI): "Both Knox and Sollecito are appealing their most recent
    # convictions for Kercher's 2007 murder"; Knox's own post [2] names the murder. The
    # appeal lies ahead; the year is the murder's, shown beside it.
    sentences = _own_dated(clusters[133])
    rows = _rows(sentences)
    murder = [row for row in rows if "Kercher's 2007 murder" in row[1]]
    assert murder == [("2007", murder[0][1], "Kercher's 2007 murder")]
    assert "'2007'" not in timeline(sentences, frozenset()).reason


def test_the_act_the_verdict_punishes_is_a_row_once_at_its_month(clusters):
    # Raw 127 [1] (Amnesty): "The verdict, confirming a conviction for ripping up a photo of
    # the King in court in October 2014, ..."; [0] tells the same ripping "in 2014" in a
    # sentence of the sentencing, and is no second row (its month stands).
    rows = _rows(_own_dated(clusters[127]))
    ripping = "ripping up a photo of the King in court in October 2014"
    assert [(w, d) for w, t, d in rows if t.startswith("The verdict, confirming")] == [
        ("2014-10", ripping)
    ]
    assert not any(t.startswith("DUBAI A Bahraini court") for _, t, _ in rows)
    # A side case's photo-ripping in May 2012 stays in its line's one row, June 2013 (her
    # speaking out), as the thirty-eighth pass left it.
    side = [w for w, t, _ in rows if t.startswith("She is also appealing three other")]
    assert side == ["2013-06"]


def test_a_crime_a_row_already_dates_adds_no_verdict_row(clusters):
    # Raw 121 [2]: "Jurors found Dunn guilty ... in the 2012 incident": the shooting is shown
    # from [1]'s "on the evening of Nov. 23, 2012"; the verdict under 2012 would add nothing.
    rows = _rows(_own_dated(clusters[121]))
    assert not any(t.startswith("Jurors found Dunn guilty") for _, t, _ in rows)
    assert any(w == "2012-11-23" and t.startswith("Dunn killed") for w, t, _ in rows)


def test_a_crime_no_other_article_names_stays_out():
    # DUC d30028t (line 7): "two suspects wanted for the 1988 bombing of an American jetliner
    # over Lockerbie" in a story of the sanctions; no other of its articles names a bombing.
    ((_, cluster),) = _lines(FILES["duc"], {7})
    rows = _rows(_sentences(cluster, None))
    assert not any("wanted for the 1988 bombing" in t for _, t, _ in rows)


def test_an_execution_s_line_names_the_crime_its_year_dates():
    # Multi-News+ validation 1127: "a texas prisoner ... was executed wednesday for a 1979
    # rape and murder in houston": the year is the crime's, said beside it.
    ((_, cluster),) = _lines(FILES["mn+val"], {1127})
    rows = _rows(_sentences(cluster, None))
    assert ("1979", "a 1979 rape and murder") in [(w, d) for w, t, d in rows if "executed" in t]


def test_the_markdown_and_json_show_the_crime_s_words(clusters):
    briefing = brief(clusters[133]["documents"], words=250)
    assert "- 2007 (Kercher's 2007 murder): Both Knox and Sollecito" in to_markdown(briefing)
    payload = json.loads(to_json(briefing))
    dates = [e["dates"] for e in payload["analysis"]["timeline"] if e["date"] == "2007"]
    assert [d["text"] for d in dates] == ["Kercher's 2007 murder"]


def test_an_undated_month_alone_is_named_by_the_note(clusters):
    # Raw 129 [0]: "won the $50,000 Scientific American Science in Action Award in August"
    # (no publication date: which August is unknown). [1]'s "will also compete in the Google
    # Science Fair in September" lies ahead and would be no past month with a date either.
    reason = timeline(_own_dated(clusters[129]), frozenset()).reason
    assert "('August') could not be resolved: no publication date is known" in reason
    assert "September" not in reason


def test_a_dated_article_s_months_are_read_as_before(clusters):
    # Raw 28 [3] (an October 2011 page): "married in a lavish wedding in August" is read,
    # last August, not named by the note.
    sentences = _sentences(clusters[28], "2011-10-31")
    rows = _rows(sentences)
    assert any(w == "2011-08" and "lavish wedding in August" in t for w, t, _ in rows)
    assert "'August'" not in timeline(sentences, frozenset()).reason
