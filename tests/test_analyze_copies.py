"""Articles that carry one report (a wire story run twice, or sent again as it grew) agree
with no one by repeating it. The groups below were read from the articles' datelines,
bylines and openings, not from chorus' output."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.run import ONE_REPORT
from chorus.language.words import wording
from chorus.render.markdown import to_markdown
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"


def _documents(path, cluster_id: str) -> list[str]:
    (found,) = [c for c in read_clusters(path, 250) if c["id"] == cluster_id]
    return found["documents"]


@pytest.fixture(scope="module")
def duc_pope():
    """d31002t: AP's Marija Bistrica story in four versions (the fourth document is the
    third again, left out at input), AP's Split story twice, the New York Times' Marija
    Bistrica story twice and its Split story once."""
    return brief(_documents(DUC, "d31002t"), words=100)


def _origins(briefing, ids) -> tuple[str, ...]:
    by_id = {d.article.id: d.article.origin for d in briefing.documents}
    return tuple(by_id[i] for i in ids)


def test_versions_of_one_wire_story_are_grouped_as_read(duc_pope):
    groups = [_origins(duc_pope, c.articles) for c in duc_pope.analysis.copies]
    assert groups == [
        ("text 1", "text 2", "text 3", "text 5"),
        ("text 6", "text 7"),
        ("text 8", "text 9"),
    ]


def test_an_agreed_fact_needs_two_reports(duc_pope):
    report = {a: n for n, c in enumerate(duc_pope.analysis.copies) for a in c.articles}
    assert len(duc_pope.analysis.agreed) >= 5
    for fact in duc_pope.analysis.agreed:
        reports = {report.get(s.article.id, s.article.id) for s in fact.sentences}
        assert len(reports) >= 2, fact.statement.text


def test_a_unique_item_of_a_report_cites_each_copy_of_its_words(duc_pope):
    report = {a: n for n, c in enumerate(duc_pope.analysis.copies) for a in c.articles}
    carried = [f for f in duc_pope.analysis.unique if f.support]
    assert carried
    for fact in carried:
        for copy in fact.support:
            assert wording(copy.text) == wording(fact.statement.text)
            assert report[copy.article.id] == report[fact.statement.article.id]
    listed = [wording(f.statement.text) for f in duc_pope.analysis.unique]
    assert len(listed) == len(set(listed))


def test_markdown_says_which_articles_are_one_report_and_lists_their_words_once(duc_pope):
    markdown = to_markdown(duc_pope)
    assert "_[1], [2], [3] and [4] carry one report (" in markdown
    agreed = markdown.split("## Agreed by all / most")[1].split("## Only in one outlet")[0]
    for item in agreed.split("\n- ")[1:]:
        statement, *support = item.split("\n  - ")
        words = [wording(line.rsplit(" [", 1)[0]) for line in support]
        assert len(words) == len(set(words))
        assert wording(statement.rsplit(" [", 1)[0]) not in words


@pytest.mark.parametrize(
    "cluster_id",
    [
        "multi_news-val-4713",  # AP's balloon story run by two papers with their own leads
        "multi_news-val-5480",  # Asahi's rescue-dog story in two versions
    ],
)
def test_two_papers_running_one_story_have_nothing_to_compare(cluster_id):
    """Before, 4713's agreed section listed 12 facts "by all" outlets."""
    briefing = brief(_documents(RAW_VALIDATION, cluster_id), words=100)
    analysis = briefing.analysis
    assert [len(c.articles) for c in analysis.copies] == [2]
    assert analysis.agreed == () and analysis.unique == ()
    assert analysis.reasons["agreed"] == analysis.reasons["unique"] == ONE_REPORT
    assert briefing.summary


@pytest.mark.parametrize(
    "cluster_id",
    [
        "multi_news-val-3501",  # three lines of one Led Zeppelin interview
        "multi_news-val-3365",  # three lines of one post on Facebook
        "multi_news-val-4361",  # a passage of a magazine story quoted by another
        "multi_news-val-2145",  # five lines of one indictment
        "multi_news-val-5124",  # three lines of a studio's press release in a trade paper
    ],
)
def test_articles_quoting_one_source_are_not_one_report(cluster_id):
    analysis = brief(_documents(RAW_VALIDATION, cluster_id), words=100).analysis
    assert analysis.copies == ()
    assert analysis.agreed


def test_the_seeds_are_three_reports(seed_texts):
    analysis = brief(list(seed_texts.values()), words=100).analysis
    assert analysis.copies == ()
    assert analysis.agreed


def test_a_figure_that_changed_between_versions_of_one_report_is_said_to_be_so():
    """DUC d31010t: AP's Bucharest round-up carries its Warsaw story's paragraphs word for
    word; the Warsaw toll (32) against the round-up's Europe-wide one (at least 62) is no
    dispute between two sources. Tolls of other reports stay conflicts."""
    briefing = brief(_documents(DUC, "d31010t"), words=100)
    analysis = briefing.analysis
    report = {a: n for n, c in enumerate(analysis.copies) for a in c.articles}
    updates = [c for c in analysis.conflicts if c.reason.startswith("Versions of one report: ")]
    assert updates
    for conflict in analysis.conflicts:
        both = (*conflict.side_a, *conflict.side_b)
        sides = {report.get(s.article.id, s.article.id) for s in both}
        assert (conflict in updates) == (len(sides) == 1)
