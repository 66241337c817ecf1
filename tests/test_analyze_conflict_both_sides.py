"""Two findings of readers 67 and 68 (the fiftieth conflicts pass).

Raw validation 116 (val-599), the House's referral of Lois Lerner: [1] (AP) tells the
committee's "uncovered evidence that Lois Lerner may have violated ..." and, further down,
"Lerner's lawyer issued a statement Wednesday declaring her innocence"; [2] tells "Lerner,
who has denied any wrongdoing". An outlet that tells the accused's side beside the
accusation does not disagree with one that tells the denial: no conflict (claims.told_alone).

Raw validation 153 (val-3651), the Delphi girls: [1] "13-year-olds Liberty German and Abigail
Williams" against [2] "Liberty “Libby” German, 14," and [3] (RTV6) "Liberty "Libby"
German,14," twice, whose missing space after the comma kept [3] off the older side.
"""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.ages import _named_ages as named_ages
from chorus.analyze.model import Analysis
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import as_written, inputs
from tests.test_analyze_conflict_reader22 import placed
from tests.test_analyze_conflicts_plus12 import _documents


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _analysis(documents: list) -> Analysis:
    analysis = brief(documents, words=250).analysis
    assert analysis is not None
    return analysis


def test_an_accusation_whose_outlet_tells_the_denial_too_is_no_conflict(raw):
    documents = raw[116]["documents"]
    assert placed(documents, "uncovered evidence that Lois Lerner may have violated")[0] == 1
    assert placed(documents, "statement Wednesday declaring her innocence")[0] == 1
    assert placed(documents, "Lerner, who has denied any wrongdoing")[0] == 2
    analysis = _analysis(documents)
    assert analysis.conflicts == ()
    assert (
        analysis.reasons["conflicts"]
        == "no conflicting figures, dates, titles, organisations, charges, comments or "
        "denials found"
    )


def test_a_claim_whose_outlet_tells_no_denial_still_meets_it():
    # The seeds: [1]'s "proof" chemical weapons were used tells no denial; [2] tells
    # Moscow's ("denied that any gas attack took place") beside Macron's proof.
    (seeds,) = inputs(["seeds"]).values()
    (denial,) = [c for c in _analysis(seeds).conflicts if c.kind == "denial"]
    assert any('"proof" chemical weapons were used' in s.text for s in denial.side_a)
    assert [s.text for s in denial.side_b] == [
        "Moscow and Damascus have denied that any gas attack took place and have accused "
        "the Syrian opposition of fabricating the incident."
    ]


def test_a_denial_another_outlet_answers_with_innocence_leaves_no_false_pair():
    # Multi-News+ train 4018: "skinner's legal team has tried to get that evidence tested"
    # accused no one of anything; its article tells "dna ... that could exonerate skinner",
    # and the denial ("has strongly denied any involvement in the crime") met it.
    documents = _documents({"multi_news-train-4018"})["multi_news-train-4018"]
    assert not [c for c in _analysis(documents).conflicts if c.kind == "denial"]


def test_an_age_set_off_without_a_space_is_read(raw):
    assert named_ages('found as Abigail "Abby" Williams,13, and Liberty "Libby" German,14.') == [
        ("Abigail", "Williams", 13),
        ("Liberty", "German", 14),
    ]
    # a list of numbers (a paper's authors' affiliations) and a thousands comma are no age
    assert named_ages("Peter James,1,2 Jaime E. Hart,2,3 and others wrote it.") == []
    assert named_ages("Smith,1,000 more came.") == []
    assert named_ages("arlene blum,1,2 simona a. balan,2 martin scheringer,3,4 wrote") == []


def test_every_outlet_giving_german_14_stands_on_that_side(raw):
    documents = raw[153]["documents"]
    (ages,) = [c for c in _analysis(documents).conflicts if "Liberty German" in c.reason]
    assert ages.reason == "Different ages for Liberty German: 13 vs 14"
    thirteen = placed(documents, "13-year-olds Liberty German and Abigail Williams")
    # each side read as written: shown past its dateline, "DELPHI, Ind. — " (clean62)
    assert [as_written(s) for s in ages.side_a] == [thirteen[1]] and thirteen[0] == 1
    fourteen = [
        placed(documents, "Liberty “Libby” German, 14, and Abigail"),
        placed(documents, 'positively identified the two bodies found as Abigail "Abby"'),
        placed(documents, 'Liberty "Libby" German,14, were last seen'),
    ]
    assert [p for p, _ in fourteen] == [2, 3, 3]
    assert [as_written(s) for s in ages.side_b] == [text for _, text in fourteen]
