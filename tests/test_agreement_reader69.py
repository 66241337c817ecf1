"""The sixty-second agreement pass (reader69; raw validation clusters, 0-based, file order),
read against the articles. In raw 70 the New York Post's "Though it tries ... the new “Evil
Dead’’ is far less humorous than its predecessor, which catapulted director Raimi and star
Bruce Campbell (who produced this one) into long mainstream careers." stood on Variety's
"Actor Bruce Campbell (who’s onboard here as a producer) more or less established himself
as a cult figure ...": the two share Bruce Campbell's name and nothing about humour. The
Post closes its title with two apostrophes; read to the end of the sentence as a quotation,
the title hid the names after it, and the name linked as a word of their own."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from chorus.analyze.own_words import names_in_common
from chorus.language.quotations import QUOTED_WITH_SINGLES as QUOTED
from tests.gold import agreed_item, analysed_lines, pair_shown
from tests.raw_pages import raw_clusters

HUMOROUS = (
    "Though it tries — with a much too heavy hand — the new “Evil Dead’’ is far less humorous "
    "than its predecessor, which catapulted director Raimi and star Bruce Campbell (who "
    "produced this one) into long mainstream careers."
)
CULT_FIGURE = (
    "Actor Bruce Campbell (who’s onboard here as a producer) more or less established himself "
    "as a cult figure back in the day with his inspired overplaying of Ash, the astonishingly "
    "resilient protagonist of Raimi’s original."
)


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (70,))


def test_two_apostrophes_close_a_quotation():
    documents = "".join(raw_clusters()[70]["documents"])
    assert HUMOROUS in documents and CULT_FIGURE in documents
    assert QUOTED.findall(HUMOROUS) == ["“Evil Dead’’"]
    assert {"bruce", "campb", "raimi"} <= names_in_common(HUMOROUS, CULT_FIGURE)
    # an apostrophe inside a quotation closes nothing; a quotation left open runs to the end
    assert QUOTED.findall("“It’s here,” he said, “and I can’t go") == [
        "“It’s here,”",
        "“and I can’t go",
    ]


def test_a_name_alone_does_not_tell_a_review(analyses):
    assert not pair_shown(analyses[70], "far less humorous", "cult figure")
    # the cast and the cabin both reviews set up stay agreed
    fact = agreed_item(analyses[70], "Working from a script he co-wrote with Rodo Sayagues")
    assert any("secluded cabin in the woods" in support.text for support in fact.support)
