"""Cleaning, stop 45 (cleaning50): a seventy-sixth reader found page furniture kept as story at
main (raw validation, 0-based): 102 [3], the White House transcript, closing on its pager's
"no previous page" and "next"; and 102 [0], John Kass's column, closing on a plug for a
colleague's Sunday story ("... then read about Two-Gun: CLICK HERE.") whose names came into
the entities. Each goes; the story's lines stay."""

from __future__ import annotations

from collections.abc import Callable

from chorus.clean_match import removal_reason

from .briefings import DUC, raw_briefing
from .conftest import read_clusters
from .raw_pages import cleaned, exact_sentences, raw_document, removals, removals_everywhere

_OBAMA = "multi_news-val-5125"

_PLUG_OPENING = "The Sunday Tribune is full of interesting and compelling stories"


def test_story_lines_opening_on_the_pagers_word_stay():
    # Only "next" alone is the pager's: these are stories' lines (raw 155 [2], DUC 24 [9]).
    vietnam = next(
        line
        for line in raw_document(155, 2).split("\n")
        if line.startswith("Next door to the Caphe Da Lat")
    )
    hurricane = next(
        line
        for line in read_clusters(DUC, 25)[24]["documents"][9].split("\n")
        if line.startswith("Next door in the Dominican Republic")
    )
    assert removal_reason(vietnam) is None
    assert removal_reason(hurricane) is None


def test_the_transcripts_pager_goes_and_its_last_line_stays():
    page = cleaned(_OBAMA, 3)
    assert removals(page)[-2:] == [
        ("navigation", "no previous page"),
        ("navigation", "next"),
    ]
    assert exact_sentences(page)[-1] == "That happens often."


def test_the_columns_plug_goes_whole_and_the_column_stays():
    page = cleaned(_OBAMA, 0)
    found = removals(page)
    plugs = [text for reason, text in found if text.startswith(_PLUG_OPENING)]
    assert plugs and plugs[0].endswith("then read about Two-Gun: CLICK HERE.")
    assert ("related link", plugs[0]) in found
    # The contact lines after it go as before.
    assert found[-2:] == [("contact", "jskass@tribune.com"), ("contact", "Twitter @John_Kass")]
    sentences = exact_sentences(page)
    assert sentences[-1] == "No one wins the game of tribes but the leaders."
    assert not any("William Lee" in s or "Two-Gun" in s for s in sentences)


def _census(found: Callable[[str], bool]) -> list[tuple[str, int, int, str, str]]:
    """Every removal over raw and DUC whose text is `found`: its corpus, cluster, document,
    reason and opening words."""
    return [
        (r.corpus, r.cluster, r.document, r.reason, r.text[:20])
        for r in removals_everywhere()
        if found(r.text)
    ]


def test_over_raw_and_duc_the_pager_and_the_plug_are_these_lines():
    pager = ("no previous page", "no next page", "next", "previous")
    assert _census(lambda text: text in pager or text.endswith("CLICK HERE.")) == [
        ("raw", 102, 0, "related link", _PLUG_OPENING[:20]),
        ("raw", 102, 3, "navigation", "no previous page"),
        ("raw", 102, 3, "navigation", "next"),
    ]


def test_the_plugs_names_leave_the_briefing():
    analysis = raw_briefing(102).analysis
    assert analysis is not None
    names = {entity.name for entity in analysis.entities}
    assert not names & {"William Lee", "Will Lee", "Sylvester Washington", "Two-Gun Pete"}
    # The column's own names stay: Chicago is named in its story lines too.
    assert {"Barack Obama", "Trayvon Martin", "Chicago"} <= names
