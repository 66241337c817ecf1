"""The fifty-first agreement pass (reader55 and cite21; raw validation and DUC clusters,
0-based, file order), each read against the articles. In raw 218 the Los Angeles Times'
"That search was energized last week when searchers using the Navy-owned pinger locator
... detected sounds ..." supported [1]'s "... searchers on the Australian ship Ocean Shield
will cease using the U.S. Navy's towed pinger locator ...": last week's use for its end. In
DUC 7 "Syria has denied supporting Kurdish rebels." and "Damascus denied the allegations
..." supported "Turkey has amassed troops on the border with Syria ... following allegations
that Syria is supporting Turkish Kurdish rebels.": the denial for the troops."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_negated import negated_apart
from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.briefings import DUC
from tests.conftest import read_clusters
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (195, 218))


def test_a_sentence_telling_a_use_does_not_support_its_end(analyses):
    ended = "will cease using the U.S. Navy"
    assert not pair_shown(analyses[218], ended, "That search was energized last week")
    # the Australian statement of the end supports it, and last week's use supports [1]'s
    # "Teams have been using a towed pinger locator to listen for signals ..."
    assert pair_shown(analyses[218], ended, "will cease searching with the towed pinger")
    assert pair_shown(analyses[218], "Teams have been using a towed pinger", "That search was")


def test_a_denial_does_not_support_the_allegation_it_denies():
    analysis = brief(read_clusters(DUC, 8)[7]["documents"], words=100).analysis
    troops = "Turkey has amassed troops on the border with Syria"
    assert not pair_shown(analysis, troops, "Syria has denied supporting Kurdish rebels")
    assert not pair_shown(analysis, troops, "Damascus denied the allegations")
    # Damascus' own accusation, after its denial, tells Syria's charge against Turkey
    assert pair_shown(analysis, "Damascus denied the allegations", "forming military alliances")
    # the troops massed on the border, told by others, still support it
    assert pair_shown(analysis, troops, "has reportedly massed troops and armored vehicles")


def test_a_stop_is_no_negation(analyses):
    # raw 195: "stopped using cell phones" is what "avoided phones" tells
    stopped = "They also stopped using cell phones"
    assert pair_shown(analyses[195], stopped, "avoided phones to avoid leaving traces")
    assert pair_shown(analyses[195], stopped, "accused of using encrypted email")


def test_a_cease_fire_negates_nothing():
    # DUC 7: the guerrillas' call for a cease-fire "won praise", as the military "had won"
    called = data_sentence(DUC, 7, "a call from the guerrillas for a cease-fire")
    won = data_sentence(DUC, 7, "the military was saying they had won the war")
    assert not negated_apart(called, won, {"won"})
    denied = data_sentence(DUC, 7, "Syria has denied supporting Kurdish rebels")
    alleged = data_sentence(DUC, 7, "following allegations that Syria is supporting Turkish")
    assert negated_apart(denied, alleged, {"rebel"})
