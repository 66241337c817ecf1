"""Who said what, seventy-sixth pass (reader66's finding on raw validation 0-based 144,
multi_news-val-555): a transcript's turns, "GEORGE STEPHANOPOULOS: ..." and "PRESIDENT
OBAMA: ...", are the labelled speaker's words; so are 91's NPR turns (multi_news-val-3459,
"MICHEL MARTIN, HOST:" on a line of its own, then "MARTIN: ...", "LEE: ..."). A newsletter's
section heads (144's "EXCLUSIVE: ABA'S KEATING RIPS OBAMA - ...") and 226's links to other
columns ("LUPICA: LEBRON'S HEAT WILL TORMENT KNICKS ...", multi_news-val-5555) are no one's."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of

_OBAMA, _LEE, _HEAT = "multi_news-val-555", "multi_news-val-3459", "multi_news-val-5555"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_OBAMA, _LEE, _HEAT))


def _transcript_rows(quotes: tuple[Quote, ...], speaker: str) -> list[Quote]:
    """The speaker's rows from the transcript: words of a paragraph that opens on a label."""
    rows = []
    for quote in quotes:
        text, start = quote.text.article.text, quote.text.start
        line = text[text.rfind("\n", 0, start) + 1 : start]
        if quote.speaker == speaker and line[:1].isupper() and ": " in line:
            rows.append(quote)
    return rows


def test_an_interview_transcripts_turns_are_its_speakers_words(briefed):
    # [3] "PRESIDENT OBAMA: ..." on the $5 debit fee, after the banks' imagined words:
    # "Banks can make money. They can succeed, the old-fashioned way, by earning it. ...
    # And I think the American people are going to be on my side on that."
    quotes = briefed[_OBAMA]
    assert speakers_of(quotes, "Banks can make money.") == ["Barack Obama"]
    (fee,) = [q for q in quotes if q.words.startswith("Banks can make money.")]
    assert fee.words.endswith("the American people are going to be on my side on that.")
    # the interviewer's own question is his
    assert speakers_of(quotes, "Do you regret that?") == ["George Stephanopoulos"]
    for quote in _transcript_rows(quotes, "Barack Obama"):
        assert "\n" not in quote.words
        assert quote.text.article.text[quote.text.start : quote.text.end] == quote.words


def test_a_transcript_gives_each_speaker_a_few_rows_not_every_turn(briefed):
    # 71 turns: "Yeah.", "At minimum.", "Great to be here." are no rows of their own
    quotes = briefed[_OBAMA]
    assert 1 <= len(_transcript_rows(quotes, "Barack Obama")) <= 3
    assert 1 <= len(_transcript_rows(quotes, "George Stephanopoulos")) <= 3
    assert not {"Yeah.", "At minimum.", "Great to be here."} & {q.words for q in quotes}


def test_words_a_turn_tells_of_another_are_no_row_of_the_turns_speaker(briefed):
    quotes = briefed[_OBAMA]
    # Stephanopoulos: "Back in July-- Secretary of Defense Leon Panetta said that the
    # strategic defeat of Al Qaeda is within reach.": Panetta's row alone
    assert speakers_of(quotes, "the strategic defeat of Al Qaeda is within reach") == [
        "Leon Panetta"
    ]
    # a viewer's question read out: "“These are the types of things government should get
    # involved in and put a stop to.”"
    assert speakers_of(quotes, "These are the types of things") == []
    # Obama: "... the banks, who say to themselves, “You know what? This is actually not
    # good business practice.”" is the banks' imagined words, no row of his
    assert speakers_of(quotes, "This is actually not good business practice") == []


def test_section_heads_and_column_links_are_no_speakers(briefed):
    assert not any(q.speaker.casefold() in ("exclusive", "tech blink") for q in briefed[_OBAMA])
    assert not {"Lupica", "Lawrence"} & {q.speaker for q in briefed[_HEAT]}


def test_a_radio_transcripts_guest_and_host(briefed):
    # "LEE: Slaves didn't free themselves. ..."; "MICHEL MARTIN, HOST:" alone on its line,
    # the turn the paragraph after it, then "MARTIN: That's Opal Lee. ..."
    quotes = briefed[_LEE]
    assert speakers_of(quotes, "Slaves didn't free themselves.") == ["Opal Lee"]
    assert speakers_of(quotes, "That's Opal Lee. She is on a quest") == ["Michel Martin"]
    assert speakers_of(quotes, "This week, thousands of Americans") == ["Michel Martin"]
    # the host's "she says the holiday is so important ..." tells Lee's words: no host row
    assert speakers_of(quotes, "the holiday is so important") == []
    # NPR's notice after the last turn is no one's
    assert speakers_of(quotes, "NPR transcripts are created") == []
