"""The seventy-third agreement pass (agree76; raw validation clusters, 0-based, file order):
the story's central shared fact missing from Agreed. Raw 37's "... ordered “The
Star-Spangled Banner” to be played while the teams were in the locker room." and "...
responded to the Spirit’s decision to play the national anthem while the teams were in the
locker room." tell one act with one time clause word for word; raw 242's bakery owners
"quietly paid a state-ordered $135,000 damages award" and "has paid more than $135,000"
one payment, as raw 34's four outlets tell Cohen's $130,000 (each writing it again)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chorus.analyze.agreement_paid import paid_sums
from chorus.analyze.agreement_time_clauses import clause_pairs
from chorus.analyze.model import Analysis
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (37, 242))


def test_one_act_with_one_time_clause_links(analyses):
    assert pair_shown(
        analyses[37],
        "to be played while the teams were in the locker room",
        "decision to play the national anthem while the teams were in the locker room",
    )


def test_a_sum_both_say_was_paid_links(analyses):
    assert pair_shown(
        analyses[242], "quietly paid a state-ordered $135,000", "has paid more than $135,000"
    )


def test_what_is_a_paid_sum():
    assert paid_sums("Cohen has said he paid the porn actress $130,000 out of pocket.") == {
        "130,000"
    }
    assert paid_sums("a $1.2 million payment") == {"1.2 million"}
    # a sum nobody says was paid: a price, a cost
    assert not paid_sums("The house is on the market for $130,000.")
    # the scale is part of the sum
    assert not paid_sums("paid $1.2 billion") & paid_sums("paid $1.2 million")


def test_a_time_clause_needs_the_act_and_the_words_alike():
    lines = (
        "The owner ordered the anthem to be played while the teams were in the locker room.",
        "She responded to the decision to play the anthem while the teams were in the locker room.",
        "The coach talked to them while the teams were in the locker room.",
        "The owner ordered the anthem to be played while they waited.",
        "“It was played while the teams were in the locker room,” she said.",
    )
    # clause_pairs reads only the sentences' texts
    read = SimpleNamespace(sentences=[SimpleNamespace(text=line) for line in lines])
    pairs = [(0, 1, 0.4), (0, 2, 0.4), (1, 2, 0.4), (1, 3, 0.4), (1, 4, 0.4)]
    found = clause_pairs(read, pairs)  # type: ignore[arg-type]
    assert (0, 1) in found
    # another act at the same time, a clause of fewer than four words, one in a quotation
    assert set(found) == {(0, 1)}
