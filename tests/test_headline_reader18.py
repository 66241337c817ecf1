"""The headline's eighteenth pass, on raw Multi-News validation clusters (0-based lines of the
file), their articles without titles: a writer's own first person gives way to words in no
one's when the summary quotes more than one article, a video's blurb above the article
(its paragraph closing on a photo's credit) heads no briefing, nor what a sentence ending on
a colon introduces; a cut keeps a subject's verb "isn't" and never joins a subject to
another clause's verb."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.model import Sentence, SummarySentence
from chorus.render.headline_choice import headline
from chorus.render.headline_kinds import a_blurb, introduced, writer_last
from chorus.render.shortening import CUT_MARK, shortened
from tests.briefings import assert_change_holds, briefing, change_id, raw_briefing

FIXTURE = Path(__file__).parent / "fixtures" / "headline_pass18.json"
JUDGED = json.loads(FIXTURE.read_text(encoding="utf-8"))


def _number(line: int, opening: str, analyze: bool = True, words: int = 250) -> int:
    summary = briefing("raw", line, analyze, words).summary
    return next(n for n, s in enumerate(summary, start=1) if s.text.startswith(opening))


def test_every_headline_the_pass_changed_is_judged_better():
    # 11 headlines over 280 clusters (DUC none), 2 budgets, with and without the analysis:
    # each read against main's and the editor's headline, written from the articles first.
    assert len(JUDGED["changes"]) == 11
    assert all(c["judged"] == "better" for c in JUDGED["changes"])
    assert {c["cluster"] for c in JUDGED["changes"]} == {29, 61, 70, 71, 212}


# 212 left: since summary33 (stop 38) its summary no longer shows the neurosurgeon's "...
# while my body lay in coma, my mind ... was alive and well." (the critic quotes it as his),
# and "Once upon a time, a neurosurgeon named Eben Alexander ..." heads it.
# 61 left: offtopic20 (stop 43) keeps the WSJ's earnings page on the story, and its lede
# "… on Wednesday cut its guidance for the year as earnings fell 4% ..." heads (the
# editor's "Keurig Green Mountain cuts its outlook ..."; judged better, tested below).
# 71 left: since summary103 (stop 51) its summary shows none of the Atlantic Wire post's "we"
# lines, nor the Onion's tag and its colon line; [3]'s lead "U.S. website The Onion has named
# ..." opens it and heads (tested in tests/test_summary_summary103.py).
_LATER = {212, 61, 71}
_CHANGES = [c for c in JUDGED["changes"] if c["cluster"] not in _LATER]


@pytest.mark.parametrize("change", _CHANGES, ids=change_id)
def test_every_headline_the_pass_changed_holds(change):
    # 70's is summary sentence 1 since summary81 (stop 46) opens the summary on its lead.
    moved = "summary sentence 1, shortened" if change["cluster"] == 70 else None
    assert_change_holds(change if moved is None else {**change, "after_from": moved})


def test_the_earnings_page_kept_on_the_story_heads_61():
    # The writer's "what I was concerned about in my previous GMCR article" still does not
    # head; the Journal's lede, the cluster's news, does.
    chosen = headline(raw_briefing(61))
    assert chosen.text.startswith("Keurig Green Mountain Inc. on Wednesday cut its guidance")
    assert not chosen.text.startswith("The problem was exactly what I was concerned about")


def test_a_writer_s_first_person_gives_way_to_another_outlet_s_words():
    # Raw 212: the neurosurgeon's "... while my body lay in coma, my mind ... was alive and
    # well." gave way to [2]'s "In his Newsweek article, Alexander asserts ..."; since
    # summary33 it is out of the summary, and no writer's "I" heads the briefing.
    summary = raw_briefing(212).summary
    assert not any(s.text.startswith("There is no scientific explanation") for s in summary)
    chosen = headline(raw_briefing(212))
    assert chosen.text.startswith("Once upon a time, a neurosurgeon named Eben Alexander")
    newsweek = _number(212, "In his Newsweek article, Alexander")
    first = _number(212, "As a neurosurgeon, I did not believe")
    assert writer_last([first, newsweek], summary) == [newsweek, first]


def test_a_critic_s_first_person_gives_way_to_another_review_s_lead():
    # Raw 70: "Truthfully, if it hadn't been my paying job as a critic ..." gave way to
    # [4]'s lead, not to [3]'s second sentence read before it. Since summary59 (stop 43) the
    # critic's line opens no summary (left out, chosen again), and [4]'s lead still heads;
    # since summary81 (stop 46) it opens the summary, [3]'s lines below it.
    summary = raw_briefing(70).summary
    assert not any(s.text.startswith("Truthfully, if it hadn") for s in summary)
    assert _number(70, "The feature debut of Uruguayan") > _number(70, "The remake of “The") == 1
    assert headline(raw_briefing(70)).text.startswith("The remake of “The Evil Dead,”")


def test_an_op_ed_told_alone_keeps_its_writer_s_words():
    # Raw 220: Romney's op-ed is the summary's only article (its copy adds none).
    summary = raw_briefing(220).summary
    assert len({s.shown.article.id for s in summary}) == 1
    assert writer_last([1, 6], summary) == [1, 6]
    assert headline(raw_briefing(220)).text.startswith("The back-to-school season is here")


# summary102 (stop 51) takes 175's photo credit "DEVONJAMESXXX.COM " off its first line: it
# opens on the quoted text message, and its lead below heads (sentence 3 since summary104
# told the message once: "Now Tiger Woods is triple-X." took its room, above the lead).
@pytest.mark.parametrize(("line", "opening", "heads"), [(175, "'I want", 3), (205, "Emma", 1)])
def test_a_first_person_inside_quotation_marks_is_someone_else_s(line, opening, heads):
    summary = raw_briefing(line).summary
    assert headline(raw_briefing(line)).source == f"summary sentence {heads}"
    assert summary[0].text.startswith(opening)
    assert writer_last([1, 2], summary) == [1, 2]


def test_a_video_s_blurb_is_no_lead():
    # Raw 29: the WSJ's "New research is exploring whether ..." closes on "WSJ's Sumathi
    # Reddy discusses with Tanya Rivero. Photo: iStock"; its article's lead follows. Since
    # summary27 the summary leaves the blurb out (summarize.page_lines): read on the page.
    summary = raw_briefing(29).summary
    assert summary[0].text.startswith("Exposure to brief flashes of light")
    assert not a_blurb(summary[0])
    lead = summary[0].shown
    start = lead.article.text.index("New research is exploring")
    blurb = Sentence(lead.article, 0, start, lead.article.text.index("zones.", start) + 6)
    assert a_blurb(SummarySentence(shown=blurb))


def test_what_a_colon_introduces_is_no_headline():
    # Raw 188: "... Kagan delivers of series of jokes that enliven the dry case:" then the
    # first paragraph of her opinion set as a block (raw 71's Onion tag, read here before,
    # left its summary with the post's "we" lines, summary103).
    summary = raw_briefing(188).summary
    colon = _number(188, "After noting that the toy is designed")
    assert summary[colon].text.startswith("The parties set no end date for royalties")
    assert introduced(summary, colon + 1)
    assert not introduced(summary, colon) and not introduced(summary, colon + 2)


def test_a_negated_verb_after_an_apposition_is_the_subject_s():
    sentence = raw_briefing(71).summary[_number(71, "The actual article from") - 1].text
    assert shortened(sentence, 120, 150) == (
        f"The actual article from the People's Daily Online {CUT_MARK} isn't much more than"
        f" taking a few quotes from the Onion article{CUT_MARK}"
    )


@pytest.mark.parametrize(
    "item",
    [i for i in JUDGED["items"] if i["cluster"] not in _LATER],
    ids=lambda a: f"item-{a['cluster']}",
)
def test_the_items_head_as_judged(item):
    # The task's unquoted first persons at 250 words analysed: four better, the rest fine or
    # left with reasons (101's blurb is its summary's only candidate).
    expected = _ITEMS_LATER.get(item["cluster"], item["branch"])
    assert headline(raw_briefing(item["cluster"])).text == expected
    assert (item["branch"] != item["main"]) == (item["judged"] == "better")


# summary102 (stop 51): 175's caption lost its credit "DEVONJAMESXXX.COM "; its lead heads.
_ITEMS_LATER = {
    175: "A third porn star spewed tawdry tales of threesomes with Woods on Tuesday amid"
    " reports that his still-furious wife may skip his big return to golf."
}


def test_the_blind_clusters_keep_their_judged_headlines():
    # Scored once at the end: 6 clusters headline tests name once; none changed.
    assert len(JUDGED["blind"]) == 6
    assert not any(b["branch_changed"] for b in JUDGED["blind"])
    assert sum(b["judged"] == "right story" for b in JUDGED["blind"]) == 4
    for judged in JUDGED["blind"]:
        chosen = headline(raw_briefing(judged["cluster"]))
        expected = _BLIND_LATER.get(judged["cluster"], judged["headline"])
        assert (chosen.text, chosen.source) == (expected, judged["source"])


# headline86 (stop 49) cuts raw 89's headline past what the study claims, where the blind
# audit judged it "cut badly" (before the claim): judged better there.
_BLIND_LATER = {
    89: "A new study suggests the biblical account of the commanded annihilation of the ancient"
    " Canaanite people … was a bit premature…",
}
