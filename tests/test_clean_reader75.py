"""Cleaning, stop 45 (pages14): a seventy-fifth reader found two pieces of page furniture shown
as summary sentences at main (raw validation, 0-based): 6 [1]'s closing syndication notice,
New Scientist's "… does not own rights to photos, but there are a variety of licensing options
available for use of articles and graphics we own the copyright to.", and 18 [0]'s MarketWatch
video teaser between the story's paragraphs, "Wedding costs soar to new highs (3:40) As
Americans feel better about the economy, … Quentin Fottrell joins Lunch Break.". Both go; the
notice still names the page's outlet, read from the text as given."""

from __future__ import annotations

from .briefings import raw_briefing
from .raw_pages import (
    cleaned,
    exact_sentences,
    outlet_read,
    raw_document,
    removals,
    removals_everywhere,
)

_HUNGER, _WEDDINGS = "multi_news-val-2114", "multi_news-val-2095"

_NOTICE = (
    "If you would like to reuse any content from New Scientist, either in print or online, "
    "please contact the syndication department first for permission. New Scientist does not "
    "own rights to photos, but there are a variety of licensing options available for use of "
    "articles and graphics we own the copyright to."
)
_TEASER = (
    "Wedding costs soar to new highs (3:40) As Americans feel better about the economy, the "
    "optimism is reflected in higher spending on weddings. Quentin Fottrell joins Lunch Break."
)


def test_new_scientists_syndication_notice_goes_and_its_story_stays():
    page = cleaned(_HUNGER, 1)
    assert ("reuse", _NOTICE) in removals(page)
    sentences = exact_sentences(page)
    assert not any("syndication" in s or "licensing options" in s for s in sentences)
    # The story's last lines above the notice stay, its journal reference the last.
    assert sentences[-2].startswith("She adds: \"We're now going to look at how hunger")
    assert sentences[-1] == "Journal reference: PNAS, DOI: 10.1073/pnas.1417712112"


def test_the_notice_still_names_the_pages_outlet():
    assert outlet_read(raw_document(6, 1)) == ("New Scientist", "syndication notice")


def test_marketwatchs_video_teaser_goes_between_the_storys_paragraphs():
    page = cleaned(_WEDDINGS, 0)
    assert ("video caption", _TEASER) in removals(page)
    sentences = exact_sentences(page)
    assert not any("(3:40)" in s or "Lunch Break" in s for s in sentences)
    # The paragraphs on either side of it stay.
    assert any(s.startswith("Of the $31,213, the highest since The Knot began") for s in sentences)
    assert any(s.startswith("The rest goes to such things as a wedding dress") for s in sentences)


def test_over_raw_and_duc_each_form_is_that_one_line():
    found = removals_everywhere()
    notices = [r for r in found if r.text.startswith("If you would like to reuse any content")]
    assert [(r.corpus, r.cluster, r.document) for r in notices] == [("raw", 6, 1)]
    # The Journal's shows close two video captions: 207 [0]'s "has details on", 18 [0]'s "joins".
    shows = [
        r for r in found if r.reason == "video caption" and r.text.endswith(("Hub.", "Break."))
    ]
    assert [(r.cluster, r.document, " joins " in r.text) for r in shows] == [
        (18, 0, True),
        (207, 0, False),
    ]


def test_neither_reaches_the_summary_now():
    for line, furniture in ((6, "licensing options"), (18, "(3:40)")):
        shown = [sentence.text for sentence in raw_briefing(line).summary]
        assert shown and not any(furniture in text for text in shown)
