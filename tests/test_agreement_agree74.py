"""The seventy-second agreement pass (agree74; raw validation clusters, 0-based, file order):
shared findings of science reports that Agreed missed. Raw 74's "jogging 1 to 2.4 hours per
week" and TIME's "for one to 2.4 hours" share a decimal figure the stems never see (its
one-digit runs are dropped), as raw 217's "over 4.75% of the company" / "any stake larger than
4.75%" do; raw 6's abstract "hunger does not influence how much they like nonfood objects"
and New Scientist's "hunger ... had no effect on non-food items" report one finding of no
effect in words each article writes again."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_exact_figures import exact_figures
from chorus.analyze.agreement_no_effect import no_effect_alike
from chorus.analyze.model import Analysis
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (6, 74, 217))


def test_a_decimal_figure_both_write_links_the_finding(analyses):
    assert pair_shown(analyses[74], "jogging 1 to 2.4 hours per week", "for one to 2.4 hours")
    assert pair_shown(analyses[217], "buy over 4.75% of the company", "larger than 4.75%")


def test_what_is_a_decimal_figure():
    assert exact_figures("jogging 1 to 2.4 hours per week") == {"2.4"}
    assert exact_figures("any stake larger than 4.75%, and") == {"4.75"}
    # a run of zeros is a writer's round figure, a number after a capitalised word a version
    assert not exact_figures("It was 3.50 a share.")
    assert not exact_figures("not compatible with Keurig 2.0 Brewing Technology")
    assert not exact_figures("the iOS 8.1 update")


def test_a_finding_of_no_effect_both_report_links(analyses):
    assert pair_shown(
        analyses[6], "hunger does not influence how much", "had no effect on non-food items"
    )


def test_a_finding_of_no_effect_is_read_by_its_cause_and_measure():
    abstract = "However, hunger does not influence how much they like nonfood objects."
    assert no_effect_alike(abstract, "Once again, hunger had no effect on how much people liked.")
    # another cause, or another measure, is another finding
    assert not no_effect_alike(
        "The drug had no effect on memory.", "Sleep had no effect on memory."
    )
    assert not no_effect_alike(
        "The drug had no effect on memory.", "The drug had no effect on weight gain."
    )
    # a sentence saying no such thing
    assert not no_effect_alike(abstract, "Hunger increased how much people liked food.")
