"""The seventy-seventh agreement pass (agree79; raw validation clusters, 0-based, file order):
one sum two outlets give as bail, one writing "bail" and the other "bond". Raw 180's "He is
being held in the Madison County Jail with bail set at $30,000." and "He has a bond of
$30,000." (0.342, no own word in common: each article writes the sum again) tell Kenneth
White's bail; raw 59's Kuisis, a second accused "released on $50,000 bail" beside Hernandez's
"$50,000 bond", is another person's."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chorus.analyze.agreement_paid import bail_pairs, bail_sums
from chorus.analyze.model import Analysis
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (180,))


def test_one_bail_told_as_bail_and_as_bond_links(analyses):
    assert pair_shown(analyses[180], "with bail set at $30,000", "He has a bond of $30,000.")


def test_what_is_a_bail_sum():
    assert bail_sums("He has a bond of $30,000.") == {"30,000"}
    assert bail_sums("On Sunday, a judge set bond for Hayes at $1 million.") == {"1 million"}
    # no bail: to bail out an economy, bonds sold, a sum with no word of bail
    assert not bail_sums(
        "The $18 billion from the United States would replenish accounts depleted by the"
        " fund's efforts to bail out the economies of Russia and three Asian nations."
    )
    assert not bail_sums("The city sold $30,000 in bonds.")
    assert not bail_sums("He paid $30,000.")


def test_one_sum_set_for_two_named_people_is_apart():
    lines = (
        "Hernandez was released from custody after posting a $50,000 bond.",
        "Kuisis, who has been released on $50,000 bail, is charged with three counts.",
        "Hernandez, who has been released on $50,000 bail, is charged with sexual assault.",
        "She is free on $50,000 bail.",
    )
    # bail_pairs reads only the sentences' texts
    read = SimpleNamespace(sentences=[SimpleNamespace(text=line) for line in lines])
    pairs = [(0, 1, 0.3), (0, 2, 0.3), (0, 3, 0.3)]
    found = bail_pairs(read, pairs)  # type: ignore[arg-type]
    # a name in common, or none named on one side, links; two names and none alike do not
    assert set(found) == {(0, 2), (0, 3)}
