"""A title read from an article's own first line (`ingest.own_titles`), on the seeds and
raw Multi-News validation pages (clusters named by id, documents by 0-based index)."""

from __future__ import annotations

import functools
import gzip
import json

import pytest

from chorus.api import brief
from chorus.clean_match import removal_reason
from chorus.ingest import read_inputs
from chorus.ingest.own_titles import title_line, with_titles
from chorus.model import Article
from chorus.render.headline_choice import Headline, headline

from .conftest import DATA, RAW_VALIDATION, read_clusters


@functools.cache
def _documents(cluster_id: str) -> tuple[str, ...]:
    clusters = read_clusters(RAW_VALIDATION, 250)
    return tuple(next(c for c in clusters if c["id"] == cluster_id)["documents"])


@pytest.mark.parametrize(
    ("cluster_id", "index", "title"),
    [
        # The reader's two (reader21): a gossip site's headline, an opinion page's.
        ("multi_news-val-1334", 0, "Kardashian Fam Shocked by Obama Diss"),
        ("multi_news-val-4896", 2, "Obama's Place In History"),
        # Three words, the story telling its name again.
        ("multi_news-val-5590", 0, "Alexis Murphy Missing"),
        # An abbreviation's stop ends no sentence; a quotation may open a headline or
        # close it.
        ("multi_news-val-3299", 1, "Pa. governor compares gay marriage to incest"),
        (
            "multi_news-val-3613",
            0,
            "'I don't know how I can make it right' Snowmachiner talks before arrest",
        ),
        (
            "multi_news-val-4411",
            0,
            "Emma Stone: ‘I was holding my best actress card the whole time’",
        ),
        # NPR's headline (raw 85), told again in "All eyes in the food world have been on
        # California's hotly contested genetically modified (GMO) food labeling proposal":
        # its hundred words counted without the caption line above it, which cleaning
        # removes ("Enlarge this image toggle caption cheeseslave/Flickr.com ...").
        (
            "multi_news-val-1109",
            1,
            "California Rejects Labeling Of Genetically Modified Food; Supporters Vow To Fight On",
        ),
    ],
)
def test_a_first_line_that_reads_as_a_headline_is_the_title(
    cluster_id: str, index: int, title: str
) -> None:
    assert title_line(_documents(cluster_id)[index]) == title


@pytest.mark.parametrize(
    ("cluster_id", "index", "first_line"),
    [
        # Wikipedia's own heading, a paper's section headings, a blog's name over a post
        # (no word of it in the story's opening), a section's name.
        ("multi_news-val-2201", 0, "From Wikipedia, the free encyclopedia"),
        ("multi_news-val-794", 2, "Material and association"),
        ("multi_news-val-3995", 0, "Abstract and Introduction"),
        ("multi_news-val-3718", 1, "Scribbles from NSFWCORP Staff"),
        ("multi_news-val-3200", 1, "Harvard Law Record"),
        # A form's instruction, a byline, a page's trail, a sentence going on below.
        ("multi_news-val-23", 1, "You must enter the characters with black color"),
        ("multi_news-val-4945", 0, "By Staff Sgt. Benjamin W. Stratton"),
        ("multi_news-val-3194", 1, "TOP STORIES | WEB EXCLUSIVE"),
        ("multi_news-val-5244", 1, "The San Diego Zoo Safari Park is absolutely"),
        # Two sentences (a standfirst), a social widget, a date stamp.
        ("multi_news-val-5041", 1, "Trump has often taken credit"),
        ("multi_news-val-410", 6, "Tweet with a location"),
        ("multi_news-val-4531", 1, "Hereafter"),
    ],
)
def test_a_first_line_that_is_no_headline_gives_no_title(
    cluster_id: str, index: int, first_line: str
) -> None:
    document = _documents(cluster_id)[index]
    assert document.lstrip().startswith(first_line)
    assert title_line(document) is None


def test_no_seed_nor_duc_document_reads_a_title(seed_texts: dict[str, str]) -> None:
    """The seeds open with a sentence or a caption, DUC's newswire with its dateline."""
    assert [name for name, text in seed_texts.items() if title_line(text)] == []
    with gzip.open(DATA / "duc2003-task2.jsonl.gz", "rt", encoding="utf-8") as lines:
        documents = [d for line in lines for d in json.loads(line)["documents"]]
    assert len(documents) > 250
    assert [d[:60] for d in documents if title_line(d)] == []


