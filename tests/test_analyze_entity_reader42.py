"""The entities section's forty-second pass (journal/entities.md, "Entities, forty-second pass"): a
twenty-third reader's findings (fixtures/entity_reader42.json), scored with a blind sample of
one more cluster, as `analyze` lists them (the quotes' speakers in the room under the cap,
entities41's rule brought back at a cost a 300-article brief does not feel), and the general
causes set right, each on real clusters: a flight's number, a currency after a figure, a
body's kind alone, a span cut inside "District Attorney", a body's short form and a peer."""

from __future__ import annotations

import pytest

from chorus.analyze.entities import MAX_ENTITIES, entities, recognize
from chorus.analyze.entity_speakers import joined_text, listed_with_speakers, with_speakers
from chorus.analyze.model import Entity
from chorus.analyze.nlp import entity_spans
from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.entity_gold import (
    assert_half_scores,
    findings_met,
    fixture,
    listed_on_clusters,
    spelled,
)

READER42 = fixture("entity_reader42.json")
READER42_IDS = {index: cluster for cluster, index in READER42["index"].items()}
TRAVIS, SUPREME_COURT, GREEK_FIRE, BULLYING, D_AMATO = (
    "multi_news-val-4901",
    "multi_news-val-3200",
    "multi_news-val-2298",
    "multi_news-val-2850",
    "multi_news-val-2617",
)
LEFT = {
    "multi_news-val-2201 Earth",
    "multi_news-val-132 Zainab Al-Khawaja/Zainab",
    "multi_news-val-3184 PLoS ONE found",
}
"""Findings no general rule was found for (decisions.md says why); 3184's "University of
California" (of "..., Berkeley") met by entities53's campus rule, 2201's Kiruna by
entities62's reading of the first-ranked name at its possessive ("Kiruna’s plan"), its LKAB
and Art Nouveau by entities63 (an apposition, "LKAB, the state-owned company"; a style's
last word)."""


@pytest.fixture(scope="module")
def listed():
    others = {TRAVIS, SUPREME_COURT, GREEK_FIRE, BULLYING, D_AMATO}
    return listed_on_clusters(others | set(READER42["index"]), speakers=True)


def test_entities_a_twenty_third_readers_findings_score(listed):
    """Fourteen findings: none met before this pass (main 4f6c835), seven on its branch,
    eight after entities53, nine after entities62, eleven after entities63; the three left
    are LEFT."""
    met = findings_met(READER42, listed)
    assert len(met) == 14
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 155, Amerasians and their fathers): 26 of 27 listed
    names right, "McGee" (a misspelling of Jack Magee's name the text corrects) an
    organisation; 31 of the 61 names a reader expects found. Main (4f6c835) lists 24, 23
    right, and finds 27: the quoted Trinh Tran, George Pettitt and Dennis Hall are added."""
    assert_half_scores(listed, READER42, "blind", (0.95, 0.05, 0.5))


def test_entities_a_flight_a_currency_and_an_era_are_no_names(listed):
    """209's "Malaysia Airlines flight MH370" (an organisation in fifteen mentions), 127's "a
    fine of 3,000 BD" and 194's "in 327 BC" (both organisations)."""
    assert "MH370" not in listed[READER42_IDS[209]]
    assert "BD" not in listed[READER42_IDS[127]]
    assert "BC" not in listed[GREEK_FIRE]
    assert listed[READER42_IDS[209]]["Malaysia Airlines"].label == "organisation"


def test_entities_a_bodys_kind_alone_is_no_name(listed):
    """8's "The University appreciates" and 188's "the Court ruled" name no body of their
    own; UConn and the Supreme Court stay."""
    assert "University" not in listed[READER42_IDS[8]]
    assert listed[READER42_IDS[8]]["UConn"].label == "organisation"
    assert "Court" not in listed[SUPREME_COURT] and "Supreme Court" in listed[SUPREME_COURT]


def test_entities_a_county_cut_inside_its_district_attorney_is_not_listed(listed):
    """95's and 152's "<County> District Attorney <name>": the county stays a place."""
    assert "Delaware County District" not in listed[READER42_IDS[95]]
    assert listed[READER42_IDS[95]]["Delaware County"].label == "place"
    assert "Travis County District" not in listed[TRAVIS]


def test_entities_a_bodys_short_form_is_the_body(listed):
    """95's "a spokeswoman for Mercy Fitzgerald" and 127's "London-based Amnesty" are counted
    for the hospital and Amnesty International; 190's Duke University is read as no short
    form of Duke University Medical Center: since entities91 the Medical Center is counted
    under it as its part, each mention cut to the shorter name."""
    hospital = listed[READER42_IDS[95]]["Mercy Fitzgerald Hospital"]
    # 6 since entities60: "across from Mercy-Fitzgerald hospital" is its mention too
    assert "Mercy Fitzgerald" in spelled(hospital) and len(hospital.mentions) == 6
    amnesty = listed[READER42_IDS[127]]["Amnesty International"]
    assert "Amnesty" in spelled(amnesty) and "Amnesty" not in listed[READER42_IDS[127]]
    # its Medical Center is counted with it, under the shorter name, since entities91
    assert spelled(listed[BULLYING]["Duke University"]) == {"Duke University"}


def test_entities_a_peers_title_is_a_person(listed):
    """158's "Prince Eugen, Duke of Närke" (an organisation by the recognizer)."""
    assert listed[READER42_IDS[158]]["Duke of Närke"].label == "person"


def test_entities_a_middle_initial_is_no_title(listed):
    """72's speaker "Alfonse M. D’Amato" is listed whole: "p.m." writes "m.", which made the
    initial a title and left "D’Amato" alone, no full name."""
    assert listed[D_AMATO]["Alfonse M. D’Amato"].label == "person"


def test_a_large_cluster_lists_no_speakers():
    """Where the recognizer's and the known names are twice the cap (a brief of many
    articles: the 300 longest raw ones hold 285) the speakers are not looked for: the
    listing is `entities`'s. Raw 0-19 as one cluster (115 names), whose quotes credit
    people no name matches."""
    documents = [d for c in read_clusters(RAW_VALIDATION, 20) for d in c["documents"]]
    groups = [split(clean(a)) for a in as_articles(documents)]
    flat = [s for g in groups for s in g]
    names = recognize(flat, entity_spans)
    assert len(names.every_label().keys() | names.known.keys()) >= 2 * MAX_ENTITIES
    said = [q.speaker for q in quotes(groups, names.labels)]
    assert with_speakers(names, said, joined_text(flat)) is not names
    # two listings of one text may order an entity's mentions apart (repeated articles)
    assert _shown(listed_with_speakers(flat, names, said)) == _shown(entities(flat, names))


def _shown(listed: tuple[Entity, ...]) -> list[tuple[str, str, list[tuple[str, int]]]]:
    return [(e.name, e.label, sorted((m.article.id, m.start) for m in e.mentions)) for e in listed]
