"""The entities section's hundred-and-fourth pass (journal/entities.md, "Entities,
hundred-and-fourth pass"): a list of lawmakers after their title in the plural names each a
person, whatever the first name ("Sens. Marco Rubio of Florida and Lindsey Graham of South
Carolina", raw 72), listed in the room the read names leave under the cap. The expectations
are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_given_names import lawmakers_listed, people_by_first_names
from tests.entity_gold import listed_on_clusters

BUDGET = "multi_news-val-2617"
"""Raw 72 (the Senate's budget vote: [1] "Sens. Ted Cruz of Texas and Rand Paul of Kentucky"
voted no, "Two other potential GOP presidential candidates, Sens. Marco Rubio of Florida and
Lindsey Graham of South Carolina, voted yes")."""
GORSUCH = "multi_news-val-2640"
"""Raw 178 (Gorsuch's nomination: [1] "Democratic Sens. Sherrod Brown of Ohio, Ron Wyden of
Oregon, Jeff Merkley of Oregon, Elizabeth Warren of Massachusetts and Ed Markey of
Massachusetts have all indicated they'll vote against the nominee")."""
GOODLATTE = "multi_news-val-4113"
"""Raw 208 (Bob Goodlatte retires: [2] "like Reps. Mark Meadows (R-NC), Jim Jordan (R-OH),
and Matt Gaetz (R-FL)")."""


def test_entities_lawmakers_listed_after_their_plural_title_are_people():
    listed = listed_on_clusters({BUDGET, GORSUCH, GOODLATTE}, speakers=True)
    budget = listed[BUDGET]
    for name in ("Marco Rubio", "Lindsey Graham", "Ted Cruz", "Rand Paul"):
        assert budget[name].label == "person"
    # the states after "of" stay places, one row each
    assert budget["Florida"].label == budget["South Carolina"].label == "place"
    gorsuch = listed[GORSUCH]
    for name in ("Sherrod Brown", "Ron Wyden", "Jeff Merkley", "Elizabeth Warren", "Ed Markey"):
        assert gorsuch[name].label == "person"
    for name in ("Mark Meadows", "Jim Jordan", "Matt Gaetz"):
        assert listed[GOODLATTE][name].label == "person"


def test_entities_lawmakers_listed_edges():
    text = (
        "Sens. Marco Rubio of Florida and Lindsey Graham of South Carolina voted yes. "
        "Reps. Mark Meadows (R-NC), Jim Jordan (R-OH), and Matt Gaetz (R-FL) spoke. "
        "Sens. Dean Heller (Nev.) and Rand Paul (Ky.) left. "
        "Sens. John McCain, Arizona Republican, spoke."
    )
    runs = lawmakers_listed(text)
    assert people_by_first_names(runs, ()) == [
        "Dean Heller",
        "Jim Jordan",
        "Lindsey Graham",
        "Marco Rubio",
        "Mark Meadows",
        "Matt Gaetz",
        "Rand Paul",
    ]
    # a title in the singular opens no list; one name after a plural title, no "and", none
    assert lawmakers_listed("Sen. Marco Rubio of Florida and Lindsey Graham spoke.") == []
    assert lawmakers_listed("Sens. John McCain, Arizona Republican, spoke.") == []
    # one name after the title in the plural is its run all the same ("Democratic Sens.
    # Sherrod Brown", a given name none of FIRST_NAMES)
    assert people_by_first_names(["Democratic Sens. Sherrod Brown"], ()) == ["Sherrod Brown"]
    # "Attorney General" is no lawmaker's title in the plural: no given name opens after it
    assert people_by_first_names(["Attorney General Holder"], ()) == []
