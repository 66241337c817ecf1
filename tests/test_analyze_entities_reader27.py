"""The entities section's twenty-seventh pass (decisions.md, "Entities, twenty-seventh
pass"): a tenth reader's findings the last passes left (fixtures/entity_reader27.json),
scored, and the general causes behind the ones set right, each on a real cluster: a first
name's mentions that are another's, a land's spelling after a business's word, ships, an
organisation's initials spelled out in an unread run, a place's kind in an apposition, a
designer's name in a list of brands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.model import Entity
from tests.entity_gold import findings_met, listed_on_clusters, spelled

READER27 = json.loads(
    (Path(__file__).parent / "fixtures" / "entity_reader27.json").read_text(encoding="utf-8")
)
SHIPS = {
    ("multi_news-val-324", "ACX Crystal"),
    ("multi_news-val-1557", "Ocean Shield"),
    ("multi_news-val-5309", "HMAS Success"),
    ("multi_news-val-5396", "UC3 Nautilus"),
    ("multi_news-val-4688", "Yamato"),
}
"""'the container ship, the ACX Crystal', 'the Australian ship Ocean Shield', 'The Australian
Navy ship HMAS Success', 'his homemade underwater vessel UC3 Nautilus', 'its sister-ship the
Yamato': an organisation, a person, a place by the recognizer."""
SPELLED_OUT = {
    ("multi_news-val-655", "Korean Central News Agency"): "KCNA",
    ("multi_news-val-599", "Internal Revenue Service"): "IRS",
    ("multi_news-val-5077", "Environmental Protection Agency"): "EPA",
}
"""An organisation's initials and the run that spells them out, which no window read."""


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, Entity]]:
    wanted = {c for c, _ in (*SHIPS, *SPELLED_OUT)} | set(READER27["index"])
    return listed_on_clusters(wanted | {"multi_news-val-1334", "multi_news-val-5388"})


def test_entities_the_tenth_readers_findings_score(listed):
    """10 findings: none met on main (afacd20); 5 on this pass's branch. Left: Auschwitz
    (an organisation), Juche (an ideology), "Devil Wears Prada" (a film, its "The" cut),
    and two names the 16-name budget leaves unread (the Korea Asia-Pacific Peace
    Committee, Gucci)."""
    met = findings_met(READER27, listed)
    assert len(met) == 10
    assert sum(met.values()) >= 5, sorted(k for k, ok in met.items() if not ok)


def test_entities_a_first_name_after_anothers_kin_word_is_not_the_persons(listed):
    """ "Kim heading to the United Arab Emirates with her mother Kris": Kris Jenner, not
    Kris Humphries (whose mentions say "her husband Kris Humphries", never "mother")."""
    humphries = listed["multi_news-val-1334"]["Kris Humphries"]
    before = {m.article.text[m.start - 7 : m.start] for m in humphries.mentions}
    assert "mother " not in before
    assert "Kris" in spelled(humphries)  # "Kim and Kris" stays his
    assert listed["multi_news-val-1334"]["Kris"].label == "person"


def test_entities_a_first_name_inside_a_things_name_is_no_ones(listed):
    """ "the Amber Alert" is no mention of Amber Pasztor, nor a listed "Amber"."""
    pasztor = listed["multi_news-val-5388"]["Amber Pasztor"]
    assert not any(m.article.text.startswith("Amber Alert", m.start) for m in pasztor.mentions)
    assert "Amber" in spelled(pasztor)
    assert "Amber" not in listed["multi_news-val-5388"]


def test_entities_a_lands_spelling_is_a_place_after_a_businesss_word(listed):
    """ "U.S. retailer Michael Kors": " retailer" made "U.S." an organisation."""
    assert listed["multi_news-val-4826"]["U.S."].label == "place"


@pytest.mark.parametrize(("cluster", "name"), sorted(SHIPS))
def test_entities_ships_are_not_listed(listed, cluster, name):
    assert name not in listed[cluster]


@pytest.mark.parametrize(("cluster", "name"), sorted(SPELLED_OUT))
def test_entities_initials_join_the_run_that_spells_them_out(listed, cluster, name):
    entity = listed[cluster][name]
    assert entity.label == "organisation"
    assert SPELLED_OUT[cluster, name] in spelled(entity)
    assert SPELLED_OUT[cluster, name] not in listed[cluster]


def test_entities_a_places_kind_in_an_apposition_makes_it_a_place(listed):
    """ "in Spring Valley and La Mesa, suburbs east of the city"."""
    assert listed["multi_news-val-1400"]["La Mesa"].label == "place"


def test_entities_a_designers_name_in_a_list_of_brands_is_the_brands(listed):
    """ "Kering houses brands including Gucci, Yves Saint Laurent and Alexander McQueen"."""
    assert listed["multi_news-val-4826"]["Alexander McQueen"].label == "organisation"
