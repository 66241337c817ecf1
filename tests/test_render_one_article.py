"""A briefing no section can compare sources in (one article, or one on the story) says
why once, under its headline, not under three sections in a row; the JSON keeps each
section's reason."""

from __future__ import annotations

import re

import pytest

from chorus import Briefing, brief
from chorus.ingest import make_article
from chorus.render import to_dict, to_html, to_markdown
from chorus.render.analysis import as_note
from tests.conftest import RAW_VALIDATION, read_clusters

SEED = "001_f34298cc83c0a39a"
SINGLE = "A single article: there are no other sources to compare it with"


@pytest.fixture(scope="module")
def lone_seed(seeds_dir) -> Briefing:
    path = seeds_dir / f"{SEED}.txt"
    return brief([make_article(path.read_text(encoding="utf-8"), path.name, origin=path.name)])


def test_a_single_article_s_reason_is_said_once_at_the_top_of_the_markdown(lone_seed):
    markdown = to_markdown(lone_seed)
    # before: "_A single article: ..._" under Agreed, Only in one outlet and Conflicts
    assert markdown.count("single article") == 1
    # Under the Summary heading, before the summary's first sentence and its "[1]".
    head = markdown.split("## Summary\n", 1)[1].split("[1]", 1)[0]
    assert f"_{SINGLE}. The sections comparing sources (" in head
    headings = re.findall(r"^## (.+)$", markdown, flags=re.MULTILINE)
    assert headings == [
        "Summary",
        "Who said what",
        "Timeline",
        "People, organisations, places",
        "Sources",
    ]


def test_a_single_article_s_reason_is_said_once_in_the_page_s_header(lone_seed):
    page = to_html(lone_seed)
    assert page.count("single article") == 1
    header = re.search(r'<header class="top">.*?</header>', page).group(0)
    assert f'<p class="meta note">{SINGLE}. The sections comparing sources (' in header
    # and what one source cannot fill: a chart of one row, all filled; "Background 0"
    for section in ("agreed", "unique", "conflicts", "coverage", "relevance"):
        assert f'id="h-{section}"' not in page and f'href="#h-{section}"' not in page
    assert 'id="h-quotes"' in page and 'id="h-timeline"' in page


def test_the_json_keeps_each_section_s_reason(lone_seed):
    reasons = to_dict(lone_seed)["analysis"]["reasons"]
    single = "a single article: there are no other sources to compare it with"
    assert [reasons[s] for s in ("agreed", "unique", "conflicts")] == [single] * 3


def test_one_article_on_the_story_among_others_is_said_once_too(seeds_dir):
    # the seed beside two articles of raw cluster 0 (the Good Country Index): both are
    # background, and the three sections had one reason each
    seed = (seeds_dir / f"{SEED}.txt").read_text(encoding="utf-8")
    other = read_clusters(RAW_VALIDATION, 1)[0]["documents"][:2]
    articles = [make_article(seed, SEED, origin=f"{SEED}.txt")]
    articles += [make_article(t, f"raw{n}", origin=f"raw{n}.txt") for n, t in enumerate(other)]
    briefing = brief(articles)
    markdown, page = to_markdown(briefing), to_html(briefing)
    said = "Only one article is on the story: there are no other sources to compare it with"
    assert markdown.count(said) == 1 and page.count(said) == 1
    assert "## Background" in markdown and "## Conflicts" not in markdown
    assert 'id="h-coverage"' in page and 'id="h-relevance"' in page


def test_a_cluster_whose_every_article_is_set_aside_does_not_say_one_is_on_the_story():
    # A seventeenth reader found raw 197's two articles both in Background under "Only one
    # article is on the story", which named none. Raw 197's and 223's reports, each the
    # one article of its pair naming people, are on the story since the twelfth off-topic
    # pass; two pages naming no one, 197's poverty table and 96's list of a paper's data
    # projects, are both set aside.
    clusters = read_clusters(RAW_VALIDATION, 198)
    documents = [clusters[197]["documents"][1], clusters[96]["documents"][0]]
    briefing = brief(documents)
    assert len(briefing.analysis.off_topic) == len(documents) == 2
    markdown = to_markdown(briefing)
    assert "Only one article is on the story" not in markdown
    said = "No article is on one story with another: each shares little with the others"
    assert markdown.count(said) == 1
    assert markdown.count("reads as web-page text, not a news report") == 2


def test_sections_with_items_keep_their_own_reasons(validation_clusters):
    # several articles on one story: the sections stay, each with its own word
    briefing = brief(validation_clusters[0]["documents"], words=100)
    assert briefing.analysis.agreed
    markdown = to_markdown(briefing)
    for heading in ("Agreed by all / most", "Only in one outlet", "Conflicts"):
        assert f"## {heading}\n" in markdown
    assert "The sections comparing sources" not in markdown


def test_too_many_sentences_says_once_that_the_sections_are_left_out():
    # The documents of the first 70 raw clusters as two articles, past the sentences the
    # analysis compares pairwise: the reason's own "...; cross-source sections were not
    # built" and the note's "are left out" said it twice over.
    documents = [d for c in read_clusters(RAW_VALIDATION, 70) for d in c["documents"]]
    halves = ["\n\n".join(documents[::2]), "\n\n".join(documents[1::2])]
    articles = [make_article(t, f"part{n}", origin=f"part{n}.txt") for n, t in enumerate(halves)]
    briefing = brief(articles, words=100)
    reason = to_dict(briefing)["analysis"]["reasons"]["agreed"]
    assert reason.endswith("; cross-source sections were not built"), "the JSON keeps it"
    said = re.escape(as_note(reason.split(";")[0]))
    note = rf"{said}\. The sections comparing sources \(agreement, [^)]*\) are left out"
    markdown, page = to_markdown(briefing), to_html(briefing)
    assert re.search(rf"^_{note}\._$", markdown, flags=re.MULTILINE)
    assert re.search(rf'<p class="meta note">{note}\.', page)
    assert "not built" not in markdown and "not built" not in page
