"""A summary line set against a line the summary leaves out (summary82, raw Multi-News
validation, 0-based lines of the file): raw 30's "But, as in many cases, the coroner said
..." below "An autopsy was performed Monday.", raw 31's "In humans, it has been associated
..." below the mice of "Previous research has shown ...", raw 51's "Yet Ferrera didn't seem
ruffled ..."; a contrast whose line before is long is left as it is."""

from __future__ import annotations

import pytest

from chorus.summarize.steps_apart import SHORT_BEFORE, contrast_apart
from tests import summary_texts
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 51 (Ferrera at Cannes)."""
    return read_clusters(RAW_VALIDATION, 52)


def _shown_below_its_line(cluster: dict, opening: str) -> None:
    before, row = summary_texts.before_and(cluster, opening)
    shown = summary_texts.summary(cluster)
    at = shown.index(row)
    assert shown[at - 1] == before


def test_a_but_is_shown_below_the_short_line_it_answers(clusters):
    texts = summary_texts.sentences(clusters[30])
    but = summary_texts.row_of(texts, "But, as in many cases, the coroner")
    assert texts[but - 1] == "An autopsy was performed Monday."
    words = summary_texts.words(texts)
    lead = summary_texts.row_of(texts, "Investigators probing the death")
    assert contrast_apart(texts, [lead, but], words) == [but]
    assert contrast_apart(texts, [lead, but - 1, but], words) == []
    _shown_below_its_line(clusters[30], "But, as in many cases")


def test_a_things_it_after_an_opening_phrase_is_shown_below_its_line(clusters):
    texts = summary_texts.sentences(clusters[31])
    humans = summary_texts.row_of(texts, "In humans, it has been associated")
    assert "in mice" in texts[humans - 1]
    assert contrast_apart(texts, [0, humans], summary_texts.words(texts)) == [humans]
    _shown_below_its_line(clusters[31], "In humans, it has been associated")


def test_a_yet_is_shown_below_its_line(clusters):
    # mend82: 51's pair cost its lead on Sediuk's SAG-awards stunt its place, so the "Yet"
    # is read as a contrast but left as it is (tests/test_summary_mend82.py).
    texts = summary_texts.sentences(clusters[51])
    yet = summary_texts.row_of(texts, "Yet Ferrera didn't seem ruffled")
    assert contrast_apart(texts, [0, yet], summary_texts.words(texts)) == [yet]
    assert "Yet Ferrera didn't seem ruffled" in " ".join(summary_texts.summary(clusters[51]))


def test_a_contrast_below_a_long_line_or_no_contrast_is_left(clusters):
    texts = summary_texts.sentences(clusters[37])
    spirit = summary_texts.row_of(texts, "The Spirit, however, was able")
    words = summary_texts.words(texts)
    assert words[spirit - 1] > SHORT_BEFORE
    assert contrast_apart(texts, [0, spirit], words) == []
    # the same line below a short one is read as a contrast
    short = [*words[: spirit - 1], SHORT_BEFORE, *words[spirit:]]
    assert contrast_apart(texts, [0, spirit], short) == [spirit]
    # a name opening on "But", a name before "it turns out", a phrase naming someone: none
    lines = [
        "A line.",
        "Butler said the vote was close.",
        "A line.",
        "Kuiper, it turns out, worked for the U.S. Department of Agriculture.",
        "A line.",
        "For Robert Plant, it has been a slightly different experience.",
    ]
    assert contrast_apart(lines, [1, 3, 5], summary_texts.words(lines)) == []
