"""Cleaning, forty-second pass (clean59): a press release's closing "About <name>" section. On
raw 142 (val-1487) [2], Lieff Cabraser's release closes with "About Lieff Cabraser and Counsel",
then the firm's description, its counsel's career and its co-counsel: gone as the release's
about section, the story above it kept. Raw 18 [2]'s "About The Knot 2014 Real Weddings
Survey" is not the page's last "About" heading, and its survey's method stays; its "About The
Knot" section ends at the contact block. Checked over every raw validation and DUC page."""

import pytest

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_FITBIT, _KNOT = "multi_news-val-1487", "multi_news-val-2095"
_ABOUT = "release's about section"


def test_a_release_s_closing_about_section_goes_and_its_story_stays():
    document = cleaned(_FITBIT, 1)
    section = [text for reason, text in removals(document) if reason == _ABOUT]
    openings = ("Recognized as “one of the nation’s", "Robert Klonoff is the", "The consumer")
    assert all(text.startswith(opening) for text, opening in zip(section, openings, strict=True))
    assert section[-1].endswith("represented by Lori Feldman of Levi & Korsinsky LLP.")
    sentences = exact_sentences(document)
    assert not any("Solicitor General and has argued" in s for s in sentences)
    assert not any("offices in San Francisco, New York" in s for s in sentences)
    # The story's own lines above the heading stay, the counsel's quotation among them.
    assert any(s.startswith("The new study was included in an amended") for s in sentences)
    assert any(s.startswith("Co-counsel, and former Assistant to the United") for s in sentences)


def test_an_about_heading_above_another_keeps_its_section_and_the_last_stops_at_contacts():
    document = cleaned(_KNOT, 2)
    assert not any(reason == _ABOUT for reason, _ in removals(document))
    sentences = exact_sentences(document)
    assert any(s.startswith("The 2014 Real Weddings Survey captured responses") for s in sentences)
    assert any(s.startswith("Survey respondents represent a variety") for s in sentences)


@pytest.fixture(scope="module")
def everywhere():
    return [(r.corpus, r.cluster, r.document, r.reason) for r in removals_everywhere()]


def test_over_raw_and_duc_the_about_section_is_142_s_alone(everywhere):
    """Raw + DUC hold three "About <name>" heading lines (18's two, 142's); only 142's is a
    closing section the rule takes, its three paragraphs, each read."""
    sections = [(c, n, d) for c, n, d, reason in everywhere if reason == _ABOUT]
    assert sections == [("raw", 142, 1)] * 3
