"""A quotation credited to a surname that only a line shown below names in full is moved, once
the summary is made, below that line with its words going on ("“...,” says Page." above "Jimmy
Page has spent ...", raw 20); a surname opening a line with an age then or now ("Bridges, then
29, ...", raw 7) is read as one with an age (summary133; raw Multi-News validation, 0-based
lines of the file)."""

from __future__ import annotations

import pytest

from chorus.summarize.surnames import named_in_full_first, opening_surname
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _at(summary: list[str], opening: str) -> int:
    return next(n for n, text in enumerate(summary) if text.startswith(opening))


def test_an_age_then_or_now_is_read_as_an_age():
    assert opening_surname("Bridges, then 29, was an accomplished climber.") == "Bridges"
    assert opening_surname("Poole, now 28, denied the allegations.") == "Poole"
    assert opening_surname("Hayes, 28, then drew a handgun.") == "Hayes"
    # a figure running on, or a word other than "then"/"now", is no age
    assert opening_surname("Hayes, then 2,800 feet up, was cold.") is None
    assert opening_surname("Bridges, aged 29, was a climber.") is None


def test_bridges_is_shown_below_the_line_naming_him(clusters):
    # raw 7 at main showed "Bridges, then 29, ..." third, six lines above "Alex Lowe and David
    # Bridges were swept away in 1999 ...": "then" before the year it means
    summary = summary_texts.summary(clusters[7])
    named = _at(summary, "Alex Lowe and David Bridges were swept away")
    assert _at(summary, "Bridges, then 29, was an accomplished") > named


def test_a_speaker_moves_below_the_line_naming_them_with_the_words_going_on():
    texts = [
        "The study found the largest dinosaur foot.",
        "“This is surprising,” Tschopp said.",
        "“Many other sauropods seem to have inhabited smaller areas.”",
        "He added that more digs were planned.",
        "The foot was found in 1998.",
        "“It is the largest foot,” study co-researcher Emanuel Tschopp told Live Science.",
        "The fossils are in Kansas.",
    ]
    assert named_in_full_first(texts, texts, speakers=True) == [0, 4, 5, 1, 2, 3, 6]
    # without `speakers`, as the rules read the summary, a speaker stays where it is
    assert named_in_full_first(texts, texts) == list(range(len(texts)))


def test_a_speaker_stays_when_named_above_or_nowhere():
    above = [
        "Jimmy Page has spent years on the releases.",
        "“You realise how important it is,” says Page.",
        "Page and Plant met in 1968.",
    ]
    assert named_in_full_first(above, above, speakers=True) == [0, 1, 2]
    nowhere = ["The team will land in five days, Hill said.", "The pilots are bundled up."]
    assert named_in_full_first(nowhere, nowhere, speakers=True) == [0, 1]
    # a word the cluster writes in lower case too is no surname ("Police said ...")
    police = ["Police said the road was shut.", "The chief, Jane Police, spoke."]
    cluster = [*police, "The police said so."]
    assert named_in_full_first(police, cluster, speakers=True) == [0, 1]


@pytest.mark.parametrize(
    ("line", "speaker", "naming"),
    [
        (20, '"You realise just how important all of those', "Jimmy Page has spent the last"),
        (33, '"This is surprising," Tschopp said.', "At nearly 3.2 feet (1 meter) long"),
        (34, '"The president has denied the allegations', "Sarah Sanders was asked a simple"),
        (67, "But last week, Serna told Olivera", "A Cumberland County judge sentenced veteran"),
        (169, "\"Today's acquisition is a long-term bet", "Facebook CEO Mark Zuckerberg told"),
        (173, "The team is expected to land in the next", "“Everything went just like a textbook"),
        (205, "\"It's one of the strangest things", "The night’s biggest award"),
    ],
)
def test_raw_speakers_are_shown_below_their_naming_line(clusters, line, speaker, naming):
    summary = summary_texts.summary(clusters[line])
    assert _at(summary, speaker) == _at(summary, naming) + 1


def test_the_words_going_on_go_along(clusters):
    # raw 33's Tschopp and 137's Colbert: the quotation after the credit stays right below it
    summary = summary_texts.summary(clusters[33])
    surprising = _at(summary, '"This is surprising," Tschopp said.')
    assert summary[surprising + 1].startswith('"Many other sauropod dinosaurs')
    summary = summary_texts.summary(clusters[137])
    honored = _at(summary, "“I am so honored to be here right now")
    assert _at(summary, "Stephen Colbert kicked off day one") < honored
    assert summary[honored + 1].startswith("“We, uh, what’s the word for it?")
