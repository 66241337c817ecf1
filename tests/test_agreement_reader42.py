"""The forty-second agreement pass: false agreed items in raw validation clusters (0-based,
file order), each read against the articles. Gone: two sentences linked by score alone
whose words in common are names both capitalise and one word one of them capitalises beside
them, the same names written twice (46's "King Kong" / "king of Kong", 80's "Apple Support
Forum" / "forums", 106's "First Presidency" / "the president"). The right items of those
clusters stay."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from chorus.analyze.own_words import only_who
from chorus.analyze.similarity import stems
from tests.gold import analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (46, 80, 106, 153))


def test_the_false_items_go(analyses):
    # a reboot of the 1933 film / "only one king of Kong": the film's name, two claims
    assert not pair_shown(analyses[46], "a reboot of the original King Kong", "only one king")
    # reports of a drain on the forum / users for whom the fix did help
    assert not pair_shown(analyses[80], "multiple reports in the Apple", "fix did help them")
    # the LDS church's First Presidency approving / the Community of Christ's succession
    assert not pair_shown(analyses[106], "approved by the First Presidency", "appoint a successor")


def test_the_right_items_stay(analyses):
    assert pair_shown(analyses[46], "Samuel L. Jackson--it's 1973", "(Samuel L. Jackson) fresh")
    assert pair_shown(analyses[80], "Upgraded to 5.0.1 this morning.", "Upgraded to 5.0.1")
    assert pair_shown(analyses[106], "regardless of their sexual", "regardless of sexual")
    # the bridge linked by names and one word no more, its rows tell the girls' last photo
    assert pair_shown(analyses[153], "posted to German's Snapchat", "Liberty posted it to her")


def _who(a: str, b: str) -> bool:
    return only_who(a, b, stems(a), stems(b))


def test_names_and_one_word_one_capitalises():
    # raw 80's and raw 46's sentences
    assert _who(
        "There are multiple reports in the Apple Support forums.",
        "And several people on the Apple Support Forum say the fix did help them.",
    )
    assert _who(
        "Kong: Skull Island is, reportedly, a reboot of the original King Kong from 1933.",
        "But there can be only one king of Kong: Skull Island , and you already know who that is.",
    )
    # two words one capitalises ("Best Actress"), or one neither does ("original"), beside
    # the names: what the two say
    assert not _who(
        "Emma Stone won the Oscar for Best Actress on Sunday.",
        "Stone was named best actress for her part in the film.",
    )
    assert not _who(
        "Kong: Skull Island is a reboot of the original King Kong from 1933.",
        "Kong: Skull Island is a remake of the original king of Kong.",
    )
    # no name both capitalise: one word capitalised by one alone is as often the fact
    assert not _who("The Senate passed it.", "The bill went to the senate.")
