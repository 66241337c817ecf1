"""The forty-fourth agreement pass: agreed items readers 45 and 46 found backed by a sentence
that shares words with the item but not its fact (raw validation clusters, 0-based, file
order), each read against the articles. An article's support sharing one own word with
the statement gives its place to one of that article scoring far more that says the fact
(133's appeal: "Both she and Sollecito are appealing the reconvictions ..." over "... their
next supreme court appeal hearing"; 127's sentence over "one of several ... activists ...
recently imprisoned", for "reducing her three-year prison sentence to one year"), but not
to a line with no stop nor over a figure both give (19's "1,175 points"). A lone
own word one sentence negates and the other affirms links them at no score (121's "Dunn
said he believed Davis had a weapon" / "But no weapon was found in the SUV"); "yet to"
negates as "not" does (DUC 4's "has yet to be determined" / "have not been determined")."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from tests.briefings import briefing
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (19, 121, 127, 133))


def test_the_support_saying_the_fact_stands(analyses):
    # the Independent's own line on the appeal, not its lead on Sollecito distancing himself
    assert pair_shown(analyses[133], "Both Knox and Sollecito are appealing", "Both she and")
    assert not pair_shown(analyses[133], "Both Knox and Sollecito", "The pair were reconvicted")
    # Amnesty's release on the one-year sentence, not its line on other activists jailed
    # (its title line, "Bahrain: One-year prison sentence for activist ...", scores higher
    # but ends with no stop)
    assert pair_shown(analyses[127], "sentenced a political activist", "reducing her three-year")
    assert not pair_shown(analyses[127], "sentenced a political activist", "one of several")


def test_a_figure_both_give_keeps_its_support(analyses):
    # the figure is the fact: the headline saying "the largest single-day point drop"
    # without it does not take its place
    assert pair_shown(analyses[19], "the Dow shed 1,175 points", "the Dow ended down 1,175")
    assert not pair_shown(analyses[19], "the Dow shed 1,175 points", "Dow Jones erases its gains")


def test_a_word_negated_against_affirmed_links_nothing(analyses):
    assert not pair_shown(analyses[121], "believed Davis had a weapon", "no weapon was found")
    # the three outlets' true items stay: the mistrial, the retrial, the calls released
    assert pair_shown(analyses[121], "A mistrial was declared", "prompting a mistrial")
    assert pair_shown(analyses[121], "Audio of nine of Dunn's calls", "Prosecutors released")


def test_yet_to_negates():
    # both say the crash's cause is not known: one fact, "yet to" negating as "not" does
    analysis = briefing("duc", 4).analysis
    assert analysis is not None
    assert pair_shown(analysis, "has yet to be determined", "have not been determined")
    # the Yugoslav authorities' refusal is not agreed by Arbour's U.N. authority to
    # investigate anywhere in Yugoslavia, nor "No party has a majority" by a coalition's
    analysis = briefing("duc", 14).analysis
    assert analysis is not None
    assert not pair_shown(analysis, "would not allow Louise Arbour", "given U.N. authority")
    analysis = briefing("duc", 18).analysis
    assert analysis is not None
    assert not pair_shown(analysis, "No party has a majority", "would have a large majority")
