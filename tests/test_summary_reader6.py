"""The summary a reader sees, after a seventeenth reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): an opening "Other ..." or "Another ...",
words credited to a state and a party alone, and a writer's congratulations."""

from __future__ import annotations

import re

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.dangling_inside import points_back_inside
from chorus.sentences import split
from chorus.summarize import surnames
from chorus.summarize.newsroom import newsroom_step, writers_address
from chorus.summarize.refers_before import refers_to_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import shown_only_after_the_sentence_before
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (163, "Other pictures taken on the floor of the Sibuyan Sea"),
        (23, "Other documents to be presented at Wednesday’s commemoration"),
        (149, "Other longtime allies have also expressed their displeasure"),
        (182, "Another man complained that illegal immigrants"),
        # the speaker is Mitch McConnell, whom the sentence before names
        (112, "“We are going to deal with this problem the American people"),
        # "said the Kentucky Republican" (Rand Paul)
        (151, '"His remarks on race are offensive'),
    ],
)
def test_a_sentence_leaning_on_the_one_before_is_marked(clusters, line, opening):
    assert refers_to_before(_sentence(clusters[line], opening))


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # a role that tells who, a body of capitalised words, "other" not opening
        (26, "In an interview with the BBC, the Facebook founder said"),
        (161, "Johns was slated to transferred to LAPD custody"),
        (111, "Their other hits include"),
        (163, "(CNN) Microsoft co-founder Paul Allen says he has found the wreck"),
    ],
)
def test_a_sentence_that_says_whom_and_what_is_not_marked(clusters, line, opening):
    assert not refers_to_before(_sentence(clusters[line], opening))


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (163, "Other pictures taken on the floor"),
        (112, "“We are going to deal with this problem"),
        (182, "Another man complained"),
    ],
)
def test_the_summary_shows_such_a_sentence_only_after_its_sentence_before(clusters, line, opening):
    assert shown_only_after_the_sentence_before(clusters[line], opening)


def test_the_summary_of_raw_163_opens_with_the_find_not_other_pictures(clusters):
    texts = _summary(clusters[163])
    assert not texts[0].startswith("Other")
    # since summary24 the news lead opens it ("Paul Allen says he has found the wreck of
    # a long-lost World War II Japanese battleship ..."), not Allen's tweet naming Musashi
    assert "Musashi" in texts[0] or "has found the wreck" in texts[0]


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (233, "Congratulations to Patrick Stewart on his newly earned PhD."),
        (118, "Congrats to the Maldives."),
        (174, "Congrats to all the above women"),
    ],
)
def test_a_writers_congratulations_is_marked(clusters, line, opening):
    text = _sentence(clusters[line], opening)
    assert writers_address(text)
    assert not newsroom_step(text)


def test_only_a_writers_own_congratulations_are_marked_over_the_raw_clusters(clusters):
    # Quoted ones ("“Congratulations again on such a great start ...") are someone's words.
    marked = [(n, t) for n, c in enumerate(clusters) for t in _sentences(c) if writers_address(t)]
    assert [n for n, _ in marked] == [118, 174, 233]


def test_the_summary_shows_no_writers_congratulations(clusters):
    # Raw cluster 233: a blog's aside after its report on Patrick Stewart's thesis.
    texts = _summary(clusters[233])
    assert any(t.startswith("Patrick Stewart, 61, has successfully defended") for t in texts)
    assert not any(writers_address(t) for t in texts)


@pytest.mark.parametrize(
    ("line", "surname", "in_full"),
    [
        (58, "Browne-Louis has pleaded not guilty", "Dorene Browne-Louis"),
        (196, "Demoski says he does not remember", "Arnold Demoski"),
        (27, "Butt and his two accomplices", "Khuram Shazad Butt"),
    ],
)
def test_a_surname_is_shown_after_the_sentence_naming_the_person_in_full(
    clusters, line, surname, in_full
):
    texts = _summary(clusters[line])
    at = next(n for n, t in enumerate(texts) if t.startswith(surname))
    named = next(n for n, t in enumerate(texts) if in_full in t)
    # (196's naming lead opens the summary since summary81, stop 46: named further before)
    assert named == at - 1 or (line == 196 and named < at)
    assert not any(surname.split()[0] in t for t in texts[:named])


def test_a_word_also_written_in_lower_case_is_no_surname(clusters):
    # Raw cluster 4: "Police say a Pittsburgh elementary school teacher ..." opens the
    # summary; the cluster writes "police" too, so no "Pittsburgh Police" moves it.
    texts = _summary(clusters[4])
    assert texts[0].startswith("Police say a Pittsburgh elementary school teacher")
    assert texts[1].startswith("Geraldine Alcorn, 28, was charged")
    assert texts[2].startswith("Alcorn reportedly taught the girl")


@pytest.mark.parametrize(
    ("line", "opening", "marked"),
    [
        # a demonstrative and its noun in the opening phrase point back
        (228, "At that meeting, the victim's husband said Vasiliades", True),
        (138, "For these true believers, the existence of alien spacecraft", True),
        # a time of the reader's does not
        (30, "After this summer's hit Prometheus", False),
    ],
)
def test_an_opening_phrase_with_a_demonstrative_and_its_noun(clusters, line, opening, marked):
    assert points_back_inside(_sentence(clusters[line], opening)) is marked


def test_the_summary_of_raw_228_names_the_lawyer_before_his_surname(clusters):
    texts = _summary(clusters[228])
    assert not any(t.startswith("At that meeting") for t in texts)
    named = next(n for n, t in enumerate(texts) if "Christos Vasiliades" in t)
    assert not any("Vasiliades" in t for t in texts[:named])


def test_a_name_in_full_is_read_as_the_pattern_per_surname_read_it():
    # One first-name pattern compiled once, read before each place a surname stands, in
    # place of a pattern compiled per surname (~3 ms each, with the openers' alternation).
    checked = 0
    for cluster in read_clusters(RAW_VALIDATION, 40):
        texts = [s.text for a in as_articles(cluster["documents"]) for s in split(clean(a))]
        names = {m.group(1) for t in texts if (m := surnames.SURNAME.match(t))}
        names |= {w for t in texts[:20] for w in re.findall(r"\b[A-Z][a-z][\w'’-]+", t)[:3]}
        for name in sorted(names)[:12]:
            written = re.compile(rf"\b{surnames.GIVEN_NAME}\s+(?:[A-Z]\.\s+)?{re.escape(name)}\b")
            for text in texts:
                assert surnames.in_full(text, name) == bool(written.search(text)), (name, text)
                checked += 1
    assert checked > 10_000
