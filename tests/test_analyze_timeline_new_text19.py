"""The timeline's nineteenth pass: a new sample judged before any rule of the pass
(fixtures/timeline_new_text19.json: 40 Multi-News+ validation lines no timeline fixture or test
named, every design cluster counted, those that showed nothing too). Only the sample's design
half is asserted on; its blind half was scored once (docs/decisions.md).
"""

from __future__ import annotations

from tests.test_analyze_timeline_new_text import sample

READ: dict[str, set[int]] = {"mn+val": set()}
"""Clusters the cases below read, besides the sample's design half."""


SAMPLE = sample("timeline_new_text19.json", READ)
_one = SAMPLE.sentences


def test_the_new_sample_s_design_entries_are_events():
    tally = SAMPLE.judged_tally()
    # Main showed 7, all events (3178's detention "in late 2016" marked planned).
    assert tally["noise"] == 0, tally
    assert tally["event"] >= 7, tally
