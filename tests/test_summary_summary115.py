"""An epithet for someone ("The actress, who starred in two "Fantastic Four" movies, told
CNBC ...", raw 199) shown below another person's line, and "these"/"those" and a plural no
line shown before writes ("The researchers found these cancer cases ...", 216), are taken
with their line before or left out (summary115, raw Multi-News validation, 0-based lines of
the file)."""

from __future__ import annotations

import pytest

from chorus.summarize.definites_unmet import demonstratives_unmet
from chorus.summarize.people_unmet import epithet_unmet
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def _rows(cluster: dict, openings: list[str]) -> tuple[list[str], list[int], list[int]]:
    """The cluster's sentences, its article starts and the rows opening with `openings`."""
    texts = summary_texts.sentences(cluster)
    return (
        texts,
        summary_texts.article_starts(cluster),
        [summary_texts.row_of(texts, opening) for opening in openings],
    )


def test_an_epithet_below_another_person_s_line_is_marked(clusters):
    # main's 199 showed Alba's "The actress, ..." below Simpson's line, and Simpson's "The
    # singer, actress ..." below Barrymore's, past the headings naming them
    texts, starts, shown = _rows(
        clusters[199],
        ["Flower, co-owned by", "The singer, actress", "Simpson still has", "The actress, who"],
    )
    marked = [texts[row] for row in epithet_unmet(texts, shown, starts)]
    assert [text[:20] for text in marked] == ["The singer, actress ", "The actress, who sta"]


def test_an_epithet_below_its_person_s_line_stands(clusters):
    # 51's "The former "Ugly Betty" star ..." below "Yet Ferrera didn't seem ruffled ...",
    # past "She declined comment ...", which names no one else: Ferrera's
    texts, starts, shown = _rows(
        clusters[51],
        ["CANNES, France (AP) — A man", "Yet Ferrera didn't", 'The former "Ugly Betty"'],
    )
    assert epithet_unmet(texts, shown, starts) == []
    # a name after the trade says who, and a phrase after it says which
    starts = [0]
    for line in ("The Oscar winner Jim Broadbent is tipped.", "The winner of the race wept."):
        assert epithet_unmet(["Someone else spoke.", "Stop.", line], [0, 2], starts) == []


def test_an_epithet_is_never_shown_below_another_person_s_line(clusters):
    shown = summary_texts.summary(clusters[199])
    for opening in ("The actress, who starred", "The singer, actress"):
        at = next((n for n, text in enumerate(shown) if text.startswith(opening)), None)
        # main showed both, below "Simpson still has ..." and Barrymore's "Flower, ..."
        assert at is None or shown[at - 1].startswith(("Jessica Alba", "Jessica Simpson"))


def test_these_and_a_plural_no_line_shown_writes_is_marked(clusters):
    texts, starts, shown = _rows(clusters[216], ["The researchers found these cancer cases"])
    assert demonstratives_unmet(texts, shown, starts) == shown
    shown = summary_texts.summary(clusters[216])
    # main's summary opened on it, the lead's "six cases of cancer" not shown
    assert not any(text.startswith("The researchers found these cancer") for text in shown)
    # people ("those injured", "those at schools"), a time and a plural a clause says which
    starts = [0]
    for line in (
        "Among those injured was a man who was hospitalized with severe burns.",
        "The lawsuit details other mass shootings, including those at schools.",
        "What you need to be a senator these days is the ability to talk.",
        "Babies process memories during those many naps they take during the day.",
    ):
        assert demonstratives_unmet(["A line.", "Stop.", line], [0, 2], starts) == []
