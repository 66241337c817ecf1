"""The fifty-fifth agreement pass (reader61; raw validation clusters, 0-based, file order),
each read against the articles. In raw 240 the police finding the boy in the courtyard, "...
found the little boy, Shimron Smith, unconscious ...", was agreed by the first article's
"Around 3:30 a.m., Mr. Smith approached two uniformed officers responding to a 911 call in
the 70th Precinct ...": his brother coming up to officers on another call ("The officers
finished with their call and then continued their conversation with Mr. Smith"). The two
share the hour, the neighbourhood and the officers' errand, not the deed."""

from __future__ import annotations

import re

import pytest

from chorus.analyze.agreement_scenes import one_scene
from chorus.analyze.model import Analysis
from chorus.analyze.similarity import stems
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (240,))


def _sentence(line: int, opening: str, closing: str) -> str:
    """The sentence of raw cluster `line` from `opening` to `closing` (a time of day's
    stops, "3:30 a.m.", would cut it short at a stop)."""
    texts = "\n".join(read_clusters(RAW_VALIDATION, line + 1)[line]["documents"])
    found = re.search(rf"{re.escape(opening)}[^\n]*?{re.escape(closing)}", texts)
    assert found is not None, opening
    return found[0]


def _scene(a: str, b: str, shared: set[str]) -> bool:
    return one_scene(a, b, shared, stems(a), stems(b))


def test_the_brother_on_another_call_does_not_agree_the_boy_found(analyses):
    assert not pair_shown(analyses[240], "found the little boy", "Mr. Smith approached")


def test_the_boy_found_is_still_agreed_by_the_outlet_that_tells_it(analyses):
    # "Police responding to an emergency call found Shimron Smith unconscious and
    # unresponsive in the courtyard outside his Brooklyn, New York, home ..."
    assert pair_shown(analyses[240], "found the little boy", "found Shimron Smith unconscious")


def test_a_time_and_an_errand_in_common_are_one_scene():
    brother = _sentence(240, "Around 3:30 a.m., Mr. Smith approached", "63rd Precinct.")
    police = _sentence(240, "Police responding to a 911 call found", "the NYPD said.")
    # the own words both write once: the hour, the emergency number and the neighbourhood
    shared = {"30", "911", "east", "midwo"}
    assert _scene(brother, police, shared)
    assert _scene(police, brother, shared)


def test_a_deed_told_at_one_time_is_one_fact():
    # raw 153: both outlets tell the girls' bodies found at 12:15 p.m.
    noted = _sentence(153, "They noted the bodies were found about 12:15 p.m.", "Trails.")
    found = _sentence(153, "The bodies were found about 12:15 p.m.", "Tuesday.")
    assert not _scene(noted, found, {"15"})
