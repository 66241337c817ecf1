"""The summary a reader sees (summary134, stop 57), on raw Multi-News validation clusters
(0-based lines of the file): a commentator's own study ("In Lee's own study of 55,000 adults,
...", 74 [1]) with its "It was published in 2014, ..." is never a summary line: the study's
own finding is shown third, not eighth. A quoted name its article's line before gives ("...
surely deserves the title "Bigfoot" more than Sasquatch.", 33 [2]) is shown only below that
line or a line writing the name: 33 opens on that lead."""

from __future__ import annotations

import pytest

from chorus.summarize.nicknames_unmet import given_names, nicknames_unmet
from chorus.summarize.side_studies import own_study
from chorus.summarize.stands_on import standing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, before_and, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's first 75 clusters."""
    return read_clusters(RAW_VALIDATION, 75)


def test_33_opens_on_the_lead_that_gives_bigfoot_its_name(clusters):
    """The opening tells what "Bigfoot" is before the line that says where it was dug up."""
    texts = summary(clusters[33])
    assert texts[0].startswith("The largest dinosaur foot ever found, belonging to one of")
    assert texts[1].startswith("Excavated in 1998 by an expedition from the University of Kansas")
    assert given_names(texts[0]) == {"Bigfoot"}


def test_33_s_lead_gives_the_name_its_next_line_writes(clusters):
    lead, line = before_and(clusters[33], "Excavated in 1998 by an expedition")
    assert given_names(lead) == {"Bigfoot"}
    assert given_names(line) == set()


def test_2_s_thing_is_shown_right_below_the_line_naming_it(clusters):
    """Raw 2 [1]'s "... known as a “Thing”." gives the name; its next line is shown right
    below it, as before."""
    texts = summary(clusters[2])
    at = next(n for n, t in enumerate(texts) if t.startswith("When it was constructed the “Thing”"))
    assert texts[at - 1].startswith("Excavations at the Cromartie Memorial car park")
    assert given_names(texts[at - 1]) == {"Thing"}


@pytest.mark.parametrize(
    "text",
    [
        # an operation's name in its line before (raw 128)
        'This investigation is part of the broader “Operation Spartan Vanguard" initiative.',
        # a song's title (raw 117)
        'Lamar\'s "Humble" won video of the year, best hip-hop video, direction, cinematography.',
        # a quotation of someone's words
        'He said the case was "Closed" and walked away.',
    ],
)
def test_a_quoted_name_with_no_words_giving_it_is_given_by_no_line(text):
    assert given_names(text) == set()


def test_a_line_apart_from_the_line_giving_its_name_is_marked():
    texts = [
        "The largest foot ever found surely deserves the title “Bigfoot” more than Sasquatch.",
        '"Bigfoot" was discovered in Wyoming.',
        "The work was published today.",
    ]
    assert nicknames_unmet(texts, [2, 1], [0]) == [1]
    # right below its line, below a line writing the name, or an article's first: not
    assert nicknames_unmet(texts, [0, 1], [0]) == []
    assert nicknames_unmet(["“Bigfoot” roams.", *texts[1:]], [0, 1], [0, 1]) == []
    assert nicknames_unmet(texts, [1], [0, 1]) == []


def test_74_shows_the_study_s_finding_third_and_no_line_of_lee_s_own_study(clusters):
    texts = summary(clusters[74])
    assert texts[2].startswith("The strenuous joggers, the investigators found, were as likely")
    assert not any(text.startswith(("In Lee's own study", "It was published")) for text in texts)


def test_74_s_published_line_stands_on_lee_s_own_study(clusters):
    texts = sentences(clusters[74])
    stands, _ = standing(texts, article_starts(clusters[74]))
    at = next(n for n, t in enumerate(texts) if t.startswith("It was published in 2014"))
    assert stands[at]
    assert own_study(texts[at - 1])
    assert sum(map(own_study, texts)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the same researchers' earlier study, below the news (raw 29, 31)
        "In an earlier study, Zeitzer and his colleagues found that light therapy works best.",
        "Previous research has shown how mutations in part of the GDF5 gene cause malformation.",
        # an "own" that is no study
        "In Lee's own words, the study has limitations.",
        "In his own study, he found a lower risk of death.",
        # someone's own study inside a quotation
        "“In Lee's own study, we found a lower risk,” Smith said.",
    ],
)
def test_no_commentator_s_own_study(text):
    assert not own_study(text)
