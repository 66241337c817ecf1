"""The timeline's fiftieth pass (stop 37's items, raw validation by 0-based line): a sentence
naming one day twice stands once under it in the JSON too (raw 21: "died Tuesday (June 20)"),
and a thing's year in a sentence that appraises, "It was ... that ... their 2012 election
victories" (raw 230's opinion piece), dates no row. Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.timeline import timeline
from chorus.api import as_articles
from chorus.ingest.article_dates import with_dates
from chorus.render.analysis_json import to_dict
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    return _raw({21, 75, 230})


def _rows(sentences: list) -> list[tuple[str, str]]:
    """Every row: its date and its sentence."""
    return [(e.when, e.sentence.text) for e in timeline(sentences, frozenset()).entries]


def test_a_sentence_naming_its_day_twice_is_one_json_entry(clusters):
    # Raw 21 [1], dated 20 June 2017 by its posts' stamps: "died Tuesday (June 20)" gave two
    # entries, one a date expression. Its other outlet's "died Tuesday at the age of 42"
    # is another article's telling and stays.
    articles = with_dates(as_articles(clusters[21]["documents"]), None, [])
    rows = to_dict(brief(articles).analysis)["timeline"]
    death = [r for r in rows if r["date"] == "2017-06-20"]
    told = [r["sentence"]["text"] for r in death]
    assert (
        told.count(
            "Prodigy, one-half of the legendary '90s rap group Mobb Deep, died Tuesday (June 20) at"
            " age 42."
        )
        == 1
    )
    assert any(t.endswith("died Tuesday at the age of 42.") for t in told)
    # The kept entry is the one the Markdown shows: its bracket names the weekday.
    assert [r["expression"]["text"] for r in death] == ["Tuesday", "Tuesday"]


def test_an_appraisal_s_thing_year_dates_no_row(clusters):
    # Raw 230 [1] (TIME's opinion piece): the Democrats' 2012 victories are named in the
    # writer's argument, no event of 2012 the line tells. The AP article's own 2012, Davis's
    # re-election, and its Thursday's declaration stay.
    rows = _rows(_own_dated(clusters[230]))
    assert not any("gender-based disrespect" in text for _, text in rows)
    assert ("2012", next(t for _, t in rows if t.startswith("She narrowly won that race"))) in rows
    assert any(when == "2013-10-03" and "declared her" in text for when, text in rows)


def test_an_appraisal_in_multi_news_plus_text():
    # Validation 401: "It is only recently that ... received payment in full for services
    # rendered through the 2012 caucus month": the payment is recent, not 2012's.
    ((_, cluster),) = _lines(FILES["mn+val"], {401})
    rows = _rows(_sentences(cluster, None))
    assert not any("only recently that" in text for _, text in rows)


def test_one_sentence_of_two_arrests_stays_under_each_year(clusters):
    # Raw 75 [0]: "The arrests were made on suspicion of spousal battery in 2012 and suspicion
    # of brandishing a knife in 2013": two arrests, each of its year (judged again), and
    # the girlfriend's restraining order of 2013 apart from them.
    rows = _rows(_own_dated(clusters[75]))
    arrests = [when for when, text in rows if text.startswith("The arrests were made")]
    assert arrests == ["2012", "2013"]
    assert ("1996", next(t for _, t in rows if "filed for a restraining order" in t)) in rows


def test_an_appraisal_s_year_goes_and_a_cleft_on_a_place_stays():
    # Multi-News+ train 20378: "It is a decision that would cost him his 2010 title" (the
    # title's year; the cost is the decision's, later). 23240: "It was there, in jersey city,
    # ..., that a muslim cell plotted the 1993 bombing of the twin towers": a deed told of
    # its place, the bombing's year kept.
    lines = dict(_lines(FILES["mn+train"], {20378, 23240}))
    decision = _rows(_sentences(lines[20378], None))
    assert not any(text.startswith("It is a decision") for _, text in decision)
    plot = _rows(_sentences(lines[23240], None))
    assert any(
        when == "1993" and text.startswith("It was there, in jersey city") for when, text in plot
    )
