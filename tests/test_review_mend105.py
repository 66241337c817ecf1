"""Review mends, summary, thirteenth pass (mend105, stop 56): a paragraph's start read by one
helper (a lead-in opening its article was searched from its second character), a signature's
surname found as a whole word without a pattern compiled for it, the own-aside cut of a
quotation read on its own pattern's bracket, and a team's nickname searched as written."""

from __future__ import annotations

import pytest

from chorus.analyze.entity_teams import teams_by_nickname
from chorus.language.quote_marks import trim
from chorus.language.quoted_passages import paragraph_start, quoted_after_lead
from chorus.model import Article, Sentence
from chorus.summarize.passages_apart import passages_apart
from tests.briefings import raw_briefing


def _sentence(text: str, words: str, index: int = 0) -> Sentence:
    start = text.index(words)
    return Sentence(Article("a", text, "a"), index, start, start + len(words))


def test_paragraph_start_edges():
    text = "One.\n\nTwo. Three.\n\nFour."
    assert paragraph_start(text, 0) == 0
    assert paragraph_start(text, text.index("One")) == 0
    assert paragraph_start(text, text.index("Three")) == text.index("Two")
    assert paragraph_start(text, text.index("Four")) == text.index("Four")


def test_a_lead_in_opening_its_article_is_read_from_its_first_character():
    # the lead-in is the whole first paragraph: searched from its second character, "wrote"
    # lost its "w" and the passage after it read as the page's own
    text = "wrote:\n\nI was there that night.\n\nThe page goes on."
    assert quoted_after_lead(_sentence(text, "I was there that night.", 1))
    assert not quoted_after_lead(_sentence(text, "The page goes on.", 2))


def test_a_signed_passage_is_left_out_unless_a_line_above_writes_the_surname_as_a_word():
    text = (
        "Ehrlichman spoke first.\n\nEhrlich's book is old.\n\n"
        "I came to Delhi one night. People, people. —Paul Ehrlich"
    )
    lines = [
        _sentence(text, "Ehrlichman spoke first.", 0),
        _sentence(text, "Ehrlich's book is old.", 1),
        _sentence(text, "I came to Delhi one night.", 2),
    ]
    # "Ehrlichman" is not "Ehrlich": the passage's line goes
    assert passages_apart(lines, [0, 2]) == [2]
    # "Ehrlich's" writes it
    assert passages_apart(lines, [1, 2]) == []


def test_raw_45_still_shows_none_of_ehrlichs_lines():
    summary = " ".join(s.text for s in raw_briefing(45).summary)
    assert "I came to understand it emotionally" not in summary
    assert "The temperature was well over 100" not in summary


@pytest.mark.parametrize("gap", [" ", "  ", "\n"])
def test_the_words_end_before_the_writers_bracketed_sentence_after_any_space(gap):
    text = f"“It is done.”{gap}(The song is also brutal.) More"
    start, end = trim(text, 0, text.index(" More"))
    assert text[start:end] == "It is done"


def test_a_nickname_is_searched_as_written():
    labels = {"Boston": "place", "Boston A.s": "organisation"}
    runs = {"A.s"}
    assert teams_by_nickname(labels, runs, "Then the A.s announced a trade.") == {
        "A.s": "Boston A.s"
    }
    # its stop is a stop, not any character
    assert teams_by_nickname(labels, runs, "Then the AXs announced a trade.") == {}
    # a bracket in a nickname is read as a bracket, not a pattern's group
    brackets = {"Boston": "place", "Boston (Red)s": "organisation"}
    assert teams_by_nickname(brackets, {"(Red)s"}, "the (Red)s won it") == {
        "(Red)s": "Boston (Red)s"
    }
