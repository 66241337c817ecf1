"""The summary a reader sees, summary104, on raw Multi-News validation clusters (0-based lines
of the file; readers 89 and 90): one fact told twice by one figure. Raw 231's franchise total
("$3.392 billion" / "$3.39 billion", one article's line and its quotation), 48's asking price
("$9.65 million" twice), 217's 10 percent stake ("a 10 percent stake" / "a stake as large as
10%") and 175's text message (in single marks in its caption line, in double marks in the
story's) are told once, where the reader meets them first."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.summarize.quoted_twice import quotations, quoted_again
from chorus.summarize.same_figures import retold_exact_sums, retold_shares
from tests.raw_pages import raw_clusters
from tests.summary_texts import row_of, sentences, summary

TOTALED = "Universal said the seven films in the franchise have totaled $3.392 billion"
ONLY = "“It is the only franchise of its kind to reach a total of more than $3.39 billion"
CAPTION = "'I want you to be my whore' was one text message"
RECORDS = "Meanwhile, James said she had phone records verifying her claim"


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def test_the_franchise_total_is_told_once(clusters):
    shown = summary(clusters[231])
    assert any(line.startswith(TOTALED) for line in shown)
    assert not any(line.startswith(ONLY) for line in shown)
    # the round "$1 billion" three lines write is three facts, all kept
    assert sum("$1 billion" in line for line in shown) >= 3


def test_an_exact_sum_is_one_figure_rounded_and_a_round_one_is_not(clusters):
    texts = sentences(clusters[231])
    total, again = row_of(texts, TOTALED), row_of(texts, ONLY)
    assert retold_exact_sums(texts, [total, again]) == [again]
    # read first, the quotation stays and the line of the same article goes
    assert retold_exact_sums(texts, [again, total]) == [total]
    crossing = row_of(texts, "Universal’s “Furious 7” will cross $1 billion")
    benchmark = row_of(texts, "Furious 7 is the 20th film ever to reach the $1 billion")
    assert retold_exact_sums(texts, [crossing, benchmark]) == []


def test_a_line_writing_another_figure_besides_the_sum_stays():
    texts = [
        "The film has grossed $735.2 million overseas.",
        "With $735.2 million overseas and $273.7 million at home, it has passed $1 billion.",
        "It has grossed $735.2 million overseas in 17 days.",
    ]
    assert retold_exact_sums(texts, [0, 1, 2]) == []


def test_the_asking_price_is_told_once(clusters):
    shown = summary(clusters[48])
    assert sum("$9.65 million" in line for line in shown) == 1
    assert shown[0].endswith("is back on the market for a whopping $9.65 million.")


def test_one_stake_is_told_once(clusters):
    shown = summary(clusters[217])
    stake = [line for line in shown if "10 percent" in line or "10%" in line]
    assert len(stake) == 1
    assert "acquire a 10 percent stake" in stake[0]


def test_two_shares_of_other_things_stay(clusters):
    # raw 145: 35 percent of young people at home in 1940, and of the time men live with
    # their parents; no word beside the share in both, read as two articles' lines
    texts = sentences(clusters[145])
    before = row_of(texts, "Pew notes that this is not a record high percentage")
    men = row_of(texts, "American men ages 18-34 live with their parents 35 percent")
    article_of = np.zeros(len(texts), dtype=int)
    article_of[men] = 1
    assert retold_shares(texts, [before, men], article_of) == []


def test_the_text_message_is_told_once(clusters):
    texts = sentences(clusters[175])
    caption, records = row_of(texts, CAPTION), row_of(texts, RECORDS)
    assert quotations(texts[caption]) == quotations(texts[records])
    assert quoted_again(texts, [caption, records]) == [records]
    shown = summary(clusters[175])
    assert sum("I want you to be my whore" in line for line in shown) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Woods' wife and the players' union said they had no comment on the matter today.",
        "He said 'no' to the deal, then 'yes' when they asked him again later that week.",
    ],
)
def test_apostrophes_and_short_pieces_in_single_marks_are_no_remark(text):
    assert quotations(text) == ()
