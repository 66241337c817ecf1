"""Cleaning, forty-seventh pass (clean63): raw 157 (val-2570) [0] opens on its picture's
caption, a picture told without a finite verb ("A sketch released of an unidentified woman
who was hit and killed by two cars ... 1990. She was later identified as ..."): the line goes
whole, so neither sentence heads the briefing or opens its summary; the story's lines stay.
A sentence about a picture with its own verb ("A photo released by school officials showed
...") is the story's. Checked over every raw validation and DUC line."""

import re

from chorus.clean_captions import VERBLESS_PICTURE
from tests.briefings import raw_briefing

from .raw_pages import cleaned, exact_sentences, pages_everywhere, removals

_KUIPER, _NOLAN = "multi_news-val-2570", "multi_news-val-4326"
_CAPTION = (
    "A sketch released of an unidentified woman who was hit and killed by two cars in "
    "Huntington Beach on April 1, 1990. She was later identified as Andrea Kuiper, 26, of "
    "Virginia."
)


def test_a_picture_told_without_a_verb_goes_with_its_line_and_the_story_stays():
    document = cleaned(_KUIPER, 0)
    # The page's first line, both of its sentences, and nothing else of the page.
    assert removals(document) == [("photo caption", _CAPTION)]
    openings = {s[:40] for s in exact_sentences(document)}
    assert "A sketch released of an unidentified wom" not in openings
    assert "She was later identified as Andrea Kuipe" not in openings
    assert {
        "Authorities said Andrea Kuiper was struc",
        "Investigators said the woman didn't have",
    } <= openings


def test_the_briefing_opens_on_the_story_not_the_caption():
    briefing = raw_briefing(157)
    opening = briefing.summary[0].shown.text
    assert opening.startswith("The Orange County Sheriff's Department Coroner's Division")
    assert not any("sketch" in s.shown.text for s in briefing.summary)


def test_a_sentence_about_a_picture_with_its_verb_stays():
    sentences = exact_sentences(cleaned(_NOLAN, 0))
    assert any(s.startswith("A photo released by school officials showed") for s in sentences)


def test_over_raw_and_duc_the_verbless_picture_lines_are_four_captions():
    """Raw + DUC hold four lines of the shape, each a caption: 33 [1]'s and [4]'s, 58 [3]'s
    (removed by other rules before) and 157 [0]'s."""
    rule = re.compile(VERBLESS_PICTURE)
    found = [
        (page.corpus, page.cluster, page.document)
        for page in pages_everywhere()
        for line in page.article.text.split("\n")
        if rule.match(line.strip())
    ]
    assert found == [("raw", 33, 1), ("raw", 33, 4), ("raw", 58, 3), ("raw", 157, 0)]
