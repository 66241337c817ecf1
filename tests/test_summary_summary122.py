"""The summary a reader sees (summary122, stop 55), on raw Multi-News validation clusters
(0-based lines of the file): an interview's greetings and thanks are never chosen (raw 144
[2], ABC's transcript: "GEORGE STEPHANOPOULOS: Thanks for joining us live ..." / "PRESIDENT
OBAMA: Great to be here."); a row left out as the page's makes no other row a second telling
(the president's "PRESIDENT OBAMA: Well, ..." answers, left out as restating "Great to be
here."); and no line of a transcript's page heads the briefing ("Because that actually will
add jobs-- ..."); a "That's" right after a one- or two-word exclamation reads alone (raw 3's
"Gasp!" / "That's life in the Harding family ...")."""

from __future__ import annotations

import pytest

import chorus.summarize.not_story as not_story
from chorus import brief
from chorus.dangling import says_what_exclaimed
from chorus.ingest import read_texts
from chorus.render.headline_choice import headline
from chorus.render.transcript_pages import transcript_page
from chorus.summarize.pleasantries import pleasantry
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences

THANKS = (
    "GEORGE STEPHANOPOULOS: Thanks for joining us live on ABCNews.com and Yahoo.com for this"
    " exclusive interview with President Barack Obama and thanks for having us to the White"
    " House."
)
GREAT = "PRESIDENT OBAMA: Great to be here."


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 144 (Obama's ABC interview, the last read here)."""
    return read_clusters(RAW_VALIDATION, 145)


def test_the_interview_s_greetings_are_its_only_pleasantries(clusters):
    """Over ABC's transcript, the two opening lines, and nothing else."""
    found = [t for t in sentences({"documents": clusters[144]["documents"][2:3]}) if pleasantry(t)]
    assert found == [THANKS, GREAT]


@pytest.mark.parametrize(
    "text",
    [
        "GEORGE STEPHANOPOULOS: Good morning.",
        "HOST: Thank you so much for having me on the show.",
        "LEE: It's a pleasure to be with you.",
        "ANCHOR: Welcome back to the program.",
    ],
)
def test_other_greetings_and_thanks_after_a_label_are_pleasantries(text):
    assert pleasantry(text)


@pytest.mark.parametrize(
    "text",
    [
        # an outlet's letter and a quoted thanks are no transcript's (raw 26, 104)
        "Thank you for being part of this community, and thanks for everything you do.",
        "“Thank you.”",
        # a question after the thanks is the interview's
        "HOST: Thanks for joining us, Senator; will you vote for the bill?",
        # an answer that tells something
        "PRESIDENT OBAMA: Well, we're going to be passing the trade bills.",
        "MARTIN: Good luck getting that through the Senate.",
    ],
)
def test_a_line_that_tells_or_asks_is_no_pleasantry(text):
    assert not pleasantry(text)


def test_without_its_first_article_144_opens_on_the_heading_then_the_interview(clusters):
    """The pleasantries out, the Cantor exchange and the trade bills come back below the
    president's line, as before split3's cuts tipped the near-tie (reader16's test)."""
    briefing = brief(clusters[144]["documents"][1:], words=250)
    texts = [s.text for s in briefing.summary]
    assert not any(pleasantry(t) for t in texts)
    assert texts[2].startswith("GEORGE STEPHANOPOULOS: As you might have heard in the last hour")
    assert texts[3] == (
        "PRESIDENT OBAMA: Well, look, what he needs to do is to tell us what exactly he's for."
    )
    assert "PRESIDENT OBAMA: Well, we're going to be passing the trade bills." in texts
    chosen = headline(briefing)
    assert chosen.text.startswith("OBAMA ON BANK OF AMERICA - From the ABC interview")
    assert chosen.source == "summary sentence 1, shortened"


def test_a_transcript_s_answer_never_heads_the_briefing(clusters, monkeypatch):
    """With the greetings kept (as on main before this pass), the summary holds the
    president's "Because that actually will add jobs-- ..." which stands alone by every
    other rule; it is his answer, and the heading heads the briefing still."""
    monkeypatch.setattr(not_story, "pleasantry", lambda text: False)
    briefing = brief(clusters[144]["documents"][1:], words=250)
    texts = [s.text for s in briefing.summary]
    assert GREAT in texts
    assert any(t.startswith("Because that actually will add jobs--") for t in texts)
    chosen = headline(briefing)
    assert chosen.source == "summary sentence 1, shortened"
    assert chosen.text.startswith("OBAMA ON BANK OF AMERICA - From the ABC interview")


@pytest.mark.parametrize(
    ("cluster", "article", "expected"),
    [
        (144, 2, True),  # Stephanopoulos and Obama, 36 and 35 turns
        (91, 0, True),  # Martin and Lee
        (144, 1, False),  # Politico's headings in capitals, one line each
        (30, 1, False),  # "STORY:" twice, one speaker only
    ],
)
def test_a_transcript_page_is_two_speakers_each_opening_two_lines(
    clusters, cluster, article, expected
):
    page = read_texts([clusters[cluster]["documents"][article]]).articles[0]
    assert transcript_page(page) is expected


HARDING = (
    "That's life in the Harding family from Montgomery, Ala., the self-titled \"Brainy"
    ' Bunch," who boast seven children enrolled in college by the time they were 12 years old.'
)


def test_a_that_s_after_a_gasp_tells_what_it_was_at(clusters):
    """Raw 3 [2]'s "Gasp!" is never chosen; the line after it tells the family's news, shown
    second below Heath Harding's "slacker" line it answers."""
    texts = [s.text for s in brief(clusters[3]["documents"], words=250).summary]
    assert texts[:2] == [
        'Heath Harding, 18, says he\'s "the slacker" of his nine siblings.',
        HARDING,
    ]
    assert "Gasp!" not in texts


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Gasp!", HARDING], [False, True]),
        (["Oh my!", "That is what they said."], [False, True]),
        (["“Wow!”", "That’s the third win in a row."], [False, True]),
        # a sentence of three words or more, or no exclamation, is what "That" points at
        (["He won the race again!", "That's the third win in a row."], [False, False]),
        (["Gasp.", "That's life."], [False, False]),
        # only "That's" / "That is": another pointer leans on the line before it
        (["Gasp!", "That family has seven."], [False, False]),
        (["That's life."], [False]),
    ],
)
def test_only_a_that_s_right_after_a_short_exclamation_is_read_alone(texts, expected):
    assert says_what_exclaimed(texts).tolist() == expected
