"""A line opening on someone's kin by a possessive ("His wife said ...", "Her son, Mike Lyons,
...") reads with the line going on about that one or not at all: raw 17's Jeff Delacruz's
wife, shown below the grandfather's words, read as his; 187's Linda Lyons's son, below a line
on a child and a contractor, as no one's (summary126, raw Multi-News validation, 0-based
lines of the file)."""

from __future__ import annotations

from chorus.summarize.pronouns_apart import possessive_apart
from tests.raw_pages import raw_clusters
from tests.summary_texts import before_and, summary

_ALI = "“She’s in the hospital. She’s injured,” Ali told reporters at the scene."
_DELACRUZ = "“She keeps saying, ‘Everything is OK.’ She’s probably traumatized,” said Delacruz, 28."
_WIFE = "His wife said the elevators are always out of service."


def test_a_possessive_below_a_line_on_no_one_of_its_kind_is_read():
    texts = [_ALI, _DELACRUZ, _WIFE]
    # below another man's words (a speaker, no "he" outside the quotation): his wife
    assert possessive_apart(texts, [0, 2]) == ([2], set())
    # right below its line before, it is that line's one's
    assert possessive_apart(texts, [0, 1, 2]) == ([], set())
    # shown first, it is no one's
    assert possessive_apart(texts, [2]) == ([2], set())


def test_a_line_going_on_about_one_of_its_kind_gives_the_owner():
    texts = [
        "He'd been the subject of a search after police said he was last seen Tuesday.",
        "The Associated Press left a message seeking information from Houston police.",
        "His girlfriend, Daisha Lewis, told WWJ-AM she was supposed to meet him on campus.",
    ]
    # raw 54: the "he" of the run is the man
    assert possessive_apart(texts, [0, 2]) == ([], set())
    # a line opening on a full name gives him too; one on a capitalised word alone does not
    texts[0] = "Carl Conyers was found early Friday in the Houston area."
    assert possessive_apart(texts, [0, 2]) == ([], set())
    texts[0] = "One child was taken to the Children’s Hospital of Philadelphia."
    assert possessive_apart(texts, [0, 2]) == ([2], set())
    # "Her" wants a "she": a "he" above gives no woman
    texts[0] = "He said the house shook."
    texts[2] = "Her son said he felt a whoosh."
    assert possessive_apart(texts, [0, 2]) == ([2], set())


def test_only_kin_and_representatives_are_read():
    texts = [_ALI, _DELACRUZ, ""]
    for line, read in (
        ("Her lawyer declined to comment.", True),
        ("His family says he had been here less than a year.", True),
        ("Her injuries have left her tetraplegic.", False),
        ("His wife's car was found.", False),
        ("His son-in-law spoke.", False),
        ("Hiss wife said so.", False),
    ):
        texts[2] = line
        assert possessive_apart(texts, [0, 2])[0] == ([2] if read else []), line


def test_a_possessive_whose_line_before_opens_on_a_pronoun_is_left_out():
    cluster = raw_clusters()[187]
    before, son = before_and(cluster, "Her son, Mike Lyons, 27,")
    assert before == "She immediately called 9-1-1."
    texts = ["One child was taken to the Children’s Hospital of Philadelphia.", before, son]
    assert possessive_apart(texts, [0, 2]) == ([2], {2})


def test_raw_17_shows_the_wife_below_her_husband():
    shown = summary(raw_clusters()[17])
    at = shown.index(_WIFE)
    assert shown[at - 1].startswith("“She keeps saying, ‘Everything is OK.")
    assert shown[at - 2].startswith("Jeff Delacruz, who lives in the building,")


def test_raw_187_shows_no_son_of_no_one():
    shown = summary(raw_clusters()[187])
    assert not any(text.startswith("Her son, Mike Lyons") for text in shown)
    assert not any(text.startswith("She immediately called") for text in shown)
