"""Furniture found reading the raw validation clusters where chorus' summary lost most to
lead's: a caption closed by its credit in brackets, TIME's links, Newsweek's "Updated |", a
shop's membership page. Each rule is checked on the raw line it was written from, and on
the story lines it comes close to."""

import functools

import pytest

from chorus.api import as_articles
from chorus.clean import clean, removal_reason
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters


@functools.cache
def _documents(cluster_id: str) -> list[str]:
    return next(c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] == cluster_id)["documents"]


def _line(cluster_id: str, index: int, start: str) -> str:
    lines = [line.strip() for line in _documents(cluster_id)[index].split("\n")]
    found = next((line for line in lines if line.startswith(start)), None)
    assert found is not None, f"no line of {cluster_id}[{index}] starts with {start!r}"
    return found


@pytest.mark.parametrize(
    ("cluster_id", "index", "start", "reason"),
    [
        # A caption closed by its credit: a source's name or site.
        ("multi_news-val-1839", 3, "Brock Turner as he appeared", "photo caption"),
        ("multi_news-val-1513", 2, "Tory MP Karen Vecchio says she will oppose", "photo caption"),
        ("multi_news-val-5196", 1, 'In an ad titled, "Scott Walker for America,"', "photo caption"),
        # TIME's links between paragraphs, and a bar after the word.
        ("multi_news-val-2642", 0, "MORE 5 Photos That Show", "related link"),
        ("multi_news-val-5067", 1, "MORE Short Bursts of Exercise", "related link"),
        ("multi_news-val-3651", 2, "MORE | Two 13-year-old girls missing", "related link"),
    ],
)
def test_clean_finds_captions_with_credits_and_links_of_raw_multinews(
    cluster_id, index, start, reason
):
    assert removal_reason(_line(cluster_id, index, start)) == reason


@pytest.mark.parametrize(
    ("cluster_id", "index", "start"),
    [
        # A writer's aside in brackets: a stop inside it, no credit.
        ("multi_news-val-3880", 1, "And, unlike many neuroscientists and philosophers"),
        # "MORE" opening a sentence in capitals, closed by a stop.
        ("multi_news-val-84", 1, "3. MORE THAN 1 BILLION JOURNEYS"),
    ],
)
def test_clean_keeps_story_lines_close_to_the_credit_and_link_rules(cluster_id, index, start):
    assert removal_reason(_line(cluster_id, index, start)) is None


def test_clean_takes_newsweeks_update_mark_off_the_first_sentence():
    (article,) = as_articles([_documents("multi_news-val-3655")[0]])
    first = split(clean(article))[0]
    assert first.text == (
        "When the first humans left Africa around 100,000 years ago, they got shorter."
    )


def test_clean_takes_a_share_buttons_label_off_the_first_sentence():
    # Raw 203 (reader20): "Email This Even at 88, Betty White ..." headed its briefing.
    (article,) = as_articles([_documents("multi_news-val-2611")[0]])
    document = clean(article)
    texts = [s.text for s in split(document)]
    assert "Even at 88, Betty White has the ambition of a 20-something!" in texts
    assert not [t for t in texts if "Email This" in t]
    assert ("share buttons", "Email This") in [
        (r.reason, article.text[r.span.start : r.span.end].strip()) for r in document.removed
    ]


def test_clean_empties_a_shops_membership_page_whole():
    # The cluster's second page is the story (its first, an archive notice, goes too).
    story, page = (clean(article) for article in as_articles(_documents("multi_news-val-1297")[1:]))
    assert len(split(story)) > 20
    assert not split(page)
    assert {r.reason for r in page.removed} == {"membership page"}
