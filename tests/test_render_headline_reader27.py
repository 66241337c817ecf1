"""The headline's thirteenth pass, on raw Multi-News validation clusters (0-based lines of the
file) at 250 words, analysed, their articles without titles: HealthDay's date line is left
out like a dateline, a list's "First," leans on what came before, a cut never splits a
"both ... and" pair, and a subject held by a "that" clause keeps its verb."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.render.headline_choice import _past_dateline, _stands_alone, headline
from chorus.render.shortening import CUT_MARK, shortened
from tests.briefings import assert_change_holds, change_id
from tests.briefings import raw_briefing as _briefing

FIXTURE = Path(__file__).parent / "fixtures" / "headline_reader27.json"
JUDGED = json.loads(FIXTURE.read_text(encoding="utf-8"))
_LIMIT, _REACH = 120, 150


@pytest.mark.parametrize("analyze", [True, False])
def test_healthdays_date_line_is_left_out_of_the_headline(analyze):
    # The twelfth pass's blind: raw 113 showed "MONDAY, July 2 (HealthDay News) -- " and
    # cut before what chronic pain may depend on. Since summary33 (stop 38) the summary
    # shows the lead past that date line too.
    briefing = _briefing(113, analyze)
    lead = briefing.summary[0].text
    assert lead.startswith("Whether a person's injury will lead")
    assert "HealthDay" not in lead
    assert _past_dateline(lead).startswith("Whether a person's injury will lead")
    chosen = headline(briefing)
    assert chosen.text.startswith("Whether a person's injury will lead to chronic pain")
    assert chosen.text.endswith("between two parts of their brain, a new study finds.")


@pytest.mark.parametrize(
    "text",
    [
        # Leads with no date line stay as they are: a place's dateline is read as before.
        "Whether a person's injury will lead to chronic pain may depend on the level of "
        "communication between two parts of their brain, a new study finds.",
        "First days of recreational marijuana sales generate about $500,000 in taxes",
    ],
)
def test_a_lead_without_a_date_line_is_untouched(text):
    assert _past_dateline(text) == text


def test_a_lists_first_step_leans_on_what_came_before():
    # The twelfth pass's blind: a list's first step, after the page's caption (summary
    # sentence 1 until summary70, stop 45, gave the opening to [2]'s lead).
    summary = _briefing(112).summary
    text = next(s.text for s in summary if s.text.startswith("First, Pelosi said of the deal:"))
    assert text != summary[0].text
    assert not _stands_alone(text, capitals=True)


def test_a_list_step_in_an_article_leans_on_what_came_before():
    # Raw 230's step was summary sentence 7 until summary41 (stop 40) left it out of the
    # summary's last words (scored below its cluster's mean): read from its article.
    step = "First, Fox News commentator Erick Erickson called Davis “Abortion Barbie.”"
    briefing = _briefing(230)
    assert any(step in d.article.text for d in briefing.documents)
    assert all(s.text != step for s in briefing.summary)
    assert not _stands_alone(step, capitals=True)


def test_a_list_step_gives_way_to_the_news_of_the_deal():
    chosen = headline(_briefing(112))
    assert chosen.text.startswith("There’s no question that liberals in the House")
    # Sentence 2 until summary70 (stop 45) opened the summary on [2]'s deal; above it now
    # are Obama's quotation, "Just because ...", "Not only ..." (cut before its "but":
    # `shortening.unfinished`), "Tomorrow’s vote is sure to be ..." and the step.
    assert chosen.source == "summary sentence 6"


def test_first_as_an_adjective_does_not_lean():
    # Raw 77: "First days of ..." opens a headline-like lead, no list. Since stop 37 the
    # summary leaves it out (its article's title line, read from the text by
    # `page_lines.own_title`), so it is read from the article itself.
    briefing = _briefing(77)
    title = "First days of recreational marijuana sales generate about $500,000 in taxes"
    assert any(title in d.article.text for d in briefing.documents)
    assert all(not s.text.startswith("First days of") for s in briefing.summary)
    assert _stands_alone(title, capitals=True)


@pytest.mark.parametrize(
    ("line", "opening", "cut"),
    [
        # The twelfth pass's blind: "both arms | and both legs amputated" split the pair.
        (
            159,
            "A 40-year-old woman from Shawnee, Oklahoma",
            "A 40-year-old woman from Shawnee, Oklahoma, recently had to get major parts of both "
            f"arms and both legs amputated due to a serious infection{CUT_MARK}",
        ),
        # "between 4th | and ..." left half a place.
        (
            187,
            "Two other homes were damaged",
            "Two other homes were damaged and as many as 25 people were evacuated on the 400 "
            f"block of Daly Street{CUT_MARK}",
        ),
    ],
)
def test_a_cut_does_not_split_a_pair(line, opening, cut):
    sentence = next(s.text for s in _briefing(line).summary if s.text.startswith(opening))
    assert shortened(sentence, _LIMIT, _REACH) == cut


@pytest.mark.parametrize(
    ("line", "opening", "cut"),
    [
        # The twelfth pass's blind: cut before "could explain" (no verb).
        (
            105,
            "A story that describes a gold heist",
            f"A story that describes a gold heist from the San Francisco Mint {CUT_MARK} could"
            f" explain the source of the gold coins worth $10 million{CUT_MARK}",
        ),
        # The verb of the ", where ..." clause is not the subject's: "has now reached" is.
        (
            206,
            "The wave of diversity protests that started",
            f"The wave of diversity protests that started at the University of Missouri {CUT_MARK}"
            f" has now reached President Obama's alma mater, Occidental College{CUT_MARK}",
        ),
    ],
)
def test_a_subject_held_by_a_that_clause_keeps_its_verb(line, opening, cut):
    sentence = next(s.text for s in _briefing(line).summary if s.text.startswith(opening))
    assert shortened(sentence, _LIMIT, _REACH) == cut


def test_a_that_clause_of_content_is_no_modified_subject():
    # Raw 9: "The revelation that Donald Trump ..." opens a clause, not a relative: as before.
    lead = _briefing(9).summary[0].text
    assert lead.startswith("The revelation that Donald Trump allegedly urged")
    assert shortened(lead, _LIMIT, _REACH).endswith(f"to drop a probe{CUT_MARK}")


# 156 left: the fourteenth pass heads it on the four dead (test_headline_reader14.py).
_CHANGES = [c for c in JUDGED["changes"] if c["cluster"] != 156]


@pytest.mark.parametrize("change", _CHANGES, ids=change_id)
def test_every_headline_the_pass_changed_holds(change):
    # Each read against main's headline and the articles (fixture): four better. 112's is
    # summary sentence 6 since summary70 (stop 45) opened its summary on [2]'s deal.
    moved = {112: "summary sentence 6"}.get(change["cluster"])
    # 105's subject cut keeps the name its clause writes since headline91: judged better.
    named = {
        105: f"A story that describes a gold heist from the San Francisco Mint {CUT_MARK} could"
        f" explain the source of the gold coins worth $10 million{CUT_MARK}"
    }
    change = {**change, "after": named.get(change["cluster"], change["after"])}
    assert_change_holds(change if moved is None else {**change, "after_from": moved})


@pytest.mark.parametrize("judged", JUDGED["blind"][::4], ids=lambda a: f"blind-{a['cluster']}")
def test_a_blind_headline_judged_before_the_pass_stays(judged):
    # Every fourth of the 20 drawn with seed 37: the pass changed none (scored once).
    chosen = headline(_briefing(judged["cluster"]))
    # 164's headline opens its summary since summary81 (stop 46): sentence 1 for 9.
    source = "summary sentence 1" if judged["cluster"] == 164 else judged["source"]
    if judged["cluster"] == 61:
        # Judged "background" then (the writer's "what I was concerned about in my previous
        # GMCR article"); headline18 (stop 36) heads on the quarter's figures, the news,
        # the writer's first person giving way: judged better. offtopic20 (stop 43) keeps
        # the WSJ's earnings page, whose lede (the cut guidance) heads now: judged better.
        assert chosen.text.startswith("Keurig Green Mountain Inc. on Wednesday cut its guidance")
        assert chosen.source.startswith("summary sentence")
        return
    if judged["cluster"] == 23:
        # Judged "right story" as "... for his role…"; headline100 (stop 56) runs the cut on to
        # the role's object, "... for his role in the Holocaust…": the same story told
        # further, judged better by the lead.
        assert chosen.text.startswith(
            judged["headline"].removesuffix(CUT_MARK) + " in the Holocaust"
        )
        assert chosen.source == source
        return
    if judged["cluster"] == 210:
        # headline91 (stop 53): the subject's cut keeps "that Anthony Weiner initiated", the
        # one clause naming him: judged better.
        assert chosen.text.startswith("The young woman who is alleging that Anthony Weiner")
        assert chosen.source == source
        return
    assert (chosen.text, chosen.source) == (judged["headline"], source)
