"""The entities section's twenty-sixth pass (journal/entities.md, "Entities, twenty-sixth pass"): an
eleventh reader's findings on six raw clusters (fixtures/entity_reader26.json), scored, and
the general causes behind the ones set right, each on a real cluster: a title alone, "U.S."
before a space, initials with and without full stops, an organisation's initials, a
mountain without "Mount", a place before its country, a people's adjective, a first name
beside a person the cues named, one-word magazines, a quoted title with an ampersand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.model import Entity
from tests.entity_gold import findings_met, listed_on_clusters, spelled

READER26 = json.loads(
    (Path(__file__).parent / "fixtures" / "entity_reader26.json").read_text(encoding="utf-8")
)
SPELLINGS = {
    ("multi_news-val-324", "U.S. 7th Fleet"): {"U.S. 7th Fleet", "US 7th Fleet"},
    ("multi_news-val-324", "US Navy"): {"US Navy", "U.S. Navy"},
    ("multi_news-val-324", "U.S. Naval Hospital"): {"U.S. Naval Hospital", "US Naval Hospital"},
    ("multi_news-val-324", "US"): {"US", "U.S."},
    ("multi_news-val-324", "Yokosuka"): {"Yokosuka", "YOKOSUKA", "Yokosuka Japan"},
    ("multi_news-val-1902", "Khumbu Climbing Center"): {"Khumbu Climbing Center", "KCC"},
    ("multi_news-val-1902", "Mount Shishapangma"): {"Mount Shishapangma", "Shishapangma"},
    ("multi_news-val-101", "National Labor Relations Board"): {
        "National Labor Relations Board",
        "NLRB",
    },
    ("sample-validation-111", "Brad Fischetti"): {"Brad Fischetti", "Brad"},
    ("multi_news-val-297", "John F. Kennedy Airport"): {"John F. Kennedy Airport", "JFK"},
}
"""One entity's spellings, each an article's: "U.S." and "US" in a name ("U.S. Navy
personnel"), "U.S. and Japanese vessels" (before, "U.S." the recognizer read had no
mentions), a caption's "Yokosuka Japan", an organisation's initials ("the KCC", "NLRB"),
"Shishapangma", "Brad also revealed" (Brad Fischetti, an organisation by the recognizer),
an airport's namesake's initials ("JFK", a person by the recognizer)."""
NOT_LISTED = {
    ("multi_news-val-324", "Cmdr"),
    ("multi_news-val-1902", "Nepali"),
    ("multi_news-val-1297", "Hip Hop"),
    ("multi_news-val-297", "Jack The Cat"),
}
"""'Cmdr. Bryce Benson', '12 Nepali', 'the "Love & Hip Hop" reality TV series', a headline's
'Jack The Cat is Lost in AA Baggage'."""


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, Entity]]:
    wanted = {c for c, _ in (*SPELLINGS, *NOT_LISTED)} | set(READER26["index"])
    return listed_on_clusters(wanted | {"multi_news-val-4960", "multi_news-val-4684"})


def test_entities_the_eleventh_readers_findings_score(listed):
    """24 findings: none met on main (c981263); 13 on this pass's branch, 14 since the
    twenty-seventh (the ACX Crystal, a ship, not listed), 15 since the twenty-eighth (the
    sign-off's "Gratitude" not listed). Left: "Yusen Kabushiki Kaisha" (cut from "Nippon
    ..."), "Scandale" and "Paris" of the brand "Scandale Paris", "A-List", "the Church",
    and four names the 16-name budget leaves unread (Brian Sandoval, Scott Swift, Us
    Weekly are read at 32 names; TMZ not even then)."""
    met = findings_met(READER26, listed)
    assert len(met) == 24
    assert sum(met.values()) >= 15, sorted(k for k, ok in met.items() if not ok)


@pytest.mark.parametrize(("cluster", "name"), SPELLINGS)
def test_entities_other_spellings_are_one_entitys(listed, cluster, name):
    entity = listed[cluster][name]
    assert SPELLINGS[cluster, name] <= spelled(entity)
    assert not (SPELLINGS[cluster, name] - {name}) & listed[cluster].keys()


def test_entities_spellings_bring_their_outlets(listed):
    assert listed["multi_news-val-324"]["U.S. 7th Fleet"].outlets == 2
    assert listed["multi_news-val-324"]["US"].outlets == 2
    assert listed["multi_news-val-1902"]["Mount Shishapangma"].outlets == 2


@pytest.mark.parametrize(("cluster", "name"), sorted(NOT_LISTED))
def test_entities_titles_peoples_animals_and_titles_pieces_are_not_listed(listed, cluster, name):
    assert name not in listed[cluster]


def test_entities_one_word_magazines_are_organisations(listed):
    """ "told Billboard", "the September issue of Vogue": people by the recognizer."""
    assert listed["sample-validation-111"]["Billboard"].label == "organisation"
    assert listed["multi_news-val-4960"]["Vogue"].label == "organisation"


def test_entities_a_datelines_agency_is_no_groups_initials(listed):
    """ "ANAHEIM, Calif. (AP)" beside "Anaheim police": the credit is the agency's."""
    assert "AP" not in spelled(listed["multi_news-val-4684"]["Anaheim Police Department"])
