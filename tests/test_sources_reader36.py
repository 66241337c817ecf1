"""Sources, stop 36 (seventh pass): a thirtieth reader found raw 230 [1], an AP story shown
without its dateline ("Associated Press reporter Paul J. Weber and Chris Sherman
contributed to this story", every caption "(Associated Press)"), as "outlet unknown", and a
thirty-third found raw 119 [2], NBC10's page stamped "(Published Tuesday, April 23, 2013)",
undated because its story says "today". The readers number sources from 1; documents below
are 0-based, as `split_multinews` gives them. Every outlet and date read is judged in
tests/fixtures/own_outlets.json and own_dates.json; these tests show each rule on its pages
and the pages left as they were."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from chorus.ingest import read_inputs
from chorus.ingest.article_dates import own_date
from tests.raw_pages import outlet_read as _read
from tests.raw_pages import raw_clusters
from tests.raw_pages import raw_document as _document

_STAMP = "(Published Tuesday, April 23, 2013)"


def _lines(cluster: int, index: int) -> list[str]:
    return [line.strip() for line in _document(cluster, index).splitlines() if line.strip()]


@pytest.mark.parametrize(("cluster", "index"), [(230, 0), (115, 0), (149, 0), (208, 4), (234, 1)])
def test_ap_credit_to_its_writers_under_its_rule_line_names_the_agency(cluster, index):
    lines = _lines(cluster, index)
    credit = next(line for line in lines if "contributed to this" in line)
    assert lines[lines.index(credit) - 1] == "___"
    # AP's text shown by a host: its photos AP's, its dateline gone.
    assert any(line.endswith("(Associated Press)") for line in lines)
    assert not any("(AP) —" in line for line in lines)
    assert _read(_document(cluster, index)) == ("The Associated Press", "agency's contributor line")


def test_the_same_credit_not_under_a_rule_is_a_papers_thanks():
    credit = next(line for line in _lines(230, 0) if line.startswith("Associated Press reporter"))
    assert _read(credit) is None
    assert _read(f"Story text.\n___\n{credit.replace('contributed', 'wrote')}") is None
    # Papers thanking the agency, none under a rule: no source (147 [1] is ABC News' by
    # its own reporter's credit where it quotes what ABC was told: test_sources_reader46).
    for cluster, index, words in (
        (4, 1, "The Associated Press contributed to this report."),
        (65, 1, "The Associated Press contributed to this report."),
        (147, 1, "ABC News' Gerard McNiff and the Associated Press contributed"),
    ):
        page = _document(cluster, index).replace("told ABC News", "told reporters")
        # 4 [1] is WPXI's by its channel, told twice (sources23): told once here
        page = page.replace("told Channel 11", "told reporters")
        assert words in page
        assert _read(page) is None


def test_a_stations_blurb_giving_the_details_names_the_station_and_its_stamp_dates_it():
    text = _document(119, 1)
    assert f"NBC10's Lu Ann Cahn has the details. {_STAMP}" in text
    assert "Copyright Associated Press / NBC 10 Philadelphia" in text
    assert _read(text) == ("NBC10", "station's video line")
    # The story names no weekday, only "today": the stamp is the page's own day.
    assert "charges she faced were dropped today" in text
    date = own_date(text)
    assert date is not None
    assert (date.value, date.rule) == ("2013-04-23", "captions")
    # Without "today" the stamp still closes the page's first line, and a story naming no
    # weekday names none of the days after it: the page's own stamp (timeline69).
    untold = own_date(text.replace("dropped today", "dropped"))
    assert untold is not None
    assert (untold.value, untold.rule) == ("2013-04-23", "stamp")


def test_today_does_not_date_a_photo_caption():
    """A photo's day is not the story's: "today" under an AP caption dates nothing."""
    text = _document(119, 1).replace(_STAMP, "Tuesday, April 23, 2013. (Associated Press)")
    assert own_date(text) is None


@pytest.mark.parametrize(
    ("cluster", "index", "words"),
    [
        # Tuesday's photo over AP's story of Wednesday ("announced Wednesday"), which names
        # Thursday ahead: the story's day is not told by its captions, nor by its lead's
        # weekday when the story names a later one (75 [0]'s is read since timeline78).
        (146, 1, "announced Wednesday"),
        # (16 [0]'s stamp of Friday over a story naming only Tuesday and Thursday closes its
        # first line: the page's own, it dates it since timeline69.)
    ],
)
def test_captions_a_story_does_not_date_stay_unread(cluster, index, words):
    assert words in _document(cluster, index)
    assert own_date(_document(cluster, index)) is None


def test_the_sources_list_reads_the_agency_and_the_station(tmp_path):
    for cluster, index, outlet in ((230, 0, "The Associated Press"), (119, 1, "NBC10")):
        path = tmp_path / f"raw{cluster}.jsonl"
        path.write_text(json.dumps(raw_clusters()[cluster]) + "\n", encoding="utf-8")
        read = read_inputs([str(path)])
        assert read.articles[index].outlet == outlet
        assert any(f"outlet {outlet!r} read from its" in note for note in read.notes)
    assert read.articles[1].published == dt.date(2013, 4, 23)
