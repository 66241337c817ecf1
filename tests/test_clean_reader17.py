"""Cleaning, fifteenth pass: a seventeenth reader's findings. Related links under "Read more
on PostPolitics.com" (raw val-2094, one cited as an agreed fact's support), a closing
pointer "For more about ..., see this article ..." and a table pasted as lines (val-2168's
poverty guidelines: its headings, rows and "Source:" line, taken into the summary) go; each
checked on the page it was written from, on look-alikes kept, and over raw validation and
DUC against every table line removed, all read (fixtures/clean_reader17.json)."""

import json
from collections import Counter
from pathlib import Path

import pytest

from chorus.api import as_articles
from chorus.clean import clean

from .conftest import DATA, RAW_VALIDATION, read_clusters
from .raw_pages import cleaned, exact_sentences, removals

GOLD = json.loads(
    (Path(__file__).parent / "fixtures" / "clean_reader17.json").read_text(encoding="utf-8")
)
_POVERTY = "multi_news-val-2168"


def test_the_links_under_read_more_on_a_site_go():
    document = cleaned("multi_news-val-2094", 0)
    gone = removals(document)
    for line in (
        "Read more on PostPolitics.com",
        "President Obama’s 50th birthday: A time for reflection . . . and fundraising",
        "White House, congressional leaders reach debt-limit deal",
        "Winners and losers: the debt deal",
    ):
        assert ("related link", line) in gone
    sentences = exact_sentences(document)
    assert not any("debt-limit deal" in s for s in sentences)
    assert any(s.startswith("“I think she will not let it die") for s in sentences)


@pytest.mark.parametrize(
    ("cluster_id", "index", "pointer"),
    [
        (
            _POVERTY,
            1,
            "For more about the FPL guidelines, see this article by the George Washington "
            "University Milken Institute of Public Health: Poverty vs. Federal Poverty Level.",
        ),
        ("multi_news-val-5484", 0, "For more news on L.A. homicides, follow @nicolesantacruz."),
    ],
)
def test_a_closing_pointer_to_more_goes(cluster_id, index, pointer):
    document = cleaned(cluster_id, index)
    assert ("related link", pointer) in removals(document)
    assert pointer not in exact_sentences(document)


def test_a_tables_heading_rows_and_source_go_and_its_prose_stays():
    document = cleaned(_POVERTY, 1)
    gone = removals(document)
    tables = [line for reason, line in gone if reason == "table"]
    assert "2018 Federal Poverty Guidelines for the 48 Continental United States" in tables
    assert tables.count("Household/") == 3
    assert sum(line.startswith(("Family Size 100%", "Household Size 100%")) for line in tables) == 7
    assert tables[-1].startswith("Source: Calculations by Families USA")
    sentences = exact_sentences(document)
    # A heading with a sentence between it and the table is no heading of the table; under
    # the table above it, it goes as a title-case line (the twenty-fourth pass), the sentence
    # staying.
    assert ("title-case line", "2017 Federal Poverty Guidelines") in gone
    assert "2017 Federal Poverty Guidelines" not in sentences
    kept_sentence = "Federally facilitated marketplaces will use the 2016"
    assert any(s.startswith(kept_sentence) for s in sentences)
    assert sentences[0] == "The 2018 federal poverty guidelines have been released."
    assert not any("$12,140" in s or s.startswith("Source:") for s in sentences)


@pytest.mark.parametrize(
    ("cluster_id", "index", "line", "why"),
    [
        (
            "multi_news-val-2067",
            2,
            "For more than 60 hours, police scoured nearby woods, divers searched ponds and "
            "investigators hauled away dumpsters around the mother’s apartment.",
            "'For more than' opens a story sentence",
        ),
        (
            "multi_news-val-1033",
            1,
            "Menasha Police Chief Tim Styka said Valencia del Toro was upset about",
            "'READ MORE: <a link>' heads no list: the story goes on under it",
        ),
    ],
)
def test_the_look_alikes_are_kept(cluster_id, index, line, why):
    document = cleaned(cluster_id, index)
    assert not any(text.startswith(line) for _, text in removals(document)), why
    assert any(s.startswith(line) or line in s for s in exact_sentences(document)), why


def _tables(path: Path, limit: int) -> Counter:
    found: Counter = Counter()
    for cluster in read_clusters(path, limit):
        for index, article in enumerate(as_articles(cluster["documents"])):
            for reason, line in removals(clean(article)):
                if reason == "table":
                    found[cluster["id"], index, line] += 1
    return found


@pytest.mark.parametrize(
    ("path", "limit"), [(RAW_VALIDATION, 250), (DATA / "duc2003-task2.jsonl.gz", 30)]
)
def test_every_table_line_removed_was_read(path, limit):
    if not path.exists():
        pytest.skip(f"{path} is absent")
    ids = {c["id"] for c in read_clusters(path, limit)}
    expected = Counter(tuple(row) for row in GOLD["table"] if row[0] in ids)
    assert _tables(path, limit) == expected
