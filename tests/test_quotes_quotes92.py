"""Who said what, ninety-second pass (reader80's findings on raw validation 0-based 59 and
53, multi_news-val-3761 and 2080): an office named by its head's
initials is the office the article named in full; a vague kinship gives way to the one the
name's apposition tells."""

from __future__ import annotations

from chorus.analyze.offices import spelled_out
from chorus.language.speaker_appositions import kin_after
from tests.gold import briefed_quotes, quoted, quotes_in

_TEACHER = "multi_news-val-3761"
_SUTTON = "multi_news-val-2080"


def test_the_das_office_is_the_district_attorneys_office_named_before():
    # [2]: "..., according to a release from the Denver district attorney’s office." then
    # "Kuisis, who has been released on $50,000 bail, is charged with ..., according to the
    # DA’s office."
    found = briefed_quotes((_TEACHER,))[_TEACHER]
    (row,) = quotes_in(found, "released on $50,000 bail")
    assert row.speaker == "Denver District Attorney’s Office"
    assert not any(q.speaker.startswith("DA") for q in found)


def test_initials_are_spelled_out_only_by_an_office_named_before():
    text = "A release from the Los Angeles County District Attorney's Office. The DA's office said."
    at = text.index("DA's")
    assert spelled_out(text, "DA's office", at) == "Los Angeles County District Attorney's Office"
    # named only after, or by other words, or no abbreviation: as written
    assert spelled_out(text, "DA's office", 5) == "DA's office"
    assert spelled_out(text, "AG's office", at) == "AG's office"
    assert spelled_out(text, "Smith's office", at) == "Smith's office"


def test_a_relative_is_the_cousin_her_apposition_names():
    # [1]: "“It hurts so much,” said another relative, Nisha Odell, 18, Heaven’s cousin."
    (found,) = (
        q
        for cluster in quoted(_SUTTON).values()
        for q in cluster
        if "It hurts so much" in q.text.text
    )
    assert (found.speaker, found.role) == ("Nisha Odell", "Heaven’s cousin")


def test_only_a_vague_kinship_gives_way():
    text = "said another relative, Nisha Odell, 18, Heaven’s cousin."
    end = text.index(", 18")
    assert kin_after("relative", text, end) == "Heaven’s cousin"
    assert kin_after("mother", text, end) == "mother"
    assert kin_after("relative", "said a relative, Ann Lee, 18, a student.", 24) == "relative"
