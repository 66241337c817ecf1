"""A broadcaster's transcript page (clean67, stop 56; reader108), on raw Multi-News validation
clusters (0-based lines of the file): NPR's notice below its transcript ("NPR transcripts are
created on a rush deadline by Verb8tm, Inc., ... The authoritative record of NPR’s programming
is the audio record.") is furniture; the heading naming its host ("MICHEL MARTIN, HOST:") and
the host's label on each turn ("MARTIN: ") go, the host's words kept as the page's narration;
a guest's label ("OPAL LEE:", "LEE:") and a label on a page naming no host ("THE PRESIDENT:",
raw 102) say who speaks, and stay."""

from __future__ import annotations

import pytest

from chorus.clean import removal_reason
from chorus.clean_transcripts import host_label, host_named
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.raw_pages import cleaned, removals
from tests.summary_texts import sentences, summary

NPR = "multi_news-val-3459"
"""Raw validation 91: NPR's transcript of Michel Martin's interview with Opal Lee, [1]."""


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 102 (the White House transcript, the last read here)."""
    return read_clusters(RAW_VALIDATION, 103)


def test_the_transcript_notice_and_the_host_labels_go():
    removed = removals(cleaned(NPR, 0))
    assert ("transcript notice", removed[-1][1]) == removed[-1]
    assert removed[-1][1].startswith("NPR transcripts are created on a rush deadline by Verb8tm")
    assert removed[-1][1].endswith(
        "The authoritative record of NPR’s programming is the audio record."
    )
    labels = [text for reason, text in removed if reason == "speaker label"]
    assert labels == ["MICHEL MARTIN, HOST:"] + ["MARTIN:"] * 5


def test_the_host_s_words_stay_and_the_guest_s_label_too(clusters):
    texts = sentences(clusters[91])
    walk = "Now she's made her Juneteenth walk throughout the country from Texas to Colorado to"
    assert f"{walk} Illinois." in texts
    assert "That's Opal Lee." in texts
    assert not any(t.startswith(("MARTIN:", "MICHEL MARTIN")) for t in texts)
    assert not any("Verb8tm" in t or "authoritative record" in t for t in texts)
    assert any(t.startswith("OPAL LEE: I kept telling family") for t in texts)
    assert sum(t.startswith("LEE: ") for t in texts) == 4


def test_the_summary_shows_no_host_label(clusters):
    """Reader108: "MARTIN: Now she's made her Juneteenth walk ..." and "MARTIN: And she says
    she will keep pushing ..." opened two summary sentences in capitals; the host's framing of
    the Trump line ("... before he leaves office") now comes before it."""
    shown = summary(clusters[91])
    assert not any(line.startswith("MARTIN:") for line in shown)
    assert not any("authoritative record" in line for line in shown)
    trump = (
        "And she says she will keep pushing to make Juneteenth a national holiday when Donald"
        " Trump becomes president."
    )
    obama = (
        "Opal Lee has been trying to get President Obama to make Juneteenth a national holiday"
        " before he leaves office."
    )
    assert trump in shown and obama in shown
    assert shown.index(obama) < shown.index(trump)


def test_a_page_naming_no_host_keeps_its_labels(clusters):
    texts = sentences(clusters[102])
    assert any(t.startswith("THE PRESIDENT: I wanted to come out here") for t in texts)


def test_a_host_heading_is_a_line_of_its_own():
    assert host_named("MICHEL MARTIN, HOST:") == "MICHEL MARTIN"
    assert host_named("DAVID GREENE, HOST: Good morning.") == ""
    assert host_named("Michel Martin, host:") == ""
    # raw 18 [2]'s survey heading: a comma, capitals, a colon, no host
    assert host_named("PERSONALIZATION IS ON THE RISE, INCLUDING CHANGES IN VENUES:") == ""


def test_a_host_label_is_the_host_s_name_or_surname():
    assert host_label("MARTIN: Now she's made", "MICHEL MARTIN") == 8
    assert host_label("MICHEL MARTIN: This week", "MICHEL MARTIN") == 15
    assert host_label("LEE: I have no idea", "MICHEL MARTIN") == 0
    assert host_label("OPAL LEE: I kept telling", "MICHEL MARTIN") == 0
    # a surname inside a longer label is someone else's
    assert host_label("JAMES MARTIN: I", "MICHEL MARTIN") == 0
    assert host_label("Martin: now", "MICHEL MARTIN") == 0


def test_the_notice_rule_reads_the_notice_only():
    notice = "NPR transcripts are created on a rush deadline by Verb8tm, Inc., an NPR contractor."
    assert removal_reason(notice) == "transcript notice"
    assert (
        removal_reason("Court transcripts are created on a rush deadline, the clerk said.") is None
    )
    assert removal_reason("The transcripts are created by a contractor.") is None
