"""The summary a reader sees, forty-sixth pass, on raw Multi-News validation clusters (0-based
lines of the file; reader 63): a line telling that someone "capsulized it" (raw 227, which
took the room of the Koskinen line), "the above special election" and "the Legislature" of
another page's passage (198), and a writer's advice not to miss a band (213)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.summarize.bodies_unmet import legislature_unmet
from chorus.summarize.newsroom import writers_verdict
from chorus.summarize.page_lines import points_above
from chorus.summarize.summed_up import sums_up_before
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import before_and, row_of, sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 230 (Wendy Davis, the last one read here)."""
    return read_clusters(RAW_VALIDATION, 231)


def test_a_line_saying_someone_capsulized_it_waits_for_what_it_is(clusters):
    before, bannon = before_and(clusters[227], "Bannon, the former Mercer political strategist")
    assert before.startswith("The Mercers’ struggle didn’t end with Trump’s election.")
    assert sums_up_before(bannon) and not sums_up_before(before)
    shown = summary(clusters[227])
    assert bannon not in shown or shown[shown.index(bannon) - 1] == before
    # Lo's "it" is Renaissance's fund, told only before; an "as" clause says what it frames
    assert sums_up_before(sentence(clusters[227], "Andrew Lo, a finance professor"))
    assert not sums_up_before(sentence(clusters[178], "It is unclear whether Trump’s “explosion,”"))
    assert not sums_up_before(sentence(clusters[221], "As Obama framed it,"))


def test_the_koskinen_line_is_back_above_painters_words(clusters):
    shown = summary(clusters[227])
    koskinen = next(n for n, t in enumerate(shown) if "firing of IRS Commissioner John" in t)
    credit = next(n for n, t in enumerate(shown) if t.startswith("“The guy’s got a big case"))
    assert koskinen < credit
    assert shown[credit + 1].startswith("“He’s trying to put someone in there")


def test_the_above_points_at_the_page_and_is_never_shown(clusters):
    above = sentence(clusters[198], "Gillibrand won the above special election")
    post = sentence(clusters[184], "From the above post")
    knee = sentence(clusters[159], '"So, two weeks ago, they had to cut off her right leg')
    assert points_above([above, post, knee]).tolist() == [True, True, False]
    assert above not in summary(clusters[198])


def test_the_legislature_where_no_line_shown_says_whose_is_left_out(clusters):
    texts = sentences(clusters[198])
    congress = row_of(texts, "There are 20 women in the Senate, and 79 women in the House.")
    states = row_of(texts, "According to the National Conference of State Legislatures")
    legislature = row_of(texts, "It’s just the way the Legislature has always been.")
    assert legislature_unmet(texts, [congress, legislature]) == [legislature]
    assert legislature_unmet(texts, [states, legislature]) == []
    # Wendy Davis's "speech in the Legislature", below a line naming her a state senator
    davis = sentences(clusters[230])
    speech = row_of(davis, "Her speech in the Legislature also added")
    senator = row_of(davis, "The summer’s Democratic hero, Texas State Sen. Wendy Davis")
    assert legislature_unmet(davis, [senator, speech]) == []
    assert legislature_unmet(davis, [speech]) == [speech]
    assert texts[legislature] not in summary(clusters[198])


def test_a_writers_advice_not_to_miss_a_band_is_not_news(clusters):
    tour = sentence(clusters[213], "They're on tour now, and should not be missed")
    assert writers_verdict(tour)
    assert not writers_verdict(sentence(clusters[213], "The song is from the band's"))
    shown = summary(clusters[213])
    assert tour not in shown
    assert any(t.startswith("The animation is a collaboration with King Features") for t in shown)
    # nor is it listed as what [2] alone reports
    analysis = brief(clusters[213]["documents"], words=250).analysis
    assert analysis is not None
    lone = [fact.statement.text for fact in analysis.unique]
    assert lone and tour not in lone
