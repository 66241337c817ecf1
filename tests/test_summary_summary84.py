"""Lines that need the line before them (summary84, raw Multi-News validation, 0-based lines
of the file): a thing "there" with no place named before it (raw 57's "A TV spot promoting
the sandwich there is noteworthy ...", whose "there" is the Spain of the line before), an
opening "It is also" (raw 41's mandrills), and a quotation opened and never closed, a
paragraph going on with the words of a speaker credited above (raw 53's "\"I figured they
(gang members) know us, ...", Banks')."""

from __future__ import annotations

import pytest

from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.told_before import thing_there
from chorus.summarize.whose_words import quotation_apart
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 193 (a senator's hope for a nominee)."""
    return read_clusters(RAW_VALIDATION, 194)


def test_a_thing_there_waits_for_the_place(clusters):
    spot = summary_texts.sentence(clusters[57], "A TV spot promoting")
    assert thing_there(spot) and refers_to_before(spot)
    assert summary_texts.shown_only_after_the_sentence_before(clusters[57], "A TV spot promoting")
    year = summary_texts.sentence(clusters[155], "During his year there")
    assert thing_there(year)


def test_a_there_opening_a_clause_or_a_speakers_there_is_left(clusters):
    # "there are" after a phrase of place opens a clause: no place it stands for
    world = summary_texts.sentence(clusters[26], "Yet now, across the world there are")
    assert not thing_there(world)
    # a "there" inside a quotation is the speaker's
    nominee = summary_texts.sentence(clusters[193], '"And so my hope and expectation')
    assert not thing_there(nominee)
    # "the many ways there has been ..." tells a clause of "there is"
    assert not thing_there(summary_texts.sentence(clusters[19], "Trump cited the"))
    # the place named before "there" in the sentence itself
    menu = summary_texts.sentence(clusters[57], "The McRibster is part of")
    assert not thing_there(menu) and not refers_to_before(menu)


def test_it_is_also_waits_for_the_sentence_before(clusters):
    also = summary_texts.sentence(clusters[41], "It is also unlikely")
    assert refers_to_before(also)
    assert summary_texts.shown_only_after_the_sentence_before(clusters[41], "It is also unlikely")
    # "also" further in, after a named subject, reads alone
    assert not refers_to_before(summary_texts.sentence(clusters[41], "Laidre also ruled out"))


def test_an_open_quotation_apart_from_its_credit_is_not_shown_alone(clusters):
    texts = summary_texts.sentences(clusters[53])
    starts = summary_texts.article_starts(clusters[53])
    figured = summary_texts.row_of(texts, '"I figured they (gang members)')
    credit = figured - 1
    assert texts[credit].endswith("Banks said this morning.")
    # shown below the line two rows up, as main showed it: no speaker
    assert quotation_apart(texts, [figured - 2, figured], starts) == [figured]
    assert quotation_apart(texts, [credit, figured], starts) == []
    shown = summary_texts.summary(clusters[53])
    assert texts[figured] not in shown or texts[credit] in shown
