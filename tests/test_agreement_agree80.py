"""The seventy-eighth agreement pass (agree80; raw validation clusters, 0-based, file order):
a finding of no effect told "did not have any effect on", what has none a name both write
(raw 98's CBD), and two sentences each giving sums of money of their own, none the other's,
not linked by a word (raw 146: POLITICO's "$20 billion for infrastructure, $5.8 billion for
child care and $6 billion ..." is not AP's "almost $300 billion above existing limits, ...
Democrats seeking billions for infrastructure ...", which goes to POLITICO's "roughly $300
billion over two years")."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_no_effect import no_effect_alike
from chorus.analyze.agreement_sums_apart import own_sums_apart
from chorus.analyze.model import Analysis
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters

_POLITICO_SUMS = (
    "Though Democrats were unable to secure complete parity in domestic spending alongside the"
    " big boost in military dollars, they were quick to note the agreement includes $20 billion"
    " for infrastructure, $5.8 billion for child care and $6 billion to fight opioid addiction."
)
_AP_LEAD = "almost $300 billion above existing limits"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (98, 146))


def test_the_deal_total_is_agreed_not_the_listed_sums(analyses):
    assert pair_shown(analyses[146], "roughly $300 billion over two years", _AP_LEAD)
    assert not pair_shown(analyses[146], "$5.8 billion for child care", _AP_LEAD)


def test_cbd_without_effect_is_agreed(analyses):
    assert pair_shown(
        analyses[98],
        "had no impact on the rats’ cognitive behaviour",
        "did not have any effect on rats’ decision-making",
    )


def test_what_has_no_effect_may_be_a_name():
    found = no_effect_alike(
        "CBD, which does not cause a high, had no impact on the rats’ cognitive behaviour.",
        "Researchers found the chemical CBD did not have any effect on rats’ attention.",
    )
    # what has none and on what
    assert {"cbd", "rats"} <= found
    # on another thing, no finding in common
    assert not no_effect_alike(
        "CBD had no impact on the rats’ cognitive behaviour.",
        "CBD did not have any effect on mice.",
    )


def test_sums_of_their_own():
    ap = (
        "The Senate's top leaders announced they have sealed agreement on a two-year budget pact"
        f" that would shower both the Pentagon and domestic programs with {_AP_LEAD}."
    )
    assert own_sums_apart(_POLITICO_SUMS, ap, {"infra"})
    # a sum both give, or a figure among the words in common, is no pair apart
    assert not own_sums_apart(
        "The deal would raise spending by roughly $300 billion, with $90 billion in aid.", ap, set()
    )
    assert not own_sums_apart(_POLITICO_SUMS, ap, {"300"})
    # one sum each is a detail one outlet adds
    assert not own_sums_apart("It costs $5 billion.", ap, set())
    # one sum converted or rounded apart ("$8.84 million" / "$8.3m")
    assert not own_sums_apart(
        "Japan promised one billion yen ($8.84 million) for a fund to help victims.",
        "Tokyo agreed to pay 1bn yen ($8.3m, £5.6m) to fund victims.",
        set(),
    )
