"""The summary a reader sees, summary137 (stop 57), on raw Multi-News validation clusters
(0-based lines of the file): a quotation taken with its credit line above it, where another
outlet writes the same words with the speaker's name in one row of fewer words.

Raw 116 showed Levin's "“It now seems clear that Republican members ...”" [2] with the line
before it, his own "“This executive session isn’t about any of us condoning ...,” top panel
Democrat Sander Levin (D-Mich.) said ..., according to a release." (74 words for the two),
where [1] writes "... ," said Rep. Sander Levin of Michigan, the committee's ranking
Democrat." in 49. Raw 162 showed "“This is not She-Thor,” says writer Jason Aaron ..." and
its "“This is not Lady Thor. ...”" where [2] writes all of it with "Series writer Jason Aaron
emphasizes," in one row. `credited_copy.copy_with_credit` shows the copy instead of the two.
"""

from __future__ import annotations

import numpy as np
import pytest

from chorus.summarize.credited_copy import copy_with_credit
from tests.raw_pages import raw_clusters
from tests.summary_texts import summary

LEVIN_PREAMBLE = "“This executive session isn’t about any of us condoning"
LEVIN_CREDITED = '"It now seems clear that Republican members of the Ways and Means Committee'
LEVIN_BARE = "“It now seems clear that"
SHE_THOR = "This is not She-Thor"
AARON_COPY = "Series writer Jason Aaron emphasizes, “This is not She-Thor."


@pytest.fixture(scope="module")
def referral() -> list[str]:
    """Raw validation's cluster 116's summary (the Lerner referral)."""
    return summary(raw_clusters()[116])


@pytest.fixture(scope="module")
def thor() -> list[str]:
    """Raw validation's cluster 162's summary (Thor a woman)."""
    return summary(raw_clusters()[162])


def test_116_shows_levins_words_with_his_name_in_one_line(referral):
    """[1]'s line naming Levin, not [2]'s pair with its preamble quotation."""
    assert any(line.startswith(LEVIN_CREDITED) for line in referral)
    assert any("said Rep. Sander Levin of Michigan" in line for line in referral)
    assert not any(line.startswith(LEVIN_PREAMBLE) for line in referral)
    assert not any(line.startswith(LEVIN_BARE) for line in referral)


def test_162_tells_she_thor_once_with_its_speaker(thor):
    assert sum(SHE_THOR in line for line in thor) == 1
    assert any(line.startswith(AARON_COPY) for line in thor)


_CREDIT = "“We will appeal,” Mayor Jane Smith said after the vote on Tuesday night at city hall."
_QUOTE = "“The council has made a mistake that the city will pay for in the years to come.”"
_COPY = (
    "“The council has made a mistake that the city will pay for in the years to come,” "
    "Mayor Jane Smith said."
)


def _copies(texts: list[str], articles: list[int], ordered: list[int], pulled: list[int]):
    pulls = np.zeros(len(texts), dtype=bool)
    pulls[pulled] = True
    words = np.array([len(t.split()) for t in texts])
    return copy_with_credit(texts, ordered, pulls, np.array(articles), words)


def test_a_pair_gives_way_to_a_shorter_copy_naming_the_speaker():
    texts = [_CREDIT, _QUOTE, _COPY]
    assert _copies(texts, [0, 0, 1], [0, 1], [1]) == {1: 2}


def test_no_copy_is_taken_for_a_quotation_not_taken_with_its_line_before():
    texts = [_CREDIT, _QUOTE, _COPY]
    assert _copies(texts, [0, 0, 1], [0, 1], []) == {}
    assert _copies(texts, [0, 0, 1], [1], [1]) == {}


def test_no_copy_of_the_same_article_longer_or_saying_no_name():
    longer = _COPY[:-1] + " after the vote on Tuesday night at city hall in front of residents."
    pronoun = _COPY.replace("Mayor Jane Smith", "she")
    bare = _QUOTE
    assert _copies([_CREDIT, _QUOTE, _COPY], [0, 0, 0], [0, 1], [1]) == {}
    for other in (longer, pronoun, bare):
        assert _copies([_CREDIT, _QUOTE, other], [0, 0, 1], [0, 1], [1]) == {}, other
