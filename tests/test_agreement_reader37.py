"""The thirty-seventh agreement pass (fixtures/agreement_reader37.json): a quotation of a run
of a document's sentences relays it (raw 122's GoFundMe page), and a sentence held back for
another figure supports a statement giving its own (raw 14's "$27,000" suit); every agreed
pair main showed in six raw clusters, judged first, scores the halves."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from tests.gold import inputs, load, reader_analyses, reader_tally

GOLD = load("agreement_reader37")
RELAYED = "multi_news-val-4986"
"""Raw 122: the GoFundMe page (document 2) and ABC's story quoting two of its sentences."""
SUED = "multi_news-val-1721"
"""Raw 14: the Herald's $66,000 bill and the $27,000 suit, each told by both outlets."""


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    found = reader_analyses(GOLD)
    found.update(reader_analyses([{"id": RELAYED}, {"id": SUED}]))
    return found


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (29e77c55) and the branch: 12 right, 1 wrong (36's "one problem" / "the problem is
    # not that Colbert isn't qualified") of 13 shown. Since agree43, 11 right: 36's "DeMint
    # might be quitting to run a think tank, but he's no thinker, according to ... Jennifer
    # Rubin" / "... a conservative think tank" is no longer shown (judged right here for its
    # first clause; reader43 judged it false: the verdict is Rubin's, in one outlet)
    assert tally["pair", "right", True] == 11, tally
    assert tally["pair", "wrong", True] <= 1, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before the branch ran on them: main and the branch show all 19, 14 right
    assert tally["pair", "right", True] == 14, tally
    assert tally["pair", "wrong", True] <= 5, tally


def test_a_quotation_of_two_of_a_pages_sentences_relays_the_page(analyses):
    analysis, _ = analyses[RELAYED]
    statements = [fact.statement.text for fact in analysis.agreed]
    assert not any("We want to find out exactly" in text for text in statements), statements
    # ABC's own account of the page stays agreed with the Times' report
    assert any(text.startswith("Elijah went into") for text in statements), statements
    page = inputs([RELAYED])[RELAYED][2]
    assert "We want to find out exactly what caused Elijah" in page


def test_a_sentence_held_for_another_figure_supports_its_own(analyses):
    analysis, _ = analyses[SUED]
    pairs = [
        (fact.statement.text, support.text) for fact in analysis.agreed for support in fact.support
    ]
    assert any(
        "is being sued by an Orlando private company" in statement and "$27,000" in support
        for statement, support in pairs
    ), pairs
    # the $66,000 bill keeps the invoices, not the suit's $27,000
    assert not any("$66,000" in statement and "$27,000" in support for statement, support in pairs)
