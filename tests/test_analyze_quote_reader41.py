"""Quote attribution, forty-first pass: what a twenty-sixth reader found on raw validation
clusters (multi_news-val-2986, 3651, 79, 1867). A day's possessive owns no paper ("Tuesday's
lawsuit says" is the lawsuit's); "said Cohen, through his own attorney, ..., has made" names
whom the words are about, not who spoke; a nickname inside a name is no quotation; a name
before a title at a sentence's end owns the title ("said the White House press secretary");
one speaker under a middle name or an article is one; "the lawyer" is the one a named
owner's "attorney" apposition names. `fixtures/quote_reader41.json` holds the reader's
sentences (design) and every attribution of one cluster no quote test names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader41")
_DANIELS, _DELPHI, _EICHMANN, _NBC = (
    "multi_news-val-2986",
    "multi_news-val-3651",
    "multi_news-val-79",
    "multi_news-val-1867",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def _speakers(found: tuple[Quote, ...], words: str) -> list[str]:
    return [q.speaker for q in quotes_in(found, words)]


def test_analyze_reader41_gold(briefed):
    # main (2361f35): design 1 of 11 right, 11 made, 1 right; blind 6 of 6, 1 made, 1
    # right. This pass: design 9 of 11, 7 made, 7 right (missed: Sanders's "Not that I'm
    # aware of" and Eichmann's "the German wrote", now given no one); blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 9 and predicted == right_predicted
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right == 6 and predicted == right_predicted


def test_analyze_a_days_lawsuit_is_the_lawsuit(briefed):
    # "Tuesday's lawsuit says that Trump attorney Michael Cohen ... attempted to ..."
    assert _speakers(briefed[_DANIELS], "Tuesday's lawsuit says") == ["lawsuit"]
    assert "Tuesday's lawsuit" not in {q.speaker for q in briefed[_DANIELS]}


def test_analyze_whom_the_words_are_about_does_not_speak(briefed):
    # "Reached for comment ..., Clifford's current attorney, Michael Avenatti, said Cohen,
    # through his own attorney, Lawrence Rosen, has made further attempts ..."
    assert _speakers(briefed[_DANIELS], "Reached for comment late Wednesday") == [
        "Michael Avenatti"
    ]


def test_analyze_a_nickname_inside_a_name_is_no_quotation(briefed):
    # "Police confirmed Wednesday the identities of the two bodies as Liberty “Libby”
    # German, 14, and Abigail “Abby” Williams, 13, and say ..."
    said = quotes_in(briefed[_DELPHI], "Police confirmed Wednesday the identities")
    assert not any(q.text.text.startswith("“Libby”") for q in said)


def test_analyze_a_name_before_a_title_is_not_the_speaker(briefed):
    # "“Not that I'm aware of,” said the White House press secretary." is Sanders's, whom
    # the article follows no longer (two more people named before): no one's, not the
    # White House's
    assert "White House" not in _speakers(briefed[_DANIELS], "Not that I'm aware of")


def test_analyze_a_middle_name_or_an_article_makes_no_second_speaker(briefed):
    speakers = {q.speaker for q in briefed[_DANIELS]}
    assert "Sarah Huckabee Sanders" in speakers and "Sarah Sanders" not in speakers
    nbc = {q.speaker for q in briefed[_NBC]}
    assert "NBC spokesperson" in nbc
    assert not {"an NBC spokesperson", "a NBC spokesperson"} & nbc


def test_analyze_the_lawyer_is_the_attorney_a_named_owner_has(briefed):
    # "Eichmann's German attorney, Dr. Robert Servatius, noted ... ¶ The lawyer added that
    # ... ¶ "The condemned did not act ...""
    eichmann = briefed[_EICHMANN]
    for words in ("The lawyer added that", "The condemned did not act"):
        assert _speakers(eichmann, words) == ["Robert Servatius"]
    assert "German" not in {q.speaker for q in eichmann}
