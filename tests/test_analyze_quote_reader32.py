"""Quote attribution, thirty-second pass: a seventeenth reader's findings on raw validation
clusters (multi_news-val-2094, 1703, 2851). A verb of tone after a quotation ("ripped Rep.
Raúl Grijalva", "Schrader predicted") names its speaker; the words end before the writer's
dash aside, a "while thanking ..." clause and a source named with its apposition; words
that hang on "something" before the speaker are no one's. `fixtures/quote_reader32.json`
holds the reader's sentences (design) and every attribution of three clusters no quote
test names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader32")


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_analyze_reader32_gold(briefed):
    # main (158cb9c): design 2 of 14 right, 10 quotes made, none right; blind 60 of 67, 52
    # made, 48 right. This pass: design 10 of 14, 11 made, 7 right; blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 10 and right_predicted >= 7
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 60 and right_predicted >= predicted - 4


def test_analyze_a_verb_of_tone_after_a_quotation(briefed):
    deal = briefed["multi_news-val-2094"]
    # "“..., and I will not support it,” ripped Rep. Raúl Grijalva (D-Ariz.), ..." and his
    # next quotation, which went to Emanuel Cleaver, the speaker before
    (ripped,) = quotes_in(deal, "ripped Rep. Raúl Grijalva")
    assert ripped.speaker == "Raúl Grijalva" and ripped.text.text.endswith("will not support it")
    assert [q.speaker for q in quotes_in(deal, "The lesson today is")] == ["Raúl Grijalva"]
    assert [q.speaker for q in quotes_in(deal, "Schrader predicted")] == ["Kurt Schrader"]
    # "Rep. Kurt Schrader, a member of the Blue Dog Coalition, predicted ...": the
    # apposition's name is his title's, so "the Oregon Democrat" after it is he
    assert [q.speaker for q in quotes_in(deal, "the Oregon Democrat said")] == ["Kurt Schrader"]
    # "said/predicted one Pelosi confidante": "one" opens no title, so no "Pelosi" speaks
    assert "Nancy Pelosi" not in {q.speaker for q in quotes_in(deal, "one Pelosi confidante")}
    # "..., something the president had said he was unwilling to do."
    assert not quotes_in(deal, "he was unwilling to do")


def test_analyze_the_writers_words_after_a_quotation(briefed):
    (satan,) = quotes_in(briefed["multi_news-val-2094"], "a sentiment reflected")
    assert satan.text.text == "a sugar-coated Satan sandwich"
    (saddened,) = quotes_in(briefed["multi_news-val-1703"], "while thanking investigators")
    assert saddened.speaker == "Stacey Plaskett"
    assert saddened.text.text.endswith("as a result of those egregious acts")
    (shaw,) = quotes_in(briefed["multi_news-val-2851"], "correspondent, Danny Shaw")
    assert shaw.speaker == "Mark Rowley"
    assert shaw.text.text == "he had seen nothing yet to suggest it"
