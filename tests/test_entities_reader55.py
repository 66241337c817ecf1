"""The entities section's fifty-fifth pass (journal/entities.md, "Entities, fifty-fifth pass
(stop 36)"): readers 34's, 35's and 37's entity items (fixtures/entity_reader55.json), and
the general causes set right, each on real clusters: a tie between two spellings of a
name, a first name a cue made a person, a wire's code in a sign-off, an adviser's post cut
before its last word, and a quoted person the recognizer read as a body."""

from __future__ import annotations

import pytest

from tests.entity_gold import findings_met, fixture, listed_on_clusters, spelled

READER55 = fixture("entity_reader55.json")
IDS = {index: cluster for cluster, index in READER55["index"].items()}
LEFT = {
    "multi_news-val-4035 Ted Deutch found",
}
"""Findings no general rule was found for (the journal's entry says why). Raw 9's Ted Deutch,
quoted once, took the place National Security left; since quotes50 lists David Gergen (quoted
twice) the cluster is at the cap of 40 again, and Deutch gives way. Wilmington's label, NIF
and SCN met since entities58."""
COACH, KONG, SKIER, COMEY, PAGEANT = (IDS[i] for i in (25, 46, 42, 9, 16))
PASZTOR, FEMA = "multi_news-val-5388", "multi_news-val-4505"
"""Raw 52 (Amber Pasztor, quoted, read as a body, beside Rene Pasztor) and raw 86 ("FEMA
Director Craig Fugate", "Homeland Security Secretary Janet Napolitano")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({*READER55["index"], PASZTOR, FEMA}, speakers=True)


def test_entities_reader55s_items_score(listed):
    """Sixteen findings: two met on main (a3447fc9), twelve on the branch."""
    met = findings_met(READER55, listed)
    assert len(met) == 16
    assert {k for k, ok in met.items() if not ok} == LEFT


def test_entities_a_spelling_tie_goes_to_the_first_outlet_and_the_accent(listed):
    """Raw 25: one outlet writes "Jonathan Magwood" once, the other "Jonathon" twice: one
    outlet each, so the first article's spelling names him. Raw 42: "Kira Grunberg" (the
    first article) against "Grünberg": the accented spelling, which the other folds."""
    coach = listed[COACH]["Jonathan Magwood"]
    assert (coach.outlets, {"Jonathan Magwood", "Jonathon Magwood"} <= spelled(coach)) == (2, True)
    assert "Jonathon Magwood" not in listed[COACH]
    skier = listed[SKIER]["Kira Grünberg"]
    assert skier.outlets == 2 and "Kira Grunberg" in spelled(skier)


def test_entities_a_first_name_a_cue_made_a_person_joins_the_full_name(listed):
    """Raw 46: "photographer Mason", "Mason the Photographer", "the plucky Mason" are Mason
    Weaver's (the recognizer read both as groups; a cue made them people)."""
    weaver = listed[KONG]["Mason Weaver"]
    assert (weaver.label, len(weaver.mentions), weaver.outlets) == ("person", 5, 2)
    assert "Mason" not in listed[KONG]


def test_entities_a_wires_code_in_a_sign_off_is_no_name(listed):
    """Raw 42 closes on "jh/asz (SID, dpa)": SID is no body of the story; the athletics
    federation's own initials, "(ÖLV)", stay."""
    assert "SID" not in listed[SKIER]
    assert listed[SKIER]["ÖLV"].label == "organisation"


def test_entities_an_advisers_post_cut_is_no_body(listed):
    """Raw 9: "former National Security Adviser Michael Flynn" lists no "National
    Security"; raw 86's "Homeland Security Secretary" and "FEMA Director" keep their
    bodies (an officer after a body)."""
    assert "National Security" not in listed[COMEY]
    assert listed[COMEY]["Michael Flynn"].label == "person"
    assert listed[FEMA]["FEMA"].label == "organisation"
    assert listed[FEMA]["Homeland Security"].label == "organisation"


def test_entities_a_quoted_person_read_as_a_body_is_a_person(listed):
    """Raw 16: "Amanda Longacre, a long-time Delaware resident" (an organisation to the
    recognizer), then "Longacre said" ×3: a person of eight mentions. Raw 52's Amber
    Pasztor stays apart from Rene Pasztor, whose surname alone stays his, as does [3]'s
    "6-year-old Rene Pastzor" (two letters swapped) since entities80."""
    longacre = listed[PAGEANT]["Amanda Longacre"]
    assert (longacre.label, len(longacre.mentions)) == ("person", 8)
    assert len(listed[PASZTOR]["Rene Pasztor"].mentions) == 22
    assert listed[PASZTOR]["Amber Pasztor"].label == "person"
