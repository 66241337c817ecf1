"""Quote attribution, fifty-ninth pass: reported words a speech participle leads on to a
quotation ("Colter told the hearing that ..., saying, "You fulfill ..."": raw
multi_news-val-101) end before the participle, the quotation a second row of the speaker's
own words; "the official said" right after "a senior administration official said" is that
official (5261). `fixtures/quote_reader59.json` holds the rows named (design) and rows of
the same shapes elsewhere (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader59")


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_quotes_reader59_gold(briefed):
    # main (15bfb36f): design 0 of 6 right, 6 made; blind 3 of 4, 4 made. This pass: all
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right == predicted == right_predicted == 6
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right == predicted == right_predicted == 4


def _rows(found: tuple[Quote, ...], sentence: str) -> list[tuple[str, str, str]]:
    return [(q.speaker, q.kind, q.words) for q in quotes_in(found, sentence)]


def test_a_participle_leads_on_to_a_second_row_of_the_speakers_words(briefed):
    # "Colter told the hearing that players' performance on the field was more important
    # to Northwestern than their in-class performance, saying, "You fulfill the football
    # requirement and, if you can, you fit in academics.""
    assert _rows(briefed["multi_news-val-101"], "Colter told the hearing") == [
        (
            "Kain Colter",
            "reported",
            "players' performance on the field was more important to Northwestern than "
            "their in-class performance",
        ),
        (
            "Kain Colter",
            "quote",
            "You fulfill the football requirement and, if you can, you fit in academics",
        ),
    ]
    # "Trump on Friday repeatedly claimed that he did not personally know Whitaker,
    # telling reporters, “I don’t know Whitaker.”"
    [reported, quoted] = quotes_in(briefed["multi_news-val-1720"], "telling reporters, “I")
    assert reported.words == "he did not personally know Whitaker"
    assert (quoted.kind, quoted.words) == ("quote", "I don’t know Whitaker")
    assert quoted.speaker == reported.speaker
    # "Cosby says he has plans for the future, noting, "I have a ton of ideas ...""
    [reported, quoted] = quotes_in(briefed["multi_news-val-2572"], "he has plans for the")
    assert reported.words == "he has plans for the future"
    assert quoted.words.startswith("I have a ton of ideas to put on television")
    assert quoted.speaker == "Bill Cosby"


def test_a_participle_quoting_inside_the_writers_clause_stays_in_the_words(briefed):
    # "Wood said a written disclaimer that CBS aired with its show, saying the opinions
    # “represent just some ...,” did not go far enough": the disclaimer's words, no row
    [row] = quotes_in(briefed["multi_news-val-325"], "Wood said a written disclaimer")
    assert row.words.endswith("did not go far enough")
    # "James said she had phone records ..., including one that says, "I want you ...""
    [row] = quotes_in(briefed["multi_news-val-3412"], "James said she had phone records")
    assert "including one that says" in row.words


def test_the_official_after_a_described_official_is_that_one(briefed):
    spying = briefed["multi_news-val-5261"]
    # "..., a senior administration official said. ¶ A final decision has not been made
    # and the move is still under review, the official said."
    assert {q.speaker for q in quotes_in(spying, "the official said")} == {
        "a senior administration official"
    }
    assert "official" not in {q.speaker for q in spying}
    # "The senior Obama administration official described the targets ... ¶ ..., the
    # official said, adding that ..."
    assert {q.speaker for q in quotes_in(briefed["multi_news-val-501"], "the official said")} == {
        "senior Obama administration official"
    }
    # "“They came in kind of separated,” the witness said." after "a source said": the
    # witness is not the source (another noun)
    assert {q.speaker for q in quotes_in(briefed["multi_news-val-1334"], "the witness said")} == {
        "witness"
    }
