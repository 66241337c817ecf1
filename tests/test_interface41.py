"""Interface, stop 40: reader53 found raw 197's table page called "another event" in a note,
"web-page text" under Background and "a background article" in the header and Sources, and
194's archive notice "1 background" in the header but "a page that is no news" in Sources;
and 197's teaser ending "... to have her..." briefed with no word that it is cut off. An
article set aside now carries one word (background, not news, not in English) everywhere,
and a text ending mid-sentence is said to. Documents are 0-based (the readers count from 1)."""

from __future__ import annotations

import json
import re

import pytest

import chorus
from chorus.clean import clean
from chorus.cut_off import ends_mid_sentence
from chorus.ingest import read_inputs
from chorus.render import to_dict, to_html, to_markdown
from tests.raw_pages import raw_clusters


def _read(line: int, folder):
    path = folder / f"c{line}.jsonl"
    path.write_text(json.dumps(raw_clusters()[line]) + "\n", encoding="utf-8")
    return read_inputs([path])


@pytest.fixture(scope="module")
def briefings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("raw")
    found = {}
    for line in (191, 194, 197):
        read = _read(line, folder)
        found[line] = chorus.brief(read.articles, words=250, notes=read.notes)
    return found


def _header(markdown: str) -> str:
    return re.search(r"_A chorus briefing: ([^·]+) ·", markdown).group(1)


def _sources(markdown: str) -> list[str]:
    return markdown.split("## Sources\n\n", 1)[1].splitlines()


@pytest.mark.parametrize(
    ("line", "kind", "reason"),
    [
        # A poverty-guidelines table page (Families USA), no news report.
        (197, "not news", "reads as web-page text, not a news report"),
        # The Wayback Machine's crawl notice, all of it removed by cleaning.
        (194, "not news", "no story text, only page furniture (web archive notice)"),
        # Today's note on Nicole Hockley's letter: a news item beside the lawsuit story.
        (191, "background", "shares little with the other articles (another event or subject"),
    ],
)
def test_an_article_set_aside_is_called_one_thing_everywhere(briefings, line, kind, reason):
    briefing = briefings[line]
    markdown = to_markdown(briefing)
    assert _header(markdown) == f"{len(briefing.documents)} sources (1 {kind})"
    background = markdown.split("## Background\n\n", 1)[1].split("\n\n## ", 1)[0]
    (listed,) = background.splitlines()
    assert listed.startswith(f"- [2] {kind}: {reason}")
    assert _sources(markdown)[1].endswith(f", set aside as {kind} (see Background)")
    assert not any(
        "set aside" in source for source in _sources(markdown)[:1] + _sources(markdown)[2:]
    )
    other_kinds = {"background", "not news"} - {kind}
    assert not any(f"set aside as {other}" in markdown for other in other_kinds)
    payload = to_dict(briefing)
    assert [s["set_aside"] for s in payload["sources"]][1] == kind
    assert [s["set_aside"] for s in payload["sources"]].count(None) == len(briefing.documents) - 1
    page = to_html(briefing)
    # The column's chip (items only set-aside articles tell carry chips of their own).
    assert page.count('</h3><p><span class="chip">') == 1
    assert f'</h3><p><span class="chip">{kind}</span>' in page
    assert f"(1 {kind})" in page and f": {kind}: {reason}" in page
    # An article with sentences is noted as Background lists it; the emptied notice has
    # the note on what cleaning removed instead.
    noted = [n for n in briefing.notes if n.startswith("Background: ")]
    if line == 194:
        assert noted == []
    else:
        (note,) = noted
        assert f"c{line}.jsonl document 2, {kind}: {reason}" in note
        assert note in payload["notes"] and note in page.replace("&#x27;", "'")


