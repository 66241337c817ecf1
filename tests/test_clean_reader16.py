"""Cleaning, fourteenth pass: a sixteenth reader's findings. Story highlights under an
article's lead (raw val-2067's Bay News 9, "Investigation ongoing"), subheadings between two
paragraphs ("Failure of the system"), a writer's tagline closing the page (val-4280's "Sarah
Burns is the lead crime reporter.") and a Wikipedia picture's caption (val-2201's "Interior
of the church.") go; each rule checked on the pages it was written from, and over raw
validation and DUC against every line it removes, all read (fixtures/clean_reader16.json)."""

import json
from collections import Counter
from pathlib import Path

import pytest

from chorus.api import as_articles
from chorus.clean import clean

from .conftest import DATA, RAW_VALIDATION, read_clusters
from .raw_pages import cleaned, exact_sentences, removals

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "clean_reader16.json").read_text(encoding="utf-8")
)
# The reason each rule removes a line with (a tagline is a writer's credit, the Wikipedia
# caption a photo's caption).
REASONS = {
    "subheading": "subheading",
    "tagline": "credit",
    "highlights": "highlights",
    "wikipedia caption": "photo caption",
}


def test_the_highlights_under_the_lead_and_the_subheadings_go():
    document = cleaned("multi_news-val-2067", 0)
    gone = removals(document)
    for highlight in (
        "Body of missing 2-year-old boy found in wooded area near Lake Avenue, McMullen Road",
        "Charisse Stinson, 21, charged with 1st degree murder",
        "Investigation ongoing",
        "Body of missing Largo boy, 2, found",
    ):
        assert ("highlights", highlight) in gone
    assert ("subheading", "Failure of the system") in gone
    assert ("subheading", "Police: story was all a lie") in gone
    sentences = exact_sentences(document)
    assert sentences[0].startswith("LARGO, Fla. — The mother of the 2-year-old Largo boy")
    assert sentences[1].startswith("Charisse Stinson, 21, faces aggravated child abuse")
    assert not any("Investigation ongoing" in s or "Failure of the system" in s for s in sentences)
    assert any(s.startswith("Meanwhile, the child's foster parents") for s in sentences)


@pytest.mark.parametrize(
    ("cluster_id", "index", "tagline"),
    [
        ("multi_news-val-4280", 0, "Sarah Burns is the lead crime reporter."),
        ("multi_news-val-3613", 1, "Medred is a special correspondent."),
        (
            "multi_news-val-2080",
            0,
            "William Lee and Jeremy Gorner are reporters for the Tribune, Jae Miller is a "
            "reporter for WGN-TV",
        ),
    ],
)
def test_a_writers_tagline_closing_the_page_goes(cluster_id, index, tagline):
    document = cleaned(cluster_id, index)
    assert ("credit", tagline) in removals(document)
    assert tagline not in exact_sentences(document)


def test_a_tagline_the_story_goes_on_after_is_kept():
    """The same line above the story's last paragraph may tell of someone the story is about:
    it stays."""
    (cluster,) = [c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] == "multi_news-val-4280"]
    text = cluster["documents"][0]
    tagline = "Sarah Burns is the lead crime reporter."
    last = "The school was closed following the incident"
    moved = text.replace(f"\n\n{tagline}", "").replace(last, f"{tagline}\n\n{last}")
    (article,) = as_articles([moved])
    document = clean(article)
    assert not any(reason == "credit" and line == tagline for reason, line in removals(document))
    assert tagline in exact_sentences(document)


def test_a_wikipedia_pictures_caption_goes():
    document = cleaned("multi_news-val-2201", 0)
    assert ("photo caption", "Interior of the church.") in removals(document)
    sentences = exact_sentences(document)
    assert "Interior of the church." not in sentences
    assert any(s.startswith("Gustaf Wickman was the church's architect") for s in sentences)


@pytest.mark.parametrize(("cluster_id", "index", "line", "why"), GOLD["kept"])
def test_the_look_alikes_are_kept(cluster_id, index, line, why):
    document = cleaned(cluster_id, index)
    assert not any(text == line for _, text in removals(document)), why
    assert any(line in s or s in line for s in exact_sentences(document)), why


def _removed_by_the_rules(dataset: str, path, limit: int) -> Counter:
    """Every line the pass's rules remove over a dataset's first `limit` clusters, with its
    rule, as the fixture writes it."""
    rule_of = {reason: rule for rule, reason in REASONS.items()}
    listed = {tuple(row[1:]) for rows in GOLD["removed"].values() for row in rows}
    found: Counter = Counter()
    for cluster in read_clusters(path, limit):
        for index, article in enumerate(as_articles(cluster["documents"])):
            for reason, line in removals(clean(article)):
                # Subheadings have a reason of their own; the other rules share theirs with
                # older rules, so only the lines the fixture lists are counted for them.
                if reason == "subheading" or (
                    reason in rule_of and (cluster["id"], index, line) in listed
                ):
                    found[rule_of[reason], dataset, cluster["id"], index, line] += 1
    return found


@pytest.mark.parametrize(
    ("dataset", "path", "limit"),
    [("raw", RAW_VALIDATION, 250), ("duc", DATA / "duc2003-task2.jsonl.gz", 30)],
)
def test_every_line_the_rules_remove_was_read(dataset, path, limit):
    if not path.exists():
        pytest.skip(f"{path} is absent")
    expected = Counter(
        (rule, *row) for rule, rows in GOLD["removed"].items() for row in rows if row[0] == dataset
    )
    assert _removed_by_the_rules(dataset, path, limit) == expected
