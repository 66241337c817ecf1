"""The entities section's twentieth pass (journal/entities.md, "Entities, twentieth pass"): wrong
kinds a reader of whole briefings found on raw validation clusters, each from a general
cause: a person's name the text also writes before "Hospital" or before a US state, a
track's remix read as its maker, a span cut at a hyphen, an apposition after a group's word,
a first name written short beside the full one, a plural beside its singular."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

KINDS = {
    ("multi_news-val-4840", "Upper Darby"): "place",
    ("multi_news-val-3340", "Pine Bush"): "place",
    ("multi_news-val-3957", "Damon"): "organisation",
    ("multi_news-val-4141", "Khalid Al-Falih"): "person",
}
""""Upper Darby, PA,
Thursday" and "Pine Bush, NY." (people by the recognizer); "a medical diagnostic-laboratory
company, Damon, when"; "Saudi Energy Minister Khalid Al-Falih" (read as "Khalid Al-")."""
NOT_LISTED = {
    "multi_news-val-410": ("Wonderboy Remix", "Aesthetic Remix"),
    "multi_news-val-1720": ("Matt Whitaker",),
    "multi_news-val-1487": ("Fitbits",),
    "multi_news-val-4141": ("Khalid Al-", "Clintons"),
    "multi_news-val-2623": ("Captures",),
    "multi_news-val-4326": ("Williams",),
}
""""Mobb Deep – “Shook Ones” (Wonderboy Remix)": a track's version, no one's name; "these
Fitbits" beside the maker "Fitbit" and "The Clintons" beside "Clinton" (people by the
recognizer); "Captures to perfection ..." opening a quoted review beside "capture";
"Martinez had Williams syndrome" (a person, 30 mentions)."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({cluster for cluster, _ in KINDS} | NOT_LISTED.keys())


@pytest.mark.parametrize(("cluster", "name"), KINDS)
def test_entities_names_take_the_kind_the_text_shows(listed, cluster, name):
    assert listed[cluster][name].label == KINDS[cluster, name]


@pytest.mark.parametrize(("cluster", "names"), NOT_LISTED.items())
def test_entities_remixes_cut_spans_plurals_and_short_first_names_are_not_listed(
    listed, cluster, names
):
    assert not set(names) & listed[cluster].keys()


def test_entities_a_first_name_written_short_is_the_full_names_person(listed):
    whitaker = listed["multi_news-val-1720"]["Matthew G. Whitaker"]
    assert {"Matt Whitaker", "Matthew G. Whitaker", "Whitaker"} <= spelled(whitaker)


def test_entities_the_hospital_and_the_man_from_the_town_keep_their_kinds(listed):
    # "Richard Plotts, of Upper Darby, had come": a town after him, no state
    assert listed["multi_news-val-4840"]["Mercy Fitzgerald Hospital"].label == "organisation"
    assert listed["multi_news-val-4840"]["Richard Plotts"].label == "person"
