"""A line pulled in above the row that wants it stands there on its own (mend84): DUC
d31011t's "It had sustained winds of 120 kph ..." (its "It" the storm of its 25-word line
before), pulled before "It was second devastating storm ...", read below "Among the
worst-hit areas was the impoverished Bicol region ..." as the region. A line shown right
below its own line before stands (raw Multi-News validation 30's "An autopsy was performed
Monday." before its "But, as in many cases, ...")."""

from __future__ import annotations

import numpy as np
import pytest

from chorus import brief
from chorus.summarize.steps_apart import contrast_apart, pull_refused
from tests import summary_texts
from tests.conftest import DATA, RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def typhoon() -> dict:
    """DUC 2003's d31011t (Typhoon Babs)."""
    return next(
        c for c in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30) if c["id"] == "d31011t"
    )


def test_an_it_pulled_in_for_another_it_is_refused(typhoon):
    texts = summary_texts.sentences(typhoon)
    second = summary_texts.row_of(texts, "It was second devastating storm")
    assert texts[second - 1].startswith("It had sustained winds")
    lead = 0
    assert contrast_apart(texts, [lead, second], summary_texts.words(texts)) == [second]
    none = np.zeros(len(texts), dtype=bool)
    assert pull_refused(texts, [lead, second], [second], none) == {second}
    # below its own line before, the pulled "It" stands
    assert pull_refused(texts, [second - 2, second], [second], none) == set()


def test_the_briefing_shows_no_it_below_a_line_it_does_not_stand_for(typhoon):
    shown = [s.text for s in brief(typhoon["documents"], words=250).summary]
    texts = summary_texts.sentences(typhoon)
    winds = summary_texts.row_of(texts, "It had sustained winds")
    assert len(shown) >= 6
    # its own line before is never pulled with it (select brings one line), so it is left out
    assert texts[winds] not in shown


def test_a_line_that_stands_is_pulled():
    (autopsy,) = read_clusters(RAW_VALIDATION, 31)[30:]
    texts = summary_texts.sentences(autopsy)
    but = summary_texts.row_of(texts, "But, as in many cases")
    assert texts[but - 1] == "An autopsy was performed Monday."
    assert pull_refused(texts, [0, but], [but], np.zeros(len(texts), dtype=bool)) == set()
    # ... unless the line is itself taken with its own line before
    pulled = np.zeros(len(texts), dtype=bool)
    pulled[but - 1] = True
    assert pull_refused(texts, [0, but], [but], pulled) == {but}
