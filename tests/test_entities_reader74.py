"""The entities section's seventy-fourth pass (journal/entities.md, "Entities,
seventy-fourth pass (stop 43)"): readers 66 to 68's entity items. "St." is "Saint" (raw
137's St. Petersburg), a body's head word before its field with "of" is the body (raw 128's
"Department of State"), a university written without "University" is the university (raw
50's "Wayne State"), a stock symbol after its exchange is the company's (raw 61's
"GMCR", tested in test_analyze_entities), a nickname in quotation marks between a first name
and a surname is the person's (raw 153), and a name the recognizer cut at a hyphen is not
listed (raw 21's "KRS" of the rapper KRS-One). The expectations are read in the articles."""

from __future__ import annotations

import pytest

from tests.entity_gold import listed_on_clusters, spelled

PRODIGY, WAYNE, EMBASSY, COLBERT, DELPHI = (
    "multi_news-val-410",
    "multi_news-val-3544",
    "multi_news-val-230",
    "multi_news-val-33",
    "multi_news-val-3651",
)
"""Raw 21 (Prodigy's death: "performed ... with follow veteran rappers including Ghostface
Killah, Onyx, KRS-One and Ice-T"), 50 (a Wayne State University officer shot: "the second
Wayne State officer to be shot", "Wayne State police are also sworn Detroit officers"), 128
(a fake U.S. embassy in Accra: [1] "posted on the Department of State’s website", [2] "the
State Department said in a statement") and 137 (Colbert in Russia: [1] "Saint Petersburg",
[2] "took to the streets of St. Petersburg") and 153 (two girls killed near Delphi: [2]
"identified the two bodies as Liberty “Libby” German, 14, and Abigail “Abby” Williams", [3]
"Abigail "Abby" Williams,13, and Liberty "Libby" German,14")."""


@pytest.fixture(scope="module")
def listed():
    return listed_on_clusters({PRODIGY, WAYNE, EMBASSY, COLBERT, DELPHI}, speakers=True)


@pytest.mark.parametrize(
    ("cluster", "name", "label", "other", "outlets"),
    [
        # "St." is "Saint"
        (COLBERT, "Saint Petersburg", "place", "St. Petersburg", 2),
        # a body's head word before its field with "of" is the body
        (EMBASSY, "State Department", "organisation", "Department of State", 2),
        # a university written without "University"
        (WAYNE, "Wayne State University", "organisation", "Wayne State", 3),
    ],
)
def test_entities_another_spelling_is_one_row(listed, cluster, name, label, other, outlets):
    entity = listed[cluster][name]
    assert entity.label == label
    assert spelled(entity) == {name, other}
    assert entity.outlets == outlets
    assert other not in listed[cluster]


def test_entities_a_name_cut_at_a_hyphen_is_not_listed(listed):
    found = listed[PRODIGY]
    assert "KRS" not in found
    assert found["Mobb Deep"].label == "organisation"


def test_entities_a_nickname_in_quotation_marks_is_the_persons(listed):
    found = listed[DELPHI]
    liberty = found["Liberty German"]
    assert liberty.outlets == 3
    assert {"Liberty “Libby” German", 'Liberty "Libby" German'} <= spelled(liberty)
    assert {"Abigail “Abby” Williams", 'Abigail "Abby" Williams'} <= spelled(
        found["Abigail Williams"]
    )
    assert not [name for name in found if "“" in name or '"' in name]
