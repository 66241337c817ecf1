"""The summary a reader sees, summary87, on raw Multi-News validation clusters (0-based lines
of the file; readers 80 and 81): a row brought along with a candidate that tells again
another outlet's chosen fact (raw 42's second lead, 78's 316-301 vote) is left out once the
summary is chosen, the telling read first kept; a quotation is not so read (172); and an
opening on responders arriving with no place after it (54's "Officers arrived ...") waits
for its line before."""

from __future__ import annotations

import pytest

from chorus.summarize.told_before import told_just_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, summary

READ = (42, 54, 78, 95, 110, 172, 189)
"""The raw validation clusters read here."""


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    """The clusters of `READ`, by number."""
    every = read_clusters(RAW_VALIDATION, max(READ) + 1)
    return {number: every[number] for number in READ}


def test_the_fall_is_told_once_in_the_lead_read_first(clusters):
    shown = summary(clusters[42])
    assert shown[0].startswith("The parents of Austria's top pole vaulter Kira Grunberg")
    assert not [line for line in shown if line.startswith("Austria's leading pole-vaulter")]
    # the other outlet's own lines stay
    assert "Her injuries have left her tetraplegic." in shown


def test_the_vote_count_is_told_once(clusters):
    counts = [line for line in summary(clusters[78]) if "316" in line]
    assert len(counts) == 1
    assert counts[0].startswith("With 316 votes for and 301 votes against")


def test_a_quoted_remark_is_not_read_as_a_retelling(clusters):
    assert any("you are a hypocrite" in line for line in summary(clusters[172]))


def test_responders_arriving_with_no_place_lean_on_the_line_before(clusters):
    for number, opening in (
        (54, "Officers arrived and eventually"),
        (95, "As police arrived, the building"),
        (95, "Police arrived within minutes"),
        (189, "When police showed up"),
    ):
        assert told_just_before(sentence(clusters[number], opening)), number
    # a place after the arrival says where: read alone
    assert not told_just_before(sentence(clusters[110], "When police arrived at the scene"))
