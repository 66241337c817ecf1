"""The thirty-ninth agreement pass (fixtures/agreement_reader39.json): a sentence denying
what it names ("the problem is not that Colbert isn't qualified", raw 36) agrees with
nothing, two outlets' obtained videos ("obtained by ABC News" / "obtained by New Orleans'
Fox 8", raw 32) are two reports, and an article whose sentence a conflict sets against the
statement ("shot once in the right leg" / "struck twice in the leg") supports it with none of
its sentences; the readers' items and every pair main showed in three raw clusters, judged
first, score the halves."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_apart import denies, obtained_apart
from chorus.analyze.model import Analysis
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader39")
SHOOTING = "multi_news-val-576"
"""Raw 32: Will Smith shot dead in New Orleans after a crash, four outlets."""


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (29626abc): 12 right, 14 wrong shown; the branch keeps the 12 and shows 11 wrong
    # (cut: 36's denial, 32's Fox 8 and Harrison supports and [3]'s "shot multiple times";
    # formed: 32's visitation / brass-band parade)
    assert tally["pair", "right", True] == 12, tally
    assert tally["pair", "wrong", True] <= 11, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # judged before the branch ran on them: main and the branch show all 9, 8 right (132's
    # three-decade-old law / the State Department's reason is the wrong one). The seventieth
    # agreement pass drops 132's "28 percent budget reduction" / "roughly one-third from the
    # State Department's budget", judged right: another figure for the share, no support
    # (agreement_fractions.py; reader74 read the two figures as two)
    assert tally["pair", "right", True] == 7, tally
    assert tally["pair", "wrong", True] <= 1, tally


def test_a_disputed_wound_is_supported_by_no_article_disputing_it(analyses):
    analysis, place = analyses[SHOOTING]
    wound = next(f for f in analysis.agreed if "shot once in the right leg" in f.statement.text)
    # [3] writes "struck twice in the leg", shown as the conflict; [1]'s "also shot" stays
    assert {place[s.article.id] for s in wound.support} == {1}, wound.support
    assert any("twice in the leg" in c.side_b[0].text for c in analysis.conflicts)


def test_the_readings_on_the_clusters_sentences():
    assert denies("And the problem is not that Colbert isn't qualified.")
    # "not that" before a degree denies nothing
    assert not denies("The damage was not that bad, officials said.")
    assert not denies("There's one problem, though: Colbert can't actually serve in the Senate.")
    assert obtained_apart(
        "New surveillance video obtained by ABC News appears to show the moment that led to the "
        "deadly shooting of former NFL star Will Smith in New Orleans.",
        "A surveillance video obtained by New Orleans' Fox 8 appears to show a Hummer at a red "
        "light, followed by a Mercedes SUV, reports CBS News correspondent Manuel Bojorquez.",
    )
    # one holder named twice, more fully in one, obtained one thing
    assert not obtained_apart(
        "The video, obtained by ABC News, shows the crash.",
        "In the video obtained by ABC, the Hummer stops.",
    )
