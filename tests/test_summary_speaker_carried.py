"""Whose words a quotation alone reads as, on raw Multi-News validation clusters (0-based
lines of the file; reader68): one shown after a run of another speaker's quotations (116's
Levin after Camp's two, 19's Gidley after Sanders' two), and one shown below no line
naming anyone (128's State Department statement), and "the aforementioned" (128)."""

from __future__ import annotations

import pytest

from chorus.summarize.pointed_at import points_at_before
from chorus.summarize.stands_on import credited_to_another
from chorus.summarize.whose_words import quotation_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, row_of, sentences
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_quotation_alone_after_another_speakers_run_of_quotations_is_left_out(clusters):
    """116: Camp's credited quotation and his next one alone ([1]), then [2]'s Levin
    quotation alone: shown so, the reader gave the Democrat's charge to the Republican
    chairman. [1] tells the same words with "said Rep. Sander Levin", shown instead."""
    texts = sentences(clusters[116])
    starts = article_starts(clusters[116])
    camp = row_of(texts, "\"We think there's reason to believe that laws were broken")
    assert texts[camp].endswith("said committee chairman Dave Camp, R-Mich.")
    assert texts[camp + 1].startswith('"We have to make sure that the signal goes out')
    levin_alone = row_of(texts, "“It now seems clear that Republican members")
    levin_credited = row_of(texts, '"It now seems clear that Republican members')
    assert "Levin" in texts[levin_alone - 1]
    assert credited_to_another(texts, [camp, camp + 1, levin_alone], starts) == [levin_alone]
    # Camp's own quotation alone goes on from his credit: his
    assert credited_to_another(texts, [camp, camp + 1], starts) == []
    shown = _summary(clusters[116])
    # since summary86, [2]'s Levin line alone is shown right after its own line crediting Levin
    if texts[levin_alone] in shown:
        assert "Sander Levin" in shown[shown.index(texts[levin_alone]) - 1]
    else:
        assert texts[levin_credited] in shown
    assert "said Rep. Sander Levin of Michigan" in texts[levin_credited]


def test_a_deputys_quotation_alone_no_longer_reads_as_the_press_secretarys(clusters):
    """19: Gidley's "It's still exorbitantly higher than it was when he took office."
    followed Sanders' statement and its second quotation alone."""
    texts = sentences(clusters[19])
    starts = article_starts(clusters[19])
    sanders = row_of(texts, "\"The President's focus is on our long-term economic")
    gidley = row_of(texts, "\"It's still exorbitantly higher")
    assert texts[gidley - 1].endswith("Gidley said.")
    assert credited_to_another(texts, [sanders, sanders + 1, gidley], starts) == [gidley]
    shown = _summary(clusters[19])
    # shown only right below its own credit (summary89: a quotation going on from the
    # credited half before it is taken with it)
    assert texts[gidley] not in shown or shown[shown.index(texts[gidley]) - 1] == texts[gidley - 1]
    assert texts[sanders] in shown


def test_a_quotation_alone_below_no_one_named_is_left_out(clusters):
    """128: the State Department's "“The criminals running the operation were able to pay
    off corrupt officials ...”" ([2]) was shown under two lines of [1] naming no one: no
    one's words. Below a line naming someone, it reads as theirs and is left."""
    texts = sentences(clusters[128])
    starts = article_starts(clusters[128])
    lead = row_of(texts, "Some consular staff of the real US Embassy")
    reportedly = row_of(texts, "The fake embassy also reportedly issued visas")
    criminals = row_of(texts, "“The criminals running the operation")
    statement = row_of(texts, "The battered building with the flag")
    assert texts[criminals - 1].endswith("the statement said.")
    assert quotation_apart(texts, [lead, reportedly, criminals], starts) == [criminals]
    assert quotation_apart(texts, [lead, statement, criminals], starts) == []
    shown = _summary(clusters[128])
    assert texts[criminals] not in shown
    # the statement's own page tells those words as its own
    assert any(t.startswith("For about a decade it operated unhindered; the crim") for t in shown)


def test_a_lawyers_second_quotation_is_shown_below_his_credit(clusters):
    """142: Selbin's "This is about the way they market it ..." was shown alone under
    three lines naming no one; it is now shown right below his credited quotation."""
    texts = sentences(clusters[142])
    selbin = row_of(texts, '"We are not arguing that it is a medical device.')
    assert "said Jonathan Selbin" in texts[selbin]
    shown = _summary(clusters[142])
    marketing = texts[selbin + 1]
    assert marketing.startswith('"This is about the way they market it')
    assert marketing in shown
    assert shown[shown.index(marketing) - 1] == texts[selbin]


def test_the_aforementioned_waits_for_the_line_before(clusters):
    """128's "The ARSO-I then created an international task force composed of the
        aforementioned Ghana Police Force, ..." ([3]) came in once the quotation above went, under
        lines that never named the ARSO-I nor that force: it waits for its line before, which
        names both. (Its pass also saw [3]'s "this past summer" line come in; sources12's
    cleaning of [1]'s related links since chose another summary.)"""
    texts = sentences(clusters[128])
    force = row_of(texts, "The ARSO-I then created an international task force")
    assert points_at_before(texts[force])
    assert "the ARSO-I" in texts[force - 1] and "Ghanaian Police Force" in texts[force - 1]
    assert not points_at_before(texts[force - 1])
    shown = _summary(clusters[128])
    assert texts[force] not in shown or texts[force - 1] in shown
