"""Who said what, hundred-and-fifteenth pass: a speaker who "remarks" or "points out" right
after the words ("“...,” Bernstein remarks.", raw validation 39 [1]); a historian's and a
resident's title before the name the sentence follows ("TCM host and film historian Robert
Osborne believes ..." ¶ "“It's about survival,” he said.", 39 [2]); the subject's own kin
("her toddler son Jaden") no one else the next "he", "she" or description may stand for; a
parent of so many children ("said the bus matron and mother of four", 17 [2]) a description
of the one named before; a role or owner read past the conjunction its sentence opens with
("But as historian David Greenberg notes", 9 [3]; "As Vulture’s Kyle Buchanan", 201 [1]);
reported words ending before the writer's bracketed sentence the splitter left in theirs."""

from __future__ import annotations

import re

from chorus.analyze.pronoun_sentences import own_kin_named, someone_else_after
from chorus.language.quote_marks import trim
from chorus.language.quote_verbs import OFFERED
from chorus.language.speakers import REFERS_BACK
from tests.briefings import quotes_made, quotes_of


def _by(corpus: str, line: int, opening: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in quotes_of(corpus, line) if q.words.startswith(opening)]


def test_bernstein_remarks_and_points_out():
    rows = quotes_of("raw", 39)
    said = {q.words[:30] for q in rows if q.speaker == "Matthew Bernstein"}
    assert "Selznick, because he was Jewis" in said
    assert "And he saw an analogy between " in said  # the same quotation, going on
    assert "One of the most fascinating th" in said
    # the other rows of the article stay
    assert _by("raw", 39, "It's kind of neat") == [
        ("Steve Klein", "a spokesman for The King Center")
    ]


def test_the_historian_the_story_follows_says_it_is_about_survival():
    assert _by("raw", 39, "It's about survival") == [("Robert Osborne", None)]
    assert _by("raw", 39, "I think the brilliant thing") == [("Robert Osborne", None)]
    # the sentence before stays Jewell's
    assert [q.speaker for q in quotes_of("raw", 39) if q.words.startswith("But they need")] == [
        "Richard Jewell"
    ]


def test_the_bus_matron_and_mother_of_four_is_elaina_feliciano():
    assert _by("raw", 17, "My heart is really bleeding") == [("Elaina Feliciano", None)]
    assert _by("raw", 17, "This always happens in this building") == [("Elaina Feliciano", None)]


def test_a_speaker_taking_his_son_to_school_still_speaks_next():
    # "Harold Noel, 37, lives next door ... when taking his son to school, ..." ¶ "“It was
    # a little shaky,” he recounted."
    assert _by("raw", 17, "It was a little shaky") == [("Harold Noel", None)]
    # "Janice Demoski was told her son was to be arraigned ... She said she believed ..."
    assert [q.speaker for q in quotes_of("raw", 196) if "believed he had been" in q.words] == [
        "Janice Demoski"
    ]


def test_the_mom_of_two_is_gillibrand():
    assert _by("raw", 198, "I have young kids") == [("Kirsten Gillibrand", None)]


def test_a_role_past_the_sentences_conjunction():
    assert _by("raw", 9, "Mr. Magruder had [previously]") == [("David Greenberg", "historian")]
    assert _by("raw", 201, "“Taylor Swift and Jake Gyllenhaal") == [("Kyle Buchanan", "Vulture")]
    # the writer's bracketed sentence after the words is no word of his
    words = [q.words for q in quotes_of("raw", 201) if q.speaker == "Kyle Buchanan"]
    assert [w.endswith("when you Google “maple lattes.”") for w in words] == [True]


def test_a_resident_described_again_is_no_speaker_of_its_own():
    # "The 24-year-old Bear resident says she signed ..." (raw 16 [0]): Amanda Longacre,
    # whom the sentences between no longer follow: no row, and none for a "resident"
    assert not [q for q in quotes_of("raw", 16) if "resident" in q.speaker]
    assert not [q for q in quotes_of("raw", 16) if q.words.startswith("she signed her contract")]


def test_remarks_speaks_only_right_after_a_quotation():
    assert re.search(OFFERED, "remarks") is not None
    made = quotes_made(
        "Selznick was praised by Matthew Bernstein on Monday.\n\n"
        "“He argued over and over that she should be allowed,” Bernstein remarks.\n\n"
        "His remarks angered the studio's board of directors at the time."
    )
    assert made == [("Matthew Bernstein", "He argued over and over that she should be allowed")]


def test_a_parent_of_so_many_is_whom_the_article_named():
    assert REFERS_BACK.match("the bus matron and mother of four")
    assert REFERS_BACK.match("the mom of two")
    assert REFERS_BACK.match("the mother") is None  # a mother alone may be anyone's
    made = quotes_made(
        "Maria Lopez, 41, was holding her daughter Ana close on Friday.\n\n"
        "“We are scared,” said the bus matron and mother of three."
    )
    assert made == [("Maria Lopez", "We are scared")]


def test_own_kin_is_the_subjects():
    text = "Elaina Feliciano, 33, was gripping her toddler son Jaden a little tighter."
    assert own_kin_named(text, "Jaden")
    assert not own_kin_named(text, "Elaina Feliciano")
    assert not someone_else_after(text, 20, len(text))
    # someone else described is still someone else
    asked = "Host Chris Wallace asked the senator what he would do."
    assert someone_else_after(asked, 18, len(asked))


def test_words_end_before_the_writers_bracketed_sentence():
    text = "He points out that it rained. (The game went on.) Then it stopped."
    assert text[slice(*trim(text, 19, len(text)))] == "it rained"
    kept = "He says the rain (which fell all day) stopped."
    assert kept[slice(*trim(kept, 8, len(kept)))] == "the rain (which fell all day) stopped"
