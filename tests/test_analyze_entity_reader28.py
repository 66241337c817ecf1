"""The entities section's twenty-eighth pass (journal/entities.md, "Entities, twenty-eighth pass"):
a twelfth reader's findings on five raw clusters and a blind sample of three more
(fixtures/entity_reader28.json), scored, and the general causes behind the findings set
right, each on a real cluster: an agency's and a country's other spellings, a possessive
typed with an opening quote, a generation's suffix taken for a surname, ships by their
prefix, labels by a name's shape, a chain's shop, a known group's product, a sign-off."""

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

READER28 = fixture("entity_reader28.json")
SPELLED_ALIKE = {
    ("multi_news-val-2572", "Associated Press"): {"Associated Press", "AP"},
    ("d30056t", "Associated Press"): {"Associated Press"},
}
""""the AP reporter" beside "an interview with the Associated Press"; the DUC cluster's
datelines' "(AP)" beside four articles' "Associated Press" (the datelines no mention since
the ninety-seventh pass: the wire named only in brackets)."""
NO_SURNAME = {
    ("multi_news-val-1720", "George T. Conway III"): "III",
    ("d31002t", "John Paul II"): "II",
    ("multi_news-val-5590", "DeOrr Kunz Sr."): "Sr",
}
"""A generation's suffix closing a name is no mention of it alone ("World War II" was the
pope's)."""
NOT_LISTED = {
    ("multi_news-val-4688", "USS Franklin"),
    ("multi_news-val-2484", "Google Gnome"),
    ("multi_news-val-2484", "Trump‘s Twitter"),
    ("multi_news-val-1902", "Gratitude"),
}
"""A ship by its prefix; 'get a "Google Gnome" instead of a Google Home'; 'President
Trump‘s Twitter habits'; a letter's 'With Gratitude, Jenni Lowe-Anker'."""
LABELS = {
    ("multi_news-val-230", "Ghana SWAT"): "organisation",
    ("multi_news-val-230", "Ghana"): "place",
    ("multi_news-val-2464", "UNC Chapel Hill"): "organisation",
    ("multi_news-val-2526", "Dakhleh"): "place",
    ("multi_news-val-2526", "El Molto"): "person",
    ("multi_news-val-2484", "Blockbuster"): "organisation",
    ("multi_news-val-2484", "Twitter"): "organisation",
    ("multi_news-val-3382", "North Korea"): "place",
}
""""Ghana Detective Bureau, Ghana SWAT" (a person by the recognizer, which also hid
"Ghana"), "an assistant professor at UNC Chapel Hill" (a place), "the ancient Dakhleh
Oasis" and "ancient Dakhleh" (organisations; one place, Dakhleh, since the ninety-ninth
pass), "El Molto" ("Molto told Live Science"; a place), "a shuttered Blockbuster." (a
place). "North Korea said": a place's last word as a
speaker after its first is the place's."""


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, Entity]]:
    wanted = {c for c, _ in (*SPELLED_ALIKE, *NO_SURNAME, *NOT_LISTED, *LABELS)}
    return listed_on_clusters(wanted | set(READER28["index"]) | set(READER28["blind"]))


def test_entities_the_twelfth_readers_findings_score(listed):
    """15 findings: 1 met on main (5535273), 11 on this pass's branch. Left: "Pac-Man" (a
    game's "Ms. Pac-Man", a person by its title) and "Pac-Man Google Maps" (a game, an
    organisation), and "Cote d'Ivoire" (a lower-case word stops a candidate run, and the
    16-name budget does not read it), so Ivory Coast keeps one outlet."""
    met = findings_met(READER28, listed)
    assert len(met) == 15
    assert sum(met.values()) >= 11, sorted(k for k, ok in met.items() if not ok)


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end: 39 right, no wrong label, 2 broken ("Domino" of "Domino's",
    "Healthcare Foundation" of the "AIDS Healthcare Foundation") on main and the branch
    alike; 40 of the 87 people, organisations and places a reader expects found."""
    assert_half_scores(listed, READER28, "blind", (0.9, 0.0, 0.45))


@pytest.mark.parametrize(("cluster", "name"), sorted(SPELLED_ALIKE))
def test_entities_an_agencys_initials_are_its_name(listed, cluster, name):
    entity = listed[cluster][name]
    assert SPELLED_ALIKE[cluster, name] <= spelled(entity)
    assert not (SPELLED_ALIKE[cluster, name] - {name}) & listed[cluster].keys()


def test_entities_the_initials_bring_their_outlets(listed):
    assert listed["multi_news-val-2572"]["Associated Press"].outlets == 2
    assert listed["d30056t"]["Associated Press"].outlets == 4


@pytest.mark.parametrize(("cluster", "name"), sorted(NO_SURNAME))
def test_entities_a_generations_suffix_is_no_surname(listed, cluster, name):
    entity = listed[cluster][name]
    assert NO_SURNAME[cluster, name] not in spelled(entity)
    assert name in spelled(entity)


@pytest.mark.parametrize(("cluster", "name"), sorted(NOT_LISTED))
def test_entities_ships_products_and_sign_offs_are_not_listed(listed, cluster, name):
    assert name not in listed[cluster]


@pytest.mark.parametrize(("cluster", "name"), sorted(LABELS))
def test_entities_a_names_shape_settles_its_label(listed, cluster, name):
    assert listed[cluster][name].label == LABELS[cluster, name]


def test_entities_a_places_last_word_that_speaks_is_a_surname(listed):
    """ "Molto told Live Science", "Molto said": El Molto's mentions."""
    molto = listed["multi_news-val-2526"]["El Molto"]
    assert {"El Molto", "Molto"} <= spelled(molto)
    assert molto.outlets == 2
