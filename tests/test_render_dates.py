"""Dates in the Markdown and on the page as a reader reads them ("13 April 2018",
"January 2016", "2013"); the JSON keeps ISO dates."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from chorus import Briefing, brief
from chorus.ingest import make_article, read_inputs
from chorus.render import to_dict, to_html, to_markdown
from tests.conftest import RAW_VALIDATION, read_clusters

ISO = re.compile(r"\b\d{4}-\d{2}\b")


@pytest.fixture(scope="module")
def dated_seeds(seed_texts) -> Briefing:
    """The seeds as `--date 2018-04-13` dates them."""
    articles = [
        make_article(t, name, origin=name, published=dt.date(2018, 4, 13))
        for name, t in seed_texts.items()
    ]
    return brief(articles, words=250)


def _shown(page: str) -> str:
    """The page's text as a reader sees it: no attributes, style or script."""
    body = re.sub(r"<(style|script)>.*?</\1>", "", page, flags=re.DOTALL)
    return re.sub(r"<[^>]*>", " ", body)


def test_the_markdown_timeline_reads_days_months_and_years(dated_seeds):
    markdown = to_markdown(dated_seeds)
    assert "- 2013 (background): Following a chemical weapon attack in Syria's" in markdown
    assert "- January 2016 (background): In January 2016, the OPCW said" in markdown
    assert "- 10 April 2018 (Tuesday): Russia on Tuesday vetoed" in markdown
    # The article's words only where they add to the date: "(Tuesday)" says which words
    # the day was read from; "7 April 2018 (April 7)" said the date twice.
    assert "- 7 April 2018: The Damascus suburb of Douma" in markdown
    assert "outlet unknown, 13 April 2018" in markdown
    # before: "- 2016-01: ...", "- 2018-04-10 (Tuesday): ...", "..., 2018-04-13"
    assert not ISO.search(markdown)


def test_the_page_reads_dates_as_the_markdown_does(dated_seeds):
    page = to_html(dated_seeds)
    shown = _shown(page)
    assert "10 April 2018 (Tuesday): Russia on Tuesday vetoed" in shown
    assert "January 2016 (background): In January 2016, the OPCW said" in shown
    assert "Timeline of 14 dated events, 2013 to 13 April 2018" in page
    assert " · 13 April 2018 · " in shown  # the header: every source's date
    assert not ISO.search(shown)


def test_the_axis_writes_a_month_short_and_the_title_in_full(validation_clusters):
    # Raw cluster 17 (multi_news-val-1397), events from 9 March 2015 to January 2016: the
    # axis read "2015-04 / 2015-09 / 2016-01"; a month is written in three letters, the
    # room an axis label has (a last tick "September 2015" would end past the 340-px chart).
    cluster = validation_clusters[17]
    assert cluster["id"] == "multi_news-val-1397"
    page = to_html(brief(cluster["documents"], words=100))
    svg = re.search(r'<svg[^>]*aria-labelledby="tl-t".*?</svg>', page).group(0)
    assert re.findall(r'class="small">([^<]+)</text>', svg) == ["Apr 2015", "Sep 2015", "Jan 2016"]
    # (3 events until timeline49, stop 36: the January 2016 inspection two articles tell
    # in one run of words is one row)
    assert "Timeline of 2 dated events, 9 March 2015 to January 2016<" in svg


def test_the_json_keeps_iso_dates(dated_seeds):
    data = to_dict(dated_seeds)
    dates = {entry["date"] for entry in data["analysis"]["timeline"]}
    assert {"2013", "2016-01", "2018-04-10", "2018-04-13"} <= dates
    assert {source["published"] for source in data["sources"]} == {"2018-04-13"}


def test_a_conflict_s_dates_read_as_the_timeline_s(tmp_path):
    # Raw cluster 153 (the Delphi girls) with every article dated 15 June 2016: "Police
    # didn't identify whose bodies were found Tuesday ... missing since 5:30 p.m. Monday"
    # against "Police confirmed Wednesday the identities of the two bodies".
    cluster = read_clusters(RAW_VALIDATION, 154)[153]
    path = tmp_path / "delphi.jsonl"
    path.write_text(json.dumps(cluster) + "\n", encoding="utf-8")
    briefing = brief(read_inputs([str(path)], date=dt.date(2016, 6, 15)).articles, words=250)
    reasons = [c["reason"] for c in to_dict(briefing)["analysis"]["conflicts"]]
    iso = "Different dates for one event: 2016-06-13, 2016-06-14 vs 2016-06-15"
    assert iso in reasons, "the JSON keeps ISO dates"
    read = "Different dates for one event: 13 and 14 June 2016 vs 15 June 2016"
    assert f"- {read}\n" in to_markdown(briefing)
    section = r'<section aria-labelledby="h-conflicts">.*?</section>'
    conflicts = re.search(section, to_html(briefing)).group(0)
    assert read in conflicts
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", _shown(conflicts))
