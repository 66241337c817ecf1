"""Page furniture that still reached the summary (clean68, stop 57), on raw Multi-News
validation clusters (0-based lines of the file, [j] the page by index): BBC's crosshead
"Losing hope" (raw 26 [2]) sat under a quotation's last paragraph of seven words, which
`clean_headings.paragraph` does not count as a paragraph, and was a summary line; a short
paragraph closing on a sentence's stop now bounds a subheading as a longer one does (26's
and 88 [2]'s "Google Cloud on Mars", the only two of raw and DUC). With it out, the summary
took "In it Mr Zuckerberg quotes Abraham Lincoln ..." below the BBC interview's line, its
"it" the letter named by the sentence before on the page: an opening "In it" with no comma
now points back as "In it," does (`dangling_inside`)."""

from __future__ import annotations

import pytest

from chorus.clean import clean
from chorus.clean_headings import by_neighbours, paragraph
from chorus.dangling_inside import points_back_inside
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.raw_pages import cleaned, exact_sentences, pages_everywhere, removals
from tests.summary_texts import shown_only_after_the_sentence_before, summary

BBC = "multi_news-val-5592"
"""Raw validation 26: Zuckerberg's letter [0], the Wall Street Journal [1], BBC's interview [2]."""
PRANKS = "multi_news-val-2484"
"""Raw validation 88: Google's April Fools' pranks; [2] a list of them under subheadings."""
_LETTER = "In it Mr Zuckerberg quotes Abraham Lincoln"


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 89)


def test_the_crosshead_under_a_short_paragraph_goes():
    document = cleaned(BBC, 2)
    assert ("subheading", "Losing hope") in removals(document)
    texts = exact_sentences(document)
    assert '"Now that vision is becoming more controversial."' in texts
    assert "Losing hope" not in texts
    assert any(t.startswith('He told the BBC: "There are people around the world') for t in texts)


def test_the_prank_s_heading_under_a_short_paragraph_goes(clusters):
    assert clusters[88]["id"] == PRANKS
    document = cleaned(PRANKS, 2)
    assert ("subheading", "Google Cloud on Mars") in removals(document)
    texts = exact_sentences(document)
    assert "Someone please actually make this." in texts
    assert any(t.startswith("Definitely one of the biggest pranks on the list") for t in texts)


def _line_above(text: str, start: int) -> str:
    """The last non-empty line of `text` before `start`, stripped."""
    return next((line.strip() for line in reversed(text[:start].split("\n")) if line.strip()), "")


def test_the_census_over_raw_and_duc():
    """Every heading cleaning takes under a line that is no `paragraph` but closes on a
    sentence's stop: the two read, both subheadings."""
    found = []
    for corpus, cluster, index, article in pages_everywhere():
        if "\n" not in article.text:
            continue
        for removal in clean(article).removed:
            if removal.reason not in ("subheading", "title-case line"):
                continue
            above = _line_above(article.text, removal.span.start)
            if not paragraph(above) and above.rstrip("\"”’'")[-1:] in (".", "!", "?"):
                text = article.text[removal.span.start : removal.span.end].strip()
                found.append((corpus, cluster, index, text))
    assert found == [("raw", 26, 2, "Losing hope"), ("raw", 88, 2, "Google Cloud on Mars")]


def test_a_list_item_above_keeps_its_heading():
    """201 [1]'s '2. “Red”' closes on no stop: "Hidden Message: SAG" is the item's, kept."""
    texts = [s.text for s in split(cleaned("multi_news-val-3487", 1))]
    assert any(t.startswith("Hidden Message: SAG") for t in texts)


def test_the_summary_shows_no_crosshead_and_no_letter_s_it_alone(clusters):
    cluster = clusters[26]
    assert cluster["id"] == BBC
    shown = summary(cluster)
    assert "Losing hope" not in shown
    assert shown_only_after_the_sentence_before(cluster, _LETTER)
    assert any(line.startswith("He told the BBC:") for line in shown)


def test_a_short_paragraph_bounds_a_subheading():
    lines = [
        "The minister said the plan would be put to a vote next week, aides said.",
        "",
        '"Now that vision is becoming more controversial."',
        "",
        "Losing hope",
        "",
        "He told the BBC that people around the world feel left behind by the changes.",
    ]
    assert by_neighbours("Losing hope", lines, 4, True) == "subheading"
    # above, a line closing on no stop: a list's item or a time stamp, not a paragraph
    for above in ("2. “Red”", "Posted at 10:15 am", "Kate Hudson, Fabletics"):
        lines[2] = above
        assert by_neighbours("Losing hope", lines, 4, True) is None
    # a question closing the short paragraph, its quotation mark after it
    lines[2] = "“Why now?”"
    assert by_neighbours("Losing hope", lines, 4, True) == "subheading"
    # no paragraph below: the heading stays
    lines[2], lines[6] = "Someone please actually make this.", "Read more"
    assert by_neighbours("Losing hope", lines, 4, True) is None


def test_in_it_points_back_with_no_comma():
    assert points_back_inside(f'{_LETTER} who spoke of acting "in concert".')
    assert points_back_inside("In it, officials did not say how many died.")
    assert points_back_inside("On it I found a note.")
    # "it" with a lower-case word after: its own clause, read by other rules or none
    assert not points_back_inside("Before it was banned from Soundcloud, the show was popular.")
    assert not points_back_inside("Through it all, Heat president Pat Riley sat emotionless.")
    assert not points_back_inside("For it to win in this fashion was an insane coup.")
    assert not points_back_inside("In Italy Mr Renzi resigned.")
