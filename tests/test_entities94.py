"""The entities section's ninety-fourth pass (journal/entities.md, "Entities, ninety-fourth
pass"): a body's name the recognizer cut before "and" is listed whole (raw 157's "the
National Center for Missing and Exploited Children", raw 242's "Oregon Bureau of Labor and
Industries' Portland office"); a name before a lower-case "range" is a place (raw 138's
"the Nellis Air Force range operations area"); and a writer's sign-off, a dash and a name on
a line of their own, names no one of the story (raw 143's "— David R. Baker", raw 242's
"-- George Rede"). The expectations are read in the articles."""

from __future__ import annotations

from tests.entity_gold import listed_on_clusters

IDENTIFIED = "multi_news-val-2570"
"""Raw 157 (a woman killed in 1990 identified: both articles write "the National Center for
Missing and Exploited Children")."""
AREA_51 = "multi_news-val-393"
"""Raw 138 (the CIA acknowledges Area 51: [2] "part of the Nellis Air Force range operations
area")."""
TESLA = "multi_news-val-4328"
"""Raw 143 (a class action against Tesla: [1] closes on "— David R. Baker")."""
BAKERY = "multi_news-val-2654"
"""Raw 242 (the Sweet Cakes bakery pays its fine: [1] "the Oregon Bureau of Labor and
Industries' Portland office", closing on "-- George Rede" and his e-mail address; [2] "the
Bureau of Labor and Industries")."""


def test_entities_bodies_cut_before_and_a_range_and_sign_offs():
    listed = listed_on_clusters({IDENTIFIED, AREA_51, TESLA, BAKERY}, speakers=True)
    identified = listed[IDENTIFIED]
    assert "National Center for Missing" not in identified
    center = identified["National Center for Missing and Exploited Children"]
    assert (center.label, center.outlets) == ("organisation", 2)
    bakery = listed[BAKERY]
    assert "Oregon Bureau of Labor" not in bakery
    assert bakery["Oregon Bureau of Labor and Industries"].label == "organisation"
    # the run stops at "Industries'": the office's town stays a place of its own
    assert bakery["Portland"].label == "place"
    assert listed[AREA_51]["Nellis Air Force"].label == "place"
    # the writers sign off; the story's people stay
    assert "David R. Baker" not in listed[TESLA]
    assert listed[TESLA]["Efraim Levy"].label == "person"
    assert "George Rede" not in bakery
