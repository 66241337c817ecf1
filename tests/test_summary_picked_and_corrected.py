"""The summary a reader sees, forty-second pass, on raw Multi-News validation clusters (0-based
lines of the file): a belief shown without the line correcting it (raw 194's "At the time,
the researchers believed the trapped Roman soldiers had died after the tunnel collapsed.",
the next line "But according to James, residue of pitch ... indicated a much more gruesome
reality."), and "the plane" shown apart from the line that picked it from several (224's
"There was no doubting the plane's age, ..." after "... on one of the smaller planes in the
Polish government VIP fleet, a Soviet-built Yak 40.": alone it reads as the Tu-154 that
crashed). `taken_back`'s "But according to" is read in `test_summary_reader56.py`."""

from __future__ import annotations

import pytest

from chorus.dangling import picked_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, leans, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_the_old_belief_is_not_shown_without_its_correction(clusters):
    """Raw 194's summary at main showed the researchers' belief of the 1930s and not James's
    finding that overturns it."""
    belief, correction = before_and(clusters[194], "But according to James")
    assert belief.startswith("At the time, the researchers believed")
    shown = summary(clusters[194])
    assert belief not in shown or shown[shown.index(belief) + 1] == correction


def test_the_thing_picked_from_several_leans_on_the_line_picking_it(clusters):
    # the Yak 40 among the VIP fleet's planes; one of the Musashi's valves
    for number, opening in (
        (224, "There was no doubting the plane's age"),
        (163, "He said the writing on the valve was proof"),
    ):
        assert picked_before(*reversed(before_and(clusters[number], opening)))
        assert leans(clusters[number], opening)
    # "the Tu-154" is no plane the line before picked; "the man" a man it introduced,
    # but not from several (raw 94: "a man shot at a group of police officers")
    tu154 = before_and(clusters[224], "In the case of the Tu-154")
    assert not picked_before(*reversed(tu154))
    assert not picked_before(*reversed(before_and(clusters[94], "Officers returned fire")))


def test_the_plane_of_the_trip_is_not_shown_as_the_one_that_crashed(clusters):
    """Raw 224's summary at main showed the plane's age below "A few years ago, I was
    invited ..." without the Yak 40 line, under a lead on the Tu-154's crash."""
    texts = sentences(clusters[224])
    at = next(n for n, t in enumerate(texts) if t.startswith("There was no doubting"))
    assert "a Soviet-built Yak 40" in texts[at - 1]
    shown = summary(clusters[224])
    assert texts[at] not in shown or shown[shown.index(texts[at]) - 1] == texts[at - 1]
