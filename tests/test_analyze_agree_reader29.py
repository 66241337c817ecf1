"""The twenty-ninth agreement pass (fixtures/agreement_reader29.json): 40 agreed items of
main drawn at random over the raw clusters no agreement test names, judged from their
articles (20 design, 20 blind); one sum each that differs, near in size, supports nothing,
and one speaker's two facts credited alike ("Hayes' attorney, John Fuller, said Monday
that ...") are not linked."""

from __future__ import annotations

import pytest

from chorus.analyze.borrowed import sums_apart
from chorus.analyze.credits import credited_alike
from chorus.analyze.model import Analysis
from tests.gold import load, reader_analyses, reader_tally

GOLD = load("agreement_reader29")


@pytest.fixture(scope="module")
def analyses() -> dict[str, tuple[Analysis, dict[str, int]]]:
    return reader_analyses(GOLD)


def test_the_design_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "design")
    # main (940f227): all 5 wrong pairs of the 20 items shown (32's two Fuller remarks and
    # the Hummer / "exchanged words", 76's Free Syrian Army, 208's $15,000 / $25,000, 46's
    # Kong) and the 3 the rules changed elsewhere (50 twice, 231), 27 of 28 right; branch:
    # the Fuller, the sums and those 3 pairs go, 50's two outlets on the death come
    assert tally["pair", "wrong", True] <= 3, tally
    # Cleaning's twenty-second pass takes one right pair: 56's [2] side, "Stanford scientists
    # Matthew Kanan and Christina Li have created ...", is a photo caption glued before its
    # credit, now removed. Stop 45's conflicts53 dates the accounts in raw 58 (validation
    # 1703) two ways ([2]'s "While he had her phone", March 2016, against [3]'s "In July
    # 2016"), and a pair in conflict is not agreed: [3]'s July row no longer takes [2] (26).
    assert tally["pair", "right", True] == 26, tally


def test_the_blind_pairs(analyses):
    tally = reader_tally(GOLD, analyses, "blind")
    # scored once with the rules frozen: main and the branch alike, 8 wrong pairs of 30. The
    # thirtieth pass: 68's "more detail" / "less explicit" goes (7); 212's two pairs of the
    # doctor's own essay and the outlet quoting it are one report (copies.relayed): 20. The
    # thirty-second pass, which read this half's wrong pairs: 58's "saying" and 68's "Such
    # knowledge" go (5). The thirty-sixth: 55's sores, judged right here, are two women's
    # (Paula Blades quoted in [2], Anne Ziegenhorn in [0]): now wrong, and gone. Stop 44's
    # conflicts51 dates the indictment in raw 58 (validation 1703) two ways ("indicted
    # Thursday" / "handed up Tuesday"), and a conflicting outlet supports no side: [0]'s
    # "… were indicted Thursday" row no longer takes [3] (18)
    assert tally["pair", "wrong", True] <= 5, tally
    assert tally["pair", "right", True] == 18, tally


def test_one_sum_each_near_in_size_that_differs_supports_nothing():
    # raw 208: the campaign's takings told by two outlets at two times
    assert sums_apart(
        "The Lewis campaign raised more than $15,000 in donations after Bobby Goodlatte "
        "announced his support, spokesman Josh Stanfield said.",
        "Following Goodlatte's tweet on Sunday, more than $25,000 had flowed in from across "
        "the country by Monday afternoon, according to Lewis' campaign manager, Josh Stanfield.",
    )
    # Multi-News+ validation 4481: a fund's size and its investment, forty times apart
    assert not sums_apart(
        "Partner fund management, a san francisco-based hedge fund with $ 4 billion under "
        "management, filed a lawsuit alleging that it invested in theranos based on "
        "misleading statements made by holmes and theranos.",
        "One of theranos inc.'s biggest financial backers has sued the embattled startup and "
        "its founder for allegedly lying to attract its nearly $ 100 million investment, "
        "according to a fund document and people familiar with the matter.",
    )
    # raw 152: one sum told alike by two outlets
    assert not sums_apart(
        "AUSTIN, Texas -- Texas will pay $3.4 million to a couple.",
        "The state will pay $3.4 million to Dan and Fran Keller.",
    )


def test_a_speaker_with_an_aside_who_says_two_things_is_a_credit():
    # raw 32: the attorney's two remarks share only his name, role and day
    fuller = (
        "Hayes' attorney, John Fuller, said Monday that his client was involved in a hit-and-run"
    )
    assert credited_alike(
        f"{fuller} before Smith's death.",
        "John Fuller, Hayes' attorney, said Monday that Hayes felt threatened and plans to "
        "plead not guilty.",
        set(),
    )
    assert credited_alike(
        "John Fuller, Hayes' attorney, said Monday that Hayes felt threatened and plans to "
        "plead not guilty.",
        "The preliminary hearing for Hayes has been scheduled for April 28, Hayes' attorney "
        "John Fuller confirmed.",
        set(),
    )
    # raw 37: a speaker's deed and a clause set off by commas is no aside on them
    assert not credited_alike(
        "NWSL Commissioner Jeff Plush attended Wednesday’s match and, after the anthem "
        "played, said he was unaware of the Spirit’s plans.",
        "NWSL Commissioner Jeff Plush attended the match and said he did not know the Spirit "
        "had planned to play the anthem while the teams were inside.",
        set(),
    )


def test_the_rules_changes_over_the_raw_clusters(analyses):
    # each read: the Fuller pair goes and his hit-and-run keeps its one right support
    case = next(c for c in GOLD if c["index"] == 32)
    analysis = analyses[case["id"]][0]
    fuller = [
        f for f in analysis.agreed if "his client was involved in a hit-and-run" in f.statement.text
    ]
    assert fuller, [f.statement.text for f in analysis.agreed]
    assert all("plead not guilty" not in s.text for f in fuller for s in f.support)
    assert any("victim of a hit-and-run" in s.text for f in fuller for s in f.support)
