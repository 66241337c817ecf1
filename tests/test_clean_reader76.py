"""Cleaning, stop 45 (cleaning50): a seventy-sixth reader found page furniture kept as story at
main (raw validation, 0-based): 74 [0], HealthDay's jogging story on Medical Xpress, closing on
"Explore further: <a related headline>" and "More information: <a pointer elsewhere>"; 102 [3],
the White House transcript, closing on its pager's "no previous page" and "next"; and 102 [0],
John Kass's column, closing on a plug for a colleague's Sunday story ("... then read about
Two-Gun: CLICK HERE.") whose names came into the entities. Each goes; the story's lines stay."""

from __future__ import annotations

from collections.abc import Callable

from chorus.clean_match import removal_reason

from .briefings import DUC, raw_briefing
from .conftest import read_clusters
from .raw_pages import cleaned, exact_sentences, raw_document, removals, removals_everywhere

_JOGGING, _CATALYST, _OBAMA = "multi_news-val-5067", "multi_news-val-315", "multi_news-val-5125"

_PLUG_OPENING = "The Sunday Tribune is full of interesting and compelling stories"


def test_medical_xpress_closing_lines_go_and_the_story_stays():
    page = cleaned(_JOGGING, 0)
    assert removals(page)[-2:] == [
        (
            "related link",
            "Explore further: Regular jogging shows dramatic increase in life expectancy",
        ),
        (
            "related link",
            "More information: For tips on starting to exercise, see the American Heart "
            "Association.",
        ),
    ]
    sentences = exact_sentences(page)
    assert not any(s.startswith(("Explore further", "More information")) for s in sentences)
    # The story's closing quotation, Dave Watt's, is its last sentence again.
    assert sentences[-1].startswith('"Basically, the study still shows')
    assert sentences[-1].endswith("American Medical Athletic Association.")


def test_phys_orgs_citation_after_a_science_story_goes_too():
    # 56 [2], Stanford's ethanol catalyst on Phys.org: the same two lines, the paper's citation.
    page = cleaned(_CATALYST, 2)
    assert [text for reason, text in removals(page) if reason == "related link"] == [
        "Explore further: Newly discovered catalyst could lead to the low-cost production of "
        "clean methanol",
        "More information: Electroreduction of carbon monoxide to liquid fuel on oxide-derived "
        "nanocrystalline copper, Nature, dx.doi.org/10.1038/nature13249",
    ]
    # Kanan's closing quotation, one sentence as split, is the page's last again.
    assert exact_sentences(page)[-1].endswith(
        "We hope our results inspire other people to work on our system or develop a new catalyst"
        ' that converts carbon monoxide to fuel."'
    )


def test_story_lines_opening_on_the_labels_words_stay():
    # Only "More information" with its colon is the link's label, and only "next" alone the
    # pager's: these are stories' lines (Multi-News+ validation 1101 [0], raw 155 [2], DUC 24 [9]).
    assert removal_reason("More information will follow.") is None
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


def test_over_raw_and_duc_the_closing_labels_are_these_lines():
    assert _census(lambda text: text.startswith(("Explore further", "More information:"))) == [
        ("raw", 56, 2, "related link", "Explore further: New"),
        ("raw", 56, 2, "related link", "More information: El"),
        ("raw", 74, 0, "related link", "Explore further: Reg"),
        ("raw", 74, 0, "related link", "More information: Fo"),
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
