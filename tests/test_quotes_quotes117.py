"""Who said what, hundred-and-seventeenth pass: a "he" or "she" credit no one is followed for
is the named speaker whose "X continued, “...”" opens the very next sentence (raw validation
0-based 111 [3]'s Brad Fischetti, "“It is with a truly broken heart ...,” he told E! News in a
statement."); raw 127's "It is ludicrous ..." is James Lynch's, as shown. (The pass's rule
naming "his father" by the cluster's role "Dunn's father", raw 121, moved the reader21 gold
and was reverted: journal/quotes.md.)"""

from __future__ import annotations

from tests.briefings import quotes_made, quotes_of


def test_fischetti_confirmed_the_death_to_e_news():
    rows = quotes_of("raw", 111)
    heart = [q.speaker for q in rows if q.words.startswith("It is with a truly broken heart")]
    assert heart == ["Brad Fischetti"]
    assert [q.speaker for q in rows if q.words.startswith("Devin, as the world")] == [
        "Brad Fischetti"
    ]


def test_lynchs_ludicrous_is_his_quotation_going_on():
    # reader110's check: the paragraph after "..., said James Lynch" is his, as shown
    rows = quotes_of("raw", 127)
    assert [q.speaker for q in rows if q.words.startswith("It is ludicrous")] == ["James Lynch"]


_MOURNING = (
    "Singer Tom Hale, the last member of the band, is mourning the death of friend and band "
    "mate Ray Burns.\n\n“I confirm that Ray passed away this morning,” {} told reporters.\n\n"
)


def test_he_before_a_named_speaker_who_continued():
    text = _MOURNING.format("he") + "Hale continued, “He was the best of us.”"
    assert quotes_made(text) == [
        ("Tom Hale", "I confirm that Ray passed away this morning"),
        ("Tom Hale", "He was the best of us"),
    ]


def test_she_before_a_man_who_continued_is_no_one():
    text = _MOURNING.format("she") + "Hale continued, “He was the best of us.”"
    assert quotes_made(text) == [("Tom Hale", "He was the best of us")]


def test_he_with_no_one_going_on_is_no_one():
    # two people named before and no "continued" after: whom "he" stands for is a guess
    assert quotes_made(_MOURNING.format("he") + "The band split in 2001.") == []
