"""An article's date read from its own share link and its photos' captions, where no line
at its top dates it: raw Multi-News validation documents read as files, as a user gives
them (the whole set is scored in test_ingest_outlets.py against own_dates.json)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chorus.analyze.timeline import timeline
from chorus.clean import clean
from chorus.ingest import read_inputs, split_multinews
from chorus.ingest.article_dates import own_date
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _document(raw: list[dict], number: int, index: int) -> str:
    documents = raw[number]["documents"]
    return (split_multinews(documents) if isinstance(documents, str) else documents)[index]


def _read(raw: list[dict], number: int, index: int, tmp_path: Path):
    path = tmp_path / f"raw{number}_{index}.txt"
    path.write_text(_document(raw, number, index), encoding="utf-8")
    return read_inputs([str(path)])


def test_an_ap_story_is_dated_by_its_photos_and_its_saturday_placed(raw, tmp_path):
    """Raw 244's AP story of the USS Fitzgerald opens with a caption cleaning removes,
    "…, Saturday, June 17, 2017. The Japan... (Associated Press)"; its "Saturday"s were
    "not shown: no publication date is known"."""
    ingested = _read(raw, 244, 0, tmp_path)
    (article,) = ingested.articles
    assert article.published == dt.date(2017, 6, 17)
    assert [n.split(": ", 1)[1] for n in ingested.notes if ": date " in n] == [
        "date 2017-06-17 read from its captions '…collided with a merchant ship, Saturday, June "
        "17, 2017. The Japan...'",
    ]
    entries = timeline(split(clean(article)), frozenset()).entries
    saturdays = {e.date for e in entries if e.expression.text.endswith("Saturday")}
    assert saturdays == {dt.date(2017, 6, 17)}


def test_a_share_link_dates_its_page_and_a_friday_before_it(raw, tmp_path):
    """Raw 77 [4], the Reno Gazette-Journal's "Read or Share this story:
    https://www.rgj.com/story/news/marijuana/2017/07/08/…": "On Friday, taxation officials
    announced" is 7 July."""
    (article,) = _read(raw, 77, 4, tmp_path).articles
    assert article.published == dt.date(2017, 7, 8)
    entries = timeline(split(clean(article)), frozenset()).entries
    assert dt.date(2017, 7, 7) in {e.date for e in entries if "Friday" in e.expression.text}


@pytest.mark.parametrize(
    ("number", "index"),
    [
        # AP's photo of Saturday, its story of Monday ("Eager pot customers on Monday
        # again lined up"): dated Saturday, its Monday would fall a week early.
        (77, 2),
        # (27 [1], Monday's vigil above a story of Tuesday, is dated by its "Police said
        # Tuesday": test_timeline_timeline83.)
        # "FILE - In this Thursday, Jan. 17, 2013, file photo": an old picture.
        (149, 0),
    ],
)
def test_a_caption_older_than_its_story_or_a_file_photo_dates_nothing(raw, number, index):
    assert own_date(_document(raw, number, index)) is None


def test_a_file_photo_or_a_caption_whose_weekday_is_another_days_dates_nothing():
    story = "LONDON (AP) — Police said Tuesday the attacker lived in east London.\n"
    right = "Floral tributes at London Bridge, Tuesday, June 6, 2017. (Associated Press)"
    wrong = "Floral tributes at London Bridge, Monday, June 6, 2017. (Associated Press)"
    old = f"FILE - In this {right}"
    assert own_date(f"{right}\n{story}").value == "2017-06-06"
    assert own_date(f"{wrong}\n{story}") is None
    assert own_date(f"{old}\n{story}") is None
