"""The summary a reader sees, thirty-fifth pass, on raw Multi-News validation clusters
(0-based lines of the file): an opinion site's verdict stated as fact ("Dunn has made no
secret of his racist views.", raw 121) and a report's "Publicly, it’s clear that HQ
Trivia’s viral ride is over." (73) in the summary; 73's "Recode reached out to HQ and Kroll
with our reporting." and "Prior to that, Kroll served as ..." that came in their place; a
background line heading the briefing ("Raffaele Sollecito has consistently stood by his
ex-girlfriend ...", 133) whose news is the reverse."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.dangling_inside import points_back_inside
from chorus.render.headline_choice import headline
from chorus.render.headline_news import background
from chorus.summarize.newsroom import newsroom_step, writers_verdict
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 139)


def test_a_writers_verdict_is_no_summary_sentence(clusters):
    """Raw 121's first article is an opinion site's: its "Dunn has made no secret of his
    racist views." judges, and the jail letter it reads so is not in the summary. 73's
    Recode report judges too ("Publicly, it’s clear that ..."). A verdict inside a sentence
    telling something else is no opening ("Dunn, who is white, testified ...")."""
    assert writers_verdict(sentence(clusters[121], "Dunn has made no secret"))
    assert writers_verdict(sentence(clusters[73], "Publicly, it’s clear that HQ"))
    assert not writers_verdict(sentence(clusters[121], "Dunn, who is white, testified"))
    assert not writers_verdict("The governor, who has made no secret of his plans, spoke.")
    dunn = summary(clusters[121])
    assert not any("made no secret" in t for t in dunn)
    # the story's own lines stay: the calls, his claim of self-defence, the retrial
    assert dunn[0].startswith("Michael Dunn, who shot and killed Jordan Davis")
    assert "Dunn, who is white, testified that he fired in self-defense." in dunn
    assert "He will face a retrial for the murder charge." in dunn
    kroll = summary(clusters[73])
    assert not any("it’s clear that" in t for t in kroll)
    assert kroll[0].startswith("Colin Kroll, a tech executive")  # past "NEW YORK (AP) — "


def test_a_reporters_reaching_out_and_a_prior_to_that_stay_out(clusters):
    """With the verdict out, raw 73 took "Recode reached out to HQ and Kroll with our
    reporting." (a newsroom's step), then "Prior to that, Kroll served as the Engineering
    Manager at Yahoo ..." after a line of no earlier job: "that" is the Jetsetter job told
    right before it in the article."""
    assert newsroom_step(sentence(clusters[73], "Recode reached out to HQ"))
    assert points_back_inside(sentence(clusters[73], "Prior to that, Kroll served"))
    assert not points_back_inside(sentence(clusters[73], "Kroll was named CEO of HQ"))
    kroll = summary(clusters[73])
    assert not any(t.startswith(("Recode reached out", "Prior to that")) for t in kroll)


def test_a_standing_state_heads_no_briefing(clusters):
    """Raw 133's UPI lead tells that Sollecito "has consistently stood by" Knox; the news
    (A0, A1) is that he now questions her behaviour. Area 51 "has long been a topic of
    fascination ..., but newly released CIA documents ..." (138) tells its news after the
    "but" and still heads its briefing."""
    lead = sentence(clusters[133], "FLORENCE, Italy, Feb. 25 (UPI) -- Raffaele Sollecito")
    assert background(lead.split("-- ", 1)[1])
    assert not background(sentence(clusters[138], "Area 51 has long been a topic"))
    briefing = brief(clusters[133]["documents"], words=250)
    chosen = headline(briefing)
    assert "consistently" not in chosen.text
    assert chosen.text.startswith("Sollecito said Knox left his apartment to take a shower")
    area = headline(brief(clusters[138]["documents"], words=250))
    assert area.text.startswith("Area 51 has long been a topic of fascination")
