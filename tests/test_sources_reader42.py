"""Sources, stop 37 (tenth pass): stop 36's readers left raw 63's UPI story "outlet unknown"
though it opens "NEW YORK, May 18 (UPI) --", and raw 36's tweet, 39's AP caption and 53's
Tribune tagline to check; a forty-second reader found raw 97's "(Washington Post Staff
Photo/Andrea Bruce)" and 95's "asteele@phillynews.com" unread, asked whether 88's
mediaite.com was read by a rule or by luck, and found the Markdown saying "outlet unknown"
where the JSON says `outlet: "c86 #1"`. The reader numbers sources from 1; documents below
are 0-based. Every outlet read is judged in tests/fixtures/own_outlets.json; these tests
show each rule on its pages and the pages left as they were."""

from __future__ import annotations

import json
import re

import pytest

from chorus.api import brief
from chorus.ingest import read_inputs
from chorus.ingest.article_dates import own_date
from chorus.render import to_dict, to_markdown
from tests.raw_pages import outlet_read as _read
from tests.raw_pages import raw_clusters
from tests.raw_pages import raw_document as _document

_ATLANTIC_ADDRESS = "ereeve at theatlantic dot com"


@pytest.mark.parametrize(
    ("cluster", "index", "dateline"),
    [(63, 1, "NEW YORK, May 18 (UPI) --"), (133, 1, "FLORENCE, Italy, Feb. 25 (UPI) --")],
)
def test_a_upi_dateline_with_its_date_names_upi(cluster, index, dateline):
    page = _document(cluster, index)
    assert page.startswith(dateline)
    assert _read(page) == ("UPI", "dateline")
    # A name other than an agency's needs its dash, dated or not.
    assert _read(page.replace(dateline, dateline.removesuffix(" --"), 1)) is None


def test_the_dated_dateline_dates_no_page():
    # "May 18" gives no year: the page stays undated.
    assert own_date(_document(63, 1)) is None


_AP_DATED_PHOTO = "In this Saturday, July 1, 2017, photo, people line up at the NuLeaf"


def test_a_photo_ap_dates_in_front_dates_no_page():
    # raw 77 [2]: AP's "In this <date>, photo" is of a day before the story's (Saturday's
    # lines; the story is of the Monday after). Even with the story's later days gone
    # the photo's day is not the page's; the same caption dated at its end still is.
    page = re.sub(r"\b(?:Sunday|Monday|Friday)\b", "recently", _document(77, 2))
    assert page.count(_AP_DATED_PHOTO) >= 3
    assert own_date(page) is None
    same_day = page.replace(
        _AP_DATED_PHOTO + " marijuana dispensary in Las Vegas.",
        "People line up at the NuLeaf marijuana dispensary in Las Vegas, Saturday, July 1, 2017.",
    )
    assert own_date(same_day).value == "2017-07-01"


def test_an_ap_caption_dated_in_front_without_weekday_is_left_too():
    # raw 156 [0]: dated by its Monday press conference's captions, not the Sunday's
    # "In this May 3, 2015 photo" ones.
    page = _document(156, 0)
    assert "In this May 3, 2015 photo, authorities" in page
    assert own_date(page).value == "2015-05-04"


def test_healthday_stays_named_by_its_copyright():
    page = _document(113, 1)
    assert page.startswith("MONDAY, July 2 (HealthDay News) --")
    assert _read(page) == ("HealthDay", "copyright line")


def test_a_papers_credit_to_its_own_staff_photographer_names_the_paper():
    page = _document(97, 0)
    credit = "(Washington Post Staff Photo/Andrea Bruce)"
    assert page.startswith(credit)
    assert _read(page) == ("Washington Post", "caption of its own picture")
    # The credit quoted inside a sentence, or a staff credit naming no paper, names none.
    assert _read(page.replace(credit, f"The photo is credited {credit} here.")) is None
    assert _read(page.replace(credit, "(Staff Photo/Andrea Bruce)")) is None


def test_a_staff_photographers_credit_without_a_paper_names_none():
    page = _document(187, 1)
    assert "(LUKE RAFFERTY / Staff Photographer)" in page
    desk = next(line for line in page.splitlines() if "BreakingNewsDesk@philly.com" in line)
    assert _read(page) == ("philly.com", "tips address")
    # Without its desk's address the page names no outlet: the credit names no paper.
    assert _read(page.replace(desk, "")) is None


@pytest.mark.parametrize(("cluster", "index"), [(36, 1), (71, 0)])
def test_the_atlantics_spelled_out_address_names_its_site(cluster, index):
    page = _document(cluster, index)
    assert "send an email to the author at" in page
    assert _read(page) == ("theatlantic.com", "writer's address")


def test_a_spelled_out_address_at_a_mail_service_names_no_site():
    page = _document(36, 1)
    assert _ATLANTIC_ADDRESS in page
    assert _read(page.replace(_ATLANTIC_ADDRESS, "ereeve at gmail dot com")) is None


def test_mediaite_is_read_by_its_tips_address_not_by_luck():
    page = _document(88, 1)
    assert _read(page) == ("mediaite.com", "tips address")
    # Its writer's follow line names him, not the site.
    assert _read(page.replace("Have a tip we should know? tips@mediaite.com", "")) is None


def test_an_owners_mail_domain_still_names_no_paper():
    # raw 95 [0]: phillynews.com served both the Inquirer and the Daily News (stop 34).
    page = _document(95, 0)
    assert page.rstrip().endswith("610-313-8113 610-313-8113 @AESteele")
    assert _read(page) is None


def test_the_tribunes_two_paper_tagline_names_no_outlet_and_no_title(tmp_path):
    # raw 53 [0] names the Tribune and WGN-TV; nothing is read, and nothing shown as title.
    path = tmp_path / "c53.jsonl"
    path.write_text(json.dumps(raw_clusters()[53]) + "\n", encoding="utf-8")
    first = read_inputs([str(path)]).articles[0]
    assert "reporters for the Tribune, Jae Miller is a reporter for WGN-TV" in first.text
    assert first.outlet == "c53 #1"
    assert first.title is None
    assert first.published is None


def test_a_cluster_files_sources_are_outlet_unknown_in_markdown_and_json(tmp_path):
    # raw 86: six pages naming no outlet. The JSON's `outlet` is null, in the source list
    # and wherever the analysis names a source, as the list's "outlet unknown" says; the
    # file's stand-in "c86 #1" is no outlet (sources15).
    path = tmp_path / "c86.jsonl"
    path.write_text(json.dumps(raw_clusters()[86]) + "\n", encoding="utf-8")
    briefing = brief(read_inputs([str(path)]).articles, words=250)
    payload = to_dict(briefing)
    listed = to_markdown(briefing).split("## Sources", 1)[1]
    for source in payload["sources"]:
        number = source["number"]
        assert (source["outlet"], source["outlet_from"]) == (None, "file name")
        assert f"{number}. file `c86.jsonl document {number}`, outlet unknown" in listed
    quotes = payload["analysis"]["quotes"]
    first = payload["sources"][0]["article_id"]
    # Gov. Fallin's words, in [1]: the quote says whose by its sentence's article
    assert any(
        q["speaker"].endswith("Fallin") and q["sentence"]["article_id"] == first for q in quotes
    )
    assert {quote["outlet"] for quote in quotes} == {None}
    assert "c86 #" not in json.dumps(payload)
