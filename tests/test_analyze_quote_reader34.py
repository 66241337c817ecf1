"""Quote attribution, thirty-fourth pass: a nineteenth reader's findings on raw validation
clusters (multi_news-val-5388, 1643, 1942). "She admitted ..." after "Macomber, 65, was
found ... the day after Pasztor was arrested" is no one's rather than the victim's; "he"
after "For Mr. Balin, Jefferson Airplane was ..." is Balin, not the band; a month and
experts in general do not speak; "But she ..., she said" and "She said she ..., she said"
lose the writer's words; a surname two people share is the one its article names.
`fixtures/quote_reader34.json` holds the reader's sentences (design) and every attribution
of three clusters no quote test names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader34")
_PASZTOR, _BALIN, _SOCHI = "multi_news-val-5388", "multi_news-val-1643", "multi_news-val-1942"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_analyze_reader34_gold(briefed):
    # main (822389b): design 0 of 11 right, 10 quotes made, none right; blind 73 of 113,
    # 47 made, 38 right. This pass: design 9 of 11, 6 made, 5 right; blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 9 and right_predicted >= 5 and predicted - right_predicted <= 1
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 73 and right_predicted >= predicted - 9


def test_analyze_she_after_a_sentence_of_two_people_is_no_one(briefed):
    mother = briefed[_PASZTOR]
    # "Macomber, 65, was found fatally shot ... the day after Pasztor was arrested. She
    # admitted to WANE that she also had killed him, ..." (Macomber is the man she killed)
    assert quotes_in(mother, "She admitted to WANE that she also had killed him") == []
    # "... a stolen car in late September said she was spurred ...": no month speaks
    assert quotes_in(mother, "in late September said she was spurred") == []


def test_analyze_for_a_person_the_next_he_is_that_person(briefed):
    obituary = briefed[_BALIN]
    # "For Mr. Balin, Jefferson Airplane was focused on live performance ... “...,” he told
    # Relix magazine in 1993."
    relix = quotes_in(obituary, "he told Relix magazine in 1993")
    assert [q.speaker for q in relix] == ["Balin"]
    # the article quoting "he told Relix in 1993" names "Marty Balin" and no other Balin;
    # the cluster's other article names his wife Susan Balin too
    (boots,) = quotes_in(obituary, "he told Relix in 1993")
    assert boots.speaker == "Marty Balin"
    assert {q.speaker for q in quotes_in(obituary, "Susan Balin said")} == {"Susan Balin"}


def test_analyze_experts_in_general_say_nothing(briefed):
    sochi = briefed[_SOCHI]
    assert quotes_in(sochi, "is his greatest challenge, say experts") == []
    assert quotes_in(sochi, "Some experts warn that in Russia") == []
    # a named expert still speaks
    assert {q.speaker for q in quotes_in(sochi, "says Alexei Makarkin")} == {"Alexei Makarkin"}


def test_analyze_the_writers_words_around_her_own_account_go(briefed):
    mother = briefed[_PASZTOR]
    (asked,) = quotes_in(mother, "But she asked them what they wanted, she said.")
    assert (asked.speaker, asked.text.text) == ("Amber Pasztor", "she asked them what they wanted")
    (michigan,) = quotes_in(mother, "She said she was in Michigan when")
    assert michigan.text.text.startswith("she was in Michigan when she first heard")
    # the article quoting "Pasztor told WANE ..." names Amber Pasztor, and her son only as
    # "Rene Pastzor": hers
    (safe,) = quotes_in(mother, "Pasztor told WANE she killed her children")
    assert safe.speaker == "Amber Pasztor"
