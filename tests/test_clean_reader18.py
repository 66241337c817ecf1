"""Cleaning, sixteenth pass: an eighteenth reader's findings. A title-case line between two
paragraphs (raw val-907's Billboard link "Grateful Dead Documentary in the Works With Martin
Scorsese", the briefing's headline and first summary sentence on main) goes, as do
"Related <headline>" links, the Sun's "MOST READ IN" line and Al Jazeera's "LIVE BLOG" glued
between two sentences; each checked on its page, on look-alikes kept, and over raw
validation and DUC against every line the rules remove, all read
(fixtures/clean_reader18.json)."""

import json
from collections import Counter
from pathlib import Path

import pytest

from chorus.api import as_articles
from chorus.clean import clean

from .conftest import DATA, RAW_VALIDATION, read_clusters
from .raw_pages import cleaned, exact_sentences, removals

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "clean_reader18.json").read_text(encoding="utf-8")
)
_TITLE = "title-case line"


def test_the_links_between_billboards_paragraphs_go():
    document = cleaned("multi_news-val-907", 0)
    # "Q&A;" read as "Q&A" since the twenty-sixth pass (an escaped "&"'s leftover ";").
    links = (
        "Grateful Dead Q&A: Bob Weir & Trey Anastasio on How It All Came Together",
        "The Grateful Dead: A Billboard Chart History",
        "Grateful Dead Documentary in the Works With Martin Scorsese",
    )
    gone = removals(document)
    assert all((_TITLE, link) in gone for link in links)
    sentences = exact_sentences(document)
    assert not any(link in s for link in links for s in sentences)
    for opening in ("The sense of closure is no", "Anastasio's enthusiasm is shared by the Dead's"):
        assert any(s.startswith(opening) for s in sentences)


@pytest.mark.parametrize(
    ("cluster_id", "index", "line"),
    [
        (
            "multi_news-val-3563",
            1,
            "STORY: Tony Scott Spent Final Days Working With Tom Cruise on 'Top Gun 2'",
        ),
        ("multi_news-val-5555", 1, "LAWRENCE: KING JAMES SILENCES CRITICS WITH RING"),
        ("multi_news-val-2145", 0, "2010 Illinois Election Guide"),
        ("multi_news-val-5619", 1, "THREE TIMES HEAVIER THAN A HEALTHY HEART"),
    ],
)
def test_a_title_case_line_between_paragraphs_goes(cluster_id, index, line):
    document = cleaned(cluster_id, index)
    assert (_TITLE, line) in removals(document)
    assert not any(line in s for s in exact_sentences(document))


@pytest.mark.parametrize(
    ("cluster_id", "index", "opening"),
    [
        ("multi_news-val-410", 4, "Related Prodigy: 10 Essential Tracks From the Mobb Deep MC"),
        ("multi_news-val-5124", 1, "Related Universal's International Chief Duncan Clark on Bond"),
        ("multi_news-val-84", 0, "MOST READ IN LIVING GREAT BRITISH BUZZ OFF We rate sex toys"),
    ],
)
def test_a_related_links_line_goes(cluster_id, index, opening):
    document = cleaned(cluster_id, index)
    assert any(r == "related link" and line.startswith(opening) for r, line in removals(document))
    assert not any(opening in s for s in exact_sentences(document))


def test_a_live_blogs_link_glued_between_two_sentences_goes():
    document = cleaned("multi_news-val-5397", 0)
    assert ("related link", "LIVE BLOG") in removals(document)
    sentences = exact_sentences(document)
    hague = "On Monday, William Hague, the British foreign minister, had suggested"
    assert any(s.startswith(hague) for s in sentences)
    assert any(s.endswith("speaking outside his house on Tuesday.") for s in sentences)


@pytest.mark.parametrize(("cluster_id", "index", "line", "why"), GOLD["kept"])
def test_the_look_alikes_are_kept(cluster_id, index, line, why):
    document = cleaned(cluster_id, index)
    assert not any(text == line for _, text in removals(document)), why
    assert any(line in s or s in line for s in exact_sentences(document)), why


def _removed_by_the_rules(path: Path, limit: int) -> Counter:
    """Every title-case line removed over a dataset's first `limit` clusters, and the related
    links the fixture lists (that reason is older rules' too)."""
    listed = {tuple(row) for row in GOLD["removed"]}
    found: Counter = Counter()
    for cluster in read_clusters(path, limit):
        for index, article in enumerate(as_articles(cluster["documents"])):
            for reason, line in removals(clean(article)):
                row = (cluster["id"], index, reason, line)
                if reason == _TITLE or row in listed:
                    found[row] += 1
    return found


def test_every_line_the_rules_remove_on_raw_validation_was_read():
    assert _removed_by_the_rules(RAW_VALIDATION, 250) == Counter(map(tuple, GOLD["removed"]))


def test_the_rules_remove_nothing_from_duc():
    path = DATA / "duc2003-task2.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    assert _removed_by_the_rules(path, 30) == Counter()
