"""One named thing's weight or starting price given two values by two articles
(conflict_specs.py, conflicts65): raw 211's Horizon weighs 17 pounds in Gizmodo and the
Verge ("It weighs ...", "... but it weighs ..."), 18.6 in CNET, and starts at $1000 in
Gizmodo ("Its cheapest configuration"), $1,699 in the Verge. CNET's two configurations'
prices are no starting prices; raw 248's ballots left and raw 95's shots and clock times,
which readers named beside them, are no weight or price and stay unshown (judged no
conflict: two moments of a count, one wound list told fuller, two moments of one
afternoon)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.conflict_specs import _prices, _stands_for, _thing, _weights
from chorus.analyze.model import Analysis, Conflict
from chorus.ingest import read_inputs
from chorus.model import Sentence
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, SEEDS, read_clusters


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, tuple[Analysis, list[str]]]:
    """The analysis (250 words) of 211, 248 and 95, and their articles' ids in order."""
    found = {}
    for line in (211, 248, 95):
        briefing = brief(raw[line]["documents"], words=250)
        assert briefing.analysis is not None
        found[line] = (briefing.analysis, [d.article.id for d in briefing.documents])
    return found


def _spec_conflicts(analysis: Analysis) -> list[Conflict]:
    return [
        c
        for c in analysis.conflicts
        if c.reason.startswith(("Different weights", "Different starting prices"))
    ]


def _sources(sentences: tuple[Sentence, ...], ids: list[str]) -> list[int]:
    return [ids.index(s.article.id) + 1 for s in sentences]


def test_the_horizons_two_weights_are_shown_gizmodo_and_the_verge_against_cnet(analysed):
    analysis, ids = analysed[211]
    (weight,) = (c for c in analysis.conflicts if c.reason.startswith("Different weights"))
    assert weight.kind == "number"
    assert weight.reason == (
        "Different weights of the Horizon: weighs 17 pounds vs 18.6-pound Horizon 27"
    )
    assert _sources(weight.side_a, ids) == [2, 3]
    assert weight.side_a[0].text == "It weighs 17 pounds, so they better be strong."
    assert "but it weighs 17 pounds" in weight.side_a[1].text
    assert _sources(weight.side_b, ids) == [4]
    assert weight.side_b[0].text == "The 18.6-pound Horizon 27 is just plain big."


def test_the_horizons_two_starting_prices_are_shown(analysed):
    analysis, ids = analysed[211]
    (price,) = (c for c in analysis.conflicts if c.reason.startswith("Different starting"))
    assert price.reason == (
        "Different starting prices of the Horizon: starts at $1000 vs start at $1,699"
    )
    assert [s.text for s in price.side_a] == ["Its cheapest configuration starts at $1000."]
    assert _sources(price.side_a, ids) == [2]
    assert _sources(price.side_b, ids) == [3]
    assert "will start at $1,699" in price.side_b[0].text


def test_cnets_configuration_prices_are_no_starting_prices(raw):
    # "the Core i5 configuration ... is $1,699, and the Core i7 configuration is $1,849":
    # two models' prices, not one thing's lowest; and "$1,600 or more" a loose floor
    cnet = raw[211]["documents"][3]
    assert "the Core i7 configuration is $1,849" in cnet and "$1,600 or more" in cnet
    articles = brief([cnet], words=100).documents
    sentences = [s for d in articles for s in split(d)]
    assert [w for n in range(len(sentences)) for w in _prices(sentences, n)] == []
    (weight,) = (w for n in range(len(sentences)) for w in _weights(sentences, n))
    assert weight[0] == "Horizon 27" and _thing(weight[0]) == ("Horizon",)


def test_it_stands_for_the_name_the_sentences_before_opened_on(raw):
    # Gizmodo: "The Horizon comes with a bunch joysticks ..." then "It weighs 17 pounds";
    # the Verge: "The IdeaCentre Horizon is primarily ...", "But it's also portable ...",
    # then "The gigantic slate is only 1.06 inches thick, but it weighs 17 pounds"
    for article, name in ((1, "Horizon"), (2, "IdeaCentre Horizon")):
        (document,) = brief([raw[211]["documents"][article]], words=100).documents
        sentences = split(document)
        (at,) = (n for n, s in enumerate(sentences) if "weighs 17 pounds" in s.text)
        assert _stands_for(sentences, at) == name
        assert _thing(name)[-1] == "Horizon"


def test_the_readers_other_pairs_show_no_weight_or_price(raw, analysed):
    # 248: "about a half-million more votes remain" [1] against Piatt's "more than 600,000
    # left" before the first batch and "approximately half a million" after it [2]; 95:
    # "three times in the torso and arm" against "three times in the torso", "shortly before
    # 2:30 p.m." (going to the office) against "around 2:20 p.m." (the shootout)
    assert "more than 600,000 left to be counted" in raw[248]["documents"][1]
    assert "three times in the torso and arm" in raw[95]["documents"][0]
    for line in (248, 95):
        analysis, _ = analysed[line]
        assert _spec_conflicts(analysis) == []
        assert not any("600,000" in c.reason or "torso" in c.reason for c in analysis.conflicts)


def test_the_seeds_give_no_weight_or_starting_price():
    briefing = brief(read_inputs([str(SEEDS)]).articles, words=250)
    assert briefing.analysis is not None
    assert _spec_conflicts(briefing.analysis) == []