def test_a_title_given_wins_and_the_text_is_not_changed() -> None:
    text = _documents("multi_news-val-1334")[0]
    given = Article(id="a", text=text, outlet="TMZ", title="Kardashians blindsided")
    untitled = Article(id="b", text=text, outlet="TMZ")
    assert with_titles([given, untitled]) == [
        given,
        Article(id="b", text=text, outlet="TMZ", title="Kardashian Fam Shocked by Obama Diss"),
    ]


def test_chorus_reads_a_text_file_s_title_and_keeps_its_line(tmp_path) -> None:
    """A `.txt` whose first line is its headline: the title read, the text as written."""
    text = _documents("multi_news-val-4896")[2]
    (tmp_path / "obama.txt").write_text(text, encoding="utf-8")
    (tmp_path / "column.txt").write_text(_documents("multi_news-val-4896")[1], encoding="utf-8")
    ingested = read_inputs([str(tmp_path / "obama.txt"), str(tmp_path / "column.txt")])
    titled, other = ingested.articles
    assert titled.title == "Obama's Place In History"
    assert titled.text.startswith("Obama's Place In History\n")
    assert other.title is None


def _headline_of(cluster_id: str, tmp_path) -> tuple[Headline, list[Article]]:
    """A raw cluster's line read as `chorus brief` reads it, and its briefing's headline
    (the summary alone: the analysis adds nothing the headline reads for these)."""
    record = {"id": cluster_id, "documents": list(_documents(cluster_id))}
    path = tmp_path / "cluster.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles = read_inputs([str(path)]).articles
    return headline(brief(articles, analyze=False)), articles


def test_a_title_read_from_a_first_line_heads_over_a_later_sentence(tmp_path) -> None:
    """NPR's headline over "The rest live with another family member, …", the summary's
    first sentence that stands alone (raw 145)."""
    found, articles = _headline_of("multi_news-val-465", tmp_path)
    title = "For First Time In 130 Years, More Young Adults Live With Parents Than With Partners"
    assert articles[0].title == title
    # summary84: the title line is the summary's first sentence since "It was also the first
    # time since at least 1880 ..." waits for its line before; the same words head
    assert (found.text, found.source) == (title, "summary sentence 1")


def test_a_title_read_from_a_first_line_gives_way_to_another_outlet_s_lead(tmp_path) -> None:
    """A studio's statement headed "Today Marks a Significant Milestone in Our History":
    the title is the source's, and another outlet's lead, which names the film and its
    billion, heads the briefing (raw 231)."""
    found, articles = _headline_of("multi_news-val-5124", tmp_path)
    assert articles[0].title == "Today Marks a Significant Milestone in Our History"
    assert found.text.startswith("Universal’s “Furious 7” will cross $1 billion")
    assert found.source is not None and found.source.startswith("summary sentence")


def test_a_caption_line_cleaning_removes_is_no_word_of_the_story() -> None:
    """Raw 85's NPR page: its caption line is cleaning's furniture, and however many such
    lines stand between the headline and the story, the story's words tell the title."""
    text = _documents("multi_news-val-1109")[1]
    caption = next(line for line in text.splitlines() if line.startswith("Enlarge this image"))
    assert removal_reason(caption) == "photo caption"
    title, _, story = text.partition("\n")
    assert title_line(f"{title}\n{caption}\n{caption}\n{caption}\n{story}") == title


def test_raw_85_s_briefing_heads_with_a_lead_not_a_line_pointing_back(tmp_path) -> None:
    """With the analysis, as `chorus brief` reads the cluster: never "At least that was the
    consensus …", which points back at a sentence not shown (headline reader24's item). The
    condom measure's report [1] is on the story (offtopic22: both count a vote), so its lead
    opens the summary and heads over NPR's title (a title gives way to a lead)."""
    record = {"id": "multi_news-val-1109", "documents": list(_documents("multi_news-val-1109"))}
    path = tmp_path / "cluster.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    articles = read_inputs([str(path)]).articles
    found = headline(brief(articles))
    assert (found.text, found.source) == (articles[0].text.split("\n")[0], "summary sentence 1")
    assert found.text.startswith("A measure that would require porn performers to wear condoms")
