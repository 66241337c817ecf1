"""Sources, stop 56 (sources32): Seeking Alpha's disclaimer marks an opinion page (raw
validation 0-based; the readers count from 1). reader105 found raw 61 [0], a first-person
post on Keurig's brewers ("Something else is going on and I suspect it is GMCR being closer
to market saturation ..."), listed as a plain source: its template says "it expresses their
own opinions", which `page_kinds` did not read. Over raw, DUC and the seeds no other page's
words say a writer's views or opinions are their own but The Hill's (58 [1])."""

from __future__ import annotations

from pathlib import Path

import chorus
from chorus.ingest.page_kinds import OPINION, page_kind
from chorus.render.json import to_dict

from .raw_pages import pages_everywhere, raw_document, read_as_file, sources_markdown

_TEMPLATE = "The author wrote this article themselves, and it expresses their own opinions."


def test_seeking_alphas_disclaimer_marks_an_opinion_page():
    post = raw_document(61, 0)
    assert _TEMPLATE in post
    assert "I suspect it is GMCR being closer to market saturation" in post
    assert page_kind(post) == OPINION
    # Its other lines (the stake, the pay) say nothing of its kind.
    assert page_kind(post.replace(_TEMPLATE, "")) is None


def test_the_template_in_the_first_person_marks_it_too():
    page = "Sales fell.\n\nI wrote this article myself, and it expresses my own opinions."
    assert page_kind(page) == OPINION


def test_opinions_of_ones_own_in_a_story_mark_nothing():
    # A quoted fear (raw 68 [1]) and a writer's letter told of, not the page's disclaimer.
    fear = raw_document(68, 1)
    assert "teach their own opinions in place of science" in fear
    assert page_kind(fear) is None
    letter = "The senator wrote the letter himself, and it expresses his own opinions."
    assert page_kind(letter) is None
    assert page_kind("He wrote this article himself, and it expresses his own opinions.") is None


def test_opinion_pages_over_raw_duc_and_the_seeds(seed_texts: dict[str, str]):
    """Every page marked opinion, each read whole (docs/journal/sources.md, "Sources,
    thirty-second pass"): 58 [1] The Hill's op-ed, 61 [0] the Seeking Alpha post, 207 [1]
    CNET's labelled commentary."""
    found = {
        (page.corpus, page.cluster, page.document)
        for page in pages_everywhere()
        if page_kind(page.article.text) == OPINION
    }
    assert found == {("raw", 58, 1), ("raw", 61, 0), ("raw", 207, 1)}
    assert all(page_kind(text) is None for text in seed_texts.values())


def test_the_sources_list_and_the_json_say_opinion(tmp_path: Path):
    markdown, _ = sources_markdown(61, tmp_path)
    assert "1. **Seeking Alpha** (opinion), date unknown" in markdown
    read = read_as_file(61, tmp_path)
    briefing = chorus.brief(read.articles, notes=read.notes, analyze=False)
    assert [source["kind"] for source in to_dict(briefing)["sources"]] == [OPINION, None, None]
