"""A speaker a summary line gives by a bare surname no line shown names in full (raw 99's
"“...,” Lanier told ...", "On Wednesday, ..., Crump described ...", raw 35's "..., Castaneda
said."): the line is taken only with its article's earlier line naming the person in full,
when that line is no longer than it or scored as high (summary76)."""

from __future__ import annotations

from bisect import bisect_right

import pytest

from chorus.summarize.surname_introductions import _introduces, introductions
from chorus.summarize.surnames import _bare_names
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, row_of, sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 248 (the Arizona Senate count, the last read)."""
    return read_clusters(RAW_VALIDATION, 249)


def _articles(cluster: dict, rows: int) -> list[int]:
    """Each row's article, as `sentences` reads the cluster."""
    starts = article_starts(cluster)
    return [bisect_right(starts, row) - 1 for row in range(rows)]


def test_a_speaker_is_read_after_a_quotation_a_clause_or_a_credit(clusters):
    lanier = sentence(clusters[99], "“From what I know right now, I have asked internal affairs")
    crump = sentence(clusters[99], "On Wednesday, when asked about the police cars, Crump")
    words = sentence(clusters[35], "The counter-protesters and the Klansmen briefly had words")
    confessed = sentence(clusters[52], "“That’s when I went straight to Elkhart")
    assert _bare_names(lanier) == ["Lanier"]
    assert _bare_names(crump) == ["Crump"]
    assert _bare_names(words) == ["Castaneda"]
    assert _bare_names(confessed) == ["Pasztor"]


def test_a_speaker_written_in_full_or_no_speaker_is_not_read(clusters):
    wyatt = sentence(clusters[35], "One of the counter-protesters was stabbed with the decorative")
    assert wyatt.endswith("said Anaheim police Sgt. Daron Wyatt.")
    assert _bare_names(wyatt) == []
    # a name with no verb of saying after it is no speaker: the subjects are the existing
    # rules' (a subject's line brought its introduction at raw R-1 -0.024 more)
    assert _bare_names(sentence(clusters[59], "Hernandez has been charged")) == []


def test_a_full_name_introduces_a_person_a_run_of_capitals_does_not(clusters):
    chief = sentence(clusters[99], "Police Chief Cathy L. Lanier did not reply")
    assert _introduces(chief, "Lanier")
    observatory = next(t for t in sentences(clusters[76]) if "Syrian Observatory" in t)
    assert not _introduces(observatory, "Syrian")


def test_each_bare_speaker_is_given_its_article_s_introduction(clusters):
    texts = sentences(clusters[99])
    shown = [
        row_of(texts, opening)
        for opening in (
            "Charlie Sheen, who likes to say",
            "Sheen’s publicist and tour promoter said they had no answers.",
            "“From what I know right now, I have asked internal affairs",
            "On Wednesday, when asked about the police cars, Crump",
        )
    ]
    article_of = _articles(clusters[99], len(texts))
    found = introductions(texts, shown, article_of, article_starts(clusters[99]))
    assert found == {
        shown[2]: row_of(texts, "Police Chief Cathy L. Lanier did not reply"),
        shown[3]: row_of(texts, "“This entire matter is under investigation,” D.C. police"),
    }
    # shown below its introduction, a surname asks for nothing
    with_chief = [shown[0], found[shown[2]], *shown[1:3]]
    assert introductions(texts, with_chief, article_of, article_starts(clusters[99])) == {}


def test_castaneda_s_introduction_is_found(clusters):
    texts = sentences(clusters[35])
    shown = [
        row_of(texts, "Authorities say 13 people are in custody"),
        row_of(texts, "The counter-protesters and the Klansmen briefly had words"),
        row_of(texts, "“It was just the three of them against a whole crowd,” Castaneda"),
    ]
    article_of = _articles(clusters[35], len(texts))
    found = introductions(texts, shown, article_of, article_starts(clusters[35]))
    # only the first line of the surname asks: its introduction serves the second too
    assert found == {shown[1]: row_of(texts, "“I’ve lived in Anaheim my whole life")}


INTRODUCED = {
    99: ("Cathy L. Lanier", "Lanier told"),
    134: ("Juliette Kayyem", "Kayyem said"),
    248: ("Jim Bognet", "Bognet said"),
}
"""Summaries whose speaker main shows by a bare surname, with no line naming them in full."""


def _named_first(shown: list[str], full_name: str, bare: str) -> bool:
    """Whether the bare surname's line, when shown, is below the line naming the person in
    full (134's Kayyem line, its "this mistake" pointing at a deed no line shows, is out
    since summary89)."""
    bare_at = next((n for n, line in enumerate(shown) if bare in line), None)
    if bare_at is None:
        return True
    return next(n for n, line in enumerate(shown) if full_name in line) < bare_at


def test_the_summaries_name_the_speaker_before_the_bare_surname(clusters):
    for number, (full_name, bare) in INTRODUCED.items():
        assert _named_first(summary(clusters[number]), full_name, bare), number
