"""The entities section's thirty-third pass (journal/entities.md, "Entities, thirty-third pass"): a
sixteenth reader's findings (fixtures/entity_reader33.json), scored with a blind sample of
two more clusters, and the general causes set right, each on a real cluster: a relative
named in passing makes no surname two people's for the quotes, a name written with other
capitals or without the words opening it is the read name, and "Tech" ends a school's."""

from __future__ import annotations

import pytest

from chorus.analyze.entities import recognize
from chorus.analyze.nlp import entity_spans
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.entity_gold import assert_half_scores, findings_met, fixture, listed_on_clusters, spelled

READER33 = fixture("entity_reader33.json")
READER33_IDS = {index: cluster for cluster, index in READER33["index"].items()}
DAVIS, LYONS = "multi_news-val-4960", "multi_news-val-1090"
NEWMAN, BERKELEY, SHERIFF, POWER = (
    "multi_news-val-2366",
    "multi_news-val-4280",
    "multi_news-val-5590",
    "multi_news-val-1432",
)


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters(
        {DAVIS, SHERIFF, POWER} | set(READER33["index"]) | set(READER33["blind"])
    )


def test_entities_the_sixteenth_readers_findings_score(listed):
    """Twelve findings: one met on main (7c7a1dd: Jessica Belliveau, listed already), eight
    on this pass's branch (Virginia Tech, UC, DCF and Miami Heat organisations; Medstar
    Washington Hospital Center, the Haas School of Business and the New York Times in two
    outlets). Left: Yulette Newman, Kevin Durant and Randall Chaney (the budget of names
    read, a run closing a sentence: decisions.md), and "University of California, Irvine"
    listed as two names."""
    met = findings_met(READER33, listed)
    assert len(met) == 12
    assert sum(met.values()) >= 8, sorted(k for k, ok in met.items() if not ok)


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 213, 231), main (7c7a1dd) and the branch alike: 18 of 23
    listed names right, 5 wrong labels (Wilco, Olive Oyl and Wimpy people, Jurassic Park a
    place, Harry Potter a person), none broken; 19 of the 44 names a reader expects found
    (Universal, the studio of 231, is not listed)."""
    assert_half_scores(listed, READER33, "blind", (0.75, 0.22, 0.43))


def _recognized(cluster: str):
    for found in read_clusters(RAW_VALIDATION, 250):
        if found["id"] == cluster:
            articles = as_articles(found["documents"])
            sentences = [s for a in articles for s in split(clean(a))]
            return recognize(sentences, entity_spans)
    raise KeyError(cluster)


def test_entities_a_relative_named_in_passing_is_listed_but_no_known_name(listed):
    """ "her second husband Jeff Davis, a lawyer" opens no sentence: he is listed, but not
    among the recognizer's labels the quotes read, so "Davis" stays Wendy Davis's; Linda
    Lyons, whose name opens a sentence ("Linda Lyons, 60, who lives ..."), is in both."""
    davis = _recognized(DAVIS)
    assert "Jeff Davis" in davis.passing and "Jeff Davis" not in davis.labels
    assert listed[DAVIS]["Jeff Davis"].label == "person"
    assert "Davis" in spelled(listed[DAVIS]["Wendy Davis"])
    lyons = _recognized(LYONS)
    assert "Linda Lyons" in lyons.labels and "Linda Lyons" not in lyons.passing


def test_entities_other_capitals_and_a_name_without_its_opening_words_are_the_name(listed):
    """ "MedStar Washington Hospital Center" is the "Medstar ..." another outlet writes; "the
    Haas School of Business" the "UC Berkeley Haas School of Business"; but "the Nelson
    County Sheriff's Office" is not the Lemhi County one's, nor "the Nebraska Public Power
    District" the Omaha one."""
    assert listed[NEWMAN]["Medstar Washington Hospital Center"].outlets == 2
    assert "Washington" not in {
        m.article.text[m.start - 7 : m.end] for m in listed[NEWMAN]["Washington"].mentions
    } - {"Medstar Washington"}
    # a university's school is counted with it since entities91, its mention cut to "UC Berkeley"
    haas = listed[BERKELEY]["UC Berkeley"]
    assert spelled(haas) == {"UC Berkeley", "Haas School of Business"} and haas.outlets == 2
    assert spelled(listed[SHERIFF]["Lemhi County Sheriff's Office"]) == {
        "Lemhi County Sheriff's Office"
    }
    # "OPPD", its initials, is its mention since the sixty-third pass ("according to OPPD")
    assert spelled(listed[POWER]["Omaha Public Power District"]) == {
        "Omaha Public Power District",
        "OPPD",
    }


def test_entities_a_name_ending_in_tech_is_a_schools(listed):
    """ "Now we are there, along with Kent State and Virginia Tech": read as a person."""
    assert listed[BERKELEY]["Virginia Tech"].label == "organisation"


def test_entities_a_groups_initials_and_a_team_before_its_coach_are_organisations(listed):
    """ "we have DCF involved" (the Department of Children and Families) and "UC police
    Chief Mitch Celaya" were places; "Miami Heat coach Erik Spoelstra" a person."""
    assert listed[READER33_IDS[141]]["DCF"].label == "organisation"
    assert listed[BERKELEY]["UC"].label == "organisation"
    assert listed[READER33_IDS[226]]["Miami Heat"].label == "organisation"
