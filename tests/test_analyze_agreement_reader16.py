"""A twelfth reader's findings on agreed facts and lone items (the sixteenth agreement pass),
raw validation clusters 22, 88, 128, 172 and 216 in file order (fixtures/
agreement_reader16.json): a support that relays a claim and rebuts it, one whose only words
in common say where a study was published, and a lead-in that leans back itself."""

from __future__ import annotations

import pytest

from chorus.analyze.borrowed import only_where_published, rebuts_claim
from chorus.analyze.model import Analysis
from chorus.analyze.similarity import stems
from tests.gold import load, reader_analyses, reader_tally
from tests.test_analyze_agreement_reader14 import _sentence

GOLD = load("agreement_reader16")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_readers_pairs_and_items(analyses):
    tally = reader_tally(GOLD, analyses)
    # main (5e2cff0): wrong pairs shown 10 of 10, right 2 of 3. Branch: 172's rebuttal and
    # 216's journal go; left: 172's name-only, denial and "more than 40 allegations"
    # supports, 128's "involved", 88's heading, tweet line and "news", 22's "2012".
    # Twentieth pass: 128's "They also found ... involved" goes (credits.unnamed_they), and
    # its right pair, the raid at the dress shop, shows: wrong 7, right 3.
    assert tally["pair", "wrong", True] <= 7, tally
    assert tally["pair", "right", True] >= 3, tally
    assert tally["unique", "lead_in_leans_back", True, True] == 1, tally


def test_a_support_relaying_a_claim_it_rebuts_is_none():
    hyped = _sentence("multi_news-val-2572", "GMA is hyping the interview by claiming")
    assert rebuts_claim(hyped)
    # "even though" with no claim relayed before it rebuts nothing
    plain = _sentence("multi_news-val-2572", "Bill Cosby is responding to questions")
    assert not rebuts_claim(plain)


def test_words_in_common_only_where_a_study_was_published_link_nothing():
    finding = _sentence("multi_news-val-2526", "Extrapolating from these cases")
    journal = _sentence("multi_news-val-2526", "The research has been published in the")
    printed = set(stems("journal published"))
    assert printed <= set(stems(finding)) & set(stems(journal))
    assert only_where_published(finding, journal, printed)
    # a word of the finding itself ("risk") is more than where it was printed
    assert not only_where_published(finding, journal, printed | set(stems("risk")))


def test_a_lead_in_that_leans_back_itself_brings_what_it_points_at(analyses):
    analysis, _ = analyses["multi_news-val-2484"]
    item = next(f for f in analysis.unique if "It even comes with a like from" in f.statement.text)
    assert [s.text[:30] for s in item.context] == [
        "In what may just be the best A",
        "That is, of course, a dig at F",
    ]
