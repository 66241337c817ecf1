"""A row leaning on its line before by its opening link word alone ("But", "And then",
"However,") reads whole and carries no lead-in; a real pointer past the link word keeps it
(context44; raw validation clusters, 0-based, file order; stop 53's readers: "(after: …)
prefixes … should be kept only when the row's sentence has a real dangling reference"). A
lead-in of two sentences whose first only names the second's "He" is cut to the second when
the row speaks of a thing (raw 138's "Its location ...")."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.lead_in_links import leans_by_link_alone
from chorus.render import to_markdown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def shown() -> dict[int, list[str]]:
    raw = raw_clusters()
    return {
        n: to_markdown(brief(raw[n]["documents"])).splitlines() for n in (34, 78, 138, 237, 248)
    }


def _line(lines: list[str], words: str) -> str:
    # a row of a section (the summary's sentences are no list items), the last: a timeline
    # line comes after the sections' rows
    return [x for x in lines if x.startswith("- ") and words in x][-1]


def test_rows_leaning_by_their_link_word_alone_carry_no_lead_in(shown):
    # main: after a 41-word line on Area 51's legend, and a 47-word pair on the campaigns'
    # models
    assert _line(shown[138], "newly released documents").startswith("- But the newly")
    assert _line(shown[248], "the legal challenges").startswith("- And then there are")


def test_a_real_pointer_past_the_link_word_keeps_the_lead_in(shown):
    # "they": the well-wishers; "Draghi": "Central Bank chief Mario Draghi" in full before;
    # "her": Clifford, whom the timeline's line names (a weekday is no name)
    assert _line(shown[237], "But the Vatican made clear").startswith(
        "- (after: “Outside the villa"
    )
    assert _line(shown[78], "Otherwise, Draghi warned").startswith("- (after: “This week")
    assert "(after: “Clifford initially claimed" in _line(shown[34], "But the lawsuit filed")


def test_a_lead_in_naming_only_the_seconds_he_is_cut_for_a_thing(shown):
    line = _line(shown[138], "Its location appears")
    assert line.startswith("- (after: “He points out, however, that the location of Area 51")
    assert "Richelson submitted" not in line


_ALONE = {
    "However, repeated exposure to cold can cause problems.": "Batteries fail.",
    "In fact, guests spend around $592 per wedding.": "Costs rise.",
    "Specifically, Graham said he was opposed.": "“What are they thinking?”",
}
"""Rows whose link word is their only lean, and the line before each."""
_POINTING = {
    "But the bank did this in exchange for changes.": "The ECB bought debt.",
    "But what happened next left her in tears.": "A Kansas mom was caught.",
    "And later, Sandoval returned the favor by praising him.": "Reid praised him.",
    "But neither camp can explain how chaos terrain forms.": "Thin or thick?",
    "Otherwise, Draghi warned of costs.": "Chief Mario Draghi urged reforms.",
    "The results came in.": "A dig began.",
}
"""Rows pointing back past their link word (a demonstrative, "her" before any name, "the
favor", "neither", a surname given in full before), or opening on none."""


def test_link_word_alone_shapes():
    assert all(leans_by_link_alone(t, b, lambda rest: False) for t, b in _ALONE.items())
    assert not any(leans_by_link_alone(t, b, lambda rest: False) for t, b in _POINTING.items())
    # the caller's own tests read what follows the link word, its first letter capitalised
    assert leans_by_link_alone("But the plan collapsed.", "", lambda rest: False)
    assert not leans_by_link_alone("But the plan collapsed.", "", lambda rest: rest[0] == "T")
