"""One person's academic rank given two ways (conflict_ranks.py): raw validation 56
(val-315), Stanford's ethanol catalyst. [3] (Stanford's release) quotes "Matthew Kanan, an
assistant professor of chemistry at Stanford and coauthor of the Nature study", [4] (MIT
Technology Review) "Matthew Kanan, an associate professor of chemistry at Stanford who
co-authored the paper": one man, one paper, one week (reader 64's missed conflict, judged a
conflict at the thirty-fourth pass and left then for want of a kind). [4] calls Joel
Rosenthal of Delaware "an assistant professor" too: another man."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.conflict_ranks import rank_conflicts, ranks
from chorus.render import to_dict
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.test_analyze_conflict_blasts import rule_alone
from tests.test_analyze_conflict_reader22 import placed

REASON = "Different titles for Matthew Kanan: assistant professor vs associate professor"


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _ranked(documents: list[str]) -> list:
    return rule_alone(
        lambda story, texts, _, joined: rank_conflicts(story, texts, joined), documents
    )


def test_kanans_two_ranks_are_one_title_conflict(raw):
    documents = raw[56]["documents"]
    assistant = placed(documents, "Kanan, an assistant professor of chemistry at Stanford")
    associate = placed(documents, "Kanan, an associate professor of chemistry at Stanford")
    assert (assistant[0], associate[0]) == (3, 4)
    briefing = brief(documents, words=250)
    assert briefing.analysis is not None
    (title,) = [c for c in briefing.analysis.conflicts if c.kind == "title"]
    assert title.reason == REASON
    assert [s.text for s in title.side_a] == [assistant[1]]
    assert [s.text for s in title.side_b] == [associate[1]]
    # the JSON names the kind; Rosenthal's "assistant professor" is another man's
    (shown,) = [c for c in to_dict(briefing)["analysis"]["conflicts"] if c["kind"] == "title"]
    assert shown["reason"] == REASON
    assert placed(documents, "says Joel Rosenthal, an assistant professor")[0] == 4


def test_a_rank_is_read_only_as_the_persons_present_title():
    assert list(ranks("said Stanford's Matthew Kanan, an associate professor of chemistry")) == [
        ("Matthew Kanan", "associate")
    ]
    assert list(ranks("according to Assistant Professor Jane Doe of Yale")) == [
        ("Jane Doe", "assistant")
    ]
    # a rank held then, a former one, a bare "professor" and a surname alone give none
    for text in (
        "Jane Doe, an assistant professor at the time, wrote the first paper.",
        "Jane Doe, a former associate professor at Yale, said.",
        "University of North Carolina journalism professor Daniel Kreiss said.",
        "Kanan, an associate professor, said.",
    ):
        assert not list(ranks(text)), text


def test_only_56_gives_one_person_two_ranks_among_the_raw_clusters(raw):
    found = [line for line, cluster in enumerate(raw) if _ranked(cluster["documents"])]
    assert found == [56]
