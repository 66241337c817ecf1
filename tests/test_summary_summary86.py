"""The summary a reader sees, summary86, on raw Multi-News validation clusters (0-based lines
of the file; reader 80): one fact two outlets tell from the same subject, opening on the
same words, is told once (raw 53's stray bullet, 78's "Had he lost ...", 116's committee
referral), the telling read first kept; two facts of one subject, a remark two outlets
quote and a row told within a longer one are left to their own rules."""

from __future__ import annotations

import pytest

from chorus.summarize.same_opening import opening
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 240 (the Brooklyn roof, the last read here)."""
    return read_clusters(RAW_VALIDATION, 241)


def _opening_on(shown: list[str], words: str) -> list[str]:
    return [line for line in shown if line.startswith(words)]


def test_the_stray_bullet_is_told_once_in_the_words_read_first(clusters):
    bullets = _opening_on(summary(clusters[53]), "A stray bullet")
    assert bullets == [
        "A stray bullet hit the little girl as she ran back to her house in the 1700 block of "
        "North Luna Avenue, police and family say."
    ]


def test_the_lost_vote_is_told_once(clusters):
    shown = summary(clusters[78])
    assert len(_opening_on(shown, "Had he lost")) == 1
    assert _opening_on(shown, "Had he lost")[0].startswith("Had he lost, Mr. Berlusconi")


def test_the_committee_referral_is_told_once_after_the_wire_lead(clusters):
    shown = summary(clusters[116])
    # (shown past "WASHINGTON (AP) — " since clean58)
    assert shown[0].startswith("The House Ways and Means Committee voted")
    assert not _opening_on(shown, "The House Ways and Means Committee on Wednesday accused")


def test_an_opening_is_read_past_its_dateline():
    assert opening("WASHINGTON (AP) — The House Ways and Means Committee voted") == (
        "the",
        "house",
        "ways",
    )
    assert opening("A stray bullet struck her as she ran.") == ("a", "stray", "bullet")


def test_two_facts_of_one_couple_opening_alike_both_stay(clusters):
    # under the event floor (0.42 and 0.33 of the vectors' and words' mean) and no two words
    # each article writes there alone shared: two things said of Mona Lisa and Kip
    assert len(_opening_on(summary(clusters[3]), "Mona Lisa and Kip")) >= 2


def test_a_row_told_within_a_longer_one_leaves_the_longer_one(clusters):
    # "Shimron was the youngest of six siblings, his family said." goes as told within the
    # longer row; the longer one, read later, is not then taken for its retelling
    youngest = _opening_on(summary(clusters[240]), "Shimron was the youngest")
    assert len(youngest) == 1
    assert "Guyana" in youngest[0]


def test_one_remark_two_outlets_quote_is_not_read_by_its_opening(clusters):
    # [1]'s “I think that many of them may say, ...” and [0]'s unquoted telling of it
    assert any("you are a hypocrite" in line for line in summary(clusters[172]))
