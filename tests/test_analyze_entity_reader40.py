"""The entities section's fortieth pass (docs/journal/entities.md, "Entities, fortieth pass"): a
twenty-second reader's findings (fixtures/entity_reader40.json), scored with a blind sample
of one more cluster, and the general causes set right, each on real clusters: another
language's nouns quoted in an English page, a dateline without its dash, a body written with
its country's initials, a first name cut at an Irish surname's apostrophe and a genus."""

from __future__ import annotations

import pytest

from tests.entity_gold import (
    assert_half_scores,
    findings_met,
    fixture,
    listed_on_clusters,
    spelled,
)

READER40 = fixture("entity_reader40.json")
READER40_IDS = {index: cluster for cluster, index in READER40["index"].items()}
GRUNBERG, DECLASSIFIED, TOXICOLOGY, OHARE, SYRIA = (
    "multi_news-val-4810",
    "multi_news-val-393",
    "multi_news-val-3658",
    "multi_news-val-168",
    "multi_news-val-290",
)
LEFT = {"multi_news-val-794 Fallen Kingdom", "multi_news-val-4141 Antilia"}
"""Findings no general rule was found for (decisions.md says why); Beyonce ("a private
concert by Beyonce") is met since the seventy-first pass. The reader has the Ambanis' house
Antilia no entity; since that pass it is a place ("their 27-floor Antilia residence"), as
the gold has buildings ("Trump Tower", "President's Residence")."""


@pytest.fixture(scope="module")
def listed():
    others = {GRUNBERG, DECLASSIFIED, TOXICOLOGY, OHARE, SYRIA}
    return listed_on_clusters(others | set(READER40["index"]) | set(READER40["blind"]))


def test_entities_a_twenty_second_readers_findings_score(listed):
    """Thirteen findings: none met before this pass (f0f9afd), nine on its branch; the four
    left were LEFT, "Camarasaurus and Diplodocus" is met since the forty-sixth pass, Beyonce
    since the seventy-first."""
    met = findings_met(READER40, listed)
    assert len(met) == 13
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_the_blind_sample_scores(listed):
    """Scored once, at the end (raw 225), the same before this pass (no rule of it fires
    there): 5 of 9 listed names right, 4 of a wrong label (Crystal, Crystal Munoz and the
    station CBS12 places, the resort an organisation); 9 of the 19 names a reader expects
    found (Lake Butler, "Fla.", the county jail, WKMG and its ClickOrlando missed; the
    dateline's PALM COAST is Palm Coast's)."""
    assert_half_scores(listed, READER40, "blind", (0.55, 0.45, 0.47))


def test_entities_another_languages_nouns_quoted_are_no_names(listed):
    """57 quotes McDonald's German menu ("würzige Käsescheiben, Eisbergsalat und Zwiebeln.
    (Für dieses liegen die Angaben für Zucker, Ballaststoffe, ..."): its nouns were listed as
    organisations and a person. An accented name in English prose stays (Kira Grünberg), and
    so does a dateline's town before five English words without a function word."""
    german = {"Zwiebeln", "Angaben", "Käsescheiben", "Zucker", "Ballaststoffe"}
    assert not german & listed[READER40_IDS[57]].keys()
    assert listed[GRUNBERG]["Kira Grünberg"].label == "person"
    assert listed[DECLASSIFIED]["Washington"].label == "place"


def test_entities_a_dateline_without_its_dash_names_its_town(listed):
    """191's "NEWTOWN, Conn. Parents of almost half the young children ..." was listed apart
    from Newtown."""
    newtown = listed[READER40_IDS[191]]["Newtown"]
    assert "NEWTOWN" not in listed[READER40_IDS[191]]
    # Since stop 34 cleaning takes the dash-less dateline away: its town is no mention.
    assert len(newtown.mentions) >= 7


def test_entities_a_body_with_its_countrys_initials_is_the_body(listed):
    """147's "the U.S. Nuclear Regulatory Commission said" beside "Nuclear Regulatory
    Commission" (read from "NRC" spelled out), and 154's "US National Toxicology Program"."""
    nrc = listed[READER40_IDS[147]]["Nuclear Regulatory Commission"]
    assert "U.S. Nuclear Regulatory Commission" in spelled(nrc)
    assert "U.S. Nuclear Regulatory Commission" not in listed[READER40_IDS[147]]
    program = listed[TOXICOLOGY]["National Toxicology Program"]
    assert "US National Toxicology Program" in spelled(program)


def test_entities_a_first_name_cut_at_an_irish_surname_is_not_listed(listed):
    """238's "GOP strategist Ford O’Connell" was listed as the carmaker "Ford"; a name of
    that shape itself stays (234's O'Hare airport)."""
    assert "Ford" not in listed[READER40_IDS[238]]
    assert listed[OHARE]["O'Hare"].label == "place"


def test_entities_a_genus_written_as_a_common_noun_is_no_name(listed):
    """33's "Brachiosaurus" (a place, 3 outlets) beside "a type of brachiosaur"; Damascus,
    whose stem is no word, stays."""
    assert "Brachiosaurus" not in listed[READER40_IDS[33]]
    assert listed[SYRIA]["Damascus"].label == "place"
