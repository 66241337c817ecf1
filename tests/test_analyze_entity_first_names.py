"""Entities, sixteenth pass: a first name read as a person of its own, written alone beside
the one listed person whose full name it opens; a common noun in a tweet's capitals
(docs/journal/entities.md 'Entities, sixteenth pass')."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Entity
from tests.entity_gold import listed_on_clusters, spelled

TWEET = "multi_news-val-4085"
"""Raw validation line 140: "“Chuck and Nancy must give us the votes to get additional Border
Security!”", beside "Chuck Schumer" and "Nancy Pelosi"."""
SPIRIT = "multi_news-val-889"
"""Line 37: "The issue brought forth by Colin and then Megan", "I haven’t talked to Bill yet"
(Colin Kaepernick, Megan Rapinoe, Spirit owner Bill Lynch)."""
HEREAFTER = "multi_news-val-4531"
"""Line 181: "Matt Damon as George", "George Lonegan (Matt Damon)", and the twins "Frankie and
George McLaren"."""
KUNZ = "multi_news-val-5590"
"""Line 62: "little DeOrr", "DeOrr Kunz Jr." the boy, "DeOrr Kunz Sr." his father."""
HOBART = "multi_news-val-2053"
"""Line 185: "a busy Hobart road", "the Hobart winter festival", "Hobart Lord Mayor Ron
Christie" (read "Hobart Lord", a person), "It's important for Mike" (Mike Parr)."""


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, Entity]]:
    wanted = {TWEET, SPIRIT, HEREAFTER, KUNZ, HOBART}
    return listed_on_clusters(wanted)


@pytest.mark.parametrize(
    ("cluster", "full_names"),
    [
        (TWEET, ("Chuck Schumer", "Nancy Pelosi")),
        (SPIRIT, ("Colin Kaepernick", "Megan Rapinoe", "Bill Lynch")),
        (HEREAFTER, ("Frankie McLaren",)),
        (HOBART, ("Mike Parr",)),
    ],
)
def test_entities_a_first_name_written_alone_is_the_full_names(listed, cluster, full_names):
    for full_name in full_names:
        first = full_name.split()[0]
        assert first not in listed[cluster]
        person = listed[cluster][full_name]
        assert person.label == "person"
        assert {first, full_name} <= spelled(person)


def test_entities_a_first_name_written_before_another_name_stays_apart(listed):
    """A first name that runs on into another name ("George Lonegan", "DeOrr Kunz Jr.") or
    follows an article ("the Hobart winter festival") may be someone else's. "Hobart Lord"
    (of "Hobart Lord Mayor") is no longer listed at all (seventeenth pass). "DeOrr", once
    written "DeOrr Jr.", is his son's (entities' thirty-eighth pass)."""
    assert "George" in listed[HEREAFTER]
    for cluster, first, full_name in (
        (HEREAFTER, "George", "George McLaren"),
        (KUNZ, "DeOrr", "DeOrr Kunz Sr."),
    ):
        assert first not in spelled(listed[cluster][full_name])
    assert "DeOrr" in spelled(listed[KUNZ]["DeOrr Kunz Jr."])
    assert "Hobart" in listed[HOBART]
    assert "Hobart Lord" not in listed[HOBART]


def test_entities_a_common_noun_in_a_tweets_capitals_is_no_name(listed):
    """ "to get additional Border Security!" beside "border security" three times."""
    tweet = listed[TWEET]
    assert "Border Security" not in tweet
    assert {"Chuck Schumer", "Nancy Pelosi", "Department of Homeland Security"} <= tweet.keys()
