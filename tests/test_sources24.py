"""Sources, stop 52 (sources24): a paper's print trailer names its page's outlet, date and
title (raw validation, 0-based; the readers count from 1). 220 [0], Mitt Romney's op-ed,
closes on "A version of this article appeared August 24, 2012, on page A11 in the U.S.
edition of The Wall Street Journal, with the headline: What I Learned at Bain Capital.";
220 [1], the same op-ed without the trailer, stays unknown. 95 [0]'s "asteele@phillynews.com"
(a mail domain the Inquirer and the Daily News shared), 236 [1]'s "appeared in the Daily
News on Thursday" and 104 [2]'s "told NBC News, which was granted rare access" stay unread."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from chorus.ingest.own_titles import with_titles
from chorus.ingest.print_trailers import print_trailer

from .raw_pages import (
    date_read,
    outlet_read,
    pages_everywhere,
    raw_document,
    read_as_file,
    sources_markdown,
)

_RULE = "print trailer"
_TRAILER = (
    "A version of this article appeared August 24, 2012, on page A11 in the U.S. edition of "
    "The Wall Street Journal, with the headline: What I Learned at Bain Capital."
)


def test_a_print_trailer_names_the_page_s_outlet_date_and_title():
    page = raw_document(220, 0)
    assert page.rstrip().endswith(_TRAILER)
    assert outlet_read(page) == ("The Wall Street Journal", _RULE)
    assert date_read(page) == ("2012-08-24", _RULE)
    trailer = print_trailer(page)
    assert trailer is not None and trailer.title == "What I Learned at Bain Capital"
    assert trailer.date == dt.date(2012, 8, 24)


def test_the_same_page_without_its_trailer_stays_unknown():
    page = raw_document(220, 1)
    assert raw_document(220, 0).startswith(page.strip()[:2000])
    assert outlet_read(page) is None and date_read(page) is None
    assert print_trailer(page) is None


def test_a_trailer_is_read_only_whole_and_closing_the_page():
    page = raw_document(220, 0)
    # Higher up the page, among the story's lines, it is no trailer.
    moved = page.replace(_TRAILER, "").replace(
        "Mr. Romney is the Republican Party candidate", f"{_TRAILER}\n\nMr. Romney is the …"
    )
    moved += "\n\nMore.\n\nMore.\n\nMore."
    assert _TRAILER in moved and print_trailer(moved) is None
    assert outlet_read(moved) is None and date_read(moved) is None
    # Told inside a sentence, it is another page's.
    told = page.replace(_TRAILER, f"He wrote that {_TRAILER[0].lower()}{_TRAILER[1:]}")
    assert print_trailer(told) is None and outlet_read(told) is None
    # A day that does not exist dates nothing.
    wrong_day = page.replace("August 24, 2012", "February 30, 2012")
    assert print_trailer(wrong_day) is None and date_read(wrong_day) is None


def test_the_title_is_the_trailer_s_headline_where_no_line_gives_one(tmp_path: Path):
    read = read_as_file(220, tmp_path)
    first, second = read.articles
    assert first.title == "What I Learned at Bain Capital"
    assert first.published == dt.date(2012, 8, 24)
    assert second.title is None and second.published is None
    # A title given wins over the trailer's headline.
    (titled,) = with_titles([replace(first, title="Given")])
    assert titled.title == "Given"


def test_a_shared_mail_domain_a_paper_told_of_and_a_network_told_stay_unread():
    # phillynews.com was the mail of the Inquirer's and the Daily News' staff alike; the
    # site's own address on the same line (philly.com, as 187 [1]'s desk writes) would read.
    inquirer = raw_document(95, 0)
    assert "\n\nasteele@phillynews.com\n\n" in inquirer and outlet_read(inquirer) is None
    one_paper = inquirer.replace("asteele@phillynews.com", "asteele@philly.com")
    assert outlet_read(one_paper) == ("philly.com", "writer's address")
    # One page of raw and DUC tells of its own paper's earlier story so.
    daily = raw_document(236, 1)
    assert "appeared in the Daily News on Thursday" in daily and "The News' website" in daily
    assert outlet_read(daily) is None
    # "told NBC News" on two lines of a page naming no other listed outlet is read since stop
    # 53 (sources25); 9 [2], telling it once, is CNN's.
    nbc = raw_document(104, 2)
    assert nbc.count("told NBC News") == 2
    assert outlet_read(nbc) == ("NBC News", "listed outlet told twice")
    assert "Trump told NBC News" in raw_document(9, 2)


def test_over_raw_and_duc_the_trailer_stands_on_one_page():
    read = {
        (page.corpus, page.cluster, page.document): trailer.outlet
        for page in pages_everywhere()
        if (trailer := print_trailer(page.article.text))
    }
    assert read == {("raw", 220, 0): "The Wall Street Journal"}
    # "An earlier version of this article misstated …" (64 [0], 73 [2], 130 [1], 244 [1]) is
    # a correction: none reads as a trailer, nor as an outlet by this rule.
    ruled = {
        (page.corpus, page.cluster, page.document)
        for page in pages_everywhere()
        if (found := outlet_read(page.article.text)) and found[1] == _RULE
    }
    assert ruled == {("raw", 220, 0)}


def test_the_sources_line_and_notes_name_them(tmp_path: Path):
    markdown, notes = sources_markdown(220, tmp_path)
    assert (
        "1. **The Wall Street Journal**, “What I Learned at Bain Capital”, 24 August 2012"
        in markdown
    )
    assert "2. file `c220.jsonl document 2`, outlet unknown, date unknown" in markdown
    assert any("outlet 'The Wall Street Journal' read from its print trailer" in n for n in notes)
    assert any("date 2012-08-24 read from its print trailer" in n for n in notes)
