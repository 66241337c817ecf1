"""The "Conflicts" section on Multi-News+ train text no earlier conflict fixture named
(conflict_new_text15.json: the fifteenth pass' sample of lines 42000-42499, the rest of
those lines, and lines 43000-44971 read for ages only, every conflict judged from the
articles), and the conflicts the fourteenth pass left (conflict_gold.json's `plus12` and
`plus14` clusters): the wrong ones gone, the right ones kept, ages of lower-case names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.ages import _named_ages as named_ages
from chorus.analyze.count_rivals import rival_counts
from chorus.analyze.count_scopes import scope
from chorus.analyze.model import Analysis
from tests.test_analyze_conflicts_plus import _sentence, _shown
from tests.test_analyze_conflicts_plus12 import _documents, analyse, judged_total

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_new_text15.json").read_text(encoding="utf-8")
)["clusters"]
LEFT = ("21748", "22217", "37068", "39516", "39982")
"""Train lines of the conflicts the fourteenth pass left, judged in conflict_gold.json."""


@pytest.fixture(scope="module")
def documents() -> dict[str, list[str]]:
    return _documents({c["id"] for c in GOLD} | {f"multi_news-train-{n}" for n in LEFT})


@pytest.fixture(scope="module")
def analysed(documents) -> dict[str, tuple[Analysis, dict[str, int]]]:
    left = [{"id": f"multi_news-train-{n}"} for n in LEFT]
    return analyse([*GOLD, *left], documents)


def test_conflicts_shown_on_new_text_are_mostly_right(analysed):
    # Main showed one conflict on the sample (unclear) and none on the rest of lines
    # 42000-42499 nor on the 114 raw clusters no conflict fixture names: lower-case names'
    # ages went unread. Read now: 3 right and 1 wrong on the third set, 3 right and 2 wrong
    # on lines 43000-44971 (each wrong one an age of another moment); 42236's denial, whose
    # claim has no cue ("police say she was drunk"), is still missed as judged here: the
    # sixteenth pass answers it with the police report's "strong smell of alcohol"
    # (conflict_new_text16.json), "drunk" and "drinking" share no stem.
    total = judged_total(analysed, GOLD)
    assert total.true == 9 and total.found == 8, total
    assert total.right / total.judged >= 0.7, total


@pytest.mark.parametrize(
    ("cluster", "words_a", "words_b"),
    [
        # A part by belonging: "eight of the 15 french nationals killed" against 66.
        ("multi_news-train-37068", "killing 66", "15 french nationals"),
        # "at least six suspected al qaeda militants" count attackers, no rival of "eight
        # people"; "since july 28, when a drone strike killed" that day's toll.
        ("multi_news-train-39516", "eight people were killed", "at least six suspected"),
        ("multi_news-train-39516", "two al qaeda fighters", "since july 28"),
        # One side's toll beside its own dead: "killed 17 rivals and lost three".
        ("multi_news-train-39982", "18 inmates had died", "killed 17 rivals"),
        # A joint statement of the government and Vulcan is Vulcan's own word.
        ("multi_news-train-21748", "joint statement issued", "disputes that claim"),
    ],
)
def test_wrong_conflicts_left_are_gone(analysed, cluster, words_a, words_b):
    assert not _shown(analysed, cluster, words_a, words_b)


@pytest.mark.parametrize(
    ("cluster", "words_a", "words_b"),
    [
        ("multi_news-train-39516", "eight people were killed", "killing six people"),
        ("multi_news-train-22217", "At least 13 afghan civilians", "Another 16 civilians"),
        ("multi_news-train-42044", "Police said desiree strout, 27", "Desiree strout, 28"),
        ("multi_news-train-43647", "anne murray, 56", "range road"),
    ],
)
def test_right_conflicts_are_kept_or_found(analysed, cluster, words_a, words_b):
    assert _shown(analysed, cluster, words_a, words_b)


def test_counts_read_past_a_qualifier_and_who_they_are_with(documents):
    militants = _sentence(documents, "multi_news-train-39516", "at least six suspected")
    assert [(c.value, c.what) for c in rival_counts(militants)] == [(6, "militants")]
    soldiers = _sentence(documents, "multi_news-train-22217", "five were wounded")
    assert [(c.quantity, c.value, c.what) for c in rival_counts(soldiers)] == [
        ("deaths", 3, "soldiers"),
        ("injuries", 5, "soldiers"),
    ]
    sides = _sentence(documents, "multi_news-train-39982", "killed 17 rivals")
    assert rival_counts(sides) == []
    dated = _sentence(documents, "multi_news-train-39516", "since july 28")
    assert scope(dated).shift == "july 28, when"


def test_ages_of_names_in_lower_case(documents):
    victim = _sentence(documents, "multi_news-train-43647", "The victim, anne murray, 56")
    assert named_ages(victim) == [("anne", "murray", 56)]
    husband = _sentence(documents, "multi_news-train-42044", "Desiree strout, 28")
    assert named_ages(husband) == [("desiree", "strout", 28), ("harry", "weeks", 29)]
    # No name: "the victim", "his wife"; written in capitals, as before.
    assert named_ages("the victim, 27, and his wife, 25, were hurt.") == []
    assert named_ages("Macomber, 65, was found fatally shot.") == [("", "Macomber", 65)]
