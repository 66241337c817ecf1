"""The ninety-sixth agreement pass (agree98; raw validation and DUC clusters, 0-based, file
order): of one outlet's lines linked to a statement by their score alone, one speaking of
someone by a pronoun before naming anyone gives way to one naming them
(agreement_choice._named_over_pronoun: raw 27's BBC "The main evidence comes from his
appearance ..." for "Butt had featured ...", DUC 17's "But his beatification, ..." for the
lines naming Stepinac). Raw 35's superseded live-blog count and raw 32's unlinked line are
left (journal)."""

from __future__ import annotations

import pytest

from chorus.analyze.lead_in_carries import pronoun_before_name
from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.conftest import DATA, read_clusters
from tests.gold import agreed_item, analysed_lines
from tests.raw_pages import raw_clusters

_DOCUMENTARY = 'One of the attackers, Butt, had appeared in a documentary "The Jihadis Next Door"'
_NAMED = "Butt had featured in a Channel 4 documentary The Jihadis Next Door"
_HIS = "The main evidence comes from his appearance in a Channel 4 documentary"
_BEATIFICATION = "Beatification is the last step before possible sainthood."
DUC = DATA / "duc2003-task2.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (27,))


def test_the_documentary_row_is_told_by_the_line_naming_butt(analyses):
    fact = agreed_item(analyses[27], _DOCUMENTARY)
    supports = [s.text for s in fact.support]
    assert any(_NAMED in text for text in supports)
    assert not any(_HIS in text for text in supports)


def test_a_pronoun_before_any_name_leans_on_the_line_before():
    assert pronoun_before_name(_HIS + ", The Jihadis Next Door, broadcast last year.")
    assert not pronoun_before_name(_NAMED + ", broadcast last year.")
    # a name before the pronoun says whom it stands for
    assert not pronoun_before_name("Police said Butt was known to them, but he was not watched.")
    # a pronoun inside someone's quoted words is theirs, not the line's
    assert not pronoun_before_name("“He was quiet,” Mark Rowley said.")
    assert pronoun_before_name("It is her second term.")


def test_the_beatification_row_is_told_by_lines_naming_stepinac():
    documents = read_clusters(DUC, 30)[17]["documents"]
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    fact = agreed_item(analysis, _BEATIFICATION)
    supports = [s.text for s in fact.support]
    assert not any(text.startswith("But his beatification") for text in supports)
    assert any("beatified Cardinal Alojzije Stepinac" in text for text in supports)
