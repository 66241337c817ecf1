"""A sentence opening on a figure after a stop is a sentence of its own (split3, stop 55;
reader100's finding on raw Multi-News validation 5, 0-based): blingfire never cuts before a
figure, so "… again and again. 30 Rock is now in syndication …" was one summary line. The
stop ends a sentence after a lower-case word that is no abbreviation, or after a closing
quotation mark; a month's, a title's, a page's or a reference's stop, initials, a time and a
stop inside brackets or an open quotation still end nothing there (the census over raw 250,
DUC 30 and the seeds, in docs/journal/cleaning.md)."""

from itertools import pairwise

import pytest

from chorus.clean import clean
from chorus.ingest import make_article
from chorus.sentences import split
from tests.raw_pages import cleaned, exact_sentences, pages_everywhere, raw_clusters


def _raw_sentences(line: int, index: int) -> list[str]:
    return exact_sentences(cleaned(raw_clusters()[line]["id"], index))


def _sentences(text: str) -> list[str]:
    return [s.text for s in split(clean(make_article(text, "test", origin="test")))]


@pytest.mark.parametrize(
    ("line", "index", "ends", "next_is"),
    [
        # reader100's two summary lines (raw 5 [0] and its gallery caption [1])
        (5, 0, "watches the shows again and again.", "30 Rock is now in syndication on Fox and"),
        (5, 1, "The actress recently gave birth to her second child.", "30 Rock returns later"),
        (18, 2, "only 6% of couples came out under budget.", "23% didn't even have a wedding"),
        (40, 1, "you get about 70% of the total money raised.", "10% goes to Kickstarter and"),
        (122, 2, "Elijah’s death was completely preventable.", "5.9 million children under"),
        (144, 2, "since we announced this interview.", "40,000 questions have come in."),
        (144, 2, "PRESIDENT OBAMA: Thank you so much.", "19 years."),
        (177, 1, "who support the individual mandate.", "55 percent favor delaying it."),
    ],
)
def test_a_figure_after_a_lower_case_word_s_stop_opens_a_sentence(
    line: int, index: int, ends: str, next_is: str
):
    pairs = pairwise(_raw_sentences(line, index))
    assert any(a.endswith(ends) and b.startswith(next_is) for a, b in pairs)


@pytest.mark.parametrize(
    ("line", "index", "inside"),
    [
        (8, 1, "as it responded to an alarm at 1:13 a.m. on Oct. 16."),  # a month
        (72, 2, "the No. 3 Democrat, as his successor"),  # a title's number
        (165, 1, "February 3, 2009 p. 3)."),  # a page: one letter
        (212, 1, "(Terence McKenna, Food of the Gods, pp. 258-259.)"),
        (177, 1, "it's still 15 points negative, vs. 2 points last year.)"),
        (186, 1, "A study by Kawanishi et al. 2010 in the Journal of Zoology"),
        (243, 2, "to 7.1–7.5 km s−1 (ref. 12), similar to"),  # and a decimal
        (244, 0, "The U.S. 7th Fleet said in a statement"),  # initials
        (245, 0, "Around 1:20 p.m. 4-year-old Yumenosuke stopped near a house"),  # a time
        (123, 1, "Anat. 28:551–556, 2015."),  # a journal's name
        (178, 0, "my (and President Obama's!) 1991 Harvard Law classmate"),  # inside brackets
        # inside a quotation that goes on, a boundary is glued as blingfire's are
        (208, 4, "to donate the max. 2018 is the year to flip districts"),
        (80, 0, "I started a test at 1:30 CT today. 5% battery drain in 45 minutes"),
    ],
)
def test_a_stop_before_a_figure_that_ends_no_sentence_is_left(line: int, index: int, inside: str):
    assert any(inside in s for s in _raw_sentences(line, index))


def test_a_place_s_stop_before_its_zip_code_is_left():
    (page,) = [p for p in pages_everywhere() if (p.corpus, p.cluster, p.document) == ("duc", 4, 9)]
    assert any(
        s.endswith("reached by mail at P.O. Box B, Redding Ridge, Conn. 06876.")
        for s in exact_sentences(clean(page.article))
    )


def test_a_paper_s_reference_numerals_cut_at_their_stop_open_no_sentence():
    # raw 154 [3] (BMJ Open): the stop before "41 , 42 A review" is now cut before the
    # numerals, and the next sentence still opens after them, on its capital.
    sentences = exact_sentences(cleaned(raw_clusters()[154]["id"], 3))
    assert not any(s[0].isdigit() for s in sentences)
    assert any(s.startswith("About 70% of this alcohol burden") for s in sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He told Jones "no." 30 people came.', ['He told Jones "no."', "30 people came."]),
        (
            'It was what Smith called a "deal". 12 people died.',
            ['It was what Smith called a "deal".', "12 people died."],
        ),
        (
            "Fans in Boston partied all night! 2016 was over.",
            ["Fans in Boston partied all night!", "2016 was over."],
        ),
        (
            "Did Smith think it was worth it? 40 voters said no.",
            ["Did Smith think it was worth it?", "40 voters said no."],
        ),
    ],
)
def test_a_figure_after_a_stop_and_a_closing_mark_opens_a_sentence(text: str, expected: list[str]):
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The study by Smith is in vol. 3 of the journal.",
        "The church on St. 3 Street burned.",
        "He was sentenced on Jan. 5 in Boston.",
        "The rate rose to 3.5 percent in May.",
        "He told Smith he stands 5 ft. 3 in. tall and weighs 200 lbs. 4 oz. more.",
        "The poet (b. 1950 in Ohio) read first.",
        "Coach Smith's team is ranked no. 1 in the nation.",
        # a page in lower case (Multi-News+) writes abbreviations so: its stops are left
        "The oulsons saw lone survivor. 13 people were in the theater.",
        "The oulsons were at the cobb grove 16 in wesley chapel on jan. 13 for a matinee.",
        "Police were called to the area of hwy. 400 near king road.",
    ],
)
def test_a_stop_before_a_figure_after_an_abbreviation_ends_nothing(text: str):
    assert _sentences(text) == [text]


def test_a_list_s_numbers_stay_as_blingfire_reads_them():
    assert _sentences(
        "The reasons are as follows. 1. The first is cost. 2. The second is time."
    ) == [
        "The reasons are as follows.",
        "1.",
        "The first is cost.",
        "2.",
        "The second is time.",
    ]
