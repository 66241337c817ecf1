"""The hundredth agreement pass (agree102; raw validation clusters, 0-based, file order): a
record that a deed was never done to someone does not tell the deed told to come
(agreement_negated.never_done): raw 172's "Cosby has never been criminally charged." is no
support of "... could result in Cosby facing criminal charges." (reader112 item 2). Raw 169's
own-page rows, 172's "never seen anything like" row, 132's law row and missed core fact and
151's row 8 are traced and left (journal)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_negated import never_done
from chorus.analyze.model import Analysis
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters

_NEVER_CHARGED = "Cosby has never been criminally charged."
_COULD_BE_CHARGED = "which could result in Cosby facing criminal charges"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (172,))


def test_never_charged_does_not_support_charges_to_come(analyses):
    assert not pair_shown(analyses[172], _COULD_BE_CHARGED, _NEVER_CHARGED)
    # Cosby's own words on the accusations stay agreed by the four
    assert pair_shown(
        analyses[172], "I’ve never seen anything like this.", "And reality is the situation."
    )


def test_a_record_of_a_deed_never_done_and_the_deed_are_two():
    never = "Cosby has never been criminally charged."
    coming = "The accusation could result in Cosby facing criminal charges."
    assert never_done(never, coming, {"charg", "crimi"})
    assert never_done(coming, never, {"charg", "crimi"})
    # the other may negate another word: "might not be enough"
    assert never_done(never, "It might not be enough: he could face criminal charges.", {"charg"})


def test_never_done_is_read_narrowly():
    never = "Cosby has never been criminally charged."
    # both negate the deed: one record told twice
    assert not never_done(never, "Cosby has not been criminally charged.", {"charg", "crimi"})
    # an own word outside the record carries the pair
    assert not never_done(
        never, "Cosby faced criminal charges in Pennsylvania.", {"charg", "crimi", "penns"}
    )
    # "never" without "has been": "never seen anything like it" and "unlike anything he's
    # ever seen" tell one remark
    assert not never_done(
        "He had never seen anything like it.", "It was unlike anything he had seen.", {"seen"}
    )
    # no own word in the record: nothing is read
    assert not never_done(never, "Cosby faces criminal charges.", set())
