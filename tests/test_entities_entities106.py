"""The entities section's hundred-and-sixth pass (journal/entities.md, "Entities,
hundred-and-sixth pass"): a word alone before an age between commas is a person (raw 3's
six children, judged persons by the lead at stop 57); any given name before a surname the
text writes after a courtesy title is a person (raw 76's "Kofi Annan" beside "Mr Annan",
raw 72's "Patty Murray" beside "Ms. Murray"); a word written only after the Arabic article
that spells a read name with other vowels is that name (raw 76's "al-Mezzeh" of Mazzeh); a
run written before ", born" and a read person's full name is that person's other name (raw
21's "Prodigy, born Albert Johnson"). The expectations are read in the articles."""

from __future__ import annotations

from chorus.analyze.entity_aged import one_word_people_before_an_age
from chorus.analyze.entity_folds import articled_spelt_otherwise
from chorus.analyze.entity_given_names import given_names_by_courtesy, people_by_first_names
from chorus.analyze.entity_real_names import other_names_of_people
from tests.entity_gold import listed_on_clusters, spelled

HARDING = "multi_news-val-3044"
"""Raw 3 (the Harding family: "Hannah, now 26, was the first", "Keith, 15, is already a
senior", "Katrinnah, 11, has taken the ACT", "her sister, Mariannah, 8", "Lorennah, 6, and
Thunder, 4, are next on the track to success")."""
SYRIA = "multi_news-val-290"
"""Raw 76 (a gunfight in Damascus: [2] (AFP) "international envoy Kofi Annan's mission",
"former UN secretary general Kofi Annan", "Mr Annan's proposals"; [1] and [2] "Mazzeh",
[3] (Al Jazeera) "al-Mezzeh" four times and "Al-Mezzeh" once)."""
SCHUMER = "multi_news-val-2617"
"""Raw 72 ([3] "Senator Patty Murray of Washington", "Democrats have mentioned Ms. Murray")."""
PRODIGY = "multi_news-val-410"
"""Raw 21 (the rapper's death: five outlets write "Prodigy"; [3] "Prodigy, born Albert
Johnson, was raised in a musical family", [3] and [5] "Albert Johnson, better known to
millions of fans as Prodigy")."""
CLIFFORD = "multi_news-val-2986"
"""Raw 34 ([1] "The new pressure on Daniels, whose real name is Stephanie Clifford")."""


def test_entities_the_children_named_before_their_ages_are_people():
    harding = listed_on_clusters({HARDING}, speakers=True)[HARDING]
    for child in ("Hannah", "Keith", "Katrinnah", "Mariannah", "Lorennah", "Thunder"):
        assert harding[child].label == "person"
        assert harding[child].outlets == 1
    assert len(harding["Hannah"].mentions) == 2  # "Hannah, now 26", "Hannah, the trailbalzer"


def test_entities_a_word_before_an_age_edges():
    text = "Hannah, now 26, was first. Vermont, 3,500, voted. Mr. Stallone, 70, came."
    assert one_word_people_before_an_age({}, text) == {"Hannah"}
    # a word written beside another capitalised word anywhere is that name's
    assert one_word_people_before_an_age({}, f"{text} Hannah Smith spoke.") == set()
    # a read name's word, and a known place, are left
    assert one_word_people_before_an_age({"Hannah Smith": "person"}, text) == set()
    assert one_word_people_before_an_age({}, "Texas, 12, won.") == set()


def test_entities_a_given_name_before_a_courtesy_titles_surname_is_a_person():
    syria = listed_on_clusters({SYRIA}, speakers=True)[SYRIA]
    annan = syria["Kofi Annan"]
    assert annan.label == "person"
    assert spelled(annan) == {"Kofi Annan", "Annan"}
    assert (len(annan.mentions), annan.outlets) == (6, 1)
    schumer = listed_on_clusters({SCHUMER}, speakers=True)[SCHUMER]
    assert schumer["Patty Murray"].label == "person"
    assert spelled(schumer["Patty Murray"]) == {"Patty Murray", "Murray"}


