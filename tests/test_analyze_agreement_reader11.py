"""Agreed facts a reader of whole briefings found wrong on raw validation clusters (the
eleventh pass): a denial listed as support of the claim it denies (4035, the 10th cluster
in file order), two sentences that share only the official they credit (4840, the 96th),
and an article's repeated sentence stated twice (5473, the 241st; 393, the 139th); and the
right pairs beside them that stay."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.agreement_supports import DENIAL_REACH
from chorus.analyze.credits import credited_alike
from chorus.analyze.model import Fact
from chorus.analyze.negations import REACH, denies
from tests.gold import inputs

CLUSTERS = ("multi_news-val-4035", "multi_news-val-4840", "multi_news-val-5473")
KEPT = ("multi_news-val-393", "multi_news-val-4513", "multi_news-val-465")


@pytest.fixture(scope="module")
def agreed() -> dict[str, tuple[Fact, ...]]:
    found = {}
    for name, documents in inputs((*CLUSTERS, *KEPT)).items():
        analysis = brief(documents, words=100).analysis
        assert analysis is not None
        found[name] = analysis.agreed
    return found


def _supports_of(facts: tuple[Fact, ...], statement: str) -> list[str]:
    fact = next(f for f in facts if statement in f.statement.text)
    return [s.text for s in fact.support]


def _sentences(facts: tuple[Fact, ...]) -> list[str]:
    return [s.text for f in facts for s in f.sentences]


def test_a_denial_supports_no_claim_it_denies(agreed):
    facts = agreed["multi_news-val-4035"]
    claim = "Tuesday’s report that Trump asked former FBI Director James Comey"
    supports = _supports_of(facts, claim)
    # main showed five supports, the White House's denial the fifth
    assert not any("never asked Mr. Comey" in text for text in supports), supports
    assert any("Trump pressured Comey to shut down" in text for text in supports), supports
    assert any("he asked Comey to stop investigating" in text for text in supports), supports
    # two outlets printing the one denial still agree on it (either may be the statement:
    # the White House's, cut free of the sentence after it, is the shorter since split13)
    denial = next(f for f in facts if "has never asked Mr. Comey or anyone" in f.statement.text)
    texts = [s.text for s in denial.sentences]
    assert any("the President has never asked Mr. Comey" in t for t in texts), texts
    assert any("the president has never asked Mr. Comey" in t for t in texts), texts


def test_the_claims_object_is_read_further_than_the_conflicts_do(agreed):
    # "asked former FBI Director James Comey": the object is the verb's fifth word after it
    sentences = _sentences(agreed["multi_news-val-4035"])
    claim = next(t for t in sentences if t.startswith("Tuesday’s report that Trump asked"))
    denial = (
        "“The president has never asked Mr. Comey or anyone else to end an investigation, "
        "including any investigation involving General Flynn.”"
    )
    assert denies(denial, claim, DENIAL_REACH) and not denies(denial, claim, REACH)
    assert not denies(claim, denial, DENIAL_REACH)


def test_two_sentences_crediting_one_official_tell_two_facts(agreed):
    facts = agreed["multi_news-val-4840"]
    charged = "If he survives, he will be charged Friday with murder"
    assert not any(
        "The gunman, identified as Richard Plotts" in s.text
        for f in facts
        if charged in f.statement.text
        for s in f.support
    )
    # the shots each outlet credits to Whelan or "authorities" still agree
    assert any(
        "Plotts was hit three times in the torso" in t
        for t in _supports_of(facts, "Silverman shot Plotts three times")
    )


def test_a_credit_alike_leaves_pairs_that_tell_one_finding(agreed):
    # both credit a Stanford study and share six stems before it; both a Pew analysis, five
    jet_lag = _supports_of(agreed["multi_news-val-4513"], "Exposure to brief flashes of light")
    assert any("Exposing people to short flashes of light" in t for t in jet_lag), jet_lag
    parents = _supports_of(agreed["multi_news-val-465"], "Americans ages 18-34 are more likely")
    assert any("Nearly a third of Americans age 18 to 34" in t for t in parents), parents
    credited = (
        "If he survives, he will be charged Friday with murder, Delaware County District "
        "Attorney Jack Whelan said.",
        "The gunman, identified as Richard Plotts, of Upper Darby, had come to the unit with "
        "his caseworker, according to Delaware County District Attorney Jack Whelan.",
    )
    assert credited_alike(*credited, {"jack", "distr", "attor"})
    assert not credited_alike(*credited, {"jack", "distr", "attor", "murde"})


@pytest.mark.parametrize(
    ("cluster", "repeated"),
    [
        # the lead sent twice, the second time with the boy's name
        ("multi_news-val-5473", "A 20-year-old man has been charged with murder after telling"),
        # one sentence printed twice in a row: main stated it twice, with the aside "But up
        # to now, mentions of the base ... said Jeffrey Richelson" as its second support
        ("multi_news-val-393", "The map and other documents were released in response"),
    ],
)
def test_a_sentence_its_article_repeats_states_one_fact(agreed, cluster, repeated):
    # stated or, since the forty-fourth pass, supporting: in one item only
    facts = agreed[cluster]
    told = [f for f in facts if any(s.text.startswith(repeated) for s in f.sentences)]
    assert len(told) == 1 and told[0].support, [f.statement.text for f in facts]
