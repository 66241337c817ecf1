"""Sources, stop 39 (thirteenth pass): a forty-eighth reader found every outlet of raw 161
and 164 "unknown" though 161's NBC4 page names its own newscast in its video's caption, 164's
WCVB page names its own reporter ("Newscenter 5's John Atwater tweeted …") and 161's LA Times
page credits a photographer "For The Times". Documents are 0-based (the reader counts from
1). Every outlet read is judged in tests/fixtures/own_outlets.json; these tests show each
rule on its pages, and the lines that name another outlet or an ambiguous one left unread."""

from __future__ import annotations

import json

import pytest

import chorus
from chorus.ingest import read_inputs
from chorus.ingest.article_dates import own_date
from tests.raw_pages import outlet_read as _read
from tests.raw_pages import raw_clusters
from tests.raw_pages import raw_document as _document

_NBC4_CAPTION = "John Cádiz Klemack reports for the NBC4 News at 5 p.m. on June 23, 2015."
_NBC4_STAMP = " (Published Tuesday, June 23, 2015)"


def test_an_nbc_station_s_caption_naming_its_own_newscast_names_the_station():
    page = _document(161, 1)
    assert _NBC4_CAPTION + _NBC4_STAMP in page
    assert _read(page) == ("NBC4", "station's video line")
    # The caption still dates the page, as before.
    assert own_date(page).value == "2015-06-23"


def test_the_newscast_caption_without_its_stamp_names_no_page():
    # The stamp is the station's own blurb layout; the words alone could be quoted anywhere.
    assert _read(_document(161, 1).replace(_NBC4_STAMP, "")) is None


@pytest.mark.parametrize(
    ("place", "outlet", "line"),
    [
        ((164, 2), "Newscenter 5", "Newscenter 5's John Atwater tweeted a video"),
        ((141, 1), "FOX 13", "FOX 13's Haley Hinds reports Jordan Belliveau's family"),
    ],
)
def test_a_station_naming_its_own_reporter_by_brand_and_number_names_the_station(
    place, outlet, line
):
    page = _document(*place)
    assert line in page
    assert _read(page) == (outlet, "station's own reporter")
    # Without that line the page names no outlet at all.
    kept = "\n".join(row for row in page.split("\n") if line not in row)
    assert _read(kept) is None


def test_another_outlet_s_reporter_named_by_a_brand_without_a_number_names_no_page():
    # raw 144 [1], POLITICO's Morning Money, cites "WSJ’s Brody Mullins and Susan Pulliam in A1
    # piece": the page stays POLITICO by its writer's address (named as its text writes
    # politico.com since sources19, "POLITICO’s Glenn Thrush"), and the line alone names
    # no one, nor would Britain's "Channel 4's" reporter.
    page = _document(144, 1)
    line = next(row for row in page.split("\n") if "WSJ’s Brody Mullins" in row)
    assert _read(page) == ("POLITICO", "writer's address")
    assert _read(line) is None
    reporting = line.replace("and Susan Pulliam in", "reports")
    assert "WSJ’s Brody Mullins reports" in reporting
    assert _read(reporting) is None
    assert _read("Channel 4's Jon Snow reports the minister resigned.") is None


def test_a_station_brand_without_its_reporter_s_report_keeps_the_earlier_rule():
    # raw 52 [0]: "In an exclusive interview with NewsChannel 15’s Brett Thomas …" on WANE's
    # page, read by its dateline as before.
    page = _document(52, 0)
    assert "NewsChannel 15’s Brett Thomas" in page
    assert _read(page) == ("WANE", "dateline")


def test_a_photographer_for_the_times_names_no_paper():
    # raw 161 [0] is the Los Angeles Times' page, but "For The Times" is how several papers
    # credit a freelancer, and the page never names the paper in full: unknown beats wrong.
    page = _document(161, 0)
    assert "(Christina House / For The Times)" in page
    assert "Los Angeles Times" not in page
    assert _read(page) is None


def test_the_sources_list_of_161_and_164_names_the_stations(tmp_path):
    for cluster, listed in (
        (161, ["1. file `c161.jsonl document 1`, outlet unknown", "2. **NBC4**, 23 June 2015"]),
        (164, ["3. **Newscenter 5**, date unknown"]),
    ):
        path = tmp_path / f"c{cluster}.jsonl"
        path.write_text(json.dumps(raw_clusters()[cluster]) + "\n", encoding="utf-8")
        read = read_inputs([path])
        briefing = chorus.brief(read.articles, notes=read.notes, analyze=False)
        markdown = chorus.render.to_markdown(briefing)
        for line in listed:
            assert line in markdown
