"""Quote attribution, thirtieth pass: what the twenty-ninth left, on raw validation clusters
(multi_news-val-2404, 4623, 297, 4411, 4412, 599) and DUC's d31033t. A statement printed
without quotation marks in the paragraph after "sent the following statement:" is the
sender's; "the agency said" is the one agency its article named; "HQ co-founder and
recently replaced CEO Rus Yusupov" is the "he" after him; "retorted" speaks after a
quotation. `fixtures/quote_reader30.json` holds the task's sentences (design) and every
attribution of three clusters no quote test names (blind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of
from tests.test_analyze_quote_new_text15 import _duc_quotes
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = json.loads(
    (Path(__file__).parent / "fixtures" / "quote_reader30.json").read_text("utf-8")
)["items"]


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_analyze_reader30_gold(briefed):
    # main (6f067b5): design 8 of 20 right, 12 quotes made, 2 right; blind 24 of 28, 13
    # made, 11 right. This pass: design 15 of 20, 17 made, 12 right; blind as main (the
    # two wrong are "Obama" where the gold wrote "Barack Obama")
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 15 and right_predicted >= 12 and predicted - right_predicted <= 5
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 24 and right_predicted >= predicted - 2


def test_analyze_a_statement_printed_after_its_colon(briefed):
    # "A company spokesperson sent the following statement:" ¶ "A complaint was filed ...
    # We initiated ... We take pride ..." (no quotation marks): the spokesperson's, the
    # paragraph only (named as the "a company spokesperson" of a later sentence)
    hq = briefed["multi_news-val-2404"]
    assert speakers_of(hq, "A complaint was filed") == ["a company spokesperson"]
    assert speakers_of(hq, "We take pride in our company culture") == ["a company spokesperson"]
    assert not speakers_of(hq, "It’s been a lot of drama for a young company")
    # "American Airlines posted a statement to Facebook:" ¶ "American Airlines is happy ..."
    jack = briefed["multi_news-val-297"]
    assert speakers_of(jack, "Jack was found in the customs room") == ["American Airlines"]


def test_analyze_the_agency_its_article_named(briefed):
    # "The U.S. Fish and Wildlife Service told a U.S. District Court judge ... ¶ “...,” the
    # agency said in a statement." ("The Service explained ..." inside it is no other one)
    bears = briefed["multi_news-val-4623"]
    assert speakers_of(bears, "The Service explained") == ["U.S. Fish and Wildlife Service"]
    # "... the Endangered Species Act. ¶ The Fish and Wildlife Service was responding ...":
    # a name's words stay in their line ("Species Act.\n\nThe Fish ..." is none)
    assert speakers_of(bears, "The findings justify") == ["U.S. Fish and Wildlife Service"]
    tsa = speakers_of(briefed["multi_news-val-4412"], "$50 million is a ceiling")
    assert tsa == ["Transportation Security Administration"]


def test_analyze_two_titles_joined_before_the_subject(briefed):
    # "HQ co-founder and recently replaced CEO Rus Yusupov was more blunt on Twitter. ¶
    # “Games are a hits business ...,” he admitted in a tweet in August."
    hq = briefed["multi_news-val-2404"]
    assert speakers_of(hq, "Games are a hits business") == ["Rus Yusupov"]


def test_analyze_retorted_after_a_quotation():
    # "``I absolutely disagree with that,'' Barksdale retorted. ``It's absurd. ...''": his,
    # not the words of Warden's question before; and so the "he said" after it (the bare
    # surname: the cluster writes "James Barksdale" and "James L. Barksdale")
    trial = _duc_quotes("d31033t")["d31033t"]
    assert speakers_of(trial, "I absolutely disagree with that") == ["Barksdale"]
    assert speakers_of(trial, "It's absurd") == ["Barksdale"]
    assert speakers_of(trial, "I was there") == ["Barksdale"]
