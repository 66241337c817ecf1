"""The headline's sixteenth pass, on raw Multi-News validation clusters (0-based lines of the
file), their articles without titles: a reply's opener ("Well, ...") and a quotation's end
stand alone no more, a dashed aside the cut would end inside is left out, and a lead with a
part left out inside it is read whole when leads are compared."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chorus.render.headline_choice import _stands_alone, headline
from chorus.render.headline_news import ends_a_quotation
from chorus.render.shortening import CUT_MARK, shortened
from chorus.sentences import split
from tests.briefings import assert_change_holds, briefing, change_id, raw_briefing

FIXTURE = Path(__file__).parent / "fixtures" / "headline_pass16.json"
JUDGED = json.loads(FIXTURE.read_text(encoding="utf-8"))
_LIMIT, _REACH = 120, 150


def _summary_text(line: int, opening: str, analyze: bool = True, words: int = 250) -> str:
    summary = briefing("raw", line, analyze, words).summary
    return next(s.text for s in summary if s.text.startswith(opening))


def _article_sentence(line: int, opening: str) -> str:
    documents = raw_briefing(line).documents
    return next(s.text for d in documents for s in split(d) if s.text.startswith(opening))


def test_every_headline_the_pass_changed_is_judged_better():
    # 13 headlines over 280 clusters, 2 budgets, with and without the analysis: each read
    # against main's and the editor's headline, written from the articles first.
    assert len(JUDGED["changes"]) == 13
    assert sum(c["judged"] == "better" for c in JUDGED["changes"]) == 13


# Raw 246's at 100 words (both) since summary99 (stop 49): [3]'s lead, which headed, tells
# the death [1] told first and is out of the summary; [1]'s line heads, the sentence the
# pass had replaced (read again: the same news, judged the same).
_LATER = {
    246: "Bryan Johnson, 24, was found dead in his home in Millis around 3:30 a.m. on"
    " Thanksgiving, according to the Norfolk District Attorney’s Office.",
}


@pytest.mark.parametrize("change", JUDGED["changes"], ids=change_id)
def test_every_headline_the_pass_changed_holds(change):
    # Its words and its kind of source, not the sentence's number: 45's headline moved from
    # summary sentence 5 to 4 when cleaning took out TIME's link headlines closing [2] (stop
    # 43, sources12) and selection took another copy of a sentence quoted in both pages.
    if change["cluster"] in _LATER:
        later = briefing("raw", change["cluster"], change["analyze"], change["words"])
        assert (headline(later).text, headline(later).source) == (
            _LATER[change["cluster"]],
            "summary sentence 1",
        )
        return
    assert_change_holds(change, _kind)


def _kind(source: str) -> str:
    return re.sub(r"\d+", "N", source)


def test_a_replys_opener_does_not_stand_alone():
    # Raw 144: the writer answers a reader's question no one asked; the news follows.
    well = _summary_text(144, "Well, Republicans")
    assert not _stands_alone(well, capitals=True)
    # Raw 64: "No one ..." opens on no reply.
    assert _stands_alone(_summary_text(64, "No one liked", analyze=False), capitals=True)


def test_with_nothing_else_standing_alone_the_opener_still_heads():
    # Raw 144 at 100 words: every other summary sentence is a quotation or its end.
    chosen = headline(briefing("raw", 144, True, 100))
    assert chosen.text.startswith("Well, Republicans have a convenient sound bite")


def test_a_quotations_end_does_not_stand_alone():
    # Raw 144: the end of "From the ABC interview: “This is exactly why ...". (Out of its
    # summary since summary29: a sentence inside a quotation left open waits for it.)
    end = _article_sentence(144, "That you have to treat them")
    assert ends_a_quotation(end)
    assert not _stands_alone(end, capitals=True)
    # Raw 83: a quotation opened and closed in the sentence.
    said = _summary_text(83, "One of the founders of The Robin Collective")
    assert not ends_a_quotation(said)


@pytest.mark.parametrize(
    ("line", "opening", "cut"),
    [
        (
            45,
            "Some time late in 2011",
            f"Some time late in 2011 {CUT_MARK} humanity will reach a new demographic milestone"
            " with the birth of the 7th billion living person.",
        ),
        (
            246,
            "A former Millis police officer",
            f"A former Millis police officer {CUT_MARK} was found dead in his home before dawn on"
            " Thanksgiving Day, authorities said.",
        ),
        (
            112,
            "Pelosi, a savvy political operator",
            f"Pelosi, a savvy political operator, understands that the bill {CUT_MARK} will pass.",
        ),
    ],
)
def test_a_dashed_aside_the_cut_ends_inside_is_left_out(line, opening, cut):
    assert shortened(_article_sentence(line, opening), _LIMIT, _REACH) == cut


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # A dateline's dash opens no aside ("OTTAWA … for a second time -- ...").
        (49, "OTTAWA -- Liberal MP"),
        (234, "(CNN) -- The winter storm"),
        # Too little after the aside to tell anything ("... effort ……").
        (98, "THC, the main psychoactive"),
    ],
)
def test_no_aside_is_left_out_after_a_dateline_or_before_too_little(line, opening):
    cut = shortened(_article_sentence(line, opening), _LIMIT, _REACH)
    assert f" {CUT_MARK} " not in cut
    assert cut.startswith(opening) and cut.endswith(CUT_MARK)


@pytest.mark.parametrize("left", JUDGED["left"], ids=lambda a: f"left-{a['cluster']}")
def test_the_items_no_general_rule_fixed_keep_their_headline(left):
    # Judged from the articles (fixture): 207 heads on the news; the others are left with
    # reasons (a passed-over headline there is no better).
    expected = LATER_CLEANING.get(left["cluster"], left["headline"])
    assert headline(raw_briefing(left["cluster"])).text == expected


# clean25, merged before this pass, removes raw 207's video caption: the Journal's own lead
# now heads, as the news (judged better at that merge). The headline's seventeenth pass
# names raw 237's "two men": a later sentence naming both popes heads (judged better there).
LATER_CLEANING = {
    # summary102 (stop 51): 175's photo credit goes, its caption opens on a quotation
    175: "A third porn star spewed tawdry tales of threesomes with Woods on Tuesday amid"
    " reports that his still-furious wife may skip his big return to golf.",
    237: "Pope Francis was flown by helicopter to Castel Gandolfo for the private lunch with"
    " Pope Emeritus Benedict.",
    207: "Sprint Nextel Corp. will begin selling the new version of the Apple iPhone in"
    " mid-October…",
    # clean64 (stop 53): 214's hover card ("furniture", left here as cleaning's) is taken out
    214: "Donald Trump panned Democratic National Committee chairwoman Debbie Wasserman Schultz"
    " as a “terrible person”…",
    # summary115 (stop 54) leaves out 216's "... these cancer cases ..." (judged dangling);
    # summary116 reads its "Three of the six cases ..." below [2]'s count (judged better)
    216: "Out of 1,087 skeletons buried between 1,500 and 3,000 years ago, just 6 were found"
    " with cancer - two younger women…",
}
