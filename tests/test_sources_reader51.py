"""Sources, stop 39 (fourteenth pass): a fifty-first reader found both copies of raw 182's
AP story "outlet unknown" though 182 [0] opens on azcentral.com's stamp "Associated Press Tue
Feb 19, 2013 7:44 PM" (its date read, its outlet not) and 182 [1]'s captions close "...
(Associated Press)"; a forty-ninth reader found 176 [0], Al Jazeera's page, unknown, while a
"told Al Jazeera" rule would name 176 [1], msnbc.com's, too. Documents are 0-based (the
readers count from 1). Every outlet read is judged in tests/fixtures/own_outlets.json; these
tests show each rule on its pages, and the lines that name no page left unread."""

from __future__ import annotations

import re

import pytest

from chorus.ingest.article_dates import own_date
from tests.raw_pages import outlet_read as _read
from tests.raw_pages import raw_clusters, sources_markdown
from tests.raw_pages import raw_document as _document

_AZCENTRAL_STAMP = "Associated Press Tue Feb 19, 2013 7:44 PM"
_CUT_CAPTION = re.compile(r"\S\.\.\. \(Associated Press\)$")


def test_an_agency_heading_the_page_s_date_stamp_names_the_agency():
    page = _document(182, 0)
    assert page.startswith(_AZCENTRAL_STAMP)
    assert _read(page) == ("The Associated Press", "date stamp")
    # The stamp still dates the page, as before.
    assert own_date(page).value == "2013-02-19"
    # Without the stamp the page names no outlet.
    assert _read(page.replace(_AZCENTRAL_STAMP, "")) is None


def test_a_writer_s_name_heading_the_stamp_names_no_outlet():
    # The same layout credits the paper's own writers by name ("Bob Christie Tue …"); a name
    # not an agency's may be a person's or a section's: unknown beats wrong.
    page = _document(182, 0).replace("Associated Press Tue", "Bob Christie Tue", 1)
    assert own_date(page).value == "2013-02-19"
    assert _read(page) is None


def test_a_bracketed_name_heading_the_stamp_names_the_page():
    page = _document(71, 2)
    assert "（People's Daily Online） 09:25, November 27, 2012" in page
    assert "Edited and translated by Zhang Qian, People's Daily Online" in page
    assert _read(page) == ("People's Daily Online", "date stamp")
    # A bracketed word saying what kind of story it is names no one.
    assert _read(page.replace("（People's Daily Online）", "(Updated)")) is None


@pytest.mark.parametrize(
    ("place", "words"),
    [
        ((182, 1), "McCain defended his proposed immigration overhaul"),
        ((24, 1), "knives of all sizes and types are piled in a box"),
        ((76, 0), "This photo released by the Syrian official news agency SANA"),
        ((78, 1), "Italian Premier Silvio Berlusconi sits in the lower chamber"),
        ((199, 1), "Drew Barrymore poses for a portrait"),
        ((237, 0), "Vatican security guards stand by the main gate"),
    ],
)
def test_ap_s_captions_cut_short_over_its_credit_name_the_agency(place, words):
    page = _document(*place)
    captions = [line for line in page.split("\n") if _CUT_CAPTION.search(line)]
    assert any(words in line for line in captions)
    assert _read(page) == ("The Associated Press", "caption credit")
    # The captions are the page's only sign: without them it names no outlet.
    kept = "\n".join(line for line in page.split("\n") if line not in captions)
    assert _read(kept) is None


def test_every_page_with_ap_s_cut_caption_is_read_as_ap():
    # 31 raw pages hold such a caption; the 25 an earlier rule reads (a "(AP)" dateline, AP's
    # credit to its writers under its rule line) are AP's too: the layout is AP's story's.
    pages = [
        (number, index)
        for number, cluster in enumerate(raw_clusters())
        for index, page in enumerate(cluster["documents"])
        if any(_CUT_CAPTION.search(" ".join(line.split())) for line in page.split("\n"))
    ]
    assert len(pages) == 31
    read = {place: _read(_document(*place)) for place in pages}
    assert {outlet for outlet, _ in read.values()} == {"The Associated Press"}
    assert sum(rule == "caption credit" for _, rule in read.values()) == 6


def test_a_whole_caption_credited_to_ap_names_no_page():
    # raw 249 [3] is the Washington Post's own story ("Branigin reported from Washington."),
    # whose video caption closes "(The Associated Press)" uncut: whose picture, not whose page.
    page = _document(249, 3)
    assert "have an effect on the global economy. (The Associated Press)" in page
    assert _read(page) is None
    # A caption crediting AP's photographer before the credit is not the cut layout.
    line = next(row for row in _document(75, 0).split("\n") if "(AP Photo/Reed Saxon)" in row)
    assert line.endswith("(AP Photo/Reed Saxon) (Associated Press)")
    assert _read(line) is None


def test_al_jazeera_s_page_told_its_name_stays_unknown():
    # 176 [0] is Al Jazeera's page ("Al Jazeera's senior political analyst", "told Al
    # Jazeera" three times), but msnbc.com's 176 [1] also writes "told Al Jazeera
    # television" and "Al Jazeera reported": a name told is how pages cite one another.
    aljazeera, msnbc = _document(176, 0), _document(176, 1)
    assert "Marwan Bishara, Al Jazeera's senior political analyst" in aljazeera
    assert "told Al Jazeera television" in msnbc
    assert _read(aljazeera) is None
    assert _read(msnbc) == ("msnbc.com", "quoting of what it was told")


def test_the_sources_list_of_182_names_ap_for_both_copies(tmp_path):
    markdown, notes = sources_markdown(182, tmp_path)
    assert "1. **The Associated Press**, 19 February 2013" in markdown
    assert "2. **The Associated Press**, 19 February 2013" in markdown
    assert any(
        note.endswith("read from its date stamp, 'Associated Press Tue Feb 19, 2013 7:44 PM'")
        for note in notes
    )
