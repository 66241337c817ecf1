"""Quote attribution, forty-second pass: what the thirty-ninth to forty-first passes left of
the readers' findings (raw validation multi_news-val-5124, 2986, 1867, 79, 1557). The
writer's aside to the reader opens no one's words; a wire's dateline is no sentence's
subject, and whoever "was asked" is whom the answer after is from; the one a colleague
"recalled ... saying" speaks, without the single marks around the words; "Eichmann's German
attorney, Dr. Robert Servatius," is Servatius; a sentence's last clause's subject, ", and
Rivlin referred ...", is whom the next "he" stands for. `fixtures/quote_reader42.json` holds the
readers' sentences (design) and every attribution of two clusters no quote test names
(blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader42")
_AVENGERS, _DANIELS, _NBC, _EICHMANN = (
    "multi_news-val-5124",
    "multi_news-val-2986",
    "multi_news-val-1867",
    "multi_news-val-79",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def _said(found: tuple[Quote, ...], words: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.text) for q in quotes_in(found, words)]


def test_analyze_reader42_gold(briefed):
    # main (f8faf03): design 1 of 8 right, 2 made, 1 right; blind 20 of 23, 14 made, 11
    # right. This pass: design 6 of 8, 6 made, 6 right (missed: "the German wrote",
    # McHugh's "accused"); blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 6 and predicted == right_predicted
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 20 and right_predicted >= 11


def test_analyze_the_writers_aside_to_the_reader_is_not_the_words(briefed):
    # "For those keeping track at home, that is faster than any movie has ever hit the
    # billion-dollar mark, according to Variety."
    said = _said(briefed[_AVENGERS], "For those keeping track at home")
    assert said == [
        ("Variety", "that is faster than any movie has ever hit the billion-dollar mark")
    ]


def test_analyze_whoever_was_asked_answers(briefed):
    # "Washington (CNN) Sarah Sanders was asked a simple question by CNN's Jeff Zeleny ...:
    # Did President Donald Trump know ...? ¶ "Not that I'm aware of," said the White House
    # press secretary."
    said = _said(briefed[_DANIELS], "Not that I'm aware of")
    assert said == [("Sarah Huckabee Sanders", "Not that I'm aware of")]


def test_analyze_the_one_recalled_saying_speaks(briefed):
    # "“‘Mark Kornblau and Andy Lack are trying to throw me under the bus when it was Andy’s
    # decision,’” the colleague recalled Oppenheim saying."
    [(speaker, words)] = _said(briefed[_NBC], "the colleague recalled Oppenheim saying")
    assert speaker == "Noah Oppenheim"
    assert words.startswith("Mark Kornblau") and words.endswith("Andy’s decision")


def test_analyze_an_owners_foreign_attorney_named_after_speaks(briefed):
    # "Eichmann's German attorney, Dr. Robert Servatius, noted in the request that his
    # client was "an unimportant person ...""
    [(speaker, words)] = _said(briefed[_EICHMANN], "noted in the request that his client")
    assert speaker == "Robert Servatius" and words.startswith("his client was")


def test_analyze_he_is_the_subject_of_the_last_clause(briefed):
    # "The ability of the security services ... was a source of pride ..., and Rivlin
    # referred to the trial as ... ¶ “In the first years ...,” he said. ¶ “The renewed
    # Israeli society ... ¶ “The Eichmann trial broke the dam of silence. ...”"
    eichmann = briefed[_EICHMANN]
    for words in ("“In the first years after", "The renewed Israeli", "trial broke the dam"):
        assert [speaker for speaker, _ in _said(eichmann, words)] == ["Reuven Rivlin"]
