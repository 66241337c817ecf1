"""The entities section's thirty-first pass (journal/entities.md, "Entities, thirty-first pass"): a
fifteenth reader's findings on six raw clusters and a blind sample of three more
(fixtures/entity_reader31.json), scored, and the general causes behind the findings set
right, each on a real cluster: a royal title the recognizer reads no one after, a known
name opening a sentence, a body or place written short or with its unit, a party written
by its adjective, a middle initial before a surname, a newspaper after "daily", a given
name's syllable after its hyphen, and two rules' short forms mapped to each other."""

from __future__ import annotations

import pytest

from chorus.analyze.entities import entities, recognize
from chorus.analyze.entity_names import span_name
from chorus.analyze.model import Entity
from chorus.analyze.nlp import entity_spans
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

READER31 = fixture("entity_reader31.json")
COMFORT, PRINCE, ROME, SPY, OTTAWA, KLAN = (
    "multi_news-val-3822",
    "multi_news-val-5184",
    "multi_news-val-2476",
    "multi_news-val-1720",
    "multi_news-val-1513",
    "multi_news-val-4684",
)
ONION, VIRTUE, INDIANA, OSCARS = (
    "multi_news-val-3680",
    "d31009t",
    "multi_news-val-3651",
    "multi_news-val-3098",
)


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, Entity]]:
    wanted = {VIRTUE, INDIANA, OSCARS}
    return listed_on_clusters(wanted | set(READER31["index"]) | set(READER31["blind"]))


def test_entities_the_fifteenth_readers_findings_score(listed):
    """25 findings: 3 met on main (5bcc6f6), 16 on this pass's branch. Left: "Weekend
    Update" (a TV segment, organisation: "X host" names networks too), Moon Jae-in, Kang
    Sung-hyun, Giorgio Napolitano, Sony Kapoor, Melodye Shore and Rod J. Rosenstein (the
    16-name budget, spent on peoples' names, "Japanese", and on runs closing a sentence,
    "Parliament.", "Calif.": read last or joined, they changed too many listings for this
    pass), Corriere della Sera (read as a work), Justin Trudeau (written once, opening a
    sentence: never read)."""
    met = findings_met(READER31, listed)
    assert len(met) == 25
    assert sum(met.values()) >= 16, sorted(k for k, ok in met.items() if not ok)


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end: 35 right, 9 with a wrong label (162's comic characters,
    "Lady Thor" a person, "Captain America" a place; 194's Dura-Europos an organisation,
    "Alexander" the Great too), 5 broken ("BC at Delium", "Scorpion Bombs", "Adrienne",
    "America" of "Pledge to America") on main and the branch alike; 43 of the 76 people,
    organisations and places a reader expects found."""
    assert_half_scores(listed, READER31, "blind", (0.7, 0.2, 0.55))


def test_entities_a_royal_title_is_read_without_it(listed):
    """ "statue trial of Prince Jefri Bolkiah": the recognizer reads no one; without the
    title, the person, written by both outlets."""
    prince = listed[PRINCE]["Jefri Bolkiah"]
    assert prince.label == "person"
    assert prince.outlets == 2


def test_entities_a_known_name_opening_a_sentence_is_a_mention(listed):
    """Reuters writes "Japan" three times, each opening a sentence: two outlets."""
    japan = listed[COMFORT]["Japan"]
    assert japan.outlets == 2
    assert sum(m.article.text.startswith("Japan", m.start) for m in japan.mentions) >= 4


@pytest.mark.parametrize(
    ("cluster", "name", "short"),
    [
        (KLAN, "Anaheim Police Department", "Anaheim Police"),
        (INDIANA, "Delphi Police Department", "Delphi Police"),
        (ROME, "European Central Bank", "Central Bank"),
        (COMFORT, "Busan", "Busan city"),
        (OTTAWA, "Liberal Party", "Liberal"),
        (VIRTUE, "Islamic Virtue Party", "Virtue Party"),
    ],
)
def test_entities_a_body_or_place_written_short_is_one(listed, cluster, name, short):
    assert short in spelled(listed[cluster][name])
    assert short not in listed[cluster]


def test_entities_a_surname_after_a_middle_initial_takes_the_full_name(listed):
    """ "special counsel Robert S. Mueller III", "Mr. Mueller"; "David O. Selznick"."""
    assert {"Mueller", "Robert S. Mueller"} <= spelled(listed[SPY]["Robert S. Mueller III"])
    assert "Mueller" not in listed[SPY]
    assert {"Selznick", "David O. Selznick"} <= spelled(listed[OSCARS]["David O. Selznick"])


def test_entities_a_newspaper_after_daily(listed):
    """ "the Turin daily La Stampa": an organisation, not a person."""
    assert listed[ROME]["La Stampa"].label == "organisation"


def test_entities_two_rules_mapping_two_spellings_to_each_other_keep_one():
    """Read with 20 names, The Onion's cluster has "Kim Jong-Un" and "Kim Jong-un" mapped
    to each other by two rules (and "Kim Jong Un" to one): the listing failed on the name
    neither kept; now one person holds all three."""
    cluster = next(c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] == ONION)
    sentences = [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]
    found = entities(sentences, recognize(sentences, entity_spans, 20))
    kim = [e for e in found if "Kim Jong-un" in spelled(e)]
    assert len(kim) == 1
    assert {"Kim Jong Un", "Kim Jong-Un"} <= spelled(kim[0])


def test_entities_a_given_names_syllable_after_its_hyphen_is_kept():
    """168's "South Korean President Moon Jae-in", read as "Moon Jae" by the recognizer
    (when his window is read: the budget leaves it), is "Moon Jae-in"; "Berlin-based"
    (765) stays "Berlin"."""
    window = "South Korean President Moon Jae-in suggested during his"
    people = [span_name(window, s, e) for s, e, kind in entity_spans([window])[0]]
    assert "Moon Jae-in" in people
    based = "a Berlin-based analyst"
    assert span_name(based, 2, 8) == "Berlin"
