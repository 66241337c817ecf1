"""The summary a reader sees, fiftieth pass, on raw Multi-News validation clusters (0-based
lines of the file; reader 66): a summary opening on "The", a count and a plural ("The two
vehicles stop for a moment, ...", raw 32; "The two men dressed in white embraced warmly
...", 237) presumes its members told before: an article's lead shown opens it instead (237
shows none, and its summary stays: left out, it was chosen again at 100 words opening on
"When they entered the chapel ...")). So does one opening on a part of a count no noun
names ("Of the 12 arrested on Saturday, seven were booked ...", raw 35's first line, before
its page tells the brawl; reader 75): another article's lead opens it."""

from __future__ import annotations

import pytest

from chorus.summarize.pointed_at import count_opening, counted_part
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
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
    # shown below the line telling the Hummer and Smith's Mercedes SUV until summary119, which
    # leaves it out: it tells [2]'s "Then, as the Hummer appears to pull over, ..." again
    # (restated._one_scene; tests/test_summary_summary119.py)
    assert vehicles not in shown
    assert any("Smith's Mercedes SUV" in line for line in shown[1:])


def test_a_part_of_a_count_no_noun_names_is_read(clusters):
    arrested = sentence(clusters[35], "Of the 12 arrested on Saturday")
    trials = sentence(clusters[23], "Of the 10, four have trial dates")
    assert counted_part(arrested) and counted_part(trials)
    # DUC's counts name their members: each line tells its own news
    duc = read_clusters(DATA / "duc2003-task2.jsonl.gz", 21)
    voters = sentence(duc[6], "Of the 106 million Brazilians eligible to vote")
    deaths = sentence(duc[20], "Of the 129 deaths reported so far")
    assert not counted_part(voters) and not counted_part(deaths)
    assert not count_opening(arrested)


def test_the_brawl_opens_before_the_booking_detail(clusters):
    shown = summary(clusters[35])
    # AP's lead tells the stabbings and the arrests; [1]'s booking detail is still shown below
    assert shown[0].startswith("Authorities say 13 people are in custody")
    assert "three people stabbed at a Ku Klux Klan gathering" in shown[0]
    booked = sentence(clusters[35], "Of the 12 arrested on Saturday")
    assert booked in shown[1:]
