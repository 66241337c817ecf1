"""A denial by its verdict (conflict_verdicts.py). Raw validation 149 (val-5261, the White
House weighing an end to spying on allied leaders): [1] (AP) "In a statement, the California
Democrat said the White House had informed her that "collection on our allies will not
continue."" then "The administration official said that statement was not accurate, ...";
[2] (WSJ) "... said she expected that the White House would end all spying on leaders of
allied countries." Feinstein's word, told by both outlets, against the official's verdict
(reader 47's missed denial). Multi-News+ train 30602: Ashley Madison "said that that claim
was false" after "The group alleged that the site did not in fact fully delete all
information about a user", which Ars Technica tells as its own finding. The shapes left
out brought wrong pairs in the census: a verdict on "the report" (validation 98), on
rumours told "at the time" (train 41619), on a figure its own sentence corrects (train
36046), a stressed "absolutely false" (train 25714)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.model import Conflict
from chorus.render import to_markdown
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import as_written
from tests.test_analyze_conflict_reader22 import placed
from tests.test_analyze_conflict_reader26 import _plus_documents

REASON = "One side denies what the other claims: “that statement was not accurate”"


@pytest.fixture(scope="module")
def spying() -> list[str]:
    return read_clusters(RAW_VALIDATION, 150)[149]["documents"]


@pytest.fixture(scope="module")
def train() -> dict[int, list[str]]:
    return _plus_documents("train", {2056, 25714, 30602, 36046, 41619})


@pytest.fixture(scope="module")
def validation() -> dict[int, list[str]]:
    return _plus_documents("validation", {98, 5261})


def _conflicts(documents: list[str], words: int = 100) -> tuple[Conflict, ...]:
    analysis = brief(documents, words=words).analysis
    assert analysis is not None
    return analysis.conflicts


def test_the_officials_verdict_answers_feinsteins_word_in_both_outlets(spying):
    # main showed no conflict here: no denial verb, and the verdict is 0.11 alike to [2]
    told = placed(spying, "collection on our allies will not continue")
    expected = placed(spying, "said she expected that the White House would end all spying")
    verdict = placed(spying, "The administration official said that statement was not accurate")
    assert (told[0], expected[0], verdict[0]) == (1, 2, 1)
    (denial,) = _conflicts(spying, words=250)
    assert (denial.kind, denial.reason, denial.against_finding) == ("denial", REASON, False)
    # each side read as written: [2]'s shown past "WASHINGTON—" (clean62)
    assert [as_written(s) for s in denial.side_a] == [told[1], expected[1]]
    assert [as_written(s) for s in denial.side_b] == [verdict[1]]


def test_the_verdict_reads_as_a_denial_in_the_briefing(spying):
    conflicts = to_markdown(brief(spying, words=250)).split("## Conflicts")[1].split("\n## ")[0]
    assert REASON in conflicts
    assert "  - A: In a statement, the California Democrat said the White House" in conflicts
    # shown past its dateline, "WASHINGTON—" (clean62)
    assert "  - A: The chairman of the Senate Intelligence Committee" in conflicts
    assert "  - B: The administration official said that statement was not accurate" in conflicts


def test_ashley_madisons_verdict_answers_the_allegation_and_ars_telling(train):
    documents = train[30602]
    denials = [c for c in _conflicts(documents) if "that claim was false" in c.reason]
    (denial,) = denials
    alleged = placed(documents, "The group alleged that the site did not in fact fully delete")
    ars = placed(documents, "the two options that ashley madison gives exiting customers")
    assert (alleged[0], ars[0]) == (1, 2)
    assert [s.text for s in denial.side_a] == [alleged[1], ars[1]]
    assert "ashley madison said that that claim was false" in denial.side_b[0].text


@pytest.mark.parametrize(
    ("file", "line", "verdict"),
    [
        # "the report": the Times' report, whose tellings found were the president's rant
        ("validation", 98, "the report is not accurate"),
        # 149 in lower case: the line runs the claim and the verdict together
        ("validation", 5261, "that statement was not accurate"),
        # stressed: the reports of her being taken off life support are told nowhere else
        ("train", 25714, "these claims are absolutely false"),
        # a figure its own sentence corrects ("previously said 16 people died")
        ("train", 36046, "this figure was incorrect"),
        # rumours denied "at the time", come true since
        ("train", 41619, "those rumors were not true"),
    ],
)
def test_verdicts_of_other_shapes_answer_nothing(train, validation, file, line, verdict):
    documents = (train if file == "train" else validation)[line]
    assert verdict in placed(documents, verdict)[1]
    assert not [c for c in _conflicts(documents) if verdict in " ".join(s.text for s in c.side_b)]


LIE = "One side denies what the other claims: “The story though was all a lie according to police”"


def test_the_police_verdict_on_the_mothers_story_answers_her_word_in_two_outlets():
    # raw 141 (val-2067): [1] tells the mother's story, then its verdict on the police's
    # word; [3] tells the same waking in the park (reader 65's missed claim against denial)
    documents = read_clusters(RAW_VALIDATION, 142)[141]["documents"]
    told = placed(documents, "When she woke up in Largo Central Park, Jordan was gone, she said.")
    retold = placed(documents, "She told police the next thing she knew, she woke up in Largo")
    verdict = placed(documents, "The story though was all a lie according to police")
    assert (told[0], retold[0], verdict[0]) == (1, 3, 1)
    (denial,) = [c for c in _conflicts(documents, words=250) if c.kind == "denial"]
    assert (denial.reason, denial.against_finding) == (LIE, False)
    assert [s.text for s in denial.side_a] == [told[1], retold[1]]
    assert [s.text for s in denial.side_b] == [verdict[1]]


def test_a_verdict_on_no_ones_word_answers_nothing(train):
    # train 2056: "These stories are all fabricated" is Trump's own blanket denial in his
    # quoted words; it names no one whose verdict it is, and is not read
    documents = train[2056]
    assert (
        "these stories are all fabricated"
        in placed(documents, "stories are all fabricated")[1].lower()
    )
    assert not [c for c in _conflicts(documents) if "fabricated" in c.reason]
