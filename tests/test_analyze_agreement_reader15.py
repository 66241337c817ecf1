"""An eleventh reader's findings on agreed facts and lone items (the fifteenth agreement pass),
raw validation clusters 7, 77, 166 and 244 in file order (fixtures/agreement_reader15.json): a
support giving another sum of one thing beside a sum both give, a pair also shown as a
conflict, a statement one outlet quotes whole from the other's page, and a lead-in that
repeats the item shown above it."""

from __future__ import annotations

import pytest

from chorus.analyze.borrowed import sums_apart
from chorus.analyze.model import Analysis
from chorus.language.quoted_passages import quoted_passage
from tests.gold import inputs, load, reader_analyses, reader_tally
from tests.test_analyze_agreement_new_text10 import _sentences_of
from tests.test_analyze_agreement_reader14 import _sentence

GOLD = load("agreement_reader15")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_readers_pairs_and_items(analyses):
    tally = reader_tally(GOLD, analyses)
    # main (5aa24e3): wrong pairs shown 11 of 11, right 2 of 2; 244's item repeated above in
    # its lead-in. Branch: 77's other tax sum, 7's heights (a conflict), 166's three
    # sentences of the airline's statement quoted whole go, and the lead-in; left: 166's
    # fourth (the statement's next paragraph), 77's two and 7's two pairs of two facts
    # of one thing, 244's ship.
    assert tally["pair", "wrong", True] <= 6, tally
    assert tally["pair", "right", True] == 2, tally
    # Since clean14 (244's second page without its subheadings), "Just heard the sweetest
    # voice ..." is no item of its own: it is the lead-in of "It could have been worse ...",
    # repeating nothing shown above.
    assert tally["unique", "no_lead_in", True, True] == 1, tally


def test_a_support_giving_another_sum_of_one_thing_beside_one_both_give_is_none():
    sales = _sentence("multi_news-val-932", "about $500,000 in tax revenue")
    estimate = _sentence("multi_news-val-932", "about $1 million in tax revenue")
    cool = _sentence("multi_news-val-932", "a cool $500,000 in tax revenues")
    # both give $3 million in sales; the tax revenue is $500,000 in one, $1 million in the other
    assert sums_apart(sales, estimate)
    assert not sums_apart(sales, cool)


def test_a_statement_a_page_quotes_after_saying_so_is_the_statements():
    documents = inputs(["multi_news-val-297"])["multi_news-val-297"]
    blog = _sentences_of(documents)[1]
    quoted = [s for s in blog if "Jack was found in the customs room" in s.text]
    assert len(quoted) == 1 and quoted_passage(quoted[0])
    # the blog's own words before "American Airlines posted a statement to Facebook:"
    assert not any(quoted_passage(s) for s in blog if "We're happy to report" in s.text)
