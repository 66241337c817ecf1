"""One account's making dated two months by two articles (conflict_months.py), on raw
validation 58 (two former staffers of Del. Stacey Plaskett charged over her stolen nude
images): [3] (POLITICO) "in March 2016, Plaskett asked McCullum to take her iPhone to an
Apple store for repairs. While he had her phone, he created Hotmail and Facebook accounts
under a pseudonym ..." against [4] "In July 2016, after McCullum left the congressional
member's staff, he allegedly created a Hotmail account and a Facebook account under a fake
name ...": while he held her phone, or after he had left her staff."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.conflict_months import WORDS, dated_makings, month_conflicts
from chorus.analyze.model import Analysis
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.test_analyze_conflict_blasts import rule_alone
from tests.test_analyze_conflict_days_blocks import told_in_two
from tests.test_analyze_conflict_reader22 import placed

PHONE = (
    "According to the U.S. attorney’s description of the charges, in March 2016, Plaskett "
    "asked McCullum to take her iPhone to an Apple store for repairs."
)
WHILE = (
    "While he had her phone, he created Hotmail and Facebook accounts under a pseudonym to "
    "distribute and post nude images of Plaskett and her spouse."
)
JULY = (
    "In July 2016, after McCullum left the congressional member’s staff, he allegedly created "
    "a Hotmail account and a Facebook account under a fake name to post the material and "
    "encouraged sharing it, the indictment states."
)


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def briefed(raw) -> tuple[list[str], Analysis]:
    """Raw 58's documents and their analysis."""
    analysis = brief(raw[58]["documents"], words=250).analysis
    assert analysis is not None
    return raw[58]["documents"], analysis


def test_the_accounts_are_shown_made_in_march_and_in_july(briefed):
    documents, analysis = briefed
    shown = [
        (c.kind, c.reason, [s.text for s in c.side_a], [s.text for s in c.side_b])
        for c in analysis.conflicts
        if "account" in c.reason
    ]
    reason = "Different dates for the creation of the Hotmail account: March 2016 vs July 2016"
    assert shown == [("date", reason, [WHILE], [JULY])]
    # [3] dates the phone's handing over right before its "while" sentence; [4] its July
    assert [placed(documents, text) for text in (PHONE, WHILE, JULY)] == [
        (3, PHONE),
        (3, WHILE),
        (4, JULY),
    ]


def test_the_july_sentence_is_no_longer_agreed_by_the_march_article(briefed):
    # [4]'s July sentence was a statement backed by [3]'s "While he had her phone"; the two
    # now stand apart, and [4]'s sentence backs [1]'s undated one
    documents, analysis = briefed
    assert not [f for f in analysis.agreed if f.statement.text == JULY]
    (row,) = [f for f in analysis.agreed if "allege McCullum created a Hotmail" in f.statement.text]
    assert placed(documents, row.statement.text)[0] == 1
    assert [s.text for s in row.support] == [JULY]


def test_the_months_read_are_the_acts_own():
    # 58's three sentences telling the accounts, each after its sentence before
    assert dated_makings(WHILE, PHONE) == [(("he", "Hotmail"), (2016, 3))]
    assert dated_makings(JULY, "Attorneys for McCullum could not immediately be identified.") == [
        (("he", "Hotmail"), (2016, 7))
    ]
    undated = (
        "Prosecutors allege McCullum created a Hotmail email account under a fake name and "
        "sent at least 11 messages containing the images to politicians, reporters and other "
        "people familiar with the delegate."
    )
    assert dated_makings(undated, "Authorities say the device contained the images.") == []
    # a "while" clause of no state its sentence before tells takes no month from it
    assert dated_makings(WHILE, "In March 2016, McCullum offered to help his boss.") == []
    # a month dating a telling, or an act's clause dated otherwise, is not the act's
    assert dated_makings("In July 2016, police said he created a Facebook account.", "") == []
    assert dated_makings("In July 2016, he created a Facebook account last year.", "") == []
    assert dated_makings("He set up a Facebook account in July 2016 to post them.", "") == [
        (("he", "Facebook"), (2016, 7))
    ]


def test_no_other_raw_or_duc_cluster_gets_it(raw):
    # the clusters where two articles write an act's literal
    clusters, telling = told_in_two(raw, lambda d: any(w in d.lower() for w in WORDS))
    assert 58 in telling and len(telling) >= 20
    shown = {
        n: len(
            rule_alone(
                lambda story, texts, _, joined: month_conflicts(story, texts, joined), clusters[n]
            )
        )
        for n in telling
    }
    assert {n: found for n, found in shown.items() if found} == {58: 1}
