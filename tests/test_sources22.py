"""Sources, stop 51 (sources22): the kind of page each source is, where its outlet or text
says so (raw validation, 0-based; the readers count from 1). 107 [4]'s run of "7.57 pm."
updates is a live blog, 207 [1]'s "commentary" label and 58 [1]'s disclaimer mark opinion,
a "###" close or an "About <issuer>" section a press release; a study's own text is a
research paper. 107 [3], an unsigned editorial, 166 [0] and 231 [0], a company's own
pages, and 145 [1], a column with no label, say nothing the rule reads: no kind."""

from __future__ import annotations

import re
from pathlib import Path

import chorus
from chorus.ingest.page_kinds import LIVE_BLOG, OPINION, RESEARCH_PAPER, page_kind
from chorus.render.json import to_dict
from chorus.render.sources import source_kind

from .raw_pages import pages_everywhere, raw_document, read_as_file, sources_markdown

_PRESS_RELEASE = "press release"


def test_a_run_of_time_lines_is_a_live_blog():
    page = raw_document(107, 4)
    assert page.startswith("7.57 pm. This was also a speech")
    assert page_kind(page) == LIVE_BLOG
    # AP's "The Latest", its times alone on their lines.
    assert page_kind(raw_document(35, 1)) == LIVE_BLOG
    # One time line alone may be a page's stamp.
    first, _, rest = page.partition("\n")
    assert page_kind(first + "\n" + re.sub(r"(?m)^\d{1,2}\.\d{2} pm\. ", "", rest)) is None
    assert page_kind("Updated\n\n2:44 p.m.\n\nPolice said two people were stabbed.") is None


def test_a_release_is_told_by_its_closing_mark_or_its_issuer_section():
    page = raw_document(123, 0)
    assert page.rstrip().endswith("###")
    assert page_kind(page) == _PRESS_RELEASE
    assert page_kind(page.replace("###", "")) is None
    release = raw_document(142, 1)
    assert "\nAbout Lieff Cabraser and Counsel\n" in release
    assert page_kind(release) == _PRESS_RELEASE
    assert page_kind(release, "Business Wire") == _PRESS_RELEASE
    # A column's author box and a site's link are no issuer's section.
    for heading in ("About the Author", "About Us", "About This Story"):
        assert page_kind(f"The council met.\n{heading}\nJane writes.") is None


def test_opinion_is_told_by_its_label_or_its_disclaimer():
    column = raw_document(207, 1)
    assert "\ncommentary Once Sprint Nextel gets the iPhone" in column
    assert page_kind(column) == OPINION
    # "commentary" as a word of the story, or far down the page, labels nothing.
    assert page_kind(column.replace("commentary Once", "Commentary on this: Once")) is None
    assert page_kind("x\n" * 400 + "commentary Once Sprint gets it.") is None
    op_ed = raw_document(58, 1)
    assert page_kind(op_ed) == OPINION
    assert page_kind(op_ed.replace("are their own", "are shared")) is None


def test_pages_nothing_marks_have_no_kind():
    for line, index in ((107, 3), (107, 2), (166, 0), (231, 0), (145, 1), (154, 3)):
        assert page_kind(raw_document(line, index)) is None, (line, index)


def test_the_census_over_raw_and_duc():
    """Every page the text's signs read over raw validation's 690 and DUC's 298, each read
    whole (docs/journal/sources.md, "Sources, twenty-seventh pass")."""
    found = {
        (page.corpus, page.cluster, page.document): kind
        for page in pages_everywhere()
        if (kind := page_kind(page.article.text))
    }
    assert found == {
        ("raw", 18, 2): _PRESS_RELEASE,
        ("raw", 33, 3): _PRESS_RELEASE,
        ("raw", 123, 0): _PRESS_RELEASE,
        ("raw", 142, 1): _PRESS_RELEASE,
        ("raw", 186, 0): _PRESS_RELEASE,
        ("raw", 35, 1): LIVE_BLOG,
        ("raw", 88, 0): LIVE_BLOG,
        ("raw", 107, 4): LIVE_BLOG,
        ("raw", 58, 1): OPINION,
        # Seeking Alpha's "it expresses their own opinions" (sources32, stop 56).
        ("raw", 61, 0): OPINION,
        ("raw", 207, 1): OPINION,
    }


def test_the_sources_list_shows_the_kind_after_the_name(tmp_path: Path):
    markdown, _ = sources_markdown(107, tmp_path)
    assert "5. file `c107.jsonl document 5` (live blog), outlet unknown, date unknown" in markdown
    assert "4. file `c107.jsonl document 4`, outlet unknown" in markdown
    markdown, _ = sources_markdown(207, tmp_path)
    assert "2. file `c207.jsonl document 2` (opinion), outlet unknown" in markdown
    markdown, _ = sources_markdown(58, tmp_path)
    assert "**The Hill** (opinion)" in markdown


def test_the_json_gives_each_source_its_kind_or_null(tmp_path: Path):
    read = read_as_file(56, tmp_path)
    briefing = chorus.brief(read.articles, notes=read.notes, analyze=False)
    kinds = [source["kind"] for source in to_dict(briefing)["sources"]]
    assert kinds[0] == RESEARCH_PAPER
    assert kinds[1:] == [None] * (len(kinds) - 1)
    assert source_kind(read.articles[0]) == RESEARCH_PAPER
