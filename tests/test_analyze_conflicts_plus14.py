"""The "Conflicts" section on Multi-News+ text no earlier fixture named (conflict_gold.json's
`plus14`: validation lines 3000-3499, train lines 36000-37999, and a third set, train lines
38000-39999; every conflict main showed judged from the articles before the fourteenth pass
changed a rule): the wrong ones it showed, the rules that leave them out, and the right
ones it keeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.count_rivals import rival_counts
from chorus.analyze.count_scopes import named_places, scope
from chorus.analyze.counted import _in_sentence as in_sentence
from chorus.analyze.denial_cues import denial_in as denial
from chorus.analyze.model import Analysis
from chorus.analyze.negations import _affirms as affirms
from chorus.analyze.positions import clocks
from chorus.analyze.spoken_denials import spoken_denials
from tests.test_analyze_conflicts_plus import _sentence, _shown
from tests.test_analyze_conflicts_plus12 import _documents, analyse, judged_total

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_gold.json").read_text(encoding="utf-8")
)["plus14"]


@pytest.fixture(scope="module")
def documents() -> dict[str, list[str]]:
    return _documents({c["id"] for c in GOLD})


@pytest.fixture(scope="module")
def analysed(documents) -> dict[str, tuple[Analysis, dict[str, int]]]:
    return analyse(GOLD, documents)


def test_conflicts_shown_on_new_text_are_mostly_right(analysed):
    # Main showed 38 conflicts on the 6,487 clusters: design 6 (1 right, 5 wrong), blind 2
    # (1 right, 1 wrong), third set 22 (5 right, 2 unclear, 15 wrong), fourth set 8 (6
    # right, 2 wrong); pairs right 15 of 39 judged. The fourteenth pass: design 1 (right),
    # blind as main, third 11 (5 right, 2 unclear, 4 wrong), fourth 7 (6 right, 1 wrong);
    # pairs right 15 of 21, every true one found. The sixteenth pass reads no denial in "did
    # not deny that trump discussed ...": 41328's right pair had been shown through it, and
    # McMaster's dispute ("disputed the 'premise' of media reports") is read by no cue.
    total = judged_total(analysed, GOLD)
    assert total.true == 15 and total.found == 14, total
    assert total.right / total.judged >= 0.7, total


@pytest.mark.parametrize(
    ("cluster", "words_a", "words_b"),
    [
        # A purpose denied ("for tracking") is not the act ("verizon's own use").
        ("multi_news-train-36345", "own use of the header", "did not use the header"),
        # A byline's stamp after a date; an update's stamp.
        ("multi_news-train-36953", "8: 30 p.m.", "9: 39 pm"),
        ("multi_news-train-38980", "10: 10 a.m.", "9: 00 a.m."),
        # Parts of a count over several places ("in arkansas and oklahoma", "police in
        # belgium, switzerland and france", "near two greek islands").
        ("multi_news-train-37341", "three people were injured", "injuring nine people"),
        ("multi_news-train-37935", "arrested 31 people", "swiss police made eight"),
        # "was never dry cleaned" is a state, no verb "dry"; a command garbled ("to " the
        # drop gun") is no act; "he ' ll never sign" a promise.
        ("multi_news-train-37509", "dropped off", "never dry cleaned"),
        ("multi_news-train-38569", "drop gun and", "did not drop the gun"),
        ("multi_news-train-39665", "signed a bill to fund", "never sign a spending bill"),
        # An item of a list with commas; parts "among" others; a place in lower case.
        ("multi_news-train-38013", "killed 15 civilians", "at least 20 people died"),
        ("multi_news-train-38681", "among 333 killed", "122 pregnant"),
        ("multi_news-train-39516", "Two civilians were among", "at least six suspected"),
        ("multi_news-train-39516", "two al qaeda fighters", "at least six suspected"),
        ("multi_news-train-39516", "eight people were killed", "at least four members"),
        # A denial of involvement answers accusations of who denies; "fabricated a
        # performance review" accuses.
        ("multi_news-train-38410", "angry mob", "denied involvement"),
        ("multi_news-train-39915", "according to proof", "fabricated a performance review"),
        # (Fourth set, scored once, then design:) "those who did not support" is a group.
        ("multi_news-train-40208", "supported the repeal effort", "did not support repeal"),
    ],
)
def test_wrong_conflicts_on_new_text_are_gone(analysed, cluster, words_a, words_b):
    assert not _shown(analysed, cluster, words_a, words_b)


@pytest.mark.parametrize(
    ("cluster", "words_a", "words_b"),
    [
        ("multi_news-train-37916", "was involved in the drafting", "was not involved"),
        ("multi_news-train-37935", "arrested 31 people", "arrested 33 people"),
        ("multi_news-train-38072", "responsible for the plagiarism", "denied the allegations"),
        ("multi_news-train-38351", "nearly 20-minute video", "17-minute video"),
        ("multi_news-train-38540", "Three nigerien soldiers", "five nigerien soldiers"),
        ("multi_news-train-38884", "secretly filmed three men", "deny any wrongdoing"),
        ("multi_news-train-39516", "eight people were killed", "killing six people"),
    ],
)
def test_right_conflicts_on_new_text_are_kept(analysed, cluster, words_a, words_b):
    assert _shown(analysed, cluster, words_a, words_b)


def test_what_a_negation_denies(documents):
    cleaned = _sentence(documents, "multi_news-train-37509", "never dry cleaned")
    (state,) = spoken_denials(cleaned)
    assert (state.verb, state.predicate) == ("", ("dry", "clean"))
    promise = _sentence(documents, "multi_news-train-39665", "never sign a spending bill")
    assert spoken_denials(promise) == []
    tracking = _sentence(documents, "multi_news-train-36345", "did not use the header")
    (use,) = spoken_denials(tracking)
    assert use.purpose == "track"
    assert not affirms("indeed, while we're concerned about verizon's own use of the header", use)
    assert affirms("verizon used the header for tracking its users", use)


def test_fabricating_a_new_thing_accuses(documents):
    review = _sentence(documents, "multi_news-train-39915", "fabricated a performance review")
    assert denial(review) is None


def test_page_stamps_are_no_moments(documents):
    byline = _sentence(documents, "multi_news-train-36953", "9: 39 pm")
    assert clocks(byline) == []
    update = _sentence(documents, "multi_news-train-38980", "Update 3/3/13")
    assert clocks(update) == []
    launch = _sentence(documents, "multi_news-train-38980", "10: 10 a.m.")
    assert [c.minutes for c in clocks(launch)] == [610]


def test_counts_over_several_places_and_parts_in_lower_case(documents):
    assert scope(_sentence(documents, "multi_news-train-37935", "arrested 31 people")).whole
    assert scope(_sentence(documents, "multi_news-train-37341", "injuring nine people")).whole
    assert not scope(_sentence(documents, "multi_news-train-37935", "swiss police")).whole
    fighters = _sentence(documents, "multi_news-train-39516", "two al qaeda fighters")
    assert named_places(fighters) == {"hadramout"}
    listed = _sentence(documents, "multi_news-train-38013", "killed 15 civilians")
    assert rival_counts(listed) == []
    among = _sentence(documents, "multi_news-train-39516", "Two civilians were among")
    assert rival_counts(among) == []
    whales = _sentence(documents, "multi_news-train-38681", "among 333 killed")
    assert [c.value for c in rival_counts(whales)] == [333]
    assert in_sentence(whales, "deaths", {122.0})
    assert not in_sentence(whales, "deaths", {150.0})
