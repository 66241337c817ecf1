"""The "Conflicts" section's ages and denials after the sixteenth pass
(conflict_new_text16.json): every age conflict main showed on raw, DUC and Multi-News+ text,
judged one moment or two; the denied act that police words answer ("denied drinking
alcohol" against "according to the police report ... a strong smell of alcohol"); the
attributed sentences that answer nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.ages import _named_ages as named_ages
from chorus.analyze.claims import attributed
from chorus.analyze.denial_cues import denial_in as denial
from chorus.analyze.model import Analysis
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.test_analyze_conflicts_plus import _sentence, _shown
from tests.test_analyze_conflicts_plus12 import _documents, analyse

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_new_text16.json").read_text(encoding="utf-8")
)
AGES = FIXTURE["ages"]
DENIALS = ("multi_news-train-42236", "multi_news-train-21100", "multi_news-train-1853")


@pytest.fixture(scope="module")
def documents() -> dict[str, list[str]]:
    plus = {c["id"] for c in AGES if c["source"] == "plus"} | set(DENIALS)
    cased = {c["id"] for c in AGES if c["source"] != "plus"} | {"d30028t"}
    duc = read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)
    read = [*read_clusters(RAW_VALIDATION, 250), *duc]
    return {**_documents(plus), **{c["id"]: c["documents"] for c in read if c["id"] in cased}}


@pytest.fixture(scope="module")
def analysed(documents) -> dict[str, tuple[Analysis, dict[str, int]]]:
    return analyse([{"id": i} for i in documents], documents)


def test_age_conflicts_shown_are_of_one_moment(analysed):
    # Main showed 56 age conflicts over all 250 raw, 30 DUC and 50,594 Multi-News+
    # clusters: 46 right, 8 wrong (two moments), 2 unclear. The one wrong whose sentence
    # tells it, 44346's lawsuit's age, is gone; the other seven tell nothing that the
    # right ones do not ("in 2012", "at the time timothy was killed", "was ... when").
    # The seventeenth pass leaves out two more (conflict_new_text17.json's "ages"): an age
    # at a sentencing against an article that tells none, and a sentence that writes the
    # other age too ("a 13-year-old girl").
    verdicts = {(c["id"], c["person"]): c["verdict"] for c in AGES}
    shown = [
        verdicts[(cluster, conflict.reason.split("for ", 1)[1].split(":")[0])]
        for cluster, (analysis, _) in analysed.items()
        for conflict in analysis.conflicts
        if conflict.reason.startswith("Different ages")
    ]
    assert shown.count("right") == 46 and shown.count("unclear") == 2, shown
    assert shown.count("wrong") == 5, shown


def test_ages_of_another_moment_are_not_read(documents):
    lawsuit = _sentence(documents, "multi_news-train-44346", "According to the lawsuit")
    assert named_ages(lawsuit) == []
    assert (
        named_ages(
            "Hannah cohen, 18, at the time of her arrest on 30 june 2015, and her mother had "
            "been on their way home to chattanooga from st jude's hospital in memphis."
        )
        == []
    )
    # "at the time" of another clause, not the age's: the age stays (a right conflict).
    kept = _sentence(documents, "multi_news-train-7260", "a resident of south amboy")
    assert named_ages(kept) == [("michelle", "lodzinski", 46)]


def test_a_denied_act_is_answered_by_what_the_police_tell(analysed, documents):
    assert _shown(analysed, "multi_news-train-42236", "strong smell of alcohol", "denied drinking")
    assert _shown(analysed, "multi_news-train-21100", "being used by one of", "denies using motor")
    report = _sentence(documents, "multi_news-train-42236", "According to the police report")
    assert attributed(report)


def test_news_reports_answer_no_denied_act(analysed, documents):
    # "news reports said" Turkey attacked Kurdish rebels: no claim Syria shelters them.
    turkish = _sentence(documents, "d30028t", "About 10,000 Turkish soldiers")
    assert not attributed(turkish)
    assert not _shown(analysed, "d30028t", "About 10,000 Turkish soldiers", "Damascus denies")


def test_a_negated_denial_denies_nothing(analysed, documents):
    prince = _sentence(documents, "multi_news-train-1853", "did not deny killing")
    assert denial(prince) is None
    assert not _shown(analysed, "multi_news-train-1853", "The court had heard", "did not deny")
    assert denial("Mr dawson has denied murdering his wife.") is not None
