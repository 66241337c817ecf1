"""The thirty-third agreement pass (fixtures/agreement_reader33.json): pairs linked by a
day alone, by a span since another year, or by a word one of them writes only in a title it
quotes, read over the wrong pairs agree32 left; 20 agreed items drawn at random and judged
first are the blind half."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import only_a_day
from chorus.analyze.model import Analysis
from chorus.analyze.own_words import names_in_common, only_who
from chorus.analyze.similarity import stems
from chorus.facts import supports
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader33")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (7a751cb2): all 14 wrong pairs and 6 right shown; now 23's letter / Ben-Zvi's
    # refusal (a day alone), 39's Ransom Center (a title's "Years") and premiere (Dec. 15),
    # 145's "since 1980" / "since at least 1880" and 191's anniversary go; the 9 left are
    # linked by one ordinary word or by score (the journal's list), and every right pair stays
    assert tally["pair", "wrong", True] <= 9, tally
    assert tally["pair", "right", True] == 6, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before any rule; scored once at the end: main and the branch alike, 22 right
    # pairs and 4 wrong (16 of 20 items right)
    assert tally["pair", "right", True] == 22, tally
    assert tally["pair", "wrong", True] <= 4, tally


def test_a_day_alone_links_nothing():
    # raw 23: the letter's date and the day the Supreme Court approved the sentence
    letter = "The letter was signed and dated: “Adolf Eichmann Jerusalem, May 29, 1962.”"
    refusal = (
        '"After considering the parson requests submitted regarding the Adolf Eichmann case, '
        "and after I gave my attention to all the materials available to me, I reached the "
        "conclusion that there is no justification for giving Eichmann a pardon or mitigate the "
        "punishment passed down by the Jerusalem District Court on December 15, 1961, and which "
        'was approved by the Supreme Court on May 29, 1962," wrote Ben-Zvi.'
    )
    assert only_a_day(letter, refusal, {"29", "1962"}, names_in_common(letter, refusal))
    # raw 161: with the man named in both, the day dates one shooting
    shot = (
        "Tavin Terrell Price was fatally shot in front of his mother in the 3300 block of West "
        "Florence Avenue about 11 a.m. May 29, when they were headed to the beach, police said."
    )
    again = (
        "On May 29, Tavin Price was shot to death outside a car wash near the corner of "
        "Florence Avenue and Crenshaw Boulevard after a suspect made comments about his red shoes."
    )
    assert not only_a_day(shot, again, {"29"}, names_in_common(shot, again))


def test_what_held_since_another_year_supports_nothing():
    # raw 145: black young adults since 1980, all young adults for the first time since 1880
    black = (
        "Black young adults have been more likely to live with their parents than in any "
        "other situation since 1980."
    )
    all_of_them = (
        "It was also the first time since at least 1880 that young adults were more likely to "
        "live in their parents’ homes than in their own households with a spouse or other "
        "romantic partner."
    )
    assert not supports(black, all_of_them)
    assert not supports(all_of_them, black)


def test_a_word_only_in_a_quoted_title_is_the_titles():
    # raw 39: both name the Harry Ransom Center; "Years" is the book's title's
    research = (
        "Bernstein spent years poring over the Harry Ransom Center's Selznick archive at the "
        "University of Texas, Austin."
    )
    exhibit = (
        "Celebrations of the film's diamond anniversary include an exhaustive exhibit at the "
        "Harry Ransom Center at the University of Texas, Austin, a new collector's edition "
        "Blu-Ray and several books including Life's \"Gone With the Wind: The Great American "
        'Movie 75 Years Later."'
    )
    assert only_who(research, exhibit, stems(research), stems(exhibit))
