"""The seventy-fifth agreement pass (agree77; raw validation clusters, 0-based, file order):
the biggest shared fact cut from Agreed. Raw 34's four outlets tell Cohen's $130,000 payment
to Clifford, but [5]'s line went to the Sanders row and CNN's is a question, so the fact
formed of two reports and ranked by its low score under eleven facts of two reports or more:
`agreement_forming.MAX_FACTS` cut it. Facts of as many reports now rank by the reports whose
linked lines write the statement's figure (no year) and agree with it, then by score."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from tests.gold import agreed_item, analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (34, 231))


def test_the_payment_four_outlets_tell_is_shown(analyses):
    assert pair_shown(
        analyses[34], "details of a $130,000 payment made by", "paid the porn actress $130,000"
    )


def test_the_payment_ranks_first_of_the_two_outlet_facts(analyses):
    agreed = analyses[34].agreed
    payment = agreed.index(agreed_item(analyses[34], "a $130,000 payment made by"))
    # the lawsuit's quotation both copy scores 0.96, the payment 0.32
    quotation = agreed.index(agreed_item(analyses[34], "To be clear, the attempts"))
    assert payment < quotation
    assert all(len(fact.outlets) > 2 for fact in agreed[:payment])
    # the Sanders row keeps [5]'s line, which tells her denial of the payment too
    sanders = agreed_item(analyses[34], "made very well clear")
    assert any("he knew Cohen had paid her $130,000" in s.text for s in sanders.support)


def test_a_headline_figure_a_third_outlet_writes_leads(analyses):
    # "Furious 7" crossing $1 billion, which a third outlet writes too, leads the two-outlet
    # facts of higher scores (the cast, the other films that crossed it)
    first = analyses[231].agreed[0]
    assert "will cross $1 billion" in first.statement.text
