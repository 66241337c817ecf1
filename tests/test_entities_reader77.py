"""The entities section's seventy-seventh pass (journal/entities.md, "Entities,
seventy-seventh pass (stop 44)"): readers 71 and 72's false counts and wrong kinds. A
person's surname written alone is no one's before a day's number (raw 27's "bombing on May
22" of Theresa May), another's after a title of the other sex or another given name (raw
81's "Mrs. de la Renta", "his wife Anette de la Renta" of Oscar de la Renta), a family's
between "the" and a family's word (raw 3's "the Harding family"); a hospital named for a man
(raw 3's Walter Reed) is a body, the devil's name (raw 112's "sugar-coated Satan sandwich"),
a spouse's post (raw 81's "former First Ladies") and a book after "published The" (raw 40's
Klingon Dictionary) are no names; a name right after an age is a person (raw 27's Youssef
Zaghba). The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

BRAINY, LONDON, KLINGON, RENTA, SANDWICH, GOSNELL, PRIMARY = (
    "multi_news-val-3044",
    "multi_news-val-2851",
    "multi_news-val-333",
    "multi_news-val-2313",
    "multi_news-val-2094",
    "multi_news-val-3717",
    "d30050t",
)
"""Raw 3 (the Harding family: "Heath Harding, 18", "In the Harding family, ...", "internship
at Walter Reed"), 27 (the London Bridge attack: [1] and [2] "Prime Minister Theresa May",
[1] "accusing Theresa May of", [2] "the Manchester concert bombing on May 22", "named the
third London Bridge attacker as 22-year-old Youssef Zaghba"), 40 (Paramount against Axanar:
"published The Klingon Dictionary"), 81 (Oscar de la Renta's death: [1] "Annette Reed, now
Mrs. de la Renta", [2] "his wife Anette de la Renta told The New York Times", "clothes worn
by former First Ladies"), 112 (the debt deal: "a sugar-coated Satan sandwich" in [1] and
[3]), 119 (Kermit Gosnell's trial: "Judge Jeffrey Minehart" of the judge written Jeffery
Minehart) and DUC d30050t (New York's 1998 races: "successful politicians as Bill Clinton",
"Bill Clinton didn't care who ran", beside Hillary Rodham Clinton)."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters(
        {BRAINY, LONDON, KLINGON, RENTA, SANDWICH, GOSNELL, PRIMARY}, speakers=True
    )


def _written_after(entity, before: str) -> list[str]:
    """The mentions of an entity its article writes right after `before`."""
    return [
        m.article.text[m.start : m.end]
        for m in entity.mentions
        if m.article.text.endswith(before, 0, m.start)
    ]


def test_entities_a_month_before_a_day_is_no_mention_of_a_person(listed):
    may = listed[LONDON]["Theresa May"]
    assert spelled(may) == {"Theresa May"}
    assert len(may.mentions) == 3
    assert may.outlets == 2


def test_entities_a_wife_is_not_counted_as_her_husband(listed):
    oscar = listed[RENTA]["Oscar de la Renta"]
    assert _written_after(oscar, "Mrs. de la ") == []
    assert _written_after(oscar, "Anette de la ") == []
    # his own "De la Renta had battled cancer" and "De la Renta followed his vision" stay
    assert len(_written_after(oscar, "De la ")) == 2


def test_entities_a_family_is_not_one_of_its_children(listed):
    heath = listed[BRAINY]["Heath Harding"]
    assert spelled(heath) == {"Heath Harding"}
    assert len(heath.mentions) == 1


def test_entities_a_hospital_named_for_a_man_is_a_body(listed):
    assert listed[BRAINY]["Walter Reed"].label == "organisation"


@pytest.mark.parametrize(
    ("cluster", "name"),
    [(SANDWICH, "Satan"), (RENTA, "First Ladies"), (KLINGON, "Klingon Dictionary")],
)
def test_entities_a_devil_a_post_and_a_book_are_not_listed(listed, cluster, name):
    assert name not in listed[cluster]


def test_entities_a_name_after_an_age_is_a_person(listed):
    zaghba = listed[LONDON]["Youssef Zaghba"]
    assert zaghba.label == "person"
    assert spelled(zaghba) == {"Youssef Zaghba"}


def test_entities_a_given_name_spelt_otherwise_stays_the_persons(listed):
    # "Judge Jeffrey Minehart" is the judge the other article writes Jeffery
    judge = listed[GOSNELL]["Jeffery Minehart"]
    assert _written_after(judge, "Jeffrey ") == ["Minehart"]


def test_entities_a_husbands_name_is_not_his_wifes(listed):
    hillary = listed[PRIMARY]["Hillary Rodham Clinton"]
    assert _written_after(hillary, "Bill ") == []
    # the cluster writes neither "Mrs. Clinton" nor "Hillary Clinton": her full name stays in
    # the two articles (three copies) that write it, and since the seventy-eighth pass the
    # three writing Bill Clinton and never her hold none of her mentions (the four writing
    # neither still give her his bare "Clinton")
    assert 2 <= hillary.outlets <= 6
    assert {"Hillary Rodham Clinton"} <= spelled(hillary)
