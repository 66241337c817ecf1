"""The twenty-fourth agreement pass (fixtures/agreement_reader24.json): a twentieth reader's
findings, the pairs and lead-ins this pass's rules changed over the 250 raw clusters (design
half), and every pair main showed in raw 206, 213, 219 and 246 (blind half)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import figures_from_one
from chorus.analyze.agreement_word_forms import one_word_each
from chorus.analyze.lead_in_pointers import points_to_before
from chorus.analyze.model import Analysis
from tests.gold import load, lone_tally, reader_analyses, reader_tally
from tests.test_analyze_agreement_reader14 import _sentence

GOLD = load("agreement_reader24")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (bef65b7): all 6 wrong pairs shown (81's motivation / "All the women ...", 19's
    # Dow, 132, 157, 171, 176). Left: 81's Spain and Paris (0.407, no own word in common)
    # and 160's short-term spending bill (0.303) are not shown.
    assert tally["pair", "wrong", True] == 0, tally
    assert tally["pair", "right", False] <= 2, tally


def test_the_design_lone_items_carry_what_they_lean_on(analyses):
    lone = lone_tally(reader_tally(GOLD, analyses, "design"))
    # main: 4 right (those alone), 12 wrong. Left: 19's "But he is a lesser-known figure
    # ..." is shown right below the item it leans on, which is therefore not its lead-in.
    # 119's "Six of the nine theft by deception charges she faced ..." was judged alone here;
    # reader 33 (stop 36) read its "she" as unexplained (Eileen O'Neill, the sentence before),
    # so the fixture says it leans, and since unique38 it carries that sentence as lead-in.
    # Stop 51 (clean60): raw 154's BMJ Open paragraphs split where their reference numerals
    # stand, and its paper's Only-in-one choice moves: the judged "Fifteen per cent (n=12
    # ads) was chosen as the cut-off ..." (right, alone) is no longer among its rows: 14.
    assert lone["right"] >= 14 and lone["wrong"] <= 1, lone


def test_the_blind_clusters(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # main and the branch alike: 23 right, 7 wrong (219's FBI scrutiny and records beside
    # the attorney's promise to cooperate, the statement "issued amid reports"), 6 unclear
    assert tally["pair", "right", True] >= 23 and tally["pair", "wrong", True] <= 7, tally


def test_two_words_one_stem_joins_are_no_word_in_common():
    elegance = _sentence("multi_news-val-2313", "Known for his appropriate elegance")
    clothes = _sentence("multi_news-val-2313", "All the women who can afford")
    assert not one_word_each(elegance, clothes, {"appro"})
    # one word with its endings, or two going on alike past the stem, are one (raw 124)
    clerk = _sentence("multi_news-val-3515", "The Pleasant Hill city clerk")
    relief = _sentence("multi_news-val-3515", "There is a lot of relief")
    assert one_word_each(clerk, relief, {"accus"}) == {"accus"}


def test_a_day_and_its_figure_alone_link_no_two_sums():
    dow = _sentence("multi_news-val-5041", "The Dow closed at 18,589.69")
    tweet = _sentence("multi_news-val-5041", "Dow goes from 18,589")
    assert figures_from_one(dow, tweet, {"18", "589", "novem"})
    # one count alone is one fact: "shed 1,175 points" / "ended down 1,175 points"
    shed = _sentence("multi_news-val-5041", "Monday the Dow shed 1,175 points")
    ended = _sentence("multi_news-val-5041", "After a volatile session, the Dow ended down")
    assert not figures_from_one(shed, ended, {"175"})


def test_a_demonstrative_taking_up_what_came_before_leans_on_it():
    women = _sentence("multi_news-val-2313", "In recent years, those working women")
    assert points_to_before(women, "")
    # a count the sentence writes itself, a time, and a quotation's title take up nothing
    charges = _sentence("multi_news-val-3717", "Six of the nine theft by deception charges")
    senator = _sentence("multi_news-val-3520", "Any one senator can object")
    assert not points_to_before(charges, "") and not points_to_before(senator, "")
