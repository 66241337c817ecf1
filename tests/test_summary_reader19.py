"""The summary a reader sees, nineteenth pass, on raw Multi-News validation clusters (0-based
lines of the file): sentences standing on the one before them ("Until then, ...", "Someone
else shouts, ...", '..., another council member said.', "Those killed ...", "..., that
timetable could ...", a list item below "They include:"), one dated by a night told before
("that election night"), "It's something ...", and a quotation credited to "he" shown right
after another credited by name."""

from __future__ import annotations

import itertools

import pytest

from chorus.summarize.leaning import leans_on_before
from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.stands_on import credited_to_another, standing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and as _before_and
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import shown_only_after_the_sentence_before
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (13, "Until then, they are in need of donations"),
        (94, "Someone else shouts, “That went right through the door!”"),
        (94, '"That went right through the door," another council member said.'),
        (47, "Those killed at a checkpoint in the Abel area"),
        (207, "But with the iPhone becoming available to Sprint customers, that timetable"),
        (47, "a freeze on the European-held assets of the Syrian central bank"),
    ],
)
def test_a_sentence_standing_on_the_one_before_is_shown_only_with_it(clusters, line, opening):
    pair = _before_and(clusters[line], opening)
    stands, dated = standing(pair, [0])
    assert stands.tolist() == [False, True]
    assert not dated.any()
    assert shown_only_after_the_sentence_before(clusters[line], opening)


def test_the_reader_items_are_shown_after_their_sentence_or_not_at_all(clusters):
    """13's "Until then" comes in after the Facebook posting it stands on; 47's checkpoint
    killings after the sentence telling them."""
    for line, opening in ((13, "Until then,"), (47, "Those killed at a checkpoint")):
        before, text = _before_and(clusters[line], opening)
        shown = _summary(clusters[line])
        assert shown[shown.index(text) - 1] == before


def test_a_sentence_dated_by_a_night_told_before_waits_for_it(clusters):
    opening = "The early election results dropped at 8 p.m. that election night"
    text = _sentence(clusters[248], opening)
    stands, dated = standing([text], [0])
    assert dated.tolist() == [True] and not stands.any()
    assert shown_only_after_the_sentence_before(clusters[248], opening)


def test_it_is_something_leans_on_the_sentence_before(clusters):
    opening = "It's something the other carriers have done"
    assert leans_on_before(_before_and(clusters[207], opening))[1]
    assert shown_only_after_the_sentence_before(clusters[207], opening)


def test_they_include_waits_so_its_list_item_is_never_shown_alone(clusters):
    assert refers_to_before(_sentence(clusters[47], "They include:"))
    shown = _summary(clusters[47])
    assert "They include:" not in shown
    assert not any(t.startswith("a freeze on the European-held assets") for t in shown)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # "that" opening a clause, not pointing back
        (30, "It's possible, the sources said, that authorities might never"),
        (45, "Ehrlich was right, though, that population would surge"),
        (171, "The big picture, of course, is that some day the Knowledge Graph"),
        # "Those" naming people by what follows
        (74, "Those who ran at a fast pace"),
        (145, "Those who went to college paid very low tuition"),
    ],
)
def test_what_reads_alone_stands_on_nothing(clusters, line, opening):
    stands, dated = standing(_before_and(clusters[line], opening), [0])
    assert not stands.any() and not dated.any()


def test_a_quotation_credited_to_he_never_follows_another_speakers_credit(clusters):
    """20: Plant's '"My enthusiasm ...?" he laughs.' shown right after '"...," says Page.'
    read as Page's words."""
    texts = _sentences(clusters[20])
    page = next(n for n, t in enumerate(texts) if t.startswith('"You realise just how'))
    plant = next(n for n, t in enumerate(texts) if t.startswith('"My enthusiasm'))
    assert credited_to_another(texts, [page, plant], [0]) == [plant]
    assert credited_to_another(texts, [plant - 1, plant], [0]) == []
    shown = _summary(clusters[20])
    assert not any(
        later.startswith('"My enthusiasm') and earlier.endswith("says Page.")
        for earlier, later in itertools.pairwise(shown)
    )
    # Plant's words are shown, if at all, in the sentence naming him
    assert not any(t.startswith('"My enthusiasm') for t in shown)


def test_an_article_opening_on_what_it_stands_on_is_marked_for_the_caller(clusters):
    """Only a list item is told by the line before it: at an article's start, where that
    line is another article's, nothing marks it; an opening "Until then" there stands on
    nothing and is marked, for the caller to shut."""
    listing = _before_and(clusters[47], "a freeze on the European-held assets")
    texts = [*listing, _sentence(clusters[13], "Until then,")]
    stands, _ = standing(texts, [0, 1, 2])
    assert stands.tolist() == [False, False, True]
