"""A surname opening a line with an age then or now ("Bridges, then 29, ...", raw 7) is read as
one with an age: shown below the line naming its person in full (summary133; raw Multi-News
validation, 0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.summarize.surnames import opening_surname
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _at(summary: list[str], opening: str) -> int:
    return next(n for n, text in enumerate(summary) if text.startswith(opening))


def test_an_age_then_or_now_is_read_as_an_age():
    assert opening_surname("Bridges, then 29, was an accomplished climber.") == "Bridges"
    assert opening_surname("Poole, now 28, denied the allegations.") == "Poole"
    assert opening_surname("Hayes, 28, then drew a handgun.") == "Hayes"
    # a figure running on, or a word other than "then"/"now", is no age
    assert opening_surname("Hayes, then 2,800 feet up, was cold.") is None
    assert opening_surname("Bridges, aged 29, was a climber.") is None


def test_bridges_is_shown_below_the_line_naming_him(clusters):
    # raw 7 at main showed "Bridges, then 29, ..." third, six lines above "Alex Lowe and David
    # Bridges were swept away in 1999 ...": "then" before the year it means
    summary = summary_texts.summary(clusters[7])
    named = _at(summary, "Alex Lowe and David Bridges were swept away")
    assert _at(summary, "Bridges, then 29, was an accomplished") > named
