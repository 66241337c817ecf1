"""The thirty-fifth agreement pass (fixtures/agreement_reader35.json): agreements the
readers found missed; 20 agreed items drawn at random and judged first are the blind half."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader35")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before any rule: main (d0aaa5a9) shows all 20, 19 right and 108's Sanders in
    # the chamber / Sanders lauding the pope wrong
    assert tally["pair", "right", True] == 19, tally
    assert tally["pair", "wrong", True] <= 1, tally
