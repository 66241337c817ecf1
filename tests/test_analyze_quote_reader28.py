"""Quote attribution, twenty-eighth pass: two readers' findings on raw validation clusters
(multi_news-val-1760, 4684, 5077, 5184, 1513). A short reply that opens its sentence is
its speaker's words ("“Oh, yes,” Greene said without elaborating."); a coordinated clause
inside words said before their speaker is no writer's clause; "in a news release" names
the statement quoted next; "in an ... email" is no role; "complained" and "fumed" speak
after a quotation; a closing "according to ..." is the writer's; a
name without its accents, and an MP's party and title, are one person's name.
`fixtures/quote_reader28.json` holds the readers' sentences (design) and every attribution
of three clusters no quote test names (blind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = json.loads(
    (Path(__file__).parent / "fixtures" / "quote_reader28.json").read_text("utf-8")
)["items"]


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def _said(found: tuple[Quote, ...], words: str) -> list[tuple[str, str | None, str]]:
    return [(q.speaker, q.role, q.text.text) for q in found if words in q.text.text]


def test_analyze_reader28_gold(briefed):
    # main (b5a3b02): design 2 of 26 right, 16 quotes made, 2 right; blind 36 of 41, 31
    # made, 30 right. This pass: design 10 of 26, 18 made, 10 right; blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 10 and right_predicted >= 10 and predicted - right_predicted <= 8
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 36 and right_predicted >= predicted - 1


def test_analyze_a_short_reply_is_its_speaker_s_words(briefed):
    # "Was the escort proper? “Oh, yes,” Greene said without elaborating."
    sheen = briefed["multi_news-val-1760"]
    assert _said(sheen, "Oh, yes") == [("Lamar Greene", None, "Oh, yes")]
    assert not [q for q in sheen if "elaborating" in q.text.text]


def test_analyze_words_said_before_their_speaker_keep_their_clauses(briefed):
    # "The Klansman admitted to stabbing the man, but told the officers that it was
    # self-defense, Wyatt said.": the officer's account, whole
    klan = briefed["multi_news-val-4684"]
    said = _said(klan, "The Klansman admitted")
    assert [(who, words[-25:]) for who, _, words in said] == [
        ("Daron Wyatt", " that it was self-defense")
    ]
    # "Anaheim Police said in a news release ... “...,” according to the statement."
    assert speakers_of(klan, "Those officers were on scene") == ["Anaheim Police Department"]
    assert "statement" not in [q.speaker for q in klan]


def test_analyze_the_writer_s_words_and_settings_stay_out(briefed):
    flint = briefed["multi_news-val-5077"]
    # "State epidemiologist Shannon Johnson, in an October 2014 email to colleagues, wrote"
    assert [(w, r) for w, r, _ in _said(flint, "the current hypothesis")] == [
        ("Shannon Johnson", None)
    ]
    # "..., could also foster Legionella growth, according to meeting notes."
    assert [t[-17:] for _, _, t in _said(flint, "extensive flushing")] == ["Legionella growth"]
    # "“This is beyond irresponsible, ...” Wurfel fumed."
    assert speakers_of(flint, "This is beyond irresponsible") == ["Brad Wurfel"]


def test_analyze_complained_and_an_accentless_name(briefed):
    # '"He passed out photographs [of the statues] in the hallway," complained Stewart'
    assert speakers_of(briefed["multi_news-val-5184"], "He passed out photographs") == [
        "Jeff Stewart"
    ]
    # "Liberal MP Mauril Belanger" of one article is the "Bélanger" of another
    anthem = briefed["multi_news-val-1513"]
    assert speakers_of(anthem, "I remain committed") == ["Mauril Bélanger"]
    assert speakers_of(anthem, "By the way Mr Speaker") == ["Mauril Bélanger"]
    assert not [q for q in anthem if "MP" in q.speaker or q.speaker == "Belanger"]
