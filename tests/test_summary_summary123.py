"""A surname opening a line with its person's age ("Hayes, 28, then drew a handgun ...", raw
32) is shown below the line naming the person in full, as "Browne-Louis has pleaded ..." is;
a particle capitalised at a line's opening ("Al-Khawaja, 32, ...", 127) is the name a line
above wrote in lower case (summary123, raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.summarize.surname_introductions import _subject
from chorus.summarize.surnames import named_in_full_first, opening_surname, written
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _first(shown: list[str], part: str) -> int:
    return next(n for n, text in enumerate(shown) if part in text)


def test_a_surname_and_an_age_open_a_line_as_its_subject(clusters):
    hayes = summary_texts.sentence(clusters[32], "Hayes, 28, then drew")
    assert opening_surname(hayes) == "Hayes"
    knox = summary_texts.sentence(clusters[133], "Knox, 26, was sentenced")
    assert opening_surname(knox) == "Knox"
    assert opening_surname("Browne-Louis has pleaded not guilty.") == "Browne-Louis"
    # an opening word before a comma with no age, a day, a figure that is no age
    assert opening_surname("Still, the county lacked the expertise.") is None
    assert opening_surname("Monday, 28, was the day.") is None
    assert opening_surname("Hayes, 2,800 feet up, was the camp.") is None
    # the subject rule leaves it unread: raw 155's "Reischl, 67, a retired cartographer,
    # ..." names the veteran of its "he" lines, whose naming line scores under it
    reischl = summary_texts.sentence(clusters[155], "Reischl, 67, a retired")
    assert _subject(reischl) == ()


def test_the_aged_surname_moves_below_its_full_name():
    texts = ["Hayes, 28, then drew a handgun.", "Police arrived.", "Cardell Hayes was arrested."]
    assert named_in_full_first(texts, texts) == [1, 2, 0]


def test_a_particle_capitalised_at_the_opening_is_the_name_written_before():
    assert written("... the conviction of Zainab al-Khawaja on charges ...", "Al-Khawaja")
    assert written("Cardell Hayes drove a Hummer.", "Hayes")
    assert not written("Will Smith drove a Mercedes.", "Hayes")


def test_raw_32_shows_hayes_below_the_line_naming_him(clusters):
    shown = summary_texts.summary(clusters[32])
    # on main "Hayes, 28, ..." and "Hayes stayed at the scene, ..." came three lines above
    # "... those driven by former Saints player Will Smith and Cardell Hayes ..."
    shooting = _first(shown, "Hayes, 28, then drew a handgun")
    assert _first(shown, "Cardell Hayes") < shooting
    assert _first(shown, "Hayes stayed at the scene") == shooting + 1


def test_raw_127_keeps_the_daughter_line_below_her_conviction(clusters):
    shown = summary_texts.summary(clusters[127])
    daughter = _first(shown, "Al-Khawaja, 32, is the daughter")
    # below the line naming her in full (summary136: the court's fine shown between them)
    assert _first(shown, "conviction of Zainab al-Khawaja") < daughter
    assert daughter < _first(shown, "Zainab Al-Khawaja's family")


def test_raw_155_still_names_its_veteran(clusters):
    assert any(text.startswith("Reischl, 67,") for text in summary_texts.summary(clusters[155]))
