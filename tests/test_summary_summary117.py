"""A "She", "They" or "But she" opening a line whose one its line before brings in or names
reads with that line or not at all: raw 55's "She was a stranger, ..." (the woman of "Paula
saw a woman."), "They formed ..." (the women of "... met other women ..."), "But she believes
..." (the doctor of a line waiting for its own), and 135's "She has won two, ..." (Streep,
shown below Lloyd's line) (summary117, raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

from chorus.summarize.leaning import leans_on_before
from chorus.summarize.pronouns_apart import brings_in_one, people_brought_in, subject_apart
from chorus.summarize.steps_apart import contrasts_someone
from tests.raw_pages import raw_clusters
from tests.summary_texts import before_and, summary


def test_a_woman_brought_in_is_whom_she_stands_for():
    pair = before_and(raw_clusters()[55], "She was a stranger, but her symptoms")
    assert pair[0] == "Paula saw a woman."
    assert leans_on_before(pair).tolist() == [False, True]
    # 161's fourth person, 210's young woman, 50's man: each the one the next line speaks of
    for number, opening in (
        (161, "She was charged June 2"),
        (210, "She would not identify herself"),
        (50, "He said he declined to give his full name"),
    ):
        before, _ = before_and(raw_clusters()[number], opening)
        assert brings_in_one(before, "she" if opening.startswith("She") else "he")
    # a man brought in is no "she" (141's mother), nor is a woman's something anyone
    before, _ = before_and(raw_clusters()[141], "She told police the next thing she knew")
    assert not brings_in_one(before, "she")
    assert not brings_in_one("Police found a woman's car by the road.", "she")


def test_people_brought_in_are_whom_they_stand_for():
    before, _ = before_and(raw_clusters()[55], "They formed")
    assert people_brought_in(before) == "women"
    before, _ = before_and(raw_clusters()[205], "They’re always two accountants")
    assert people_brought_in(before) == "people"
    assert people_brought_in("The women met in Atlanta.") is None


def test_a_contrast_on_a_pronoun_is_read():
    assert contrasts_someone("But she believes for safety, women need to get their implants")
    assert contrasts_someone("Yet they kept going.")
    assert not contrasts_someone("But the company said it would appeal.")
    assert not contrasts_someone("Butler said she would appeal.")


def test_a_she_below_another_persons_line_is_read():
    texts = [
        "Lloyd previously directed Streep in the 2008 Hollywood blockbuster Mamma Mia!.",
        "It became the highest grossing film musical of all time.",
        "Streep has been nominated for 16 Oscars, more than any other actor or actress.",
        "She has won two, for Kramer vs. Kramer and Sophie's Choice.",
    ]
    assert subject_apart(texts, [0, 3], [0]) == [3]
    # right below its line before, or below a line opening on the same person, it is hers
    assert subject_apart(texts, [0, 2, 3], [0]) == []
    texts[0] = "Meryl Streep previously worked with Lloyd."
    assert subject_apart(texts, [0, 3], [0]) == []


def test_raw_55_shows_no_one_its_lines_do_not_give():
    shown = summary(raw_clusters()[55])
    assert not any(text.startswith("She was a stranger") for text in shown)
    assert not any(text.startswith("But she believes for safety") for text in shown)
    # "They formed ..." is shown below the line bringing in the women it stands for
    at = next(n for n, text in enumerate(shown) if text.startswith("They formed"))
    assert shown[at - 1].startswith("Through Dr. Kolb, Anne Ziegenhorn met other women")
    # Paula's "She went to doctor after doctor ..." reads only below the line naming her
    for at, text in enumerate(shown):
        if text.startswith("She went to doctor after doctor"):
            assert shown[at - 1].startswith("Paula also lost a lot of weight")


def test_raw_135_shows_whose_two_oscars():
    shown = summary(raw_clusters()[135])
    at = next(n for n, text in enumerate(shown) if text.startswith("She has won two"))
    assert shown[at - 1].startswith("Streep has been nominated for 16 Oscars")
