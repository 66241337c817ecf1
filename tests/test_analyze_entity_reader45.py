"""The entities section's forty-fifth pass (journal/entities.md, "Entities, forty-fifth pass"): a
twenty-sixth reader's findings (fixtures/entity_reader45.json), scored with a blind sample
of one more cluster, as `analyze` lists them, and the general causes set right, each on
real clusters: a court, an index's categories, pseudonyms, a post before its holder, a
network and its news division, a nickname and a surname spelled two ways."""

from __future__ import annotations

import pytest

from tests.entity_gold import assert_half_scores, findings_met, fixture, listed_on_clusters, spelled

READER45 = fixture("entity_reader45.json")
READER45_IDS = {index: cluster for cluster, index in READER45["index"].items()}
LEFT: set[str] = set()
"""Findings no general rule was found for: Andrew Lack and Keith Davidson, left here, are
met since the forty-seventh pass (journal/entities.md, "Entities, forty-seventh pass (stop
35)")."""
POLL = "multi_news-val-381"
"""Raw 177: "a new Washington Post-ABC News poll" and "produced for ABC by Langer Research"."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({*READER45["index"], POLL}, speakers=True)


def test_entities_a_twenty_sixth_readers_findings_score(listed):
    """Thirteen findings: one met before this pass (main 2361f355), eleven on its branch;
    the two left then are met since the forty-seventh pass. "Vera Eichmann" is met on both
    only by the gold's reading of a surname: Adolf Eichmann's "Eichmann" ends her name; she
    is not listed."""
    met = findings_met(READER45, listed)
    assert len(met) == 13
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_a_court_pseudonyms_and_a_network(listed):
    """34: "Los Angeles County Superior Court" is an organisation; "The agreement refers to
    Trump as David Dennison and Clifford as Peggy Peterson" lists neither, while "Stephanie
    Clifford (aka Stormy Daniels, aka Peggy Peterson)" keeps Stormy Daniels, written alone
    elsewhere (in Stephanie Clifford's row since the seventy-third pass: "Stormy Daniels, whose
    real name is Stephanie Clifford"); "He said on NBC" and "obtained by NBC News" are one
    body in four outlets."""
    suit = listed[READER45_IDS[34]]
    assert suit["Los Angeles County Superior Court"].label == "organisation"
    assert not {"David Dennison", "Peggy Peterson", "NBC"} & suit.keys()
    assert suit["Stephanie Clifford"].label == "person"
    assert "Stormy Daniels" in spelled(suit["Stephanie Clifford"])
    assert spelled(suit["NBC News"]) == {"NBC", "NBC News"}
    assert suit["NBC News"].outlets == 4


def test_entities_a_network_written_short_in_a_poll(listed):
    """177: ABC is ABC News, in both outlets; "Washington Post" stays its own paper."""
    poll = listed[POLL]
    assert "ABC" not in poll
    assert poll["ABC News"].outlets == 2


def test_entities_an_indexs_categories_are_not_listed(listed):
    """0: "excels in Health and Wellbeing and Prosperity and Equality" names no body; the
    index's countries and its author stay."""
    index = listed[READER45_IDS[0]]
    assert not any(" and " in name for name in index)
    assert index["Simon Anholt"].label == "person"
    assert index["Sweden"].label == "place"


def test_entities_a_post_before_its_holder_and_one_person_spelled_twice(listed):
    """153: "Carroll County Sheriff Tobe Leazenby" is his title, not listed, while "the
    Carroll County Sheriff’s Office" is; "Liberty “Libby” German" is one girl and "Delphi
    Police Chief Steve Mullin" of one outlet is "... Steve Mullins" of two."""
    delphi = listed[READER45_IDS[153]]
    assert "Carroll County Sheriff" not in delphi
    assert delphi["Carroll County Sheriff’s Office"].label == "organisation"
    assert delphi["Tobe Leazenby"].label == "person"
    assert not {"Libby German", "Steve Mullin"} & delphi.keys()
    assert {"Libby German", "Liberty German"} <= spelled(delphi["Liberty German"])
    assert spelled(delphi["Steve Mullins"]) >= {"Steve Mullin", "Steve Mullins"}
    assert delphi["Steve Mullins"].outlets == 3


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 243, Mount St Helens cold inside): 15 names listed, 8
    right, 4 of a wrong label (a plate, a boundary, its phase, the arc as an organisation)
    and 3 broken ("Fig", "St Helens" a person, "Imaging Magma"); 8 of the 15 names a reader
    expects found. Main lists the same: no rule of the pass fires there. Since the
    sixty-first pass "St Helens" is Mount St Helens and the Cascade Arc a place: 13 listed
    ("Fig" was gone before), 9 right, 3 of a wrong label, 1 broken ("Imaging Magma")."""
    assert_half_scores(listed, READER45, "blind", (0.5, 0.3, 0.4))
