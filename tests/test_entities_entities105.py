"""The entities section's hundred-and-fifth pass (journal/entities.md, "Entities,
hundred-and-fifth pass"): a transcript's speaker label in capitals read as a person of its
own ("LEE:" of Opal Lee, raw 91's NPR page: "OPAL LEE: I kept telling ...", then "LEE: I just
thought ...") is a mention of the one person whose surname it spells, not a Names row. The
expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_recognized import Recognized
from tests.entity_gold import listed_on_clusters, spelled

JUNETEENTH = "multi_news-val-3459"
"""Raw 91 (Opal Lee's walk for Juneteenth: [0] NPR's transcript, the guest's turns under
"OPAL LEE: " and "LEE: "; [1] "Opal Lee has been trying to get President Obama ...")."""


def test_entities_a_transcript_label_in_capitals_is_the_guest_it_names():
    listed = listed_on_clusters({JUNETEENTH}, speakers=True)[JUNETEENTH]
    assert "LEE" not in listed
    lee = listed["Opal Lee"]
    assert lee.label == "person"
    assert lee.outlets == 2
    assert spelled(lee) == {"Opal Lee", "Lee", "LEE"}
    # the label's mentions are hers: each "LEE: " turn of the NPR page
    assert sum(m.article.text[m.start : m.end] == "LEE" for m in lee.mentions) >= 3


def test_entities_a_surname_in_capitals_edges():
    def form(labels: dict) -> str | None:
        return Recognized(labels=labels).aliases().get("LEE")

    assert form({"Opal Lee": "person", "LEE": "person"}) == "Opal Lee"
    # a surname two people share is no one's, in capitals or not
    assert form({"Opal Lee": "person", "Robert Lee": "person", "LEE": "person"}) == "LEE"
    # capitals read as no person (initials, a body) stay as read
    assert form({"Opal Lee": "person", "LEE": "organisation"}) == "LEE"
    # no read label in capitals, no form added
    assert form({"Opal Lee": "person"}) is None
