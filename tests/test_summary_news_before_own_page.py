"""A summary opening on a writer's own page (a tribute or a column: a line of it shown says
"I") or on a step of a sequence ("First, ...") opens on another article's lead instead, that
page's lines below it (raw Multi-News validation, 0-based; readers 72 and 73): 81 opened on
Vogue's tribute to Oscar de la Renta, his death told fourth; 112 on "First, Pelosi said of
the deal: ..." before any deal was told."""

from __future__ import annotations

import pytest

from chorus.render.cut_unfinished import unfinished
from chorus.render.shortening import CUT_MARK, shortened
from chorus.summarize.order import news_before_own_page
from chorus.summarize.own_voice import speaks_as_i
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 224 (the Polish air crash, the last read here)."""
    return read_clusters(RAW_VALIDATION, 225)


def test_the_designer_s_death_opens_before_the_tribute(clusters):
    shown = summary(clusters[81])
    # Vanity Fair's lead tells the death; Vogue's page is its editor's memories ("I met ...")
    assert shown[0].startswith("Oscar de la Renta, a storied couturier")
    assert "died Monday at age 82" in shown[0]
    tribute = shown.index("Oscar de la Renta was a great man, and a great American designer.")
    met = shown.index("I met Oscar de la Renta, in 1974, when I arrived in New York.")
    assert 0 < tribute < met


def _opens_above(cluster: dict, opening: str, below: str) -> bool:
    """Whether the cluster's summary opens on `opening` and shows, lower, a line opening on
    `below`."""
    shown = summary(cluster)
    return shown[0].startswith(opening) and any(line.startswith(below) for line in shown[1:])


def test_the_deal_is_told_before_pelosi_s_first_reaction(clusters):
    deal = "“The leaders of both parties in both chambers have reached"
    assert _opens_above(clusters[112], deal, "First, Pelosi said")


def test_a_not_only_cut_before_its_but_tells_half(clusters):
    # 112's headline, the summary opening on [2]'s deal, reached [2]'s third line: cut, it
    # kept Boehner's task and lost the "but problems lurk within the chamber’s blue seats"
    text = sentence(clusters[112], "Not only will Boehner")
    cut = shortened(text, 120, 150)
    assert cut.endswith(CUT_MARK) and ", but" not in cut
    assert unfinished(cut, text)
    # cut past its "but", it tells both halves
    assert not unfinished(
        f"Not only did it rain, but it snowed{CUT_MARK}",
        "Not only did it rain, but it snowed all night.",
    )


def test_the_crash_inquiry_opens_before_the_column(clusters):
    inquiry = "Investigators seeking the cause of a plane crash"
    assert _opens_above(clusters[224], inquiry, "My small group of journalists")


def test_a_column_opens_where_every_other_lead_shown_is_a_writer_s_own(clusters):
    # raw 203: the other page's lead is its writer's "I am sure that she would be willing to
    # Host the Academy Awards, ...": no better opening than the Betty White line
    assert (
        summary(clusters[203])[0] == "Even at 88, Betty White has the ambition of a 20-something!"
    )


def test_a_senators_party_and_state_is_no_i(clusters):
    # 112's Raw Story page says no "I" of its writer: "(I-VT)" is Sanders' party and state,
    # and read as an "I" it kept [2]'s lead from opening the summary
    sanders = sentence(clusters[112], "In a floor speech Sunday prior to the deal announcement")
    assert "(I-VT)" in sanders
    assert not speaks_as_i(sanders)
    assert not speaks_as_i("Traffic on I-95 was stopped.")
    assert speaks_as_i("I-- I don't know, I said.")


def _no_i(row: int) -> bool:
    return False


def _all_i(row: int) -> bool:
    return True


def test_an_opening_saying_i_itself_is_left_to_the_rules_on_the_opening_i():
    texts = ["I loved the show.", "The show ends tonight.", "Critics agree the show ends."]
    articles, leads, dates = [0, 1, 1], frozenset({0, 1}), [None, None]
    # the first row's own "I" is `OwnPages.asides`' to read (raw 70's critic)
    own = frozenset({0})
    assert news_before_own_page(texts, [0, 1, 2], articles, leads, dates, own, _no_i) == [0, 1, 2]
    # a step of a sequence opening gives way to the other article's lead, not to a page
    # saying "I" elsewhere
    steps = ["First, she said no.", "The deal was reached on Sunday.", "It passed."]
    moved = news_before_own_page(steps, [0, 1, 2], articles, leads, dates, frozenset(), _no_i)
    assert moved == [1, 2, 0]
    stays = news_before_own_page(steps, [0, 1, 2], articles, leads, dates, frozenset(), _all_i)
    assert stays == [0, 1, 2]
