"""The eighty-seventh agreement pass (agree89; raw validation and DUC clusters, 0-based, file
order): a short sentence saying one thing of its subject ("The black leopards of Peninsular
Malaysia are extremely rare.", raw 186) is told only by a sentence writing that thing
(agreement_heads.property_untold), and a degree both write of other words ("the most commonly
reported" / "the tick most closely associated", raw 159) is no word of one fact
(agreement_heads.degrees_apart). Raw 162's list of heroines is left (journal)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_heads import degrees_apart, property_untold
from chorus.api import brief
from chorus.model import Briefing
from tests.conftest import DATA, RAW_VALIDATION
from tests.gold import analysed_lines, data_line, pair_shown
from tests.raw_pages import raw_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"
_RARE = "The black leopards of Peninsular Malaysia are extremely rare."
_PANTHER = "The only 'black panther' recorded in Peninsular Malaysia so far"


@pytest.fixture(scope="module")
def leopards() -> Briefing:
    return brief(raw_clusters()[186]["documents"])


def test_a_property_is_not_told_by_a_line_naming_its_subject(leopards):
    assert not pair_shown(leopards.analysis, _RARE, _PANTHER)
    assert not any(_RARE in fact.statement.text for fact in leopards.analysis.agreed)


def test_the_summary_cites_only_the_outlet_telling_the_property(leopards):
    (sentence,) = [s for s in leopards.summary if _RARE in s.shown.text]
    assert len({s.article.id for s in sentence.sources}) == 1


def test_a_property_both_write_is_told():
    rare = data_line(RAW_VALIDATION, 186, "Peninsular Malaysia are extremely rare")
    panther = data_line(RAW_VALIDATION, 186, _PANTHER)
    assert property_untold(rare, panther)
    assert property_untold(panther, rare)
    assert not property_untold(rare, "Black leopards in Peninsular Malaysia are very rare.")
    unclear = data_line(DUC, 11, "Ocalan's current whereabouts are unclear")
    hiding = data_line(DUC, 11, "Turkish officials claim that Ocalan is currently hiding")
    assert property_untold(unclear, hiding)
    assert not property_untold(unclear, data_line(DUC, 11, "Ocalan's whereabouts are unclear"))


def test_a_deed_or_a_clause_before_the_verb_is_no_property():
    hurt = "One of Zirkle's dogs was hurt in the attack."
    assert not property_untold("One of Zirkle's dogs also was injured.", hurt)
    shot = "Will Smith drove a Mercedes G63 SUV on the night he was fatally shot."
    assert not property_untold(shot, "Smith was killed in New Orleans.")
    assert not property_untold("Jewell noted the film was brilliantly cast.", "Jewell spoke.")


def test_a_degree_of_other_words_links_nothing():
    commonly = data_line(RAW_VALIDATION, 159, "RMSF is the most commonly reported")
    closely = data_line(RAW_VALIDATION, 159, "the tick most closely associated")
    assert degrees_apart(commonly, closely, {"most"}) == {"most"}
    # one word graded by both, or two quantities, is the fact
    credible = "It has been described as the most credible lead so far."
    assert not degrees_apart(credible, "“the most credible lead we have”", {"most", "descr"})
    # a degree standing alone grades nothing (Multi-News+ train 39484)
    anticipated = "The first presidential debate of 2016 may also be the most anticipated."
    assert not degrees_apart(anticipated, "The stakes are higher than most.", {"most"})
    victims = "Most of the victims were middle-aged men."
    assert not degrees_apart(victims, "Most victims have been homeless.", {"most"})
    analysis = analysed_lines(raw_clusters(), [159])[159]
    assert not pair_shown(analysis, "most commonly reported", "most closely associated")
    # the cluster's right rows stand
    assert pair_shown(analysis, "cut off her right leg", "remove her right leg mid-thigh")
