"""Quote attribution, thirty-fifth pass: a twentieth reader's findings on raw validation
clusters (multi_news-val-2313, 4022, 5041). "Oscar asked me to help him with an exhibit
that ..." says nothing; "according to Republicans" is not "Some House Republicans"; "the
statement said" after "A White House official sent a statement" is the official's; "...,
saying X and insisting Y" keeps the writer's "and insisting" out of both; a surname after a
paragraph's last word ("Obama ¶ Trump") or "Let" names no other Trump.
`fixtures/quote_reader35.json` holds the reader's sentences (design) and every attribution
of three clusters no quote test names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader35")
_OSCAR, _BUDGET, _MARKET = "multi_news-val-2313", "multi_news-val-4022", "multi_news-val-5041"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_analyze_reader35_gold(briefed):
    # main (bef65b7): design 1 of 9 right, 7 quotes made, 1 right; blind 26 of 30, 12 made,
    # 10 right. This pass: design 7 of 9, 6 made, 6 right; blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 7 and right_predicted >= 6 and predicted == right_predicted
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 26 and right_predicted >= predicted - 2


def test_analyze_asked_to_help_with_something_says_nothing(briefed):
    # "In 2013, Oscar asked me to help him with an exhibit that Secretary of State Hillary
    # Clinton organized on First Lady style ...": the "that" hangs on the exhibit
    assert quotes_in(briefed[_OSCAR], "Oscar asked me to help him with an exhibit") == []


def test_analyze_a_party_is_not_some_of_its_members(briefed):
    budget = briefed[_BUDGET]
    (cut,) = quotes_in(budget, "would fall by 13 percent, according to Republicans")
    assert cut.speaker == "Republicans"
    unsure = quotes_in(budget, "Some House Republicans said yesterday they are unsure")
    assert [q.speaker for q in unsure] == ["Some House Republicans"]


def test_analyze_the_statement_is_its_senders(briefed):
    # "A White House official sent a statement to CNBC on Monday ... “...,” the statement
    # said."
    (statement,) = quotes_in(briefed[_MARKET], "the statement said")
    assert statement.speaker == "A White House official"


def test_analyze_a_second_participle_is_its_own_words(briefed):
    wobble = quotes_in(briefed[_MARKET], "saying it's a short-term wobble and insisting")
    assert [(q.speaker, q.text.text) for q in wobble] == [
        ("White House officials", "it's a short-term wobble"),
        ("White House officials", "the US economy remains resilient"),
    ]


def test_analyze_trump_is_one_speaker(briefed):
    # the tweets' article writes "Donald J. Trump", "Let Trump take credit" (a quotation)
    # and "... Barack Obama ¶ Trump ...": none of them another Trump
    speakers = {q.speaker for q in briefed[_MARKET] if "Trump" in q.speaker}
    assert speakers == {"Donald Trump"}
