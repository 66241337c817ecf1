"""Cleaning, stop 46 (cleaning51): raw validation 18 [2] (0-based), The Knot's release, writes
each regional paragraph twice, once whole and once with every linked word stripped out, the copy
glued before the next paragraph ("Brides in and spend the most on their dresses ( and ,
respectively), ..."). The copies reached "Only in one outlet" as garbled rows. Each copy goes,
recorded as a de-linked copy; the paragraph after it on its line stays."""

from __future__ import annotations

from chorus.clean_delinked import DELINKED_REASON, delinked_copy

from .briefings import raw_briefing
from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_WEDDINGS = "multi_news-val-2095"

_DRESS_COPY = (
    "Brides in and spend the most on their dresses ( and , respectively), while and brides "
    "spend the least ( and , respectively)."
)
_CASUAL_COPY = (
    ", and still have the most casual weddings (40% and 39%, respectively), while North/ and "
    "had the most formal (black tie) weddings (36% and 35%, respectively)."
)


def test_each_delinked_copy_goes_and_the_paragraph_after_it_stays():
    page = cleaned(_WEDDINGS, 2)
    copies = [text for reason, text in removals(page) if reason == DELINKED_REASON]
    assert len(copies) == 7
    assert _DRESS_COPY in copies and _CASUAL_COPY in copies
    sentences = exact_sentences(page)
    assert not any(s in sentences for s in copies)
    # The paragraph glued after each copy is the release's own, whole.
    assert (
        "Honeymoon: Couples from Alabama (87%), North/ Central New Jersey (85%), Utah (85%) and "
        "Tennessee (85%) are most likely to book a honeymoon, while couples in North Dakota and "
        "Alaska are least likely to book a honeymoon (44% each)."
    ) in sentences
    assert any(
        s.startswith("Wedding Dress Spend: Brides in Manhattan and Long Island") for s in sentences
    )
    # The whole paragraphs the copies repeat stay.
    assert any("Idaho and Alaska brides spend the least" in s for s in sentences)


def test_a_copy_is_read_only_against_the_line_it_strips():
    twin = (
        "Wedding Dress Spend: Brides in Manhattan and Long Island spend the most on their dresses "
        "( $2,914 and $2,137 , respectively), while Idaho and Alaska brides spend the least "
        "( $982 and $925 , respectively)."
    )
    line = _DRESS_COPY + " Honeymoon: Couples from Alabama (87%) ..."
    assert line[: delinked_copy(line, twin)] == _DRESS_COPY
    # The same words with nothing stripped are a repeat, not a de-linked copy; and a copy that
    # adds a word of its own tells something its twin does not.
    assert delinked_copy(twin, twin) == 0
    assert delinked_copy(_DRESS_COPY.replace("most", "very most"), twin) == 0


def test_over_raw_and_duc_the_copies_are_18s_alone():
    found = {
        (r.corpus, r.cluster, r.document)
        for r in removals_everywhere()
        if r.reason == DELINKED_REASON
    }
    assert found == {("raw", 18, 2)}


def test_the_garbled_rows_leave_only_in_one_outlet():
    analysis = raw_briefing(18).analysis
    assert analysis is not None
    rows = [fact.statement.text for fact in analysis.unique]
    assert not any(row.startswith((",", "Brides in and")) or " and and " in row for row in rows)
