"""The headline's fourteenth pass, on raw Multi-News validation clusters (0-based lines of the
file) at 250 words, their articles without titles: an "After ...," phrase is left out for the
subject's verb, a bare subject held by "over" keeps its verb, a subject's news is not traded
for what it was called, and a lead after a standfirst line competes as a lead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.render.headline_choice import _past_dateline, headline
from chorus.render.headline_leads import opens_story
from chorus.render.shortening import CUT_MARK, shortened
from tests.briefings import raw_briefing as _briefing

FIXTURE = Path(__file__).parent / "fixtures" / "headline_pass14.json"
JUDGED = json.loads(FIXTURE.read_text(encoding="utf-8"))
_LIMIT, _REACH = 120, 150


def _sentence(line: int, opening: str) -> str:
    summary = _briefing(line).summary
    return next(_past_dateline(s.text) for s in summary if opening in s.text[:60])


@pytest.mark.parametrize(
    ("line", "opening", "cut"),
    [
        # Raw 26: the cut showed only the phrase ("After a year of controversy ...…").
        (
            26,
            "After a year of controversy",
            f"{CUT_MARK} Chief Executive Mark Zuckerberg now is positioning the company as the "
            f"backbone of what he hopes will be a new “social infrastructure”{CUT_MARK}",
        ),
        # Raw 236: the gag order, not only the photos that came before it.
        (
            236,
            "After photos of Prince Jefri Bolkiah",
            f"{CUT_MARK} a Manhattan judge issued a gag order to everyone involved in the real "
            "estate trial.",
        ),
    ],
)
def test_an_after_phrase_gives_way_to_the_subjects_verb(line, opening, cut):
    assert shortened(_sentence(line, opening), _LIMIT, _REACH) == cut


def test_an_after_phrase_before_a_pronoun_stays():
    # Raw 48: left out, the phrase took the news (the house for sale) and left "I".
    text = _sentence(48, "As I stared at the news")
    cut = shortened(text, _LIMIT, _REACH)
    assert cut.startswith("As I stared at the news that the brownstone")
    assert cut.endswith(f"is for sale{CUT_MARK}")


def test_a_bare_subject_held_by_over_keeps_its_verb():
    # Raw 167: the cut ended inside the subject ("... Trump's next tweet…").
    text = _sentence(167, "Republican apprehension over")
    assert shortened(text, _LIMIT, _REACH) == (
        "Republican apprehension over President Donald Trump's next tweet and fear of riling "
        f"conservative voters are undermining GOP leaders' election-year{CUT_MARK}"
    )


def test_a_subject_held_by_of_is_not_read():
    # Raw 27: "of" found another clause's verb ("... was underway in a neighborhood…").
    text = _sentence(27, "The identity of the last attacker")
    # Since headline96 (stop 55) the cut runs on into the "as" clause after "came".
    assert shortened(text, _LIMIT, _REACH).endswith(
        f"dead and dozens wounded came as a new search was underway in a neighborhood{CUT_MARK}"
    )


def test_the_news_in_the_subject_is_not_traded_for_what_it_was_called():
    # Raw 156: "… was described as the end of innocence for the Fox Cities." lost the four dead.
    text = _sentence(156, "The random shooting spree")
    assert shortened(text, _LIMIT, _REACH) == (
        "The random shooting spree that ended the lives of four people and critically injured "
        f"another Sunday{CUT_MARK}"
    )


@pytest.mark.parametrize(
    ("line", "number", "opens"),
    [
        # Raw 92: its article's second line, after a standfirst of 24 words with no full stop
        # (summary sentence 1 since summary81 opens the summary on the headline's lead).
        (92, 1, True),
        # Raw 32: "Surveillance video from a New Orleans restaurant ...", after a video's caption
        # closed by its length, "(3:31)". Since clean28 (stop 36) took that caption out, it is
        # [2]'s first sentence and opens its story; summary sentence 6 again since summary119
        # (stop 55) left [1]'s retold scene out (the case had drifted to another line).
        (32, 6, True),
        # Raw 41: after a title of 13 words ("Monkeys learn to cover their eyes ..."); summary
        # sentence 12 since summary41 left "Laidre also ruled out ..." out of its last words.
        (41, 12, False),
        # An article's first sentence: ABC's lead, summary sentence 1 since summary55 reads
        # it before [1]'s "The two vehicles stop ..." (3 before).
        (92, 4, False),
        (32, 1, True),
    ],
)
def test_a_lead_after_a_standfirst_opens_its_story(line, number, opens):
    assert opens_story(_briefing(line).summary[number - 1].shown) is opens


@pytest.mark.parametrize("analyze", [True, False])
@pytest.mark.parametrize("change", JUDGED["changes"], ids=lambda c: f"{c['corpus']}-{c['cluster']}")
def test_every_headline_the_pass_changed_holds(change, analyze):
    # Each read against main's headline and the articles (fixture): all four better, with
    # and without the analysis alike.
    assert change["judged"] == "better"
    chosen = headline(_briefing(change["cluster"], analyze))
    expected = LATER_SUMMARY.get(change["cluster"], (change["after"], change["after_from"]))
    assert (chosen.text, chosen.source) == expected
    assert chosen.text != change["before"]


@pytest.mark.parametrize("judged", JUDGED["blind"][::4], ids=lambda a: f"blind-{a['cluster']}")
def test_a_blind_headline_judged_before_the_pass_stays(judged):
    # Every fourth of the 20 drawn with seed 35 (scored once, at the end).
    chosen = headline(_briefing(judged["cluster"]))
    expected = LATER_SUMMARY.get(judged["cluster"], (judged["headline"], judged["source"]))
    assert (chosen.text, chosen.source) == expected


# summary18, merged after this pass, changed raw 173's summary: its headline now heads on
# the launch and names both pilots, where the judged one ("The pilots are looking to ...")
# named no one (judged better at the merge). offtopic12 no longer flags raw 249's USA Today
# report: the summary opens on its lead, as the editor's summary does. The sixteenth pass
# leaves out raw 45's dashed aside, where the cut ended (judged better there). The
# seventeenth names who a subject that is only a role or a description stands for: 137's
# Colbert and 237's two popes (judged better there). summary24 (stop 36) shows a first-person
# quotation with its credit: 26's and 68's headlines keep their words, a place further or nearer;
# summary28 (stop 36) chooses 111's summary again without its opening "His …" line;
# summary52 (stop 42) takes out 111's teaser, summary53 opens on the death and summary54 shows
# "Summer Girls" before "Their other hits": the same headline, three places further;
# summary41 (stop 40) leaves out 168's closing "Japan made an apology ..." (below its
# cluster's mean): the same headline, a place nearer. summary81 (stop 46) opens a summary
# on its headline when that is a later article's lead: 26, 45, 68, 92, 111, 156, 168, 209
# and 235 head on the same words from summary sentence 1.
LATER_SUMMARY = {
    26: (
        "… Chief Executive Mark Zuckerberg now is positioning the company as the backbone of what"
        " he hopes will be a new “social infrastructure”…",
        "summary sentence 1, shortened",
    ),
    # sources12 (stop 43) takes [1]'s related links out: selection shows the other copy of
    # "I have understood ..." last, and the same headline is summary sentence 4
    45: (
        "Some time late in 2011 … humanity will reach a new demographic milestone with the"
        " birth of the 7th billion living person.",
        "summary sentence 1, shortened",
    ),
    68: (
        "American school children will for the first time receive extensive lessons on climate"
        " change following the adoption…",
        "summary sentence 1, shortened",
    ),
    # summary99 (stop 49) tells 111's death once: [2]'s lead on it opens, in the editor's words
    111: (
        "LFO singer Devin Lima has died after a yearlong battle with stage 4 cancer ...",
        "summary sentence 1",
    ),
    137: (
        'Stephen Colbert kicked off day one of "Russia Week" on The Late Show with more jabs at'
        " Donald Trump Jr.'s Russian ties…",
        # summary133 (stop 57) moves speaker lines below their full name: two places nearer
        "summary sentence 4, shortened",
    ),
    168: (
        'South Korea has released what it says is the first known footage of "comfort women"'
        " forced to work as sex slaves…",
        "summary sentence 1, shortened",
    ),
    173: (
        "Pilots Troy Bradley of New Mexico and Leonid Tiukhtyaev of Russia set off from Saga,"
        " Japan, shortly before 6:30 a.m. Sunday Japan time.",
        "summary sentence 1",
    ),
    237: (
        "Pope Francis was flown by helicopter to Castel Gandolfo for the private lunch with Pope"
        " Emeritus Benedict.",
        "summary sentence 5",
    ),
    92: (
        "Antifascist activists claim to have “doxxed”, or umasked, the leading “alt-right” writer"
        " and podcaster Mike Enoch…",
        "summary sentence 1, shortened",
    ),
    156: (
        "The random shooting spree that ended the lives of four people and critically injured"
        " another Sunday…",
        "summary sentence 1, shortened",
    ),
    209: (
        "A Thai satellite has detected some 300 objects in an area of the southern Indian Ocean"
        " being searched for missing Malaysia Airlines flight MH370.",
        "summary sentence 1",
    ),
    # summary102 (stop 51) takes 175's photo credit "DEVONJAMESXXX.COM " off its caption,
    # which then opens on the quoted text message: the lead under it heads (the news); it is
    # sentence 3 since summary104 (stop 51) told the message once and a line took its room
    175: (
        "A third porn star spewed tawdry tales of threesomes with Woods on Tuesday amid reports"
        " that his still-furious wife may skip his big return to golf.",
        "summary sentence 3",
    ),
    # clean58 (stop 50) shows 235's lead past "TOKYO (AP) — ": the same headline, whole
    235: (
        "Japan's top government spokesman said Thursday that a North Korean threat to sink Japan"
        ' with a nuclear bomb is "extremely provocative and outrageous."',
        "summary sentence 1",
    ),
    # headline94 (stop 54): 201's cut keeps its opening phrase, the verb's words already shown
    201: (
        "After an intense couple months of dating, Taylor Swift and Conor Kennedy have broken up…",
        "summary sentence 1, shortened",
    ),
    249: (
        "President Barack Obama said Wednesday there is currently no military option on the"
        " table in Ukraine following a decree…",
        "summary sentence 1, shortened",
    ),
    # headline86 (stop 49) keeps the subject's "and fear" before its plural verb: judged the
    # same, the agreement mended at the cost of the bill the judged cut kept; headline90 keeps
    # the whole subject within the reach (judged the same: "struggle to shove" lost).
    167: (
        "Republican apprehension over President Donald Trump's next tweet and fear of riling"
        " conservative voters are undermining GOP leaders' election-year…",
        "summary sentence 1, shortened",
    ),
    # clean64 (stop 53) takes The Hill's hover card out of 214's lead (judged furniture here):
    # the same sentence heads, on its news
    214: (
        "Donald Trump panned Democratic National Committee chairwoman Debbie Wasserman Schultz"
        " as a “terrible person”…",
        "summary sentence 1, shortened",
    ),
    # summary115 (stop 54) leaves out 216's "... these cancer cases ..." (its lead not shown);
    # summary116 reads its "Three of the six cases ..." below [2]'s count (judged better)
    216: (
        "Out of 1,087 skeletons buried between 1,500 and 3,000 years ago, just 6 were found"
        " with cancer - two younger women…",
        "summary sentence 1, shortened",
    ),
}
