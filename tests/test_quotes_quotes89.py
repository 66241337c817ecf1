"""Who said what, eighty-ninth pass (quotes89): one speaker's words several outlets carry
are one line citing them all, each copy its own row (a quotation one outlet prints with no
speaker, the same words another gives one; the same words spelled another way, cut shorter
or with a word changed), and a row whose words close on a quotation's comma ends before it,
the mark closed where the row is shown (raw validation 14, 19, 20, 28, 30; 0-based lines)."""

from __future__ import annotations

import json

import pytest

from chorus import brief
from chorus.model import Briefing
from chorus.render.html import to_html
from chorus.render.json import to_json
from chorus.render.markdown import to_markdown
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def briefed() -> dict[int, Briefing]:
    clusters = read_clusters(RAW_VALIDATION, 31)
    return {n: brief(clusters[n]["documents"]) for n in (14, 19, 20, 28, 30)}


def _rows(briefing: Briefing, words: str) -> list[str]:
    section = to_markdown(briefing).split("## Who said what")[1].split("\n## ")[0]
    return [line for line in section.splitlines() if words in line]


@pytest.mark.parametrize(
    ("raw", "words", "cited"),
    [
        # [1] prints Plant's words after "But his enthusiasm ... shines through:", no verb;
        # [2]: '"It was a particularly prolific time," says singer Robert Plant, "where ..."'
        (20, "It was a particularly prolific time", "[1][2]"),
        (20, "Jimmy and I were just fooling around", "[1][2]"),
        # [1]'s Page row "... fly: “You realize just how important ..." and [2]'s "“You
        # realise just how important ...”, says Page"
        (20, "just how important all of those additional layers", "[1][2]"),
        # [1] 'in which she said, "Barack really thinks ..."', [3] 'Michelle said: ...'
        (28, "Barack really thinks some of the Kardashians", "[1][3]"),
        # [2] splits the tweet at '..." Trump tweeted. "That doesn't just happen!"', [3]
        # quotes it whole
        (19, "Business is looking better than ever", "[2][3]"),
        # "... that the charges appeared to be exorbitant ..." / "... were exorbitant ..."
        (14, "he paid the company $40,000", "[1][2]"),
    ],
)
def test_words_several_outlets_carry_are_one_line_citing_them(briefed, raw, words, cited):
    [line] = _rows(briefed[raw], words)
    assert line.endswith(cited)


def test_the_tweet_s_second_sentence_is_in_the_one_line(briefed):
    assert not _rows(briefed[19], "“That doesn't just happen!”")
    [line] = _rows(briefed[19], "Business is looking better than ever")
    assert "Stock Market at an all-time high. That doesn't just happen!” [2][3]" in line


def test_each_copy_keeps_its_own_row_and_span(briefed):
    quotes = json.loads(to_json(briefed[20]))["analysis"]["quotes"]
    copies = [q for q in quotes if q["text"]["text"].startswith("It was a particularly")]
    assert {q["speaker"] for q in copies} == {"Robert Plant"}
    assert len({q["text"]["article_id"] for q in copies}) == 2


def test_a_role_another_copy_gives_is_kept(briefed):
    [line] = _rows(briefed[14], "he paid the company $40,000")
    assert line.startswith("- **Mark O’Mara** (Zimmerman's lawyer):")


@pytest.mark.parametrize(
    ("raw", "ending", "shown"),
    [
        # 'The law "is leading to ... the United States," Shah said.'
        (
            19,
            "the United States",
            'The law "is leading to hundreds of billions of dollars of '
            'investment in the United States" [1]',
        ),
        # 'The man was "clambering up in a very strong way," Brill said, ...'
        (30, "in a very strong way", 'The man was "clambering up in a very strong way" [1]'),
    ],
)
def test_words_closing_on_a_quotation_s_comma_end_before_it(briefed, raw, ending, shown):
    assert _rows(briefed[raw], shown)
    [quote] = [q for q in briefed[raw].analysis.quotes if ending in q.words]
    assert quote.words.endswith(ending)


def test_the_page_closes_the_quotation_too(briefed):
    page = to_html(briefed[30])
    assert "The man was &quot;clambering up in a very strong way&quot;" in page


def test_an_open_quotation_the_paragraph_goes_on_with_is_closed(briefed):
    [line] = _rows(briefed[20], "just how important all of those additional layers")
    assert "filigree work is” [1][2]" in line
