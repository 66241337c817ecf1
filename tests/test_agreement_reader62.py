"""The fifty-fifth agreement pass (reader62; raw validation clusters, 0-based, file order),
each read against the articles. In raw 178 the nomination-night story's "Trump has
suggested Republicans should eliminate the filibuster if Democrats use it, but Senate
Majority Leader Mitch McConnell has been more circumspect ..." was agreed by the later
story's "In a meeting with House Speaker Paul D. Ryan (R-Wis.) and Senate Majority Leader
Mitch McConnell (R-Ky.), Trump attacked the judge in sharp terms ...": the later story never
writes "filibuster"; the two share only the names, and its McConnell is only in the
meeting that opens it."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_names import scene_names
from chorus.analyze.model import Analysis
from chorus.analyze.similarity import stems
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters

FILIBUSTER = (
    "Trump has suggested Republicans should eliminate the filibuster if Democrats use it, but "
    "Senate Majority Leader Mitch McConnell has been more circumspect about that idea, saying "
    "it remains up to the Senate, not the White House."
)
MEETING = (
    "In a meeting with House Speaker Paul D. Ryan (R-Wis.) and Senate Majority Leader Mitch "
    "McConnell (R-Ky.), Trump attacked the judge in sharp terms, surprising his fellow "
    "Republicans."
)
# raw 157: one deed, a woman hit by two cars crossing the highway the scene names
CROSSING = "As a woman tried to cross Pacific Coast Highway in Huntington Beach, two cars hit her."
STRUCK = (
    "Authorities said Andrea Kuiper was struck by two vehicles as she was crossing Pacific "
    "Coast Highway on April 1, 1990."
)


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (157, 178))


def _scene_names(a: str, b: str, shared: set[str]) -> set[str]:
    return scene_names(a, b, stems(a), stems(b), shared)


def test_the_filibuster_is_not_agreed_by_the_meeting_with_mcconnell(analyses):
    assert all(word in "".join(raw_clusters()[178]["documents"]) for word in (FILIBUSTER, MEETING))
    assert not pair_shown(analyses[178], "eliminate the filibuster", "Trump attacked the judge")
    assert not any("filibuster" in fact.statement.text for fact in analyses[178].agreed)


def test_the_crossing_both_tell_is_still_agreed(analyses):
    assert all(word in "".join(raw_clusters()[157]["documents"]) for word in (CROSSING, STRUCK))
    assert pair_shown(analyses[157], "two cars hit her", "struck by two vehicles")


def test_a_name_only_in_the_opening_scene_is_not_shared():
    assert _scene_names(FILIBUSTER, MEETING, {"mitch"}) == {"mitch"}
    assert _scene_names(MEETING, FILIBUSTER, {"mitch"}) == {"mitch"}
    # a word besides the names ("cross") may tell the one deed both report
    assert _scene_names(CROSSING, STRUCK, {"pacif", "coast", "highw"}) == set()
