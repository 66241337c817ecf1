"""The summary a reader sees, forty-fourth pass, on raw Multi-News validation clusters (0-based
lines of the file; readers 59 and 60): a quotation credited to "he" shown below a line four
sentences up its article, where the one naming him is left out (raw 198's senator); "The
couple" of one article shown where the only couple told is another article's (raw 213's
Popeye and Olive Oyl below the song's couple); a "But ... not just" answering a line left
out (raw 221)."""

from __future__ import annotations

import pytest

from chorus.summarize.contrasts import not_just
from chorus.summarize.people_unmet import couple_unmet, speaker_unshown
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, before_and, row_of, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_the_senators_words_come_with_the_line_telling_of_him(clusters):
    """At main 198's summary showed the senator's words below "As awful as that headline
    is, ..." (briefed) or the Post line (eval): the "he" was no one shown."""
    naming, weight = before_and(clusters[198], "“Don’t lose too much weight now,")
    shown = summary(clusters[198])
    assert weight not in shown or shown[shown.index(weight) - 1] == naming


def test_a_he_beside_a_named_she_is_not_the_one_a_line_further_up_names(clusters):
    texts = sentences(clusters[198])
    starts = article_starts(clusters[198])
    weight = row_of(texts, "“Don’t lose too much weight now,")
    naming = weight - 1
    post = row_of(texts, "The New York Post highlighted parts of the book")
    lead = row_of(texts, "In promoting her new book, Sen. Kirsten Gillibrand")
    assert texts[naming].startswith("Gillibrand reveals that one male Senator")
    # Gillibrand is the "her" of the senator's words: her name shown before tells no "he"
    assert speaker_unshown(texts, [lead, post, weight], starts) == [(weight, naming)]
    assert speaker_unshown(texts, [lead, post, naming, weight], starts) == []
    # a "he" whose naming sentence speaks of him stays excused by that name shown
    texts = sentences(clusters[181])
    eastwood = row_of(texts, "Eastwood takes us into the story")
    tells = row_of(texts, "He just tells the story, and we get it.")
    assert speaker_unshown(texts, [eastwood, tells], article_starts(clusters[181])) == []


def test_the_couple_of_one_article_is_not_met_in_anothers_lines(clusters):
    texts = sentences(clusters[213])
    starts = article_starts(clusters[213])
    couple = row_of(texts, "The couple even made People Magazine’s list")
    song = row_of(texts, "Amid brightly colored guitar and keyboard textures")
    animation = row_of(texts, "The animation is a collaboration with King Features")
    # the song's couple is [1]'s; none of [2]'s lines shown before tells Popeye and Olive Oyl
    assert "the couple are no longer together" in texts[song]
    assert couple_unmet(texts, [song, animation, couple], starts) == [couple]
    assert couple_unmet(texts, [couple - 1, couple], starts) == []
    # the Kellers shown before their article's "The couple was convicted ..." are the couple
    texts = sentences(clusters[152])
    kellers = row_of(texts, "A judge in June approved a request")
    convicted = row_of(texts, "The couple was convicted in 1992")
    assert "the Kellers" in texts[kellers]
    assert couple_unmet(texts, [kellers, convicted], article_starts(clusters[152])) == []


def test_popeyes_couple_is_shown_with_its_line_or_not_at_all(clusters):
    before, couple = before_and(clusters[213], "The couple even made People Magazine’s list")
    shown = summary(clusters[213])
    assert couple not in shown or shown[shown.index(couple) - 1] == before


def test_a_but_saying_what_it_was_not_just_waits_for_the_line_before(clusters):
    texts = sentences(clusters[221])
    clear = row_of(texts, "But it was clear that when Obama spoke")
    assert texts[clear - 2].startswith("Presidents like to compare themselves")
    assert not_just(texts[clear - 2 : clear + 1]).tolist() == [False, False, True]
    # a "But" telling no "not just" goes on alone as before
    other = row_of(texts, "But we do know that he has put his imprint")
    assert not not_just([texts[other]])[0]
    glory, clear = before_and(clusters[221], "But it was clear that when Obama spoke")
    shown = summary(clusters[221])
    assert clear not in shown or shown[shown.index(clear) - 1] == glory
