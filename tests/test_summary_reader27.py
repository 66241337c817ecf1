"""The summary a reader sees, twenty-seventh pass, on raw Multi-News validation clusters
(0-based lines of the file): a summary well under its budget takes short finished rows (42's
"Her injuries have left her tetraplegic."); a page's correction note (66), a video's blurb
(29) and a heading standing alone (21's remix list item, 46's headline) are never shown."""

from __future__ import annotations

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.model import Sentence
from chorus.sentences import split
from chorus.summarize.newsroom import correction_note
from chorus.summarize.page_lines import heading, video_blurb
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _sentence(cluster: dict, opening: str) -> Sentence:
    """The cluster's first split sentence (a view into its page) opening with `opening`."""
    for article in as_articles(cluster["documents"]):
        for found in split(clean(article)):
            if found.text.startswith(opening):
                return found
    raise AssertionError(opening)


def test_a_summary_under_budget_tells_the_outcome(clusters):
    """42 stopped at 178 of 250 words with its six-word outcome waiting under `min_words`."""
    texts = summary(clusters[42])
    assert "Her injuries have left her tetraplegic." in texts
    assert sum(len(t.split()) for t in texts) <= 250


def test_a_full_summary_takes_no_filler(clusters):
    """63 was 241 words on main: room for a short row, but not well under budget, so its
    "GET THIS VIDEO TO 100,000 likes!" stays out."""
    assert "GET THIS VIDEO TO 100,000 likes!" not in summary(clusters[63])


def test_a_correction_note_is_the_pages(clusters):
    texts = summary(clusters[66])
    assert not any(t.startswith("This story has been corrected") for t in texts)
    assert "She says it was love at first sight." in texts
    assert correction_note("An earlier version of this article misstated the sex of one.")
    assert not correction_note("This story has been told many times by the family.")


def test_a_blurb_and_headings_are_the_pages(clusters):
    """The blurb gives way to the study's news; a heading line is read so, its article's
    prose lines (closing on a full stop) are not."""
    # cleaning drops the blurb since clean28: read as the page has it
    page = as_articles(clusters[29]["documents"])[0]
    start = page.text.index("New research is exploring whether")
    blurb = Sentence(page, 0, start, page.text.index("zones.", start) + len("zones."))
    assert video_blurb(blurb)
    assert not video_blurb(_sentence(clusters[29], "Exposure to brief flashes of light"))
    remix = _sentence(clusters[21], "Mobb Deep – “Survival of the Fittest”")
    assert heading(remix)
    assert heading(_sentence(clusters[46], "‘Kong: Skull Island’ a fun return"))
    assert not heading(_sentence(clusters[21], "Prodigy, one-half of the legendary"))
    # news headlines tell the story: kept
    assert not heading(_sentence(clusters[205], "Emma Stone: ‘I was holding"))
    assert not heading(_sentence(clusters[55], "Local woman warns of the dangers"))
    assert blurb.text not in summary(clusters[29])
    assert not summary(clusters[21])[0].startswith("Mobb Deep –")
    assert not any(t.startswith("‘Kong: Skull Island’ a fun") for t in summary(clusters[46]))
