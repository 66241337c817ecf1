"""The "Conflicts" section after the thirty-fourth pass (conflict_reader34.json): raw 47's
9,000 against "more than 7,500" now says the two figures are credited to different
sources (the opposition network, the UN: count_credits.py) rather than that "now" may date
them apart; 191's counts of families (estates, notices, a lawsuit) and its two Koskoffs,
no conflict shown; 56's Kanan, assistant and associate professor, a conflict of a title
left for want of a kind then, shown since the forty-eighth pass (conflict_ranks.py);
153's bridges and 130's denial judged again; and a blind half of Multi-News+ conflicts
whose sentences both credit someone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.count_credits import counter, counters_apart
from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.gold import analysed_lines
from tests.test_analyze_conflict_reader22 import placed as _placed
from tests.test_analyze_conflict_reader22 import shown_as_judged
from tests.test_analyze_conflicts_plus12 import _documents

FIXTURE = json.loads(
    (Path(__file__).parent / "fixtures" / "conflict_reader34.json").read_text(encoding="utf-8")
)
FINDINGS = FIXTURE["findings"]
BLIND = FIXTURE["blind"]
NOTE = "; credited to different sources: "


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.fixture(scope="module")
def analysed(raw) -> dict[int, Analysis | None]:
    return analysed_lines(raw, {f["raw_line"] for f in FINDINGS})


def _finding(part: str) -> dict:
    (found,) = (f for f in FINDINGS if part in f["a"])
    return found


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f"{f['raw_line']}-{f['a'][:12]}")
def test_each_finding_is_shown_as_judged(raw, analysed, finding):
    shown_as_judged(raw, analysed, finding)
    assert finding["shown_after"] == (finding["verdict"] == "conflict" and "left" not in finding)
    if finding["shown_after"]:
        (reason,) = (
            c.reason
            for c in analysed[finding["raw_line"]].conflicts
            if any(finding["a"] in s.text for s in c.side_a)
        )
        assert reason == finding["reason_after"]


def test_47s_two_counters_are_read_off_their_sentences(raw):
    documents = raw[47]["documents"]
    finding = _finding("opposition network")
    (place_a, a), (place_b, b) = (_placed(documents, finding[k]) for k in ("a", "b"))
    assert (place_a, place_b) == (2, 3)
    assert counters_apart(a, b) == ("the opposition network", "the UN")
    # the credit that ends a sentence, and one naming the network by its name
    _, lcc = _placed(documents, "the activists' network the LCC said")
    assert counter(lcc) == "the activists' network the LCC"
    # the other conflict's side A credits no one: its counted are "reported killed"
    _, reported = _placed(documents, _finding("At least 144")["a"])
    assert counter(reported) is None


def test_a_pronoun_or_one_source_twice_tells_no_sources_apart(raw):
    documents = raw[76]["documents"]
    _, added = _placed(documents, "It added that the forces killed two of the gunmen")
    _, television = _placed(documents, "the TV reported")
    assert counter(added) is None
    assert counter(television) == "the TV"
    assert counters_apart(added, television) is None
    duc = read_clusters(DATA / "duc2003-task2.jsonl.gz", 30)[19]["documents"]
    _, warsaw = _placed(duc, "has killed 32 people, police said Monday")
    _, poland = _placed(duc, "In Poland, 36 people died")
    assert counter(warsaw) == counter(poland) == "police"
    assert counters_apart(warsaw, poland) is None


def test_a_figure_dated_now_keeps_its_note_when_no_source_is_told():
    # Multi-News+ val-4824: neither sentence credits anyone, so "now" is all that is said.
    documents = _documents({"multi_news-val-4824"})["multi_news-val-4824"]
    analysis = brief(documents, words=100).analysis
    assert analysis is not None
    reasons = [c.reason for c in analysis.conflicts]
    assert reasons == [
        "Different figures for deaths: 4 vs 3 people; one says “now”: they may be counts of"
        " different times"
    ]


def test_191s_families_are_counts_the_section_does_not_set_against_each_other(raw):
    documents = raw[191]["documents"]
    places = {_placed(documents, f["a"])[0] for f in FINDINGS if f["raw_line"] == 191}
    assert places == {1, 3, 4}
    _, josh = _placed(documents, "Attorney Josh Koskoff")
    _, michael = _placed(documents, "involving Michael Koskoff")
    assert "Koskoff, Koskoff" in michael and "Koskoff" in josh


def test_56s_two_ranks_are_given_by_two_articles_none_giving_both(raw):
    finding = _finding("assistant professor of chemistry")
    documents = raw[56]["documents"]
    assert [_placed(documents, finding[k])[0] for k in ("a", "b")] == [3, 4]
    # Kanan's own ranks: [4] calls Joel Rosenthal an assistant professor too
    ranks = [
        {rank for rank in ("assistant", "associate") if f"Kanan, an {rank} professor" in d}
        for d in documents
    ]
    assert all(len(held) <= 1 for held in ranks)
    assert set().union(*ranks) == {"assistant", "associate"}


def test_the_golds_agree_with_the_thirty_third_pass():
    earlier = json.loads(
        (Path(__file__).parent / "fixtures" / "conflict_reader33.json").read_text(encoding="utf-8")
    )["findings"]
    for again in FIXTURE["judged_again"]:
        (before,) = (f for f in earlier if f["a"] == again["a"] and f["b"] == again["b"])
        assert before["verdict"] == again["verdict"]
        assert before["raw_line"] == again["raw_line"]


def test_blind_half_shows_no_wrong_note():
    # Judged from main's dump before the branch ran on them: eight need no note, one
    # (train 10370: a ministry against a morgue's medic) would take one the rule misses.
    documents = _documents({c["cluster"] for c in BLIND})
    noted = set()
    for cluster in BLIND:
        analysis = brief(documents[cluster["cluster"]], words=100).analysis
        assert analysis is not None and analysis.conflicts
        if any(NOTE in c.reason for c in analysis.conflicts):
            noted.add(cluster["cluster"])
    expected = {c["cluster"] for c in BLIND if c["note_expected"]}
    assert noted <= expected
    assert len(expected - noted) == 1
