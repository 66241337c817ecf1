"""The entities section's forty-ninth pass (journal/entities.md, "Entities, forty-ninth
pass (stop 35)"): three readers' wrong kinds (fixtures/entity_reader49.json), scored with a
blind sample of one more cluster, as `analyze` lists them, and the general causes set right,
each on real clusters: a name listed before "and" and a read organisation; drugs by the list
they are written in; a common word capitalised only where a sentence or a bracket opens; a
word for a woman; a one-word person after "this"; a first name read as a group before a
listed person's surname; a full name read as a group whose surname takes "Mr."."""

from __future__ import annotations

import pytest

from tests.entity_gold import assert_half_scores, findings_met, fixture, listed_on_clusters

READER49 = fixture("entity_reader49.json")
READER49_IDS = {index: cluster for cluster, index in READER49["index"].items()}
LEFT = {
    "multi_news-val-4586 Simpson",
    "multi_news-val-177 Daenerys Targaryen",
    "multi_news-val-15 Android",
    "multi_news-val-2145 Rahm Emanuel",
    *(f"multi_news-val-333 {name}" for name in ("Kickstarter", "Harvard Law")),
    "multi_news-val-1255 All-Star",
    "multi_news-val-3520 America Great",
}
"""Findings no general rule was found for (the journal's entry says why); Kickstarter is no
longer listed as a person, but not listed as the organisation the reader asked for;
entities67 met raw 191's "America" (closing a group's name), entities77 raw 40's "Klingon
Dictionary" (a book after "published The"), entities80 its "Klingons" (a people only
written in the plural beside its singular)."""
DEMOSKIS = "multi_news-val-3613"
"""Raw 196: "Janice Demoski was told her son ...", then "Janice said Rudy Demoski ..."."""
TURNER = "multi_news-val-1839"
"""Raw 103: "Brock Turner" (an organisation by the recognizer), "Turner", "Mr. Turner's"."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({*READER49["index"], DEMOSKIS, TURNER}, speakers=True)


def test_entities_three_readers_wrong_kinds_score(listed):
    """Twenty-five findings: one met before this pass (main 50c6d740: "Nolan Brandy found",
    by Rachel Brandy's surname), nine on its branch; Kalashnikovs since the fifty-second
    pass, Blagojevich Home Phone since the ninety-ninth."""
    met = findings_met(READER49, listed)
    assert len(met) == 25
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_a_name_before_and_and_a_body_is_one(listed):
    """207: "than Verizon and AT&T." (a place by the recognizer in its own window)."""
    cluster = listed[READER49_IDS[207]]
    # "Verizon" is listed as one body with "Verizon Wireless" (entities93)
    assert cluster["Verizon Wireless"].label == "organisation"
    assert "Verizon" in {m.text for m in cluster["Verizon Wireless"].mentions}
    assert cluster["AT&T"].label == "organisation"


def test_entities_drugs_in_their_lists_are_not_listed(listed):
    """215: "Adderall and other ADHD medications", "ADHD drugs like Concerta and Ritalin"
    (places by the recognizer); the places of the story stay."""
    cluster = listed[READER49_IDS[215]]
    assert not {"Adderall", "Ritalin", "Concerta"} & cluster.keys()
    assert cluster["Japan"].label == "place"


def test_entities_common_words_and_words_for_people_are_not_listed(listed):
    """165: "… Further, the public official" and "[Labor union official]" (a person and an
    organisation); 110: "a 32-year-old Frenchwoman"; 40: "thanks to this Kickstarter."."""
    blagojevich = listed[READER49_IDS[165]]
    assert not {"Further", "Labor"} & blagojevich.keys()
    assert blagojevich["Rod Blagojevich"].label == "person"
    assert "Frenchwoman" not in listed[READER49_IDS[110]]
    assert listed[READER49_IDS[110]]["Aurelie Chatelain"].label == "person"
    assert "Kickstarter" not in listed[READER49_IDS[40]]
    assert listed[READER49_IDS[40]]["Paramount"].label == "organisation"


def test_entities_a_first_name_read_as_a_group_takes_its_surname(listed):
    """75: "Nolan Brandy remained hospitalized", then "Nolan" alone (an organisation by the
    recognizer); 196: "Janice Demoski was told", then "Janice said"."""
    nolan = listed[READER49_IDS[75]]["Nolan Brandy"]
    assert (nolan.label, len(nolan.mentions)) == ("person", 4)
    assert "Nolan" not in listed[READER49_IDS[75]]
    janice = listed[DEMOSKIS]["Janice Demoski"]
    assert (janice.label, len(janice.mentions)) == ("person", 2)
    assert listed[DEMOSKIS]["Arnold Demoski"].label == "person"


def test_entities_a_full_name_read_as_a_group_whose_surname_takes_mr(listed):
    """103: "Brock Turner" in six outlets and "Turner" in five, listed apart (the first an
    organisation), are one person by "Mr. Turner's father said"."""
    turner = listed[TURNER]["Brock Turner"]
    assert (turner.label, turner.outlets, len(turner.mentions) >= 25) == ("person", 6, True)
    assert "Turner" not in listed[TURNER]


def test_entities_the_blind_sample_scores(listed):
    """228, every listed name judged; its expected people, bodies and places written from
    the articles before its listing was read. No rule of the pass fires there."""
    assert_half_scores(listed, READER49, "blind", (0.9, 0.05, 0.45))
