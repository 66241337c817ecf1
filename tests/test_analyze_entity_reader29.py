"""The entities section's twenty-ninth pass (journal/entities.md, "Entities, twenty-ninth pass"):
a thirteenth reader's findings on six raw clusters and a blind sample of four more
(fixtures/entity_reader29.json), scored, and the general causes behind the findings set
right, each on a real cluster: a body whose name holds "and", a body written without its
country, a surname running on into a hyphenated name, a post's first word closing a
group's span, a post's abbreviation inside a person's span, a street written short, a kind
of soldier, one person's name spelled two ways, and a group named for its place."""

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

READER29 = fixture("entity_reader29.json")
ONE_PERSON = {
    ("multi_news-val-1721", "Mark O’Mara"): {"Mark O’Mara", "Mark O'Mara"},
    ("multi_news-val-4810", "Kira Grünberg"): {"Kira Grünberg", "Kira Grunberg", "Grunberg"},
    ("multi_news-val-1513", "Mauril Bélanger"): {"Mauril Bélanger", "Mauril Belanger"},
    ("multi_news-val-4100", "Carl Conyers"): {"Carl Conyers", "Carl Conyer"},
}
"""One person's name written two ways a slip apart: a curly apostrophe, an accent, a
surname's "s" lost before "'s" ("Carl Conyer's mother"). Each was listed twice."""
WRITTEN_SHORT = {
    ("d30012t", "National Aeronautics and Space Administration"): {
        "U.S. National Aeronautics and Space Administration",
        "NASA",
    },
    ("d30042t", "Security Council"): {"U.N. Security Council"},
    ("multi_news-val-1033", "U.S. Air Force"): {"Air Force"},
    ("multi_news-val-1907", "Perry Street"): {"Perry"},
    ("multi_news-val-1090", "Daly Street"): {"Daly"},
}
"""A body with and without its country's initials ("NASA" of the one without), and a street
without its "Street" ("64 and 66 Perry", "the block of Daly")."""
NOT_ITS_SURNAME = {
    ("multi_news-val-1090", "Steve Finney"): "Finney",
    ("multi_news-val-2313", "Antonio Castillo"): "Castillo",
    ("multi_news-val-4713", "Maxie Anderson"): "Anderson",
}
""""SCK President Cathy Finney-Hughes", "designer at Castillo-Lanvin", "the
Anderson-Abruzzo Albuquerque International Balloon Museum": a hyphen's capitalised word
after a surname makes it another name's."""


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, Entity]]:
    wanted = {c for c, _ in (*ONE_PERSON, *WRITTEN_SHORT, *NOT_ITS_SURNAME)}
    return listed_on_clusters(wanted | set(READER29["index"]) | set(READER29["blind"]))


def test_entities_the_thirteenth_readers_findings_score(listed):
    """25 findings: 2 met on main (1be2e35), 15 on this pass's branch. Left: Faye Dunaway (a
    place by her own window's read), the bare "Conyers" (three Conyers are named), and
    eight names the 16-name budget does not read (Michael Nutter, Philadelphia Gas Works,
    Scott Snelling, Joseph Szymborski, Cathy Finney-Hughes, Ezequiel Mendez, KXAS-TV,
    WWJ-AM)."""
    met = findings_met(READER29, listed)
    assert len(met) == 25
    assert sum(met.values()) >= 15, sorted(k for k, ok in met.items() if not ok)


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end: 27 right, 3 with a wrong label ("Nature Neuroscience" a
    person, "Le Fort II" a place, the "Brief Psychiatric Rating Scale" an organisation), 4
    broken ("LOC", "AI", "Scale for", "Grossman Hufford Dahlstrom & Gross" cut after
    "Pomerantz") on main and the branch alike; 28 of the 47 people, organisations and
    places a reader expects found."""
    assert_half_scores(listed, READER29, "blind", (0.75, 0.1, 0.55))


def test_entities_a_body_whose_name_holds_and_is_one_name(listed):
    """ "The U.S. Fish and Wildlife Service", "The US Fish ...", "the Fish and Wildlife
    Service" and "FWS" in three outlets: FWS alone was listed."""
    service = listed["multi_news-val-4623"]["U.S. Fish and Wildlife Service"]
    assert {"Fish and Wildlife Service", "FWS"} <= spelled(service)
    assert service.label == "organisation"
    assert service.outlets == 3
    assert "FWS" not in listed["multi_news-val-4623"]


@pytest.mark.parametrize(("cluster", "name"), sorted(ONE_PERSON))
def test_entities_one_persons_name_spelled_two_ways_is_one(listed, cluster, name):
    assert ONE_PERSON[cluster, name] <= spelled(listed[cluster][name])
    assert not (ONE_PERSON[cluster, name] - {name}) & listed[cluster].keys()


@pytest.mark.parametrize(("cluster", "name"), sorted(WRITTEN_SHORT))
def test_entities_a_body_or_a_street_written_short_is_one(listed, cluster, name):
    assert WRITTEN_SHORT[cluster, name] <= spelled(listed[cluster][name])
    assert not WRITTEN_SHORT[cluster, name] & listed[cluster].keys()


@pytest.mark.parametrize(("cluster", "name"), sorted(NOT_ITS_SURNAME))
def test_entities_a_hyphenated_names_part_is_no_surname(listed, cluster, name):
    assert NOT_ITS_SURNAME[cluster, name] not in spelled(listed[cluster][name])


def test_entities_spans_cut_inside_a_title_or_a_groups_name(listed):
    """ "Fire Department Battalion Chief Mike Richey", "former Green Beret Sgt Joe Serna"
    ("Joe was going through", "Serna is"), "a retired Green Beret to lock-up", "Texas
    EquuSearch and the FBI"."""
    philadelphia, serna, conyers = (
        listed[c] for c in ("multi_news-val-1090", "multi_news-val-23", "multi_news-val-4100")
    )
    assert philadelphia["Fire Department"].label == "organisation"
    assert "Fire Department Battalion" not in philadelphia
    assert {"Joe Serna", "Joe", "Serna"} <= spelled(serna["Joe Serna"])
    assert not {"Green Beret", "Green Beret Sgt Joe Serna", "Joe"} & serna.keys()
    assert conyers["Texas EquuSearch"].label == "organisation"
    assert not {"Texas", "EquuSearch"} & conyers.keys()
