"""What a background article may say in the analysis sections (stop 35): a quotation, a
timeline line or a name only background articles tell is shown after the story's own and
marked "background" in the Markdown, the page and the JSON; the timeline keeps date order."""

from __future__ import annotations

import gzip
import json
import re
from functools import cache

import pytest

from chorus import Article, Briefing, brief
from chorus.api import as_articles
from chorus.render import to_html, to_markdown
from chorus.render.json import to_json
from tests.conftest import RAW_VALIDATION

MARK = " (background)"


@cache
def _raw(line: int) -> Briefing:
    with gzip.open(RAW_VALIDATION, "rt", encoding="utf-8") as lines:
        cluster = next(json.loads(text) for n, text in enumerate(lines) if n == line)
    return brief(as_articles(cluster["documents"]))


@pytest.fixture(scope="module")
def seeds(seeds_dir) -> Briefing:
    articles = [
        Article(p.stem, p.read_text(encoding="utf-8"), p.stem, origin=p.name)
        for p in sorted(seeds_dir.iterdir())
    ]
    return brief(articles)


def _lines(briefing: Briefing, heading: str) -> list[str]:
    section = to_markdown(briefing).split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("- ")]


def _cited(line: str) -> set[int]:
    return {int(n) for n in re.findall(r"\[(\d+)\]", line)}


def _marked_last(lines: list[str]) -> bool:
    marks = [line.endswith(MARK) for line in lines]
    return marks == sorted(marks)


def test_the_seeds_background_article_s_lines_are_marked_and_listed_last(seeds):
    """Seed 002 (2017, another attack) is the background article [3]: its quotations,
    dates and names are marked, and nothing the story's articles tell is."""
    assert seeds.analysis.off_topic == {"002_d1c345cafae71714"}
    quotes, names = _lines(seeds, "Who said what"), _lines(seeds, "People, organisations, places")
    for line in quotes:
        assert line.endswith(MARK) == (_cited(line) == {3}), line
    assert sum(line.endswith(MARK) for line in quotes) == 7
    assert any("**Maria Zakharova**" in line and line.endswith(MARK) for line in quotes)
    dated = _lines(seeds, "Timeline")
    assert [line.split(":")[0] for line in dated if _cited(line) == {3}] == [
        "- 2013 (background)",
        "- January 2016 (background)",
        "- June 2016 (background)",
    ]
    assert not any("background" in line for line in dated if _cited(line) != {3})
    assert _marked_last(names)
    assert "- Maria Zakharova (person): 1 outlet (background)" in names
    assert "- Emmanuel Macron (person): 2 outlets" in names


def test_raw_62_the_other_missing_child_case_reads_as_background():
    """Raw 62 [1] tells Alexis Murphy's 2013 disappearance in Virginia (relevance 0.38,
    above the timeline's another-event score): its dates and names are the only ones of
    another case, now said to be so, and DeOrr Kunz's own names are listed first."""
    briefing = _raw(62)
    assert [line.split(":")[0] for line in _lines(briefing, "Timeline")] == [
        "- 3 August 2013 (background)",
        "- 6 August 2013 (background)",
    ]
    names = _lines(briefing, "People, organisations, places")
    assert _marked_last(names)
    marked = {line[2:].split(" (")[0] for line in names if line.endswith(MARK)}
    assert {"Alexis Murphy", "Randy Taylor", "Albemarle County", "Charlottesville"} <= marked
    assert not marked & {"DeOrr Kunz Jr.", "Jessica Mitchell", "Idaho Falls"}
    page = to_html(briefing)
    assert "Alexis Murphy <small>person · 1 outlet · background</small>" in page
    assert "3 August 2013 (background): Alexis Murphy" in page


def test_raw_191_the_background_essay_s_quotes_follow_the_story_s():
    """Raw 191 [2], Nicole Hockley's letter beside the Sandy Hook suit: listed first, her
    words read as the story's; now after the lawyers', the town's and Moms Demand's."""
    briefing = _raw(191)
    quotes = _lines(briefing, "Who said what")
    assert _marked_last(quotes)
    hockley = [line for line in quotes if line.startswith("- **Nicole Hockley**")]
    assert len(hockley) == 2 and all(line.endswith(f"[2]{MARK}") for line in hockley)
    # quotes44 (merged after) credits the law firm's spokesman's words to no "Koskoff and
    # Bieder": the firm's legal assistant Geraldo Parrilla's words are the story's; quotes93
    # (stop 48) reads the suit itself as the subject of its words ("The lawsuit says ..."),
    # and the suit's row now opens the section, the story's too
    assert quotes[0].startswith("- **lawsuit** (a document)") and not quotes[0].endswith(MARK)
    parrilla = [line for line in quotes if line.startswith("- **Geraldo Parrilla**")]
    assert parrilla and not any(line.endswith(MARK) for line in parrilla)
    page = to_html(briefing)
    assert page.count('<span class="chip">background</span>') >= 2
    assert 'create change” <span class="chip">background</span>' in page


def test_the_json_says_which_entries_only_background_articles_tell():
    """Every quote, timeline entry and entity carries `background`: a quote's or a dated
    sentence's article is a background one, every mention of an entity is."""
    briefing = _raw(62)
    data = json.loads(to_json(briefing))["analysis"]
    background = {r["article_id"] for r in data["relevance"] if r["off_topic"]}
    assert len(background) == 1
    for quote in data["quotes"]:
        assert quote["background"] == (quote["sentence"]["article_id"] in background)
    assert [e["background"] for e in data["timeline"]] == [True, True]
    for entity in data["entities"]:
        told = {m["article_id"] for m in entity["mentions"]}
        assert entity["background"] == (told <= background), entity["name"]
    flags = [e["background"] for e in data["entities"]]
    assert flags == sorted(flags) and 0 < sum(flags) < len(flags)


def test_a_cluster_with_no_background_article_marks_nothing():
    """Raw 20 (Led Zeppelin's unheard recordings): every article is on the story."""
    briefing = _raw(20)
    assert not briefing.analysis.off_topic
    assert "background" not in to_markdown(briefing).lower()
    data = json.loads(to_json(briefing))["analysis"]
    assert not any(i["background"] for s in ("quotes", "timeline", "entities") for i in data[s])
