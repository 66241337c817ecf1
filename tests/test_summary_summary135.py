"""The summary a reader sees, summary135 (stop 57), on raw Multi-News validation clusters
(0-based lines of the file): one fact told twice in one summary.

Raw 124 told the clerk's resignation four times; its second telling, [2]'s lead "There is a
lot of relief in Pleasant Hill after city clerk Kim Lehmkuhl resigned after accusations that
she failed to do the most basic part of her job.", meets [1]'s lead at a cosine of 0.505 and
tells a deed, "failed", [1]'s lead does not write, but [2]'s "... failed to produce minutes
..." shown below it does. `retold_leads.told_in_other_words` reads a lead from a cosine of
0.50 and its deeds against every line shown, as it reads its names and numbers.

Counting a name both leads write as a shared stem was measured and dropped: it took out raw
0's caveat "The Good Country Index doesn’t measure what countries do at home." (one stem,
"country", and the index's three capitalised words shared with [1]'s Sweden lead), a lead
bringing a fact no line shown tells (docs/journal/summary.md, "Summary a reader sees,
hundred-and-twenty-fourth pass")."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.represent import embed
from chorus.summarize.retold_leads import OTHER_WORDS, told_in_other_words
from chorus.summarize.retold_plainly import PlainWords
from tests.raw_pages import raw_clusters
from tests.summary_texts import sentence, summary

CLERK_RESIGNED = "The Pleasant Hill city clerk, accused of spending her time Tweeting"
DENIED = "Kim Lehmkuhl had denied she was slacking off on the job"
RELIEF = "There is a lot of relief in Pleasant Hill after city clerk Kim Lehmkuhl resigned"
FAILED_TO_PRODUCE = "Lehmkuhl was elected in 2012 and for most of her time in office failed"
UNDER_FIRE = "City Clerk Kim Lehmkuhl, under fire for months"
US_NOT_IN_TOP_20 = "The United States of America may be the land of the free"
SWEDEN_CROWNED = "The latest edition of the Good Country Index has crowned Sweden"
CAVEAT = "The Good Country Index doesn’t measure what countries do at home."


def _retells(texts: list[str], articles: list[int], row: int, before: int) -> bool:
    """Whether `texts[row]`, read with `texts` as a summary's rows in that order (each of
    `articles`), tells `texts[before]` again in other words."""
    plain = PlainWords(texts, np.array(articles))
    return told_in_other_words(texts, embed(texts), plain, list(range(len(texts))), row, before)


@pytest.fixture(scope="module")
def clerk() -> dict:
    """Raw validation's cluster 124 (the Pleasant Hill clerk's resignation)."""
    return raw_clusters()[124]


@pytest.fixture(scope="module")
def good_country() -> dict:
    """Raw validation's cluster 0 (the Good Country Index)."""
    return raw_clusters()[0]


def test_124_tells_the_resignation_without_the_relief_lead(clerk):
    """[1]'s lead opens it; [2]'s lead goes; [2]'s minutes line and [3]'s "resigned Monday"
    stay."""
    shown = summary(clerk)
    assert shown[0].startswith(CLERK_RESIGNED)
    assert not any(line.startswith(RELIEF) for line in shown)
    assert any(line.startswith(FAILED_TO_PRODUCE) for line in shown)
    assert any(line.startswith(UNDER_FIRE) for line in shown)


def test_the_relief_lead_is_told_again_once_its_deed_is_shown(clerk):
    """The two leads meet between `OTHER_WORDS` and the floor before it (0.53). Read with the
    lines of main's summary that write its other words ("job", "Kim"), the relief lead's
    "failed" is written by [2]'s minutes line, and without that line by no line: it stays."""
    openings = (CLERK_RESIGNED, DENIED, RELIEF, FAILED_TO_PRODUCE, f"PLEASANT HILL -- {UNDER_FIRE}")
    lead, denied, relief, failed, under_fire = (sentence(clerk, o) for o in openings)
    first, second = embed([lead, relief])
    assert OTHER_WORDS <= float(first @ second) < 0.53
    assert _retells([lead, denied, relief, failed, under_fire], [0, 0, 1, 1, 2], 2, 0)
    assert not _retells([lead, denied, relief, under_fire], [0, 0, 1, 2], 2, 0)


def test_a_lead_telling_a_deed_no_line_shown_tells_stays():
    lead = "A car park in a Highland town has been confirmed as the site of a Norse parliament."
    told = "A Norse parliament site has been found beneath a car park in a Highland town."
    assert _retells([lead, told], [0, 1], 1, 0)
    dug = told.replace("found", "excavated")
    assert not _retells([lead, dug], [0, 1], 1, 0)
    # shown by another line, the deed is the summary's
    assert _retells([lead, "The car park was excavated last year.", dug], [0, 0, 1], 2, 0)


def test_0_s_caveat_on_what_the_index_measures_is_shown(good_country):
    """The caveat is [2]'s lead and tells what the index leaves out: no line above says it."""
    shown = summary(good_country)
    assert shown[0].startswith(US_NOT_IN_TOP_20)
    assert CAVEAT in shown


def test_a_name_both_leads_write_is_no_stem_shared(good_country):
    """Read below the summary's opening line (which writes "home" and "countries") and the
    Sweden lead, the caveat writes no name or number they do not and two stems of four of its
    own ("measure", "doesn't"): the one stem it shares with the Sweden lead ("country") keeps
    it from being read as that lead told again, the index's name shared aside."""
    texts = [sentence(good_country, opening) for opening in (US_NOT_IN_TOP_20, SWEDEN_CROWNED)]
    assert not _retells([*texts, CAVEAT], [0, 0, 1], 2, 1)
