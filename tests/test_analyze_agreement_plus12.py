"""Agreed facts and unique items on the twelfth pass's new text (fixtures/
agreement_new_text12.json: 30 Multi-News+ validation clusters no earlier agreement fixture
or test named, judged one by one before any rule changed), and what that pass changed:
"according" links no pair, a sentence cut off where a quotation opens states nothing, nor
does the rest of a sentence the splitter cut at "p.m."."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from chorus import brief
from chorus.analyze.statements import ends_opening_quotation, rest_of_sentence
from tests.gold import inputs
from tests.test_analyze_agreement_new_text import PLUS_FILES, _gold, _plus_documents, _tally
from tests.test_analyze_agreement_new_text10 import _sentences_of


@pytest.fixture(scope="module")
def judged_new_text12() -> dict[str, Counter]:
    return _tally(_gold("agreement_new_text12"))


@pytest.fixture(scope="module")
def plus_validation() -> dict[str, list[str]]:
    return _plus_documents(PLUS_FILES["plus"], {556, 1476, 1621})


def test_twelfth_new_text_precision_holds(judged_new_text12):
    # Main (aacf7db): design pairs 29 right / 9 wrong / 3 unclear, unique 19 right / 1
    # elsewhere / 6 noise / 2 unclear; blind pairs 26 / 6 / 3, unique 22 / 1 / 9. The
    # twelfth pass leaves out 556's two cut sentences (design noise 6 -> 4). An item opening
    # with "Her" is stated by a support naming her (twenty-fifth pass): 783's "Lindsey was
    # also put on four years probation.", beside the two "Her suspension ..." copies, a pair
    # the gold does not name (right): 28.
    design, blind = judged_new_text12["design"], judged_new_text12["blind"]
    assert design["pair", "right"] >= 28 and design["pair", "wrong"] <= 9, design
    # Stop 50 (unique45): a row the summary shows is passed over for the outlet's next; the
    # right rows now summary lines (100 words) are read there, not counted here: 15 and 18.
    assert design["unique", "right"] >= 15 and design["unique", "noise"] <= 4, design
    assert blind["pair", "right"] >= 26 and blind["pair", "wrong"] <= 6, blind
    assert blind["unique", "right"] >= 18 and blind["unique", "noise"] <= 9, blind


def test_according_links_no_pair():
    # raw 77: "$3 million in sales ..., according to the Nevada Dispensary Association" and
    # "... running out of pot ..., according to the state Department of Taxation" shared
    # no other word of their own: two facts
    cluster = "multi_news-val-932"
    analysis = brief(inputs([cluster])[cluster], words=100).analysis
    assert analysis is not None and analysis.agreed
    pairs = [(f.statement.text, s.text) for f in analysis.agreed for s in f.support]
    assert not any(
        "running out of pot" in text and "first four days" in other
        for pair in pairs
        for text, other in (pair, pair[::-1])
    )


def _sentence(documents: list[str], opening: str) -> tuple[str, str]:
    """The sentence that opens with `opening` and the one before it in its article."""
    for sentences in _sentences_of(documents):
        for before, sentence in pairwise(sentences):
            if sentence.text.startswith(opening):
                return sentence.text, before.text
    raise AssertionError(opening)


def test_a_sentence_cut_where_a_quotation_opens_states_nothing(plus_validation):
    cut, _ = _sentence(plus_validation["556"], "The university in turn issued a statement")
    closed, _ = _sentence(plus_validation["1621"], "He's trying to")
    assert cut.endswith('saying it "') and ends_opening_quotation(cut)
    # '" earn his keep "': the mark closes the quotation the sentence opened
    assert closed.endswith('"') and not ends_opening_quotation(closed)


def test_the_rest_of_a_sentence_cut_at_a_clock_stands_for_nothing(plus_validation):
    rest, before = _sentence(plus_validation["556"], "But backed out earlier")
    assert before.endswith("4: 30 p.m.") and rest_of_sentence(rest, before)
    stressed, before = _sentence(plus_validation["1476"], "But stressed mice")
    assert not rest_of_sentence(stressed, before)
    analysis = brief(plus_validation["556"], words=100).analysis
    assert analysis is not None
    assert not any(f.statement.text.startswith("But backed out") for f in analysis.unique)
