"""Quote attribution, sixtieth pass: one person under one name. A police rank written in
full is no part of the name ("Los Angeles Police Department Detective Chris Barling": raw
multi_news-val-5484), a first name's short form is the fuller one of the same surname
("Jon Hubbard" and "Jonathan Hubbard": 4313), and a relation named by its owner is the name
its article writes right after it ("Price's mother Jennifer Rivers"). `fixtures/
quote_reader60.json` holds the rows named (design) and the other owned relations (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader60")


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS} | {"multi_news-val-4313"})


def test_quotes_reader60_gold(briefed):
    # main (ee70354e): design 1 of 5 right (d1's "Chris Barling"), 5 made; blind 4 of 4
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right == predicted == right_predicted == 5
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right == predicted == right_predicted == 4


def _speakers(found: tuple[Quote, ...], surname: str) -> set[str]:
    return {q.speaker for q in found if q.speaker.endswith(surname)}


def test_one_detective_under_one_name(briefed):
    # four articles: "said LAPD Det. Chris Barling" then "Barling said"; "Los Angeles
    # Police Department Detective Chris Barling said" then "Barling said" ×7; "...,"
    # Christopher Barling said."
    found = briefed["multi_news-val-5484"]
    assert _speakers(found, "Barling") == {"Christopher Barling"}
    [shooter] = quotes_in(found, "The suspected shooter, 27-year-old Kanasho Johns")
    assert shooter.role == "Los Angeles Police"
    assert len([q for q in found if q.speaker == "Christopher Barling"]) == 12


def test_a_mother_named_after_her_relation_is_that_name(briefed):
    # "Price's mother Jennifer Rivers, who was with him when he was shot, said ..." then
    # "Price's mother, who could be a key witness, said she wants to face ..."
    found = briefed["multi_news-val-5484"]
    assert "Price's mother" not in {q.speaker for q in found}
    [said] = quotes_in(found, "I won't miss a day")
    assert said.speaker == "Jennifer Rivers"


def test_a_short_first_name_is_the_fuller_one(briefed):
    # "..., Ipswich Police Lt. Jonathan Hubbard said in the Facebook post." (article 1) and
    # "..., Acting Police Chief Lt. Jon Hubbard said." (article 5): one police lieutenant
    assert _speakers(briefed["multi_news-val-4313"], "Hubbard") == {"Jonathan Hubbard"}


def test_relations_no_name_follows_stay(briefed):
    # "Heyer's mother then entered the stage, telling the audience: "Only 15 days ...""
    # names her nowhere; "Colvin's mother, Rosemarie, said" gives a first name only
    [heyer] = quotes_in(briefed["multi_news-val-1717"], "Only 15 days my ago")
    assert heyer.speaker == "Heyer's mother"
    [colvin] = quotes_in(briefed["multi_news-val-2534"], "Colvin's mother, Rosemarie")
    assert colvin.speaker == "Colvin's mother"
