"""Who said what, eighty-first pass (reader72's findings on raw validation 0-based 112, 40,
81, 180, 13 and 211: multi_news-val-2094, 333, 2313, 2680, 3493 and 589): reported words a relative
clause holds ("which several Senators and aides said was still being tweaked Sunday") shown
without their subject; the writer's "As details trickled out Sunday," opening McConnell's
words; a filing's quotation ("“...,” reads that filing."); a rank and "his wife" before a
name as no role; a description whose closing comma is missing before "says she"."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_DEBT, _KLINGON, _DESIGNER = "multi_news-val-2094", "multi_news-val-333", "multi_news-val-2313"
_MANNEQUIN, _LENOVO, _BEAGLES = "multi_news-val-2680", "multi_news-val-589", "multi_news-val-3493"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_DEBT, _KLINGON, _DESIGNER, _MANNEQUIN, _LENOVO, _BEAGLES))


def test_words_a_relative_clause_reports_are_no_row(briefed):
    # [3]: "Talks on the details of a trigger, which several Senators and aides said was
    # still being tweaked Sunday, included accommodations ..."
    assert quotes_in(briefed[_DEBT], "still being tweaked") == []
    # [1]: "... an internal battery that Lenovo says will power the gigantic device ..."
    assert quotes_in(briefed[_LENOVO], "will power the gigantic device") == []


def test_the_news_coming_out_is_the_writers_circumstance(briefed):
    # [3]: "As details trickled out Sunday, the deal framework appeared to give Republicans
    # most of what they were seeking — with about $3 trillion ..., Senate Minority Leader
    # Mitch McConnell said Sunday."
    (deal,) = quotes_in(briefed[_DEBT], "the deal framework appeared")
    assert deal.speaker == "Mitch McConnell"
    assert deal.text.text.startswith("the deal framework appeared to give Republicans")
    assert "trickled" not in deal.text.text


def test_a_filing_named_again_speaks_its_quotation(briefed):
    # [1]: "“The Klingon language itself is an idea or a system, and is not copyrightable,”
    # reads that filing." (the filmmakers' motion to dismiss)
    assert speakers_of(briefed[_KLINGON], "The Klingon language itself is an idea") == ["filing"]


def test_a_rank_and_a_relation_before_a_name_are_its_role(briefed):
    # [1]: "..., said Capt. Mike Salomonsky."
    search = quotes_in(briefed[_MANNEQUIN], "led Madison County Sheriff's investigators")
    assert [(q.speaker, q.role) for q in search] == [("Mike Salomonsky", "Capt.")]
    # [2]: "Oscar de la Renta, ..., died Monday at age 82 at his home in Kent, Connecticut,
    # his wife Anette de la Renta told The New York Times."
    (death,) = quotes_in(briefed[_DESIGNER], "died Monday at age 82")
    assert (death.speaker, death.role) == ("Anette de la Renta", "his wife")


def test_a_description_left_unclosed_before_says_she(briefed):
    # [2]: "Barbara Morgan, an officer with the Lehigh County Humane Society says she expects
    # to file charges against the owner of the home near Allentown where the dogs were
    # discovered."
    (charges,) = quotes_in(briefed[_BEAGLES], "expects to file charges")
    assert (charges.speaker, charges.role) == (
        "Barbara Morgan",
        "an officer with the Lehigh County Humane Society",
    )
    assert charges.text.text.startswith("she expects to file charges against the owner")
