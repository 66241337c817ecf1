"""Interface, stop 43: reader69 found raw 9's "[1][3][4][5][6] (4 of 6)", five sources
counted as four, since [1] and [5] are both POLITICO, against six sources; and raw 29's
[3], the discussion section of the very study the other two report, set aside as sharing
"little with the other articles (another event or subject ...)". The agreed share counts
outlets on both sides and says so; a study's own text set aside is called one. Documents
are 0-based (the readers count from 1)."""

from __future__ import annotations

import re

import pytest

import chorus
from chorus.api import as_articles
from chorus.render import to_dict, to_markdown
from chorus.summarize.papers import a_study_anywhere
from tests.raw_pages import raw_clusters, read_as_file


@pytest.fixture(scope="module")
def briefings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("raw")
    found = {}
    for line in (9, 29):
        read = read_as_file(line, folder)
        found[line] = chorus.brief(read.articles, words=250, notes=read.notes)
    return found


def _section(markdown: str, heading: str) -> list[str]:
    body = markdown.split(f"## {heading}\n\n", 1)[1].split("\n\n## ", 1)[0]
    return [line for line in body.splitlines() if line.startswith("- ")]


def test_raw_9_counts_politico_once_on_both_sides_of_the_share(briefings):
    briefing = briefings[9]
    markdown = to_markdown(briefing)
    # Two of the six articles end on POLITICO's sign-up consent: one outlet, five in all.
    outlets = [d.article.outlet for d in briefing.documents]
    assert len(outlets) == 6 and outlets[0] == outlets[4] == "POLITICO"
    assert len(set(outlets)) == 5
    agreed = _section(markdown, "Agreed by all / most")
    widest = [line for line in agreed if line.endswith("[1][3][4][5][6] (4 of 5 outlets)")]
    assert len(widest) == 1
    # Each line's count is that of the distinct outlets its marks name, as JSON lists them.
    payload = to_dict(briefing)
    for line, fact in zip(agreed, payload["analysis"]["agreed"], strict=True):
        marks, share = re.search(r"((?:\[\d\])+) \(([^()]*)\)$", line).groups()
        named = {outlets[int(mark) - 1] for mark in re.findall(r"\d", marks)}
        assert share == f"{len(fact['outlets'])} of 5 outlets"
        assert len(named) == len(fact["outlets"])
    assert not any(re.search(r"\(\d of 6", line) for line in agreed)


def test_raw_29_s_paper_is_set_aside_as_a_study_s_own_text(briefings):
    markdown = to_markdown(briefings[29])
    # The same study, in its own words: "ultrashort 2-millisecond flashes" against the
    # reports' "flashes of light"; still kept out of the summary, as before.
    (listed,) = _section(markdown, "Background")
    assert listed == "- [3] background: a study's own text (a paper), not a news report"
    assert "another event or subject" not in markdown
    payload = to_dict(briefings[29])
    assert [s["set_aside"] for s in payload["sources"]] == [None, None, "background"]
    assert [r["off_topic"] for r in payload["analysis"]["relevance"]] == [False, False, True]
    assert not any(
        s.shown.article.id == briefings[29].documents[2].article.id for s in briefings[29].summary
    )


@pytest.mark.parametrize(
    ("line", "index", "study"),
    [
        (29, 2, True),  # the discussion section: "(33, 36, 38)", "(49, 54)", ...
        (29, 0, False),  # the reports of it
        (29, 1, False),
        (37, 0, False),  # a soccer report: "the first-place Spirit (12-3-3)"
        (56, 0, True),  # Nature's abstract, its reference numbers run into words
    ],
)
def test_a_study_s_text_is_told_by_its_listed_references(line, index, study):
    articles = as_articles(raw_clusters()[line]["documents"])
    assert a_study_anywhere(articles[index]) is study
