"""The entities section's hundred-and-second pass (journal/entities.md, "Entities,
hundred-and-second pass"): a one-word name only ever written before "-shire" is the county
(raw 2's "Ross-shire"); a team's nickname alone is the team (raw 32's "former Saints player
Will Smith"); a make after "a" before its model is the car's, not listed (raw 32's "a Chevy
Impala"). The expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_epithets import counties_written_whole
from chorus.analyze.entity_teams import teams_by_nickname
from chorus.analyze.entity_works import products_and_exercises
from chorus.model import Article
from tests.entity_gold import excerpts_of, listed_on_clusters, spelled

DINGWALL = "multi_news-val-80"
"""Raw 2 (the Norse parliament under a Dingwall car park: [1] writes "the royal burgh of
Dingwall in Ross-shire" and three more "Ross-shire")."""
SMITH = "multi_news-val-576"
"""Raw 32 (Will Smith's killing: [2] "a former New Orleans Saints star", [3] "former Saints
player Will Smith", "The Saints announced Tuesday", [4] "with the Saints planning their own
tribute"; [2] "another vehicle, a Chevy Impala")."""


def test_entities_a_county_written_with_its_shire_is_the_place():
    dingwall = listed_on_clusters({DINGWALL}, speakers=True)[DINGWALL]
    county = dingwall["Ross-shire"]
    assert (county.label, len(county.mentions), county.outlets) == ("place", 4, 1)
    assert "Ross" not in dingwall
    assert dingwall["Dingwall"].label == "place"


def test_entities_a_countys_half_written_alone_is_left():
    labels = {"Ross": "person", "Dingwall": "place"}
    assert counties_written_whole(labels, "Dingwall in Ross-shire.") == {"Ross": "Ross-shire"}
    assert counties_written_whole(labels, "Ross-shire.\nRoss said so.") == {}
    assert counties_written_whole(labels, "Dingwall.") == {}


def test_entities_a_team_by_its_nickname_and_a_make_before_its_model():
    smith = listed_on_clusters({SMITH}, speakers=True)[SMITH]
    assert "Saints" not in smith
    team = smith["New Orleans Saints"]
    assert team.label == "organisation"
    assert {"New Orleans Saints", "Saints"} == spelled(team)
    # one mention in [2] on main; [3]'s and [4]'s "Saints" are the team's
    assert (len(team.mentions), team.outlets) == (5, 3)
    assert "Chevy" not in smith
    assert smith["Will Smith"].label == "person"


def test_entities_a_nickname_needs_one_team_and_the_words_of_one():
    labels = {"New Orleans": "place", "New Orleans Saints": "organisation"}
    runs = {"Saints", "New Orleans"}
    text = "The Saints announced a visitation."
    assert teams_by_nickname(labels, runs, text) == {"Saints": "New Orleans Saints"}
    # never after "the" before a verb: no team's nickname the text uses
    assert teams_by_nickname(labels, runs, "Saints Day.") == {}
    # two teams of one nickname: neither
    two = labels | {"Boston": "place", "Boston Saints": "organisation"}
    assert teams_by_nickname(two, runs, text) == {}
    # a nickname read on its own is its own row's
    assert teams_by_nickname(labels | {"Saints": "organisation"}, runs, text) == {}


def test_entities_a_make_before_its_model_edges():
    text = (
        "He hit a Chevy Impala. She was run over by a UConn Fire Department vehicle. "
        "UConn said so. They toured a Ford Motor Co. plant. They drove a Tesla."
    )
    article = Article("a", text, "a")
    listed = {name: excerpts_of(article, name) for name in ("Chevy", "UConn", "Ford", "Tesla")}
    # UConn is written alone too; Ford runs on into a body's name of two more capitalised
    # words; Tesla has no model after it
    assert products_and_exercises(listed, lambda name: "organisation") == {"Chevy"}
