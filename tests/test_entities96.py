"""The entities section's ninety-sixth pass (journal/entities.md, "Entities, ninety-sixth
pass"): a body's or a place's name written with its last word in the plural, or in the
singular, is one name (raw 138's "National Security Archives" beside the National Security
Archive, raw 4's "Pittsburgh Public School teacher" beside the Pittsburgh Public Schools); a
writer named only in a byline is no one of the story (raw 104's "By Staff Sgt. Benjamin W.
Stratton, 7th Air Force Public Affairs"). The expectations are read in the articles."""

from __future__ import annotations

from tests.entity_gold import listed_on_clusters

AREA_51 = "multi_news-val-393"
"""Raw 138 (the CIA acknowledges Area 51: [1] "a senior fellow at the National Security
Archives" twice, [2] "senior fellow of the National Security Archive")."""
TEACHER = "multi_news-val-4486"
"""Raw 4 (a Pittsburgh teacher's notes to a pupil: [1] "A former Pittsburgh Public School
teacher", [2] and [3] "Pittsburgh Public Schools")."""


def test_entities_a_name_with_its_last_word_in_the_plural_is_one_body():
    listed = listed_on_clusters({AREA_51, TEACHER})
    archive = listed[AREA_51]["National Security Archive"]
    assert archive.outlets == 2
    assert "National Security Archives" not in listed[AREA_51]
    schools = listed[TEACHER]["Pittsburgh Public Schools"]
    assert schools.outlets == 3
    assert "Pittsburgh Public School" not in listed[TEACHER]


KEY_RESOLVE = "multi_news-val-4945"
"""Raw 104 (the Key Resolve exercise: [1] opens on the byline "By Staff Sgt. Benjamin W.
Stratton, 7th Air Force Public Affairs / Published March 24, 2017", his only mention)."""


def test_entities_a_writer_named_only_in_a_byline_is_not_listed():
    listed = listed_on_clusters({KEY_RESOLVE}, speakers=True)[KEY_RESOLVE]
    assert "Benjamin W. Stratton" not in listed
    # the people the story quotes stay
    assert listed["Thomas Bergeson"].label == "person"
    assert listed["Abi Oilar"].label == "person"
