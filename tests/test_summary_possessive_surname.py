"""The story's news opening the summary (readers 67 and 70, summary61). A surname the summary
shows before the line naming its person in full, read through its possessive ("Ohr's
decision is ...", raw 65), and a university's name that is no surname ("Northwestern", whose
"Outgoing Northwestern quarterback Kain Colter" reads as a full name): raw 65 opened on a
professor's verdict on "Ohr's decision" with the NLRB ruling third. A column's line naming
its writer's earlier piece ("... in my previous GMCR article ...", raw 61) is the page's,
and once it is left out an article's lead opens the summary."""

from __future__ import annotations

import pytest

from chorus.summarize.newsroom import writers_own_piece
from chorus.summarize.surnames import named_in_full_first, unowned
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation up to 133 (Knox's blog post, the last read here)."""
    return read_clusters(RAW_VALIDATION, 134)


@pytest.fixture(scope="module")
def northwestern(clusters) -> dict:
    """Raw validation 65: the NLRB ruling on Northwestern's football players."""
    return clusters[65]


def test_a_possessive_is_no_part_of_the_surname():
    assert unowned("Ohr's") == "Ohr"
    assert unowned("Keurig’s") == "Keurig"
    assert unowned("Reynolds") == "Reynolds"


def test_a_possessive_surname_waits_for_the_line_naming_its_person(northwestern):
    verdict = sentence(northwestern, 'Ohr\'s decision is "revolutionary for college sports,"')
    appeal = sentence(northwestern, "Northwestern has already announced plans to appeal")
    assert "regional director Peter Ohr" in appeal
    assert named_in_full_first([verdict, appeal], sentences(northwestern)) == [1, 0]


def test_a_university_s_name_is_no_surname(northwestern):
    # "Outgoing" before "Northwestern" is no first name: the cluster writes "Northwestern
    # University", so the ruling line stays above the Colter line.
    ruling = sentence(northwestern, "Northwestern football players qualify under federal law")
    colter = sentence(northwestern, "Outgoing Northwestern quarterback Kain Colter")
    assert named_in_full_first([ruling, colter], sentences(northwestern)) == [0, 1]


def test_the_summary_opens_on_the_ruling_not_the_verdict_on_it(northwestern):
    shown = summary(northwestern)
    assert shown[0].startswith("Northwestern football players qualify under federal law")
    verdict = next(n for n, t in enumerate(shown) if t.startswith("Ohr's decision is"))
    named = next(n for n, t in enumerate(shown) if "Peter Ohr" in t)
    assert named < verdict
    assert not any("Ohr" in t for t in shown[:named])


def test_a_writers_earlier_piece_named_inside_a_line_is_the_page_s(clusters):
    keurig = clusters[61]
    assert writers_own_piece(sentence(keurig, "The problem was exactly what I was concerned"))
    assert writers_own_piece(sentence(keurig, "I mentioned in my prior article that"))
    # someone else's post is news of them, not the writer's own piece
    assert not writers_own_piece(sentence(clusters[133], "Knox wrote in a blog post earlier"))
    assert not writers_own_piece(sentence(keurig, "Keurig Green Mountain Inc. on Wednesday cut"))


def test_the_keurig_summary_opens_on_the_wsj_lead_not_the_column(clusters):
    shown = summary(clusters[61])
    assert shown[0].startswith("Keurig Green Mountain Inc. on Wednesday cut its guidance")
    assert not any("my previous" in line or "my prior" in line for line in shown)
    # the column's quarter figures stay, below the news
    assert any(line.startswith("Pods were up 7% while brewer sales plunged 23%") for line in shown)
