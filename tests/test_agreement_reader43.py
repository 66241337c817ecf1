"""The forty-third agreement pass: false agreed items readers 43 and 44 found in raw
validation clusters (0-based, file order), each read against the articles. Gone: two
sentences whose one own word in common is a year both write before one same word, a
thing of that year each goes on to judge ("the 2009 stimulus", 107: a blogger's "Qua
economics, the proposal looks a lot better" / the Journal's "wasn't big enough isn't what
we heard then"). Pairs a lone year links that date one deed stay."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import names_a_kind
from chorus.analyze.model import Analysis
from chorus.analyze.own_words import names_in_common
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (107, 136, 213))


def test_a_thing_of_one_year_judged_twice_goes(analyses):
    assert not pair_shown(analyses[107], "Qua economics", "the 2009 stimulus wasn't big")


def test_one_deed_dated_by_a_year_stays(analyses):
    # Poole sent to prison in 2003 / his second stint from 2003 to 2006
    assert pair_shown(analyses[136], "In 2003, a judge revoked", "second stint from 2003")
    # the first hand-drawn Popeye cartoon since 1987, in both
    assert pair_shown(analyses[213], "first hand-drawn Popeye cartoon since 1987", "hand-drawn")


def _kind(a: str, b: str, shared: set[str]) -> bool:
    return names_a_kind(a, b, shared, names_in_common(a, b))


def test_a_year_before_one_word_names_a_thing():
    assert _kind(
        "2) Qua economics, the proposal looks a lot better than the 2009 stimulus.",
        "The new argument that the 2009 stimulus wasn't big enough isn't what we heard then.",
        {"2009"},
    )
    # DUC 0's two sentences: the year dates one deed, the words after it differ
    assert not _kind(
        "In 1996, Castellon opened his probe into murder, torture and disappearances in Chile.",
        "His involvement with South America began in 1996 when he opened a criminal "
        "investigation against the military officers.",
        {"1996"},
    )
    # one year before a stop word in both ("since 1987, the clip"), or a year at the end
    assert not _kind(
        "It is the first hand-drawn Popeye cartoon since 1987.",
        "The spacecraft hadn't fired its engines since 1987.",
        {"1987"},
    )
