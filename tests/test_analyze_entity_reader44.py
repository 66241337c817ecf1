"""The entities section's forty-fourth pass (journal/entities.md, "Entities, forty-fourth pass"): a
twenty-fifth reader's findings (fixtures/entity_reader44.json), scored with a blind sample
of one more cluster, as `analyze` lists them, and the general causes set right, each on
real clusters: titles of works and a formula not listed, a director's apposition, a
broadcaster's programme, a school, a university written short, a campus, a body read
without its first word, and quoted people past the cap in the room of a list's states."""

from __future__ import annotations

import pytest

from tests.entity_gold import assert_half_scores, findings_met, fixture, listed_on_clusters, spelled

READER44 = fixture("entity_reader44.json")
READER44_IDS = {index: cluster for cluster, index in READER44["index"].items()}
LEFT = {
    "multi_news-val-315 Catalysis for Sustainable Energy",
    "multi_news-val-5124 NBCUniversal found",
    "multi_news-val-5124 Variety found",
    "multi_news-val-315 Renewable Fuels Association found",
    "multi_news-val-5202 The Lancet found",
    "multi_news-val-5202 Fergus Walsh found",
    "multi_news-val-1745 Georgia found",
    "multi_news-val-465 Urban Institute found",
    "multi_news-val-4792 Peninsular Malaysia",
}
"""Findings no general rule was found for (decisions.md says why). Judith Luber-Narod,
left here, is listed since quotes40 credits her quotes (she is a speaker now); 56's Nature
("the journal Nature") since the forty-seventh pass."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters(set(READER44["index"]), speakers=True)


def test_entities_a_twenty_fifth_readers_findings_score(listed):
    """Twenty-eight findings: none met before this pass (main 89549cf5), thirteen on its
    branch, fourteen with quotes40, fifteen with entities53 (the campus "University of
    California, San Diego"); the thirteen left are LEFT (eleven since the seventieth pass:
    James Wan and Michelle Rodriguez, by their first names' shape; ten since the
    seventy-first: Universal, no more read as "At Universal")."""
    met = findings_met(READER44, listed)
    assert len(met) == 28
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_titles_of_works_are_not_listed(listed):
    """231's "including ‘Jurassic Park,’" (a place) and "“Harry Potter and the Deathly
    Hallows: Part 2”" (a person); the film's cast stays."""
    films = listed[READER44_IDS[231]]
    assert not {"Jurassic Park", "Harry Potter"} & films.keys()
    assert films["Vin Diesel"].label == films["Paul Walker"].label == "person"


def test_entities_a_formula_a_campus_and_a_university_written_short(listed):
    """56: "CO 2" is no organisation, "San Diego" of "the University of California, San
    Diego" no place of the story, and "Stanford" is Stanford University, in all three
    outlets; "Ib Chorkendorff, the director of ..." is a person."""
    ethanol = listed[READER44_IDS[56]]
    assert not {"CO 2", "San Diego", "Stanford"} & ethanol.keys()
    stanford = ethanol["Stanford University"]
    assert spelled(stanford) == {"Stanford", "Stanford University"}
    assert stanford.outlets == 3
    assert ethanol["Ib Chorkendorff"].label == "person"
    assert ethanol["Technical University of Denmark"].label == "organisation"


def test_entities_a_programme_and_a_body_read_without_its_first_word(listed):
    """125: "The BBC's Panorama programme" is not listed, the BBC is; "the Brain and Mind
    Institute" is listed whole, with both outlets' mentions."""
    scans = listed[READER44_IDS[125]]
    assert "Panorama" not in scans and "Mind Institute" not in scans
    assert scans["BBC"].label == "organisation"
    institute = scans["Brain and Mind Institute"]
    assert spelled(institute) == {"Brain and Mind Institute"}
    assert institute.outlets == 2


def test_entities_quoted_people_take_the_room_of_a_lists_states(listed):
    """68: at the cap, three people quoted once ("said David L. Evans, the executive
    director of the National Science Teachers Association") are listed where twenty
    states of one list, each written once, filled it; the school is an organisation."""
    science = listed[READER44_IDS[68]]
    assert len(science) == 40
    people = {"David L. Evans", "Sarah Shanley Hope", "Frank Niepold"}
    assert all(science[name].label == "person" for name in people)
    assert science["Abby Kelley Foster Charter Public School"].label == "organisation"
    assert "Massachusetts" in science and "Vermont" not in science


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 248, Sinema and McSally's Arizona Senate count): 15 names
    listed, 14 right and one cut span ("Congressional District" of "Arizona's 9th
    Congressional District"); 20 of the 52 names a reader expects found. Main (89549cf5)
    lists the same: no rule of the pass fires there."""
    assert_half_scores(listed, READER44, "blind", (0.9, 0.1, 0.35))