def test_a_teaser_cut_mid_sentence_is_said_to_be(briefings):
    briefing = briefings[197]
    ending = "…another federal program to have her..."
    note = f"c197.jsonl document 1: its text ends mid-sentence ('{ending}')"
    assert any(note in n for n in briefing.notes)
    assert _sources(to_markdown(briefing))[0] == (
        f"1. file `c197.jsonl document 1`, outlet unknown, date unknown, text ends "
        f"mid-sentence: '{ending}'"
    )
    assert f"text ends mid-sentence: &#x27;{ending}&#x27;" in to_html(briefing)
    # The whole articles of 191 and 194 end on a stop.
    for line in (191, 194):
        assert "mid-sentence" not in to_markdown(briefings[line])
        assert not any("mid-sentence" in n for n in briefings[line].notes)


def _ending(line: int, index: int, folder) -> str:
    return ends_mid_sentence(clean(_read(line, folder).articles[index]))


@pytest.mark.parametrize(
    ("line", "index", "ending"),
    [
        # WSJ teasers cut by the paywall after a comma, "whether", "a" or an open quotation.
        (26, 1, "…change, alongside the work of governments,..."),
        (29, 0, "…The researchers also are investigating whether..."),
        (149, 1, "But a..."),
        (61, 1, "…growth, however, was below our expectations..."),
        # A page stopping inside its last sentence, no ellipsis.
        (243, 0, "…of a rock called serpentinite that’s"),
    ],
)
def test_texts_cut_mid_sentence_are_found(tmp_path, line, index, ending):
    assert _ending(line, index, tmp_path) == ending


@pytest.mark.parametrize(
    ("line", "index"),
    [
        (128, 1),  # a related story's heading closes the page, "... her Alabama home town"
        (198, 4),  # a promotion's line, "... on newsstands Friday"
        (21, 1),  # an Instagram post closing on a name, '... another Bandana P"'
        (17, 2),  # a contributors' credit, "With Edgar Sandoval, ..., Todd Maisel"
        (120, 2),  # Bloomberg's "— With assistance by ..."
        (88, 1),  # a line introducing an embedded post, "... to this:"
    ],
)
def test_a_text_closed_by_a_heading_credit_or_post_is_not_cut(tmp_path, line, index):
    assert _ending(line, index, tmp_path) == ""


def _coverage(page: str) -> str:
    return re.search(r'<svg[^>]*aria-labelledby="cov-t cov-d">.*?</svg>', page).group(0)


def test_the_coverage_chart_names_a_source_without_outlet_as_sources_do(briefings):
    # Raw 191: two files naming no outlet, Reuters ([3], read from its editing credit since
    # cleaning47) and The Guardian ([4], read from its scoop line).
    chart = _coverage(to_html(briefings[191]))
    assert "Coverage: which source reported which fact" in chart
    rows = re.findall(r'<text x="0" y="\d+" class="small">([^<]*)</text>', chart)
    assert rows == [
        "[1] outlet unknown",
        "[2] outlet unknown",
        "[3] Reuters",
        "[4] The Guardian",
    ]
    assert "c191.jsonl document 2, outlet unknown, reports none; " in chart
    assert "<title>c191.jsonl document 1, outlet unknown reports fact 1</title>" in chart
    # Plain strings are "text 1", ..., short enough to show with their "outlet unknown".
    plain = chorus.brief(raw_clusters()[191]["documents"], words=250)
    rows = re.findall(
        r'<text x="0" y="\d+" class="small">([^<]*)</text>', _coverage(to_html(plain))
    )
    assert rows[:2] == ["[1] text 1, outlet unknown", "[2] text 2, outlet unknown"]


def test_an_item_only_a_page_set_aside_tells_is_marked_with_its_word(briefings):
    # 197 [1], the poverty-guidelines page, alone gives the programme's name: marked
    # "(background)" while the page was called not news. (Its timeline's 2018, marked the
    # same way, went with timeline57: a year that "is determined by" dates no event.)
    markdown = to_markdown(briefings[197])
    assert "- Children’s Health Insurance Program (organisation): 1 outlet (not news)" in markdown
    assert "(background)" not in markdown
    page = to_html(briefings[197])
    assert "1 outlet · not news</small>" in page
    # 191's note on Hockley's letter is background: what it alone tells is marked so.
    assert "(not news)" not in to_markdown(briefings[191])
