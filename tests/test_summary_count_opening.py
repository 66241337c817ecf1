"""The summary a reader sees, fiftieth pass, on raw Multi-News validation clusters (0-based
lines of the file; reader 66): a summary opening on "The", a count and a plural ("The two
vehicles stop for a moment, ...", raw 32; "The two men dressed in white embraced warmly
...", 237) presumes its members told before: an article's lead shown opens it instead (237
shows none, and its summary stays: left out, it was chosen again at 100 words opening on
"When they entered the chapel ...")."""

from __future__ import annotations

import pytest

from chorus.summarize.pointed_at import count_opening
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 237 (the two popes' lunch, the last read here)."""
    return read_clusters(RAW_VALIDATION, 238)


def test_a_count_of_what_no_line_told_is_read(clusters):
    vehicles = sentence(clusters[32], "The two vehicles stop for a moment")
    popes = sentence(clusters[237], "The two men dressed in white")
    assert count_opening(vehicles) and count_opening(popes)
    # the two tracks are named right after the dash
    assert not count_opening(sentence(clusters[20], "The two tracks - blues classic"))
    assert not count_opening(sentence(clusters[44], "In what will be a bittersweet"))


def test_the_video_s_lead_opens_before_the_two_vehicles(clusters):
    shown = summary(clusters[32])
    assert shown[0].startswith("New surveillance video obtained by ABC News appears to show")
    vehicles = sentence(clusters[32], "The two vehicles stop for a moment")
    # still shown, now below the line telling the Hummer and Smith's Mercedes SUV
    at = shown.index(vehicles)
    assert any("Smith's Mercedes SUV" in line for line in shown[:at])
