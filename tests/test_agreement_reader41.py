"""The forty-first agreement pass: false agreed items readers found in raw validation
clusters (0-based, file order), each read against the articles. Gone: one official's two
figures credited alike when the credit says "earlier said" (76), two parts of a whole counted
after "including" (17: 45 elevator violations / four), a word one sentence negates ("was not
involved", 63), a word both write only in a description of a name both give (CeaseFire's
mediators, 53).
The right items of those clusters stay."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_measures import parts_apart
from chorus.analyze.agreement_negated import negated_apart
from chorus.analyze.aside_words import described_after_name
from chorus.analyze.credits import credited_alike
from chorus.analyze.model import Analysis
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (17, 53, 63, 76))


def test_the_false_items_go(analyses):
    # 76: the Observatory's head gave two figures, 18 troops wounded and four rebels killed
    assert not pair_shown(analyses[76], "at least 18 security troops", "four rebels were killed")
    # 17: 45 violations tied to the elevators (the Daily News) and four (another count)
    assert not pair_shown(analyses[17], "45 directly related", "four elevator violations")
    # 63: a blogger's "CRAYOLA was not involved" is no warning from Crayola
    assert not pair_shown(analyses[63], "despite warnings from Crayola", "was not involved")
    # 53: funding running out for CeaseFire's workers is not the police's new partnership
    assert not pair_shown(analyses[53], "state funding will run out", "million partnership")


def test_the_right_items_stay(analyses):
    # the Observatory's 18 wounded troops, told by two outlets
    assert pair_shown(analyses[76], "at least 18 security troops", "18 of Assad's troops")
    # Saturday's 27 dead: [2]'s twin car bombs with [3]'s memorials; [1]'s "three suicide
    # bombings" is shown against [2] in conflict since the thirty-ninth conflicts pass
    assert pair_shown(analyses[76], "killing 27 people", "memorials to the 27 victims")
    assert not pair_shown(analyses[76], "killing 27 people", "killed 27 people")
    assert pair_shown(analyses[17], "passed inspections in January 2016", "once-every-5-years")
    assert pair_shown(analyses[63], "safety is our top priority", "safety is our top priority")
    assert pair_shown(analyses[53], "Disney World next month", "Disney World next month")


def test_the_readings_on_the_clusters_sentences():
    said_earlier = (
        "Rami Abdel Rahman, the head of the UK-based Syrian Observatory for Human Rights "
        "(SOHR), earlier said that at least 18 security troops were wounded."
    )
    assert credited_alike(
        said_earlier,
        "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said four rebels "
        "were killed.",
        {"abdel", "rahma", "right", "rami"},
    )
    # the Observatory unnamed by its head's name: no credit alike
    other = (
        "The Britain-based Syrian Observatory for Human Rights, which has a network of "
        "activists throughout Syria, said 18 of Assad's troops were wounded in the clashes."
    )
    assert not credited_alike(said_earlier, other, {"right"})
    assert parts_apart(
        "... a Coney Island high-rise riddled with violations, including 45 directly related "
        "to the elevators.",
        "And the high-rise currently sports 50 open building code violations, including four "
        "elevator violations.",
    )
    assert not parts_apart(
        "The building has 50 violations, including four tied to its elevators.",
        "Inspectors found 50 open violations, including four elevator violations.",
    )
    fad = (
        "The latest bizarre beauty fad involves using coloured pencils as eyeliner and "
        "lipstick – despite warnings from Crayola about possible health risks."
    )
    assert negated_apart(fad, "CRAYOLA was not involved in the making of this video.", {"invol"})
    # both negate, however far: "could not provide" / "cannot be used to provide" (raw 142)
    assert not negated_apart(
        'The lawsuit concludes that the "devices could not provide meaningful heart rate data".',
        "The trackers cannot be used to provide a meaningful estimate of a user's heart rate.",
        {"provi"},
    )
    # "It wasn't until last month that ..." tells it did happen (raw 241)
    assert not negated_apart(
        "It wasn’t until last month that the state health department asked the CDC for help.",
        "State officials did not inform the public of the outbreak until last month.",
        {"month"},
    )
    assert described_after_name(
        "The slaying comes just days before state funding will run out for all five workers "
        "from the anti-violence group CeaseFire who mediate gang conflicts in Austin.",
        "Police gave the details of a $1 million partnership with CeaseFire, an organization "
        "that relies on ex-gang members to mediate conflicts and prevent violence.",
        {"media"},
    )
