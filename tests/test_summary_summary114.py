"""The summary a reader sees, summary114, on raw Multi-News validation clusters (0-based lines
of the file; readers 96-98): one event told again just under selection's redundancy cut.
Raw 67's [1] tells the judge locked up with the veteran twice ("But when the cell door
closed ..." and "Then the judge got locked up in the cell with the veteran, ...", 0.67): the
second tells the same deed ("locked") and no name or figure of its own, and is left out
(`restated`)."""

from __future__ import annotations

import numpy as np

from chorus.represent import embed
from chorus.settings import SummaryOptions
from chorus.summarize.restated import CLOSE, restated, written_numbers
from tests.raw_pages import raw_clusters
from tests.summary_texts import sentence, summary

CELL_DOOR = "But when the cell door closed behind that war veteran"
LOCKED_UP = "Then the judge got locked up in the cell with the veteran"
SENTENCED = "A Cumberland County judge sentenced veteran Joseph Serna"
DESIGNED_FOR = "Lenovo designed the Horizon for families and offices"
DESIGNED_TO = "Lenovo's all-in-ones have contorted down to be worked on horizontally"
POSTED = "NEW YORK, May 18 (UPI) -- Art supply company Crayola is warning"
GONE_VIRAL = "YouTube videos from beauty bloggers including Rclbeauty101"
TOLL = "Mr. Monahan, now 58, was given antibiotics and eventually recovered"


def _later(line: int, openings: list[str], articles: list[int]) -> list[int]:
    """Which of the raw cluster's sentences opening so, read in that order, are left out."""
    texts = [sentence(raw_clusters()[line], opening) for opening in openings]
    bar = SummaryOptions().redundancy
    return restated(embed(texts), np.array(articles), texts, list(range(len(texts))), bar)


def test_the_night_in_the_cell_is_told_once_where_the_reader_meets_it_first():
    shown = summary(raw_clusters()[67])
    assert any(line.startswith(CELL_DOOR) for line in shown)
    assert not any(line.startswith(LOCKED_UP) for line in shown)
    # [2]'s telling naming the judge's county and the veteran stays: it adds both
    assert any(line.startswith(SENTENCED) for line in shown)


def test_the_later_telling_of_one_deed_goes_either_order():
    assert _later(67, [CELL_DOOR, LOCKED_UP], [0, 0]) == [1]
    assert _later(67, [LOCKED_UP, CELL_DOOR], [0, 0]) == [1]


def test_two_outlets_telling_one_design_are_read():
    assert _later(211, [DESIGNED_FOR, DESIGNED_TO], [0, 1]) == [1]


def test_a_row_naming_someone_the_row_before_does_not_stays():
    """Raw 63's two rows share "colored" (an "-ed" word) at a cosine over `CLOSE`; the later
    names a blogger ("Rclbeauty101") the first does not."""
    texts = [sentence(raw_clusters()[63], opening) for opening in (POSTED, GONE_VIRAL)]
    vectors = embed(texts)
    assert float(vectors[0] @ vectors[1]) >= CLOSE
    assert _later(63, [POSTED, GONE_VIRAL], [0, 1]) == []


def test_a_quotation_is_not_read():
    texts = [sentence(raw_clusters()[67], opening) for opening in (CELL_DOOR, LOCKED_UP)]
    texts[1] = f"“{texts[1]}”"
    assert restated(embed(texts), np.array([0, 0]), texts, [0, 1], 0.7) == []


def test_figures_are_read_in_digits_and_in_words():
    told = sentence(raw_clusters()[241], TOLL)
    assert {87.0, 9.0, 58.0} <= written_numbers(told)
