"""The summary a reader sees, summary58, on raw Multi-News validation clusters (0-based lines
of the file; readers 67 and 68): a step told with "then" after a subject naming no one is
shown with its sentence before or not at all (154's "Participants were then shown ...",
202's "The bill will then go to the Seanad tomorrow."), and a paper's line pointing at its
table or figure gives no summary sentence (154, 243)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.summarize.page_lines import points_at_figure
from chorus.summarize.steps_apart import step_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of, sentence, sentences, summary

SEANAD = "The bill will then go to the Seanad tomorrow."
EMERGENCY = "The ruling means that TDs must pass emergency legislation tonight"


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 243 (Mount St. Helens, the last read here)."""
    return read_clusters(RAW_VALIDATION, 244)


def _apart(texts: list[str], opening: str) -> bool:
    # the row shown after another article's first sentence, not after its own sentence before
    row = row_of(texts, opening)
    return row in step_apart(texts, [0, row])


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (154, "Participants were then shown their first ad twice"),
        (202, SEANAD),
        (31, "They then looked at the change to the genetic variant"),
        (95, "The psychiatrist then ducked under his desk"),
    ],
)
def test_a_step_told_with_then_after_its_subject_is_read_as_the_next_step(clusters, line, opening):
    assert _apart(sentences(clusters[line]), opening)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # a named subject says who and what: 164's rescue stays readable alone
        (164, "Hackett was then flown back to shore"),
        # "since then" is a time, "Her reaction then is" a moment
        (45, "The acceleration since then has been astounding."),
        (112, "Her reaction then is best understood"),
    ],
)
def test_a_then_that_is_no_step_is_read_as_it_is(clusters, line, opening):
    assert not _apart(sentences(clusters[line]), opening)


def test_the_seanad_follows_the_emergency_bill_it_goes_on_from(clusters):
    shown = summary(clusters[202])
    assert SEANAD in shown
    assert shown[shown.index(SEANAD) - 1].startswith(EMERGENCY)


def test_the_alcohol_ad_briefing_shows_no_method_step_nor_table(clusters):
    shown = [s.text for s in brief(clusters[154]["documents"], words=250).summary]
    assert len(shown) >= 8
    assert not [t for t in shown if " then " in t or "table 4" in t]
    # the study's own findings, told by [1], stay
    assert any(t.startswith("‘Spread’ received a score of 3.77") for t in shown)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (154, "(Not shown in table 4 , seven of the top-ranked ads"),
        (243, "Thermal modelling of the Cascadia subduction system21 (Fig. 6)"),
        (33, "Figure 1: Location (A) and quarry maps"),
    ],
)
def test_a_paper_s_table_or_figure_is_pointed_at(clusters, line, opening):
    texts = sentences(clusters[line])
    assert points_at_figure(texts)[row_of(texts, opening)]


def test_prose_naming_no_figure_is_not_read_as_pointing_at_one(clusters):
    # "able " and "ig" in prose: "... a table ...", "big", "figure out"
    texts = [sentence(clusters[154], "‘Spread’ received a score of 3.77"), *sentences(clusters[0])]
    assert not points_at_figure(texts).any()
