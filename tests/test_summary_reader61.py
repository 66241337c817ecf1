"""The summary a reader sees, forty-fourth pass, on raw Multi-News validation clusters (0-based
lines of the file; reader 61): a statement's "I" lines shown with no line saying whose (raw
225's McDowell statement to CBS12), a police "he" read as the boy and a quotation without
the man who said it (240), a dangling "Instead" and an "It said" with no "it" (222)."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.dangling import goes_on
from chorus.dangling_inside import unnamed_subject
from chorus.sentences import split
from chorus.summarize.own_voice import INTRODUCTION_WORDS, block_quoted, unintroduced
from chorus.summarize.stands_on import standing
from chorus.summarize.told_before import quotes_a_pronoun
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_block_row_wants_its_introduction_when_that_is_a_line_of_summary_length(clusters):
    rows = [s for a in as_articles(clusters[225]["documents"]) for s in split(clean(a))]
    texts = [s.text for s in rows]
    starts = [n for n, s in enumerate(rows) if s.index == 0]
    block = block_quoted(rows, starts)
    words = np.array([len(text.split()) for text in texts])
    intro = next(n for n, t in enumerate(texts) if t.startswith("In a statement to CBS12"))
    drink = next(n for n, t in enumerate(texts) if t.startswith("I picked up a drink"))
    assert block[drink] and not block[intro] and block[intro + 1 : drink].all()
    assert unintroduced(block, words, 9, [0, drink]) == {drink: intro}
    assert unintroduced(block, words, 9, [intro, intro + 1, drink]) == {}
    # shorter than the summary's lines ("Rubin writes:") or longer than 25 words: not wanted
    assert unintroduced(block, words, 17, [0, drink]) == {}
    words[intro] = INTRODUCTION_WORDS + 1
    assert unintroduced(block, words, 9, [0, drink]) == {}


def test_mcdowells_statement_is_shown_below_the_line_saying_whose_it_is(clusters):
    """At main four of her statement's "I" lines followed the resort officials' account
    with nothing naming her or CBS12."""
    shown = summary(clusters[225])
    intro = "In a statement to CBS12, McDowell explained her side of the story"
    mine = [n for n, text in enumerate(shown) if text.startswith(("I picked up", "I stayed"))]
    assert mine
    opened = next(n for n, text in enumerate(shown) if text.startswith(intro))
    assert opened < min(mine)


def test_the_polices_he_waits_for_the_line_naming_the_brother(clusters):
    brother, police = before_and(clusters[240], "The police said he had no criminal record")
    assert "Shawn J. Smith" in brother
    assert unnamed_subject(police)
    # the "he" of one who speaks of himself is his own
    assert not unnamed_subject("The rancher said he doesn't feel abandoned.")
    shown = summary(clusters[240])
    assert police not in shown or shown[shown.index(police) - 1] == brother


def test_i_need_to_talk_to_you_is_shown_with_the_man_who_said_it(clusters):
    approach, words = before_and(clusters[240], "“I need to talk to you,” he said")
    assert "Mr. Smith approached two uniformed officers" in approach
    assert quotes_a_pronoun(words)
    shown = summary(clusters[240])
    assert words not in shown or shown[shown.index(words) - 1] == approach


def test_instead_and_it_said_lean_on_their_line_before(clusters):
    coffee, instead = before_and(clusters[222], "Instead I take the four-inch-long atomizer")
    assert coffee.startswith("Cold brew")
    assert goes_on([instead])[0]
    assert not goes_on(["Instead of going home, the crew stayed on the ship."])[0]
    fda, said = before_and(clusters[222], "It said at the time,")
    assert fda.startswith("In May the FDA announced")
    stands, _ = standing([fda, said], [0])
    assert stands.tolist() == [False, True]
    shown = summary(clusters[222])
    assert instead not in shown or shown[shown.index(instead) - 1] == coffee
    assert said not in shown or shown[shown.index(said) - 1] == fda
