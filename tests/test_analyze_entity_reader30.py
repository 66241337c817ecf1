"""The entities section's thirtieth pass (docs/journal/entities.md, "Entities, thirtieth pass"): a
fourteenth reader's findings on six raw clusters and a blind sample of four more
(fixtures/entity_reader30.json), scored, and the general causes behind the findings set
right, each on a real cluster: a title opening a person's read name, a name's kind by the
word after it or by "a store, called", a name joined by "in" to a place, a span closing on
an adjective, a venue with and without its owner's initials, initials after "an", a
headline's word after a full name, an encyclopedia's heading, a surname read alone whose
full name the text writes, and a known city after a possessive."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Entity
from tests.entity_gold import (
    assert_half_scores,
    findings_met,
    fixture,
    listed_on_clusters,
    spelled,
)

READER30 = fixture("entity_reader30.json")
FLINT, SHEEN, NFL, KIRUNA, HQ = (
    "multi_news-val-5077",
    "multi_news-val-1760",
    "multi_news-val-3995",
    "multi_news-val-2201",
    "multi_news-val-2404",
)
UNTITLED = {
    ("d31001t", "Desmond Tutu"): "Archbishop Desmond Tutu",
    ("multi_news-val-3299", "Rob McCord"): "Treasurer Rob McCord",
    (KIRUNA, "Olof Bergqvist"): "Bishop Olof Bergqvist",
}
"""A person's read name opened by a title, each written once with it: the person without
it ("Dr. Seuss", a title before one word, stays)."""
WHOLE = {
    (NFL, "Paul Tagliabue"): "Tagliabue",
    (FLINT, "Rick Snyder"): "Snyder",
    (FLINT, "Marc Edwards"): "Edwards",
    ("multi_news-val-599", "Lois Lerner"): "Lerner",
    ("d30010t", "Saeb Erekat"): "Erekat",
}
"""A surname the recognizer read alone, the full name written once or twice besides
("Commissioner Paul Tagliabue", "Gov. Rick Snyder’s"): listed whole, the surname its."""


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, Entity]]:
    wanted = {c for c, _ in (*UNTITLED, *WHOLE)} | {"multi_news-val-4656", *NO_FIRST_NAME}
    return listed_on_clusters(wanted | set(READER30["index"]) | set(READER30["blind"]))


def test_entities_the_fourteenth_readers_findings_score(listed):
    """30 findings: 4 met on main (bccdc07), 19 on this pass's branch. Left: "Art Nouveau"
    (a style, read as a place), "Le Fort II" (a fracture's class), the Background article's
    Afghanistan, Maldives and Brazil (the listing is made before relevance, which reads
    it), Kiruna and LKAB (read, no label in their windows), Tim Monahan and the Flint River
    (the 16-name budget), the New York Police Department and TMZ (read, no label)."""
    met = findings_met(READER30, listed)
    assert len(met) == 30
    assert sum(met.values()) >= 19, sorted(k for k, ok in met.items() if not ok)


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end: 46 right, 5 with a wrong label (Emirates and Meridiana
    places, two dogs and "NPO" organisations), 1 broken ("Asia" of "Asia & Japan Watch")
    on main and the branch alike; 53 of the 86 people, organisations and places a reader
    expects found."""
    assert_half_scores(listed, READER30, "blind", (0.85, 0.1, 0.6))


@pytest.mark.parametrize(("cluster", "name"), sorted(UNTITLED))
def test_entities_a_title_opening_a_persons_name_is_cut(listed, cluster, name):
    assert listed[cluster][name].label == "person"
    assert UNTITLED[cluster, name] not in listed[cluster]


@pytest.mark.parametrize(("cluster", "name"), sorted(WHOLE))
def test_entities_a_surname_read_alone_takes_its_full_name(listed, cluster, name):
    assert {name, WHOLE[cluster, name]} <= spelled(listed[cluster][name])
    assert WHOLE[cluster, name] not in listed[cluster]


NO_FIRST_NAME = {
    "multi_news-val-2771": "While Rihanna",
    "multi_news-val-1487": "Poly Pomona",
    "d31038t": "President Clinton",
    "multi_news-val-3200": "Seuss",
}
"""What a first version of the surname's full name took: a sentence's first word, a
longer name's end ("(“Cal Poly Pomona”)"), a post; and a title before one word cut."""


@pytest.mark.parametrize("cluster", sorted(NO_FIRST_NAME))
def test_entities_no_first_name_opens_a_sentence_or_follows_a_capital(listed, cluster):
    assert NO_FIRST_NAME[cluster] not in listed[cluster]


def test_entities_kinds_by_the_words_around_a_name(listed):
    """ "the HQ Trivia app" (a place), "the Jukkasjärvi parish" and "a local store, called
    Centrum" (people), "tested for the Legionella bacteria" (a person), "Legionella in
    Flint" (an organisation)."""
    assert listed[HQ]["HQ Trivia"].label == "organisation"
    assert listed[KIRUNA]["Jukkasjärvi"].label == "place"
    assert listed[KIRUNA]["Centrum"].label == "organisation"
    assert not {"Legionella", "Legionella in Flint"} & listed[FLINT].keys()
    assert listed[FLINT]["Flint"].label == "place"


def test_entities_cut_spans_headings_and_page_furniture(listed):
    """ "Genesee County Environmental Health Supervisor Jim Henry" and "Silent Social
    Media" cut after their adjective, "an LOC," (loss of consciousness), "HQ Trivia CEO
    Colin Kroll Dead at 34" (a headline), "From Wikipedia, the free encyclopedia"."""
    assert "Genesee County Environmental" not in listed[FLINT]
    assert "Jim Henry" in listed[FLINT]
    assert "Silent Social" not in listed["multi_news-val-4656"]
    assert "LOC" not in listed[NFL]
    assert "Colin Kroll Dead" not in listed[HQ]
    assert "Colin Kroll Dead" not in spelled(listed[HQ]["Colin Kroll"])
    assert "Wikipedia" not in listed[KIRUNA]


def test_entities_a_venue_with_its_owners_initials_and_a_city_after_a_possessive(listed):
    """ "at DAR Constitution Hall" and "a spokeswoman for Constitution Hall": one place;
    "Kroll's Manhattan apartment", "downtown Manhattan": the city, no one's surname."""
    hall = listed[SHEEN]["Constitution Hall"]
    assert {"Constitution Hall", "DAR Constitution Hall"} <= spelled(hall)
    assert "DAR Constitution Hall" not in listed[SHEEN]
    assert listed[HQ]["Manhattan"].label == "place"
