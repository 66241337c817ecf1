"""Quote attribution, thirty-first pass: a sixteenth reader's findings on raw validation
clusters (multi_news-val-2893, 2366, 2067, 4280, 5555). A paper that speaks ("according to
the lawsuit") is shown as a document and never given a person's quoted words; "Skeptics"
and "Statisticians" in general speak for no one; "a photo of an “...”" names a thing; a
clause's "although" is no word of a role; "Robert Birgeneau" is the "Robert J. Birgeneau"
of another article; a quotation after the writer's words and a colon is the words said,
and a reported statement starts past the writer's "But". `fixtures/quote_reader31.json`
holds the reader's sentences (design) and every attribution of three clusters no quote
test names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from chorus.analyze.quote_documents import DOCUMENT
from tests.gold import briefed_quotes, quote_items, quotes_in, speakers_of
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader31")


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_analyze_reader31_gold(briefed):
    # main (7c7a1dd): design 10 of 18 right, 15 quotes made, 7 right; blind 41 of 44, 17
    # made, 15 right. This pass: design 17 of 18 (Celaya's words keep the writer's "The
    # suspect then"), 12 made, 11 right; blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 17 and right_predicted >= 11 and predicted - right_predicted <= 1
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 41 and right_predicted >= predicted - 2


def test_analyze_a_paper_is_shown_as_a_document(briefed):
    # "According to the lawsuit, Damon, 36, bit EMTs ... before threatening them, saying
    # she was a “major reporter for CNN.”": the lawsuit's account, without Damon's words
    (bit,) = quotes_in(briefed["multi_news-val-2893"], "bit EMTs")
    assert (bit.speaker, bit.role) == ("lawsuit", DOCUMENT)
    assert bit.text.text.endswith("before threatening them")
    blows = quotes_in(briefed["multi_news-val-2067"], "according to the affidavit")
    assert {(q.speaker, q.role) for q in blows} == {("affidavit", DOCUMENT)}


def test_analyze_no_one_in_general_and_no_name_of_a_thing(briefed):
    boom = briefed["multi_news-val-2366"]
    assert not speakers_of(boom, "claims of baby booms have previously popped up")
    assert not speakers_of(boom, "false “baby boom” claim")
    # "she posted a photo of an “Expected Date of Confinement Wheel” on Facebook"
    assert not speakers_of(boom, "Expected Date of Confinement Wheel")
    # "..., although spokeswoman Maryanne Boster acknowledged that ..."
    (boster,) = quotes_in(boom, "spokeswoman Maryanne Boster")
    assert (boster.speaker, boster.role) == ("Maryanne Boster", "spokeswoman")


def test_analyze_a_middle_initial_another_article_writes(briefed):
    # doc 1 "UC Berkeley Chancellor Robert Birgeneau said", doc 2 "Chancellor Robert J.
    # Birgeneau said": one speaker
    shooting = briefed["multi_news-val-4280"]
    assert {q.speaker for q in shooting if "Birgeneau" in q.speaker} == {"Robert J. Birgeneau"}


def test_analyze_the_writers_framing_is_not_the_words(briefed):
    # "James, meanwhile, said the same about the team he'd just vanquished and hinted at a
    # sequel: "This won't be the last time we see them in Finals.""
    (sequel,) = quotes_in(briefed["multi_news-val-5555"], "hinted at a sequel")
    assert sequel.speaker == "LeBron James"
    assert sequel.text.text == "This won't be the last time we see them in Finals"
    # "But Ms. Stinson, 21, later admitted ..., the police said in an arrest affidavit."
    (admitted,) = quotes_in(briefed["multi_news-val-2067"], "later admitted to leaving")
    assert admitted.speaker == "police" and admitted.text.text.startswith("Ms. Stinson, 21")
