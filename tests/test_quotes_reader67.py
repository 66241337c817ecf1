"""Who said what, sixty-seventh pass (reader55's findings, raw validation): how a letter was
written ("Podwill wrote in terms that a Japanese might understand", 4962) and a relative
"that" after what someone wrote ("text messages Strzok wrote that were critical of ...",
4113) are the writer's words, no one's row; one unnamed official written "a U.S. official",
"the official" and "the U.S. official" is one speaker (1557)."""

from __future__ import annotations

from chorus.api import brief
from tests.gold import inputs, quotes_in, speakers_of

_ADDERALL, _MH370, _STRZOK = "multi_news-val-4962", "multi_news-val-1557", "multi_news-val-4113"


def _briefed(cluster: str):
    analysis = brief(inputs((cluster,))[cluster], words=100).analysis
    assert analysis is not None
    return analysis.quotes


def test_how_a_letter_was_written_is_no_row_of_its_writer():
    found = _briefed(_ADDERALL)
    assert not quotes_in(found, "wrote in terms that a Japanese might understand")
    # the letter's own quoted words stay his
    assert speakers_of(found, "That's not who we are") == ["Loren Podwill"]


def test_a_relative_that_after_what_someone_wrote_is_no_row():
    found = _briefed(_STRZOK)
    assert not speakers_of(found, "were critical of President Donald Trump")


def test_one_unnamed_official_with_and_without_the_article_is_one_speaker():
    # "..., a U.S. official told CNN on Monday." ¶ "The official told CNN's Pamela Brown
    # ... that a cell-phone tower in Penang ..." ¶ "..., the U.S. official said."
    found = _briefed(_MH370)
    spoken = [
        *speakers_of(found, "made contact with a cell tower in Malaysia"),
        *speakers_of(found, "a cell-phone tower in Penang"),
        *speakers_of(found, "The details do appear to reaffirm suggestions"),
    ]
    assert spoken == ["U.S. official"] * 3
