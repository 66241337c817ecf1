"""Cleaning, forty-fourth pass (clean60): a TV station's closed captions and a paper's
reference numerals. Raw 136 (val-1049) [0], WKMG's page, opens on its video's captions, a
paragraph typed in capitals ("MIKE DEFOREST IS BREAKING THIS ORIGINAL LOCAL REPORT …"): the
line goes as "closed captions", and no summary line, Only-in-one row or entity is read from
it. Raw 154 (val-3658) [3], a BMJ Open paper, keeps its reference numerals after the stops
("… life years lost. 1 About 70% of …"): each sentence ends at its stop, the numerals in no
sentence, and the timeline's 2014 row is the survey's sentence, not the paragraph. Checked
over every raw validation and DUC page."""

import re

from chorus.clean_transcripts import closed_captions
from tests.briefings import raw_briefing

from .raw_pages import cleaned, exact_sentences, raw_document, removals_everywhere

_LOTTERY = "multi_news-val-1049"
_ALCOHOL = "multi_news-val-3658"


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.9 * len(letters)


def test_the_captions_go_and_the_story_stays_exact():
    document = cleaned(_LOTTERY, 0)
    text = document.article.text
    # The page's whole first line, and nothing else of it as captions.
    spans = [(r.span.start, r.span.end) for r in document.removed if r.reason == "closed captions"]
    assert spans == [(0, text.index("\n"))]
    assert "MIKE DEFOREST IS BREAKING THIS ORIGINAL LOCAL REPORT" in text[: spans[0][1]]
    kept = exact_sentences(document)
    assert not any("DEFOREST" in s or "VOICEMAIL" in s for s in kept)
    assert "A convicted sex predator who served 3 years in prison" in kept[1]
    assert kept[-1] == '"He\'s going to expand."'


def test_the_briefing_reads_nothing_of_the_captions():
    briefing = raw_briefing(136)
    assert not any(_mostly_capitals(s.text) for s in briefing.summary)
    analysis = briefing.analysis
    assert not any(_mostly_capitals(f.statement.text) for f in analysis.unique)
    assert not any("MAN'S LIFE" in e.name for e in analysis.entities)


def test_a_heading_or_a_numbered_fact_in_capitals_is_no_transcript():
    """One sentence in capitals on its line is a heading (18 [2]'s survey) or a list's item
    (223 [1]'s facts about the Tube), not captions; nor is a story line."""
    for line, index, words in (
        (18, 2, "COUPLES ARE SPENDING MORE ON THEIR RECEPTION"),
        (223, 1, "6. THE AVERAGE LONDONER SPENDS 11.5 DAYS"),
        (136, 0, "As part of a plea bargain"),
    ):
        (found,) = [t for t in raw_document(line, index).split("\n") if t.startswith(words)]
        assert not closed_captions(found.strip())


def test_over_raw_and_duc_the_captions_are_136_s_alone():
    """Raw + DUC hold one line running two sentences of twelve words or more in capitals (136
    [0]'s); DUC's wire stories hold none."""
    found = [
        (r.corpus, r.cluster, r.document)
        for r in removals_everywhere()
        if r.reason == "closed captions"
    ]
    assert found == [("raw", 136, 0)]


def test_a_paper_s_reference_numerals_end_its_sentences():
    sentences = exact_sentences(cleaned(_ALCOHOL, 3))
    assert (
        "Alcohol use ranks among the top five risk factors for global disease burden, accounting"
        " for 5.5% of all disability adjusted life years lost."
    ) in sentences
    assert any(s.startswith("About 70% of this alcohol burden") for s in sentences)
    assert any(s.startswith("For example, an Australian survey in 2014") for s in sentences)
    assert any(s.startswith("Together, these findings") for s in sentences)
    # Glued to the stop, and closing a paragraph: in no sentence either.
    assert any(s.startswith("Mass media campaigns (and other behaviour change") for s in sentences)
    assert any(s.endswith("for alcohol policy reform.") for s in sentences)
    assert not any(re.match(r"\d", s) or re.search(r"\.[”)]? ?\d[\d ,–]*$", s) for s in sentences)
    # A numeral inside a sentence stays its own: no stop before it.
    assert any("associated with harm 10 and low-risk drinking guidelines." in s for s in sentences)


def test_a_page_s_one_figure_after_a_stop_and_no_s_number_are_no_references():
    """Once on a page, a stop then a figure opens a sentence ("30 Rock is now in syndication",
    raw 5), its figure kept (the stop is cut by `sentence_ends` since split3, stop 55); "the
    No. 3 Democrat" (72 [2]) follows an abbreviation: read as before."""
    assert "30 Rock is now in syndication on Fox and Comedy Central." in exact_sentences(
        cleaned("multi_news-val-1115", 0)
    )
    assert any(
        "the No. 3 Democrat, as his successor" in s
        for s in exact_sentences(cleaned("multi_news-val-2617", 2))
    )


def test_the_timeline_s_2014_row_is_the_survey_s_sentence():
    (row,) = [e for e in raw_briefing(154).analysis.timeline if e.date.year == 2014]
    text = row.sentence.text
    assert text.startswith("For example, an Australian survey in 2014 found prompted awareness")
    assert text.endswith("to only 15% for breast cancer.")
    assert row.sentence.article.text[row.sentence.start : row.sentence.end] == text
