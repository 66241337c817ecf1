"""The timeline's fifty-first pass (stop 38's readers, raw validation by 0-based line): a plan
an April Fools' prank claims is no planned row (raw 88: Google's data center on Mars, Takei's
run for Congress, Phelps's comeback), and a date in a sentence a possibility frames ("It could
be the case that ...", raw 105) dates no row; a heading or a link's title is no line's
lead-in (raw 88, 27). Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus.analyze.timeline import timeline
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw, _sentences
from tests.test_analyze_timeline_reader44 import _own_dated


@pytest.fixture(scope="module")
def clusters() -> dict[int, dict]:
    return _raw({27, 88, 105})


def _rows(sentences: list) -> list[tuple[str, bool, str]]:
    """Every row: its date, whether it is marked planned, and its sentence."""
    return [(e.when, e.planned, e.sentence.text) for e in timeline(sentences, frozenset()).entries]


def test_a_prank_s_plan_is_no_planned_row(clusters):
    # Raw 88, an April Fools' Day 2017 round-up: Google's Mars data center "in 2018" is
    # "one of the biggest pranks", Takei "had everyone fooled" with his 2018 run ("No, I'm
    # not running for Congress", he wrote), and Phelps's 2020 comeback stands under the
    # label "Retirement fake-out.". None is a plan.
    sentences = _own_dated(clusters[88])
    rows = _rows(sentences)
    assert not [row for row in rows if row[1]]
    assert not any(when in ("2018", "2020") for when, _, _ in rows)
    # The prank's own day dates a deed, the tweet, and stays; so do the cluster's real days.
    takei = next(t for _, _, t in rows if t.startswith('"Star Trek" star George Takei'))
    assert ("2017-04-01", False, takei) in rows
    assert any(when == "2017-03-31" and "Nunes was met" in text for when, _, text in rows)
    assert any(when == "2015" and "Pac-Man" in text for when, _, text in rows)
    # The note counts the three years among the dates of no event.
    reason = timeline(sentences, frozenset()).reason
    assert "'2018' twice" in reason and "'2020'" in reason


def test_a_prank_s_plan_in_multi_news_plus_text():
    # Validation 2484 (raw 88's Takei page, lower-cased): "live long and prank them." opens
    # the line the sentence of the 2018 run stands in.
    ((_, cluster),) = _lines(FILES["mn+val"], {2484})
    rows = _rows(_sentences(cluster, None))
    assert not any("running for congress" in text and when == "2018" for when, _, text in rows)


def test_a_joke_or_a_satire_is_no_prank():
    # Multi-News+ train 23027: Biden, "Asked if he was joking", "will turn 78 shortly after
    # the 2020 election"; 33104: HBO's show that "will take a satirical look" at the news
    # "will debut in 2014". Both real plans, still marked planned.
    lines = dict(_lines(FILES["mn+train"], {23027, 33104}))
    biden = _rows(_sentences(lines[23027], None))
    assert any(when == "2020" and planned and "joking" in t for when, planned, t in biden)
    show = _rows(_sentences(lines[33104], None))
    assert any(when == "2014" and planned and "satirical" in t for when, planned, t in show)


def test_a_possibility_framed_sentence_dates_no_row(clusters):
    # Raw 105 [0], a blog's speculation: "It could be the case that the Federal Government
    # might only be able to prove that the coins ... coming from the San Francisco Mint in
    # 1899 must be returned". The heist's own 1899 line and [1]'s reported 1900 stay (a
    # possibility's past, told as the story's).
    rows = _rows(_own_dated(clusters[105]))
    assert not any(text.startswith("It could be the case") for _, _, text in rows)
    assert any(when == "1899" and "details of the 1899 heist" in t for when, _, t in rows)
    assert any(when == "1900" and "may have been stolen" in t for when, _, t in rows)


def test_a_heading_or_a_link_s_title_is_no_lead_in(clusters):
    # Raw 88 [4]: Takei's "No, I'm not running for Congress. ..." stood "(after: "Celebrities
    # who beamed aboard the 'Star Trek' franchise")", a related link's title on its own line;
    # raw 27: "It's still not clear when Khuram Butt got involved ..." after the link
    # "Analysis: Khuram Butt showed his extremist colours". Neither says whom the line means.
    takei = timeline(_own_dated(clusters[88]), frozenset()).entries
    denial = [e for e in takei if e.sentence.text.startswith("\"No, I'm not running")]
    assert [e.when for e in denial] == ["2017-04-01"]
    assert denial[0].context == ()
    butt = timeline(_own_dated(clusters[27]), frozenset()).entries
    unclear = [e for e in butt if e.sentence.text.startswith("It's still not clear when")]
    assert unclear and all(e.context == () for e in unclear)
    # A sentence the line leans on is still carried: "They said Pakistan-born Khuram Butt
    # ... was known to police and MI5 in 2015" after the Metropolitan Police's sentence.
    known = next(e for e in butt if e.sentence.text.startswith("They said Pakistan-born"))
    assert known.context[0].text.startswith("The Metropolitan Police have defended")
