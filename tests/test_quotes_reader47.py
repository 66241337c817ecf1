"""Quote attribution, forty-seventh pass: three readers' re-checks (raw validation
multi_news-val-1717, 4326, 2145, 530, 2559, 1721) and a lottery cluster (1438). Words that
open on "he"/"she" right after "told <first name>" are no quote of the teller's: the
pronoun may be the addressee's, the person the story follows. `fixtures/quote_reader47.json`
holds the readers' sentences and one article's attributions (design) and the other
article's (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader47")
_IMPLANTS, _CAMPAIGN = "multi_news-val-530", "multi_news-val-1779"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS} | {_CAMPAIGN})


def test_quotes_reader47_gold(briefed):
    # main (2a00d98d): design 14 of 17 right, 10 made, 9 right; this pass: design 15 of 17,
    # 9 made, 9 right (missed: McNay's words after a role holding a book's quoted title,
    # and so his "he says" next); blind, main and this pass: 7 of 9 right, 7 made, 7 right
    # (missed: "Lopes later claimed he bought ...", and "he told the Chronicle" of the
    # lawyer the sentence before names last)
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 15 and right_predicted == predicted
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 7 and right_predicted == predicted


def test_quotes_a_pronoun_after_a_first_named_addressee_is_no_ones(briefed):
    # "Kolb told Paula she had something called saline biotoxin illness." (Paula Blades')
    assert not quotes_in(briefed[_IMPLANTS], "Kolb told Paula she had")
    # Kolb's own words stay hers: "“Most doctors have never heard of this disease ...,” said Kolb"
    [own] = quotes_in(briefed[_IMPLANTS], "Most doctors have never heard of this disease")
    assert own.speaker == "Susan Kolb"


def test_quotes_a_pronoun_after_a_surnamed_addressee_stays_the_tellers(briefed):
    # "... while Sandoval told Reid he had not made a final decision ..." (Harry Reid)
    [told] = quotes_in(briefed[_CAMPAIGN], "Sandoval told Reid he had not made")
    assert told.speaker == "Brian Sandoval"
    assert told.text.text.startswith("he had not made a final decision")
