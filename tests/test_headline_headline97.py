"""headline97: a headline cut under the limit whose words a reader gives up first (a day it
ends on, "on Tuesday"; a generic source's attribution it opens on, "Authorities say") runs on
to the phrase it stopped before when that phrase fits the limit without them ("... in a
Copenhagen court on Tuesday over the death of Swedish journalist Kim Wall…", raw 38): a
phrase a preposition opens, ending on no bare verb, or a "that" clause told to its verb."""

from __future__ import annotations

from chorus import brief
from chorus.render.headline_choice import headline
from chorus.render.phrase_cuts import cut
from chorus.render.spare_words import spare_chars
from tests.briefings import DUC, raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import headline_cut

_HEADLINES = {
    # not "... left three people stabbed…": where, and that it was the Klan's gathering
    35: "Authorities say 13 people are in custody following a violent altercation that left"
    " three people stabbed at a Ku Klux Klan gathering…",
    # not "... in a Copenhagen court on Tuesday…": what the hearing is about
    38: "Danish submarine owner Peder Madsen is to appear in a Copenhagen court on Tuesday over"
    " the death of Swedish journalist Kim Wall…",
    # not "... was obsessed…": with whom
    4: "Police say a Pittsburgh elementary school teacher who resigned this month was obsessed"
    " with one of her 11-year-old students…",
}


def test_a_judged_headline_runs_on_past_its_day():
    # Raw 95 at 100 words, judged better before (test_render_headline_reader16): "... opened
    # fire on them Thursday…" now says where
    cluster = read_clusters(RAW_VALIDATION, 96)[95]
    shown = headline(brief(cluster["documents"], words=100))
    assert shown.text == (
        "A female case worker was killed and a doctor shot when a psychiatric patient opened"
        " fire on them Thursday in a wellness center…"
    )


def test_the_phrase_after_a_spare_part_heads():
    chosen = {line: headline(raw_briefing(line)) for line in _HEADLINES}
    assert {line: shown.text for line, shown in chosen.items()} == _HEADLINES
    assert {shown.source for shown in chosen.values()} == {"summary sentence 1, shortened"}


# (corpus, cluster, the sentence's opening): its cut, run on past the day to what was said
_RUN_ON = {
    (DUC, 15, "Although the corpses have not yet been found"): "Although the corpses have"
    " not yet been found, Chechen officials said Tuesday that they had been able to identify"
    " the victims…",
    (RAW_VALIDATION, 114, "The U.S. Fish and Wildlife Service told"): "The U.S. Fish and"
    " Wildlife Service told a U.S. District Court judge Wednesday that the threatened"
    " designation will not change…",
    (DUC, 7, "Mubarak met with Syrian President"): "Mubarak met with Syrian President Hafez"
    " al-Assad and was expected to renew his mediation bid on Monday by traveling to Ankara…",
}
# kept: a phrase ending on a bare verb (raw 156's "in Menasha was described"), a "that"
# clause cut before its verb (DUC 10's apposition left out instead), a phrase "and" opens
# (DUC 29's "and announced")
_KEPT = {
    (RAW_VALIDATION, 156, "The random shooting spree that ended"): "The random shooting"
    " spree that ended the lives of four people and critically injured another Sunday…",
    (DUC, 10, "Two London newspapers"): "Two London newspapers … reported Wednesday that"
    " three top intelligence chiefs at the time of the airliner bombing had been convicted and"
    " imprisoned…",
    (DUC, 29, "NEW YORK _ A Chinese dissident fleeing"): "NEW YORK _ A Chinese dissident"
    " fleeing a new round of arrests of democracy activists in Shanghai arrived here"
    " Wednesday…",
}


def test_a_cut_runs_past_the_day_to_the_phrase_after_it():
    assert {key: headline_cut(*key) for key in _RUN_ON} == _RUN_ON


def test_a_cut_keeps_the_day_before_a_phrase_it_cannot_close():
    assert {key: headline_cut(*key) for key in _KEPT} == _KEPT


def test_the_spare_words():
    assert spare_chars("Peder Madsen is to appear in a Copenhagen court on Tuesday") == 11
    assert spare_chars("Authorities say 13 people are in custody") == 16
    assert spare_chars("State police said Tuesday that the students charged") == 31
    # a named speaker's words are the news; a day inside the cut, a name before it, or a
    # possessive is no day a reader gives up
    assert spare_chars("Obama said the talks failed") == 0
    assert spare_chars("Voters went to the polls on Tuesday in Ohio") == 0
    assert spare_chars("Voters went to the polls on Super Tuesday") == 0
    assert spare_chars("Voters waited for Tuesday's vote") == 0


def test_the_edges():
    main = "The mayor spoke to reporters outside the city hall in the rain late Tuesday"
    rest = " over the plan to close the old library on Main Street for good."
    # the phrase after the day fits the limit once the day is not counted (114 - 13 < 103)
    assert cut(main + rest, 103, 130) == f"{main} over the plan to close the old library…"
    # not when it does not: the cut stays on the day
    assert cut(main + rest, 100, 130) == f"{main}…"
    # a cut ending on no day runs on to nothing
    other = "The mayor spoke to reporters outside the city hall in the rain on a wet night"
    assert cut(other + rest, 103, 130) == f"{other}…"
    # a phrase opening on no preposition ("after killing", DUC 2003 cluster 20's shape)
    killing = " after killing more than a hundred people in the region."
    assert cut(main + killing, 103, 130) == f"{main}…"