def test_entities_a_courtesy_title_vouches_only_a_given_name_of_its_own():
    runs = ["Kofi Annan", "Did Trump", "President Trump", "Jo White", "Kofi"]
    text = (
        "envoy Kofi Annan spoke. Mr Annan's plan. Did Trump lie? Mr. Trump did. "
        "President Trump spoke. Mary Jo White said so. Ms. White agreed."
    )
    # "Did" opens a question; "President" is a title; "Jo" follows "Mary"
    assert given_names_by_courtesy(runs, text) == {"Kofi Annan"}
    # a given name written elsewhere or in lower case is a word, not a name
    assert given_names_by_courtesy(runs, f"{text} Kofi said.") == set()
    assert given_names_by_courtesy(runs, f"{text} a kofi bean.") == set()
    assert given_names_by_courtesy(runs, "Kofi Annan spoke.") == set()
    vouched = given_names_by_courtesy(runs, text)
    assert people_by_first_names(runs, (), vouched) == ["Kofi Annan"]
    assert people_by_first_names(runs, {"Kofi Annan"}, vouched) == []


def test_entities_a_place_after_the_arabic_article_spelt_otherwise_is_one():
    syria = listed_on_clusters({SYRIA}, speakers=True)[SYRIA]
    mazzeh = syria["Mazzeh"]
    assert mazzeh.label == "place"
    assert spelled(mazzeh) == {"Mazzeh", "Mezzeh"}
    assert (len(mazzeh.mentions), mazzeh.outlets) == (12, 3)
    assert not {"Mezzeh", "al-Mezzeh", "Al-Mezzeh"} & syria.keys()


def test_entities_the_arabic_articles_spelling_edges():
    labels = {"Mazzeh": "place", "Khaled Ali": "person", "Trump": "person"}
    text = "gunfire in al-Mezzeh. Al-Mezzeh is guarded. Fighting in Mazzeh."
    assert articled_spelt_otherwise(labels, text) == {"Mezzeh": "Mazzeh"}
    # written once without the article: a word of its own
    assert articled_spelt_otherwise(labels, f"{text} Mezzeh said.") == {}
    # other vowels without the article are no cue, and a person's name is left
    assert articled_spelt_otherwise(labels, "Fighting in Mezzeh.") == {}
    assert articled_spelt_otherwise({"Trump": "person"}, "the al-Tramp clan") == {}


def test_entities_a_stage_name_before_born_is_the_person():
    prodigy = listed_on_clusters({PRODIGY}, speakers=True)[PRODIGY]
    rapper = prodigy["Prodigy"]
    assert rapper.label == "person"
    assert {"Prodigy", "Albert Johnson"} <= spelled(rapper)
    assert rapper.outlets == 5
    assert "Albert Johnson" not in prodigy
    assert prodigy["Mobb Deep"].label == "organisation"
    # the rule's other reading on the 280: "Daniels, whose real name is Stephanie Clifford"
    clifford = listed_on_clusters({CLIFFORD}, speakers=True)[CLIFFORD]
    assert "Daniels" in spelled(clifford["Stephanie Clifford"])


def test_entities_a_stage_name_edges():
    labels = {"Albert Johnson": "person", "Mobb Deep": "organisation"}
    runs = {"Prodigy", "Albert Johnson", "Mobb Deep"}
    text = "Prodigy, born Albert Johnson, was raised in Queens."
    assert other_names_of_people(labels, runs, text) == {"Prodigy"}
    # a read name before the cue is left to `one_person_two_names`; a name not a read
    # person's after it is no cue; no cue, no name
    assert other_names_of_people(labels | {"Prodigy": "person"}, runs, text) == set()
    assert other_names_of_people(labels, runs, "Prodigy, born Bob Smith, was raised.") == set()
    assert other_names_of_people(labels, runs, "Prodigy and Albert Johnson.") == set()
