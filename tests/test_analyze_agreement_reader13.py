"""Agreed facts a reader of whole briefings found citing outlets that do not say the same
thing (the thirteenth pass), on raw validation clusters: 1212 (the 122nd in file order),
where "Jurors found Dunn guilty ..." was supported by another outlet's lead through the
words of its aside on Dunn ("Michael Dunn, who shot and killed Jordan Davis and opened fire
on three of Davis' friends, made phone calls ..."); and the pairs an aside on someone no
longer links, or still does, elsewhere."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.aside_words import aside_stems
from chorus.analyze.model import Fact
from tests.gold import inputs
from tests.test_analyze_agreement_new_text10 import _sentences_of

CLUSTERS = ("multi_news-val-1212", "multi_news-val-1049", "multi_news-val-4840")


@pytest.fixture(scope="module")
def agreed() -> dict[str, tuple[Fact, ...]]:
    found = {}
    for name, documents in inputs(CLUSTERS).items():
        analysis = brief(documents, words=100).analysis
        assert analysis is not None
        found[name] = analysis.agreed
    return found


def _linked(facts: tuple[Fact, ...], one: str, other: str) -> bool:
    """Whether a shown pair (a statement and one of its supports) holds both texts."""
    return any(
        (one in a.text and other in b.text) or (other in a.text and one in b.text)
        for fact in facts
        for a, b in ((fact.statement, s) for s in fact.support)
    )


def _sentence(cluster: str, words: str) -> str:
    """The sentence of a cluster's articles that holds `words`."""
    documents = inputs([cluster])[cluster]
    return next(
        s.text for sentences in _sentences_of(documents) for s in sentences if words in s.text
    )


def test_a_verdict_is_not_supported_through_an_aside_on_the_defendant(agreed):
    facts = agreed["multi_news-val-1212"]
    verdict = "Jurors found Dunn guilty on four of five charges"
    # main: supported by the lead's aside ("Davis' friends") and by "But no weapon was
    # found in the SUV and Davis' friends said ..."; the conviction by the sentence length
    assert not _linked(facts, verdict, "made phone calls from jail")
    assert not _linked(facts, verdict, "no weapon was found in the SUV")
    assert not _linked(facts, "was convicted on Saturday", "He will spend at least 60 years")
    # the conviction two outlets tell is one fact now
    assert _linked(facts, "Dunn was found guilty this week", "was convicted on Saturday")
    # the release of the calls' audio still agrees
    assert _linked(facts, "Prosecutors released audio Monday", "Audio of nine of Dunn's calls")


def test_the_aside_read_is_set_off_by_commas(agreed):
    lead = _sentence("multi_news-val-1212", "made phone calls from jail")
    assert {"frien", "shot", "jorda"} <= aside_stems(lead)
    assert "phone" not in aside_stems(lead)
    # 4840: a "who" clause that ends its sentence tells the news, and still links it
    returned = _sentence("multi_news-val-4840", "who returned fire from his own gun")
    assert aside_stems(returned) == set()
    # linked by "own" alone ("his own weapon" / "his own gun", 0.38), it gives the item's
    # place to the article's sentence that tells the shooting in more of its words (0.50,
    # agreement_choice.py, the forty-fourth pass)
    facts = agreed["multi_news-val-4840"]
    assert _linked(facts, "A troubled patient opened fire", "a psychiatric patient opened fire")
    assert not _linked(facts, "A troubled patient opened fire", "who returned fire")


def test_two_facts_of_one_man_are_not_linked_by_his_aside(agreed):
    # "Poole, who has had no other legal troubles since being released from prison in
    # 2006, insists he is innocent." / "... was released from state custody in 2006."
    facts = agreed["multi_news-val-1049"]
    assert not _linked(facts, "insists he is innocent", "released from state custody in 2006")
    assert facts
