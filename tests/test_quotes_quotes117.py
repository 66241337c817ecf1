"""Who said what, hundred-and-seventeenth pass: a relation named by its owner ("his father",
"Xu's wife") is the one speaker the cluster gives that relation as a role ("Phillip Dunn",
whose role "Dunn's father" raw validation 0-based 121 [2] read; "He Xintong", "Xu Wenli's
wife", DUC 29); and a "he" or "she" credit no one is followed for is the named speaker whose
"X continued, “...”" opens the very next sentence (raw 111 [3]'s Brad Fischetti)."""

from __future__ import annotations

from chorus.analyze.quote_name_forms import relations_by_role
from tests.briefings import quotes_made, quotes_of


def test_his_father_is_phillip_dunn():
    rows = quotes_of("raw", 121)
    assert [q.speaker for q in rows if q.words == "A bad way, bad way"] == ["Phillip Dunn"]
    assert not [q for q in rows if q.speaker.endswith("'s father")]
    # the father's other rows and his son's question stay as they were
    assert [(q.speaker, q.role) for q in rows if q.words.startswith("This thing is viral")] == [
        ("Phillip Dunn", "Dunn's father")
    ]
    assert [q.speaker for q in rows if q.words == "In a good way or a bad way?"] == ["Michael Dunn"]


def test_xus_wife_is_he_xintong():
    rows = quotes_of("duc", 29)
    held = [q.speaker for q in rows if q.words.startswith("she does not know where he is")]
    lawyer = [q.speaker for q in rows if "court-appointed lawyer" in q.words]
    assert held == ["He Xintong"]
    assert lawyer == ["He Xintong"]
    assert not [q for q in rows if q.speaker.endswith("'s wife")]


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


def test_a_relation_two_speakers_hold_is_no_ones():
    given = ["Ann Roe", "Bea Roe", "Roe's sister", "Carl Dunn", "Dunn's father"]
    roles = ["Roe's sister", "Roe's sister", None, "Dunn's son", None]
    # two sisters named: no one's; a son is no father
    assert relations_by_role(given, roles) == given


def test_a_relation_of_another_owner_is_not_named():
    given = ["Phillip Dunn", "Davis's father"]
    assert relations_by_role(given, ["Dunn's father", None]) == given


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
