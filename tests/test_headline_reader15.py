"""The headline's fifteenth pass, on raw Multi-News validation clusters (0-based lines of the
file) at 250 words, their articles without titles: a wire lead opening "An hour after ..."
sorts first no more, a concession whose "but" falls past the cut is background, a lead the
headline shows whole may win by its whole words, and with no lead a later sentence telling
its article's left-out lead again stands in for it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.render.headline_choice import headline
from chorus.render.headline_news import background
from chorus.render.headline_wire import wire_lead
from chorus.sentences import split
from tests.briefings import briefing
from tests.briefings import raw_briefing as _briefing
from tests.test_headline_reader14 import LATER_SUMMARY

FIXTURE = Path(__file__).parent / "fixtures" / "headline_pass15.json"
JUDGED = json.loads(FIXTURE.read_text(encoding="utf-8"))
PASS14 = json.loads((FIXTURE.parent / "headline_pass14.json").read_text(encoding="utf-8"))


def _summary_sentence(line: int, opening: str):
    return next(s for s in _briefing(line).summary if s.text.startswith(opening))


# Cleaning's twenty-fifth pass took 207's video caption out (after summary19 had made it
# summary sentence 3): the Journal's own lead, which the caption told again, now heads
# (docs/journal/cleaning.md, "Cleaning, twenty-fifth pass (stop 35)").
LATER_CLEANING = {
    207: (
        "Sprint Nextel Corp. will begin selling the new version of the Apple iPhone in "
        "mid-October…",
        "summary sentence 1, shortened",
    ),
    # summary23 brings in 20's line introducing Jimmy Page before it: the same headline;
    # summary34 shows Page's "... as we all know it." after his credit, further down;
    # summary40 shows the first page's telling of those words (after Page's line), before it;
    # summary81 (stop 46) opens the summary on it, as on 153's
    20: (
        "Legendary rock group Led Zeppelin have unveiled two previously unheard recordings"
        " ahead of the reissue of the band's first three albums in June.",
        "summary sentence 1",
    ),
    153: (
        "Two missing girls were found dead after they vanished while hiking along an abandoned"
        " railroad track in a small Indiana town on Monday.",
        "summary sentence 1",
    ),
}


@pytest.mark.parametrize("analyze", [True, False])
@pytest.mark.parametrize("change", JUDGED["changes"], ids=lambda c: f"{c['corpus']}-{c['cluster']}")
def test_every_headline_the_pass_changed_holds(change, analyze):
    # Each read against main's headline and the editor's, written from the articles first
    # (fixture): all four better, with and without the analysis alike.
    assert change["judged"] == "better"
    chosen = headline(_briefing(change["cluster"], analyze))
    expected = LATER_CLEANING.get(change["cluster"], (change["after"], change["after_from"]))
    assert (chosen.text, chosen.source) == expected
    assert chosen.text != change["before"]


def test_a_lead_opening_an_hour_after_is_no_wire_lead():
    # Raw 153: past "DELPHI, Ind. -- ", cut to a headline it showed only its clause.
    clause = _summary_sentence(153, "An hour after Delphi Assistant Fire Chief")
    assert not wire_lead(clause.shown)
    # Raw 54's lead past its dateline still is one.
    assert wire_lead(_summary_sentence(54, "Houston police say").shown)


def test_a_concession_whose_but_falls_past_the_cut_is_background():
    # Raw 171: "... -- but today it's announcing ..." at character 145.
    assert background(_summary_sentence(171, "Google might be a lot of things").text)
    # Raw 0: its "but" within the cut, the sentence tells the news.
    assert not background(_summary_sentence(0, "The United States of America may be").text)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # A lead read whole on a tie heads on a writer's setup ("If you've ever eaten a
        # McRib, ...") or the story's background ("Before the flight ..., Jack the cat
        # escaped ...", the cat since found: raw 166's case until stop 44, below).
        (
            57,
            "Joining the menu today at McDonald’s restaurants across Austria is the McRibster, a "
            "snazzier version of the classic sandwich.",
        ),
        # A sentence starting inside its article's opening is no telling again of it (the
        # byline's "By Carmen D. Siering and Katherine Spillar Sure, the film New Moon ...").
        (247, "… headline writers are using the language of teen girls."),
    ],
)
def test_a_lead_read_whole_or_retold_needs_more_than_a_tie(line, text):
    assert headline(_briefing(line)).text == text


@pytest.mark.parametrize("analyze", [True, False])
def test_raw_166_no_longer_shows_its_blogs_links_nor_heads_on_the_escape(analyze):
    # Raw 166's blog lists "PREVIOUSLY:" headlines of its earlier posts; since stop 44
    # (cleaning48) they are furniture, so the summary no longer says "Searchers Still Seek
    # Jack" of a cat since found. Its headline then moved to [2]'s lead, the escape that led
    # up to the news ("Before the flight ..."); since summary66 that line is background and
    # the airline's line on the search, the recovery and the fight for his life heads again.
    # Since summary103 (stop 51) the airline's page, written as "we", opens no summary the
    # escape can open: the news that he was found heads.
    briefing = _briefing(166, analyze)
    assert not any(s.text.startswith("2 Months In") for s in briefing.summary)
    escape = next(s for s in briefing.summary if s.text.startswith("Before the flight"))
    assert escape.shown.index == 0
    assert background(escape.text)
    assert headline(briefing).text == (
        "American Airlines is happy to announce that Jack the Cat has been found safe and well"
        " at JFK airport."
    )


@pytest.mark.parametrize(
    ("corpus", "line", "opening"),
    [
        # Where it happened, not what came before: DUC 17's beatification, raw 102's call.
        ("duc", 17, "Before a huge crowd spread over several muddy hillsides"),
        ("raw", 102, "Before an audience of supporters, Holder recently called"),
    ],
)
def test_a_before_that_places_the_news_is_no_background(corpus, line, opening):
    sentences = [
        s.text
        for document in briefing(corpus, line, False).documents
        for s in split(document)
        if s.text.startswith(opening)
    ]
    assert sentences
    assert not any(background(text) for text in sentences)


# summary18 (merged before this pass) changed raw 173's blind headline: the fourteenth
# pass's test holds what it is now.


@pytest.mark.parametrize("judged", PASS14["blind"], ids=lambda a: f"blind14-{a['cluster']}")
def test_the_fourteenth_passs_blind_headlines_stay(judged):
    # The check the pass was held to (scored once, at the end): none of the 20 changed.
    chosen = headline(_briefing(judged["cluster"]))
    expected = LATER_SUMMARY.get(judged["cluster"], (judged["headline"], judged["source"]))
    assert (chosen.text, chosen.source) == expected
