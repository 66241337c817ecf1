"""The entities section's ninety-seventh pass (journal/entities.md, "Entities,
ninety-seventh pass"): a wire named only in a dateline's brackets is no one of the story
(raw 110's "PARIS (AP) —"); a given name two outlets spell with an "h" and a letter apart
is one person (raw 156's Jonathan and Johnathon Stoffel); a state written only after a
role and "at" beside its "University of" is the university (raw 131's "a disease ecologist
at Michigan"). The expectations are read in the articles."""

from __future__ import annotations

from tests.entity_gold import listed_on_clusters

CHURCHES = "multi_news-val-167"
"""Raw 110 (a plot against Paris churches: [2] opens "PARIS (AP) —", its only "AP"; no
article writes "Associated Press")."""
TRESTLE = "multi_news-val-1033"
"""Raw 156 (the Trestle Trail shooting: [1] "Jonathan Stoffel, 33, of Neenah", [2]
"33-year-old Johnathon Stoffel of Neenah"; [1] also "told The Associated Press")."""
MALARIA = "multi_news-val-3954"
"""Raw 131 (malaria moving uphill: [1] "the University of Michigan in the US", [2] "the
University of Michigan" and "Mercedes Pascual, a disease ecologist at Michigan")."""


def test_entities_a_wire_named_only_in_a_datelines_brackets_is_not_listed():
    listed = listed_on_clusters({CHURCHES, TRESTLE})
    assert "AP" not in listed[CHURCHES]
    assert listed[CHURCHES]["Paris"].label == "place"
    # a wire the story names outside brackets stays, its bracket no mention of it
    press = listed[TRESTLE]["Associated Press"]
    assert (press.label, press.outlets, len(press.mentions)) == ("organisation", 1, 1)


def test_entities_a_given_name_spelled_two_looser_ways_is_one_person():
    listed = listed_on_clusters({TRESTLE})[TRESTLE]
    assert "Johnathon Stoffel" not in listed
    assert listed["Jonathan Stoffel"].outlets == 2
    # his wife and daughter, one surname, stay apart
    assert listed["Erin Stoffel"].outlets == 2
    assert listed["Olivia Stoffel"].outlets == 2


def test_entities_a_state_after_a_role_and_at_is_its_university():
    listed = listed_on_clusters({MALARIA})[MALARIA]
    assert "Michigan" not in listed
    university = listed["University of Michigan"]
    assert (university.outlets, len(university.mentions)) == (2, 4)
