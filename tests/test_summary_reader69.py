"""The summary a reader sees, on raw Multi-News validation clusters (0-based lines of the
file; reader 69, summary59): a critic's "I" opening the summary (raw 70's "Truthfully, if it
hadn't been my paying job as a critic ..."), a chain of events shown with its first link
alone (raw 9's "Here is the alleged chain of events: First, ..."), and "that conversation"
shown where no line tells the conversation (raw 9)."""

from __future__ import annotations

import pytest

from chorus.summarize.enumerated import opens_enumeration
from chorus.summarize.own_voice import OwnPages
from chorus.summarize.pointed_at import points_at_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary
from tests.test_summary_reader33 import _rows


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 228 (the ICE agent's meetings, the last read here)."""
    return read_clusters(RAW_VALIDATION, 229)


def _row(cluster: dict, opening: str) -> list[int]:
    flat, _, _ = _rows(cluster)
    return [n for n, s in enumerate(flat) if s.text.startswith(opening)]


def test_a_critic_s_i_is_an_aside_an_op_ed_s_is_its_account(clusters):
    """The NY Post review of "Evil Dead" (70 [1]) says "I" in 3 of its 14 sentences: the
    critic's aside. Romney's op-ed on Bain (220) says it in nearly half: the writer is the
    news. Emma Stone's "‘I was holding my best actress card ...’" (205) is her quotation."""
    critic = _row(clusters[70], "Truthfully, if it hadn’t been my paying job")
    assert len(critic) == 1
    assert OwnPages(*_rows(clusters[70])).asides(critic) == critic
    op_ed = _row(clusters[220], "The back-to-school season is here")
    pages = OwnPages(*_rows(clusters[220]))
    assert pages.rows(op_ed) == op_ed and pages.asides(op_ed) == []
    stone = _row(clusters[205], "Emma Stone: ‘I was holding")
    assert OwnPages(*_rows(clusters[205])).asides(stone) == []


def test_the_review_s_summary_opens_on_the_film_not_the_critic(clusters):
    shown = summary(clusters[70])
    assert not any(line.startswith("Truthfully,") for line in shown)
    # the opening tells the film: its household weapons and its title
    assert "Evil Dead" in shown[0]
    # the op-ed whose writer is the news still opens on its writer's words
    assert summary(clusters[220])[0].startswith("The back-to-school season is here")


def test_a_chain_s_first_link_is_shown_with_the_next(clusters):
    """National Review (9 [6]) lists four steps, one a sentence; Romney (220) two lessons."""
    chain = sentence(clusters[9], "Here is the alleged chain of events: First,")
    lessons = sentence(clusters[220], "Here are two lessons from the Steel Dynamics story")
    nyt = sentence(clusters[9], "Here’s the New York Times story that started it all:")
    assert opens_enumeration([chain, lessons, nyt]).tolist() == [True, True, False]
    texts = sentences(clusters[9])
    second = texts[texts.index(chain) + 1]
    assert second == "Second, Comey refused."
    shown = summary(clusters[9])
    assert chain not in shown or shown[shown.index(chain) + 1] == second


def test_that_conversation_waits_for_the_line_telling_it(clusters):
    aides = sentence(clusters[9], "Trump aides dispute Comey's reported account")
    assert points_at_before(aides)
    assert points_at_before(sentence(clusters[219], "Congressional aides have said they"))
    # the meeting told in the same sentence is that one
    assert not points_at_before(sentence(clusters[228], "They met with Vasiliades again"))
    texts = sentences(clusters[9])
    before = texts[texts.index(aides) - 1]
    shown = summary(clusters[9])
    assert aides not in shown or before in shown
