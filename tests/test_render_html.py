"""The HTML report: escaped, self-contained, and every citation points at a real span."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import html
import itertools
import math
import re
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from chorus import Briefing, brief
from chorus.cli import app
from chorus.ingest import make_article
from chorus.render import to_html
from chorus.render.analysis import as_note
from chorus.sentences import split

HOSTILE = (
    'Officials said <script>window.__pwned = 1</script> the vote failed. "'
    ' onmouseover="window.__pwned = 2" x=" The council will meet again on Monday.\n'
    "A second paragraph says <img src=x onerror=alert(1)> nothing else happened today.\n"
)


class Elements(HTMLParser):
    """Every start tag of a page with its attributes, and the text inside <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def by_id(self) -> dict[str, dict[str, str | None]]:
        return {attrs["id"]: attrs for _, attrs in self.tags if attrs.get("id")}


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def seed_briefing(seed_texts) -> Briefing:
    articles = [make_article(t, name, origin=name) for name, t in seed_texts.items()]
    return brief(articles, words=250)


@pytest.fixture(scope="module")
def seed_page(seed_briefing) -> str:
    return to_html(seed_briefing)


def test_html_hostile_article_is_inert_text():
    article = make_article(HOSTILE, '"><script>alert(3)</script>', origin="<b>x</b>.txt")
    page = to_html(brief([article, "Another outlet says the vote failed on Monday."], words=60))
    elements = parse(page)
    assert [tag for tag, _ in elements.tags].count("script") == 1
    assert "__pwned" not in "".join(elements.scripts)
    assert not [tag for tag, _ in elements.tags if tag == "img"]
    for _, attrs in elements.tags:
        assert not [name for name in attrs if name.startswith("on")], attrs
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&quot; onmouseover=&quot;window.__pwned = 2&quot;" in page


def test_html_every_summary_source_is_a_sentence_span_on_the_page(seed_briefing, seed_page):
    ids = parse(seed_page).by_id()
    for sentence in seed_briefing.summary:
        for source in sentence.sources:
            span = ids[f"s-{source.article.id}-{source.index}"]
            assert span["data-article"] == source.article.id
            assert int(span["data-start"]) == source.start
            assert int(span["data-end"]) == source.end
            body = re.search(
                rf'id="s-{source.article.id}-{source.index}"[^>]*>(.*?)</span>', seed_page
            )
            assert html.unescape(body.group(1)) == source.text


def test_html_summary_sentences_name_their_sources(seed_briefing, seed_page):
    selectable = [a for t, a in parse(seed_page).tags if "data-sources" in a]
    first = seed_briefing.summary[0]
    keys = " ".join(f"{s.article.id}:{s.index}" for s in first.sources)
    assert selectable[0]["data-sources"] == keys
    assert selectable[0]["tabindex"] == "0" and selectable[0]["role"] == "button"
    assert len(selectable) >= len(seed_briefing.summary)


def test_html_wraps_every_kept_sentence_of_every_article(seed_briefing, seed_page):
    ids = parse(seed_page).by_id()
    for document in seed_briefing.documents:
        for sentence in split(document):
            assert f"s-{sentence.article.id}-{sentence.index}" in ids


def test_html_loads_nothing_and_pins_its_own_script(seed_page):
    elements = parse(seed_page)
    assert not [t for t, _ in elements.tags if t in ("link", "img", "iframe", "object")]
    for _, attrs in elements.tags:
        for name in ("src", "href", "action"):
            assert not (attrs.get(name) or "").startswith(("http:", "https:", "//")), attrs
    policy = next(a["content"] for t, a in elements.tags if a.get("http-equiv"))
    digest = hashlib.sha256(elements.scripts[0].encode()).digest()
    assert f"'sha256-{base64.b64encode(digest).decode()}'" in policy
    assert "default-src 'none'" in policy


def test_html_removed_boilerplate_is_behind_details(seed_page):
    details = re.findall(r"<details>.*?</details>", seed_page, flags=re.S)
    assert any("REUTERS/Eduardo Munoz" in d for d in details)
    assert 'id="show-removed"' in seed_page


def test_html_without_analysis_charts_the_summary_and_says_there_are_no_dates(seed_briefing):
    page = to_html(dataclasses.replace(seed_briefing, analysis=None))
    assert 'aria-labelledby="cov-t cov-d"' in page
    assert page.count('class="yes"') >= len(seed_briefing.summary)
    assert "Nothing to draw" in page
    assert "Who said what" not in page
    # Said once, under the headline: the sections were not looked for, not found empty.
    assert page.count("Made without the cross-source analysis") == 1
    assert "Made without the cross-source analysis" not in to_html(seed_briefing)


def test_html_timeline_of_dated_articles_without_analysis(seed_texts):
    articles = [
        make_article(text, f"Outlet {n}", origin=name, published=dt.date(2018, 4, 10 + n))
        for n, (name, text) in enumerate(seed_texts.items())
    ]
    page = to_html(dataclasses.replace(brief(articles, words=100), analysis=None))
    assert 'aria-labelledby="tl-t"' in page
    assert "Articles by publication date" in page
    assert " · 10 to 12 April 2018" in page
    assert "Timeline of 3 dated events, 10 April 2018 to 12 April 2018<" in page


def test_html_seeds_show_the_analysis_of_the_briefing(seed_briefing, seed_page):
    if seed_briefing.analysis is None:
        pytest.skip("this briefing carries no analysis")
    for quote in seed_briefing.analysis.quotes:
        assert html.escape(quote.speaker) in seed_page
    for fact in seed_briefing.analysis.agreed:
        key = f"{fact.statement.article.id}:{fact.statement.index}"
        assert key in seed_page


def test_html_cli_writes_one_file(seeds_dir, tmp_path):
    out = tmp_path / "briefing.html"
    result = CliRunner().invoke(
        app, ["brief", str(seeds_dir), "--format", "html", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_html_renders_the_analysis_sections(seed_briefing):
    model = pytest.importorskip("chorus.analyze.model")

    sentences = [split(d) for d in seed_briefing.documents]
    first, second, third = (d.article for d in seed_briefing.documents)
    quoted = sentences[2][0]
    analysis = model.Analysis(
        agreed=(model.Fact(sentences[0][0], (sentences[1][0],), (first.outlet, second.outlet)),),
        unique=(model.Fact(sentences[2][3], (), (third.outlet,)),),
        conflicts=(
            model.Conflict("number", (sentences[0][2],), (sentences[2][4],), "78 or 40 dead"),
        ),
        quotes=(
            model.Quote(
                "Ayrault",
                None,
                model.Excerpt(third, quoted.start + 1, quoted.start + 40),
                quoted,
                third.outlet,
                "quote",
            ),
        ),
        timeline=(
            model.TimelineEntry(
                dt.date(2018, 4, 7),
                "day",
                sentences[0][2],
                model.Excerpt(first, sentences[0][2].start, sentences[0][2].start + 5),
                False,
            ),
        ),
        relevance=(model.Relevance(third.id, 0.1, True, "about <UN> procedure"),),
        reasons={"entities": "no entity model installed"},
    )
    page = to_html(dataclasses.replace(seed_briefing, analysis=analysis))
    for heading in ("What the outlets agree on", "Where the outlets disagree", "Who said what"):
        assert heading in page
    assert "One side:" in page and "The other:" in page
    assert f'data-sources="{third.id}:0"' in page
    assert "No entity model installed." in page
    assert "about &lt;UN&gt; procedure" in page
    assert 'aria-labelledby="tl-t"' in page and "Dated events reported" in page
    assert '<span class="chip">background</span>' in page


def test_html_contents_link_every_section_with_its_count(seed_briefing, seed_page):
    elements = parse(seed_page)
    ids = elements.by_id()
    contents = re.search(r'<nav class="contents".*?</nav>', seed_page).group(0)
    targets = re.findall(r'href="#([^"]+)"', contents)
    assert targets[0] == "h-summary" and targets[-1] == "h-sources"
    assert all(target in ids for target in targets)
    headings = [attrs["id"] for tag, attrs in elements.tags if tag == "h2"]
    assert targets == headings, "the contents list every section, in page order"
    summary = re.search(r'href="#h-summary">Summary <span class="count">(\d+)<', contents)
    assert int(summary.group(1)) == len(seed_briefing.summary)
    agreed = re.search(r'href="#h-agreed">Agreed <span class="count">(\d+)<', contents)
    assert int(agreed.group(1)) == len(seed_briefing.analysis.agreed)


def test_html_links_to_every_column_only_when_some_are_out_of_sight(seed_page, validation_clusters):
    two = next(c for c in validation_clusters if len(c["documents"]) == 2)
    assert '<nav class="source-links"' not in to_html(brief(two["documents"], words=100))
    links = re.search(r'<nav class="source-links".*?</nav>', seed_page).group(0)
    assert re.findall(r'href="#src-(\d+)"', links) == ["1", "2", "3"]
    assert all(f'id="src-{n}"' in seed_page for n in (1, 2, 3))


def test_html_status_bar_offers_a_jump_to_the_highlight(seed_page):
    bar = re.search(r'<div id="hl-bar">.*?</div>', seed_page).group(0)
    assert 'role="status"' in bar
    assert re.search(r'<a id="hl-jump" href="#h-sources" hidden>', bar)


def test_html_timeline_says_what_it_left_out(seed_briefing, seed_page):
    # The seeds carry no publication date: "on Tuesday" cannot be placed, and the
    # timeline section must say so, as the Markdown does.
    left_out = seed_briefing.analysis.reasons["timeline"]
    assert "could not be resolved" in left_out
    timeline = re.search(r'<section aria-labelledby="h-timeline">.*?</section>', seed_page)
    assert f'<p class="note">{html.escape(as_note(left_out))}.</p>' in timeline.group(0)


@pytest.fixture(scope="module")
def dated_seed_page(seed_texts) -> str:
    """The seeds as `--date 2018-04-13` dates them: 14 dated events, 11 in one week."""
    articles = [
        make_article(t, name, origin=name, published=dt.date(2018, 4, 13))
        for name, t in seed_texts.items()
    ]
    return to_html(brief(articles, words=250))


def test_html_timeline_markers_never_cover_one_another(dated_seed_page):
    # Events of 2013 and of April 2018 on one axis: days apart fall on one spot, and
    # markers were stacked by date only, so seven of fourteen lay under later ones.
    svg = re.search(r'<svg[^>]*aria-labelledby="tl-t".*?</svg>', dated_seed_page).group(0)
    events = int(re.search(r"Timeline of (\d+) dated events", svg).group(1))
    width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))
    markers = [
        (float(x), float(y), float(r))
        for x, y, r in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', svg)
    ]
    assert len(markers) == events >= 10
    for (x1, y1, r), (x2, y2, _) in itertools.combinations(markers, 2):
        assert math.hypot(x1 - x2, y1 - y2) >= 2 * r
    assert all(r <= x <= width - r for x, _, r in markers)


def _section(page: str, name: str) -> str:
    return re.search(rf'<section aria-labelledby="h-{name}">.*?</section>', page).group(0)


def _legend_lines(page: str, name: str) -> list[tuple[list[int], list[int]]]:
    """(numbers of the columns its sentences stand in, numbers it cites) of each line of a
    chart's list."""
    columns = re.findall(r'id="src-(\d+)" data-label="[^"]*" data-article="([^"]+)"', page)
    column = {article: int(n) for n, article in columns}
    legend = re.search(r'<ol class="legend">(.*?)</ol>', _section(page, name)).group(1)
    lines = []
    for line in re.findall(r"<li>(.*?)</li>", legend):
        keys = re.search(r'data-sources="([^"]+)"', line).group(1).split()
        cited = [int(n) for n in re.findall(r'class="cite" href="#src-(\d+)"', line)]
        lines.append((sorted({column[key.split(":")[0]] for key in keys}), cited))
    return lines


def test_html_timeline_cites_the_source_of_each_event(dated_seed_page):
    # Every other list of the page cites its outlets, and so does the Markdown's timeline;
    # the HTML's dated events carried no [n], so a reader could not tell whose they were.
    lines = _legend_lines(dated_seed_page, "timeline")
    assert len(lines) == 14
    assert all(columns == cited for columns, cited in lines)


def test_html_coverage_list_highlights_and_cites_each_fact(seed_briefing, seed_page):
    # "Every item that rests on sentences highlights them": the coverage chart's list of
    # facts was plain text, neither selectable nor cited.
    lines = _legend_lines(seed_page, "coverage")
    facts = [*seed_briefing.analysis.agreed, *seed_briefing.analysis.unique]
    assert len(lines) == len(facts) >= 5
    assert all(columns == cited for columns, cited in lines)
    assert [len(cited) for _, cited in lines] == [
        len({s.article.id for s in f.sentences}) for f in facts
    ]


def _axis(page: str) -> tuple[list[str], list[str]]:
    """(the timeline axis's tick labels, the dates its list gives, as written)."""
    timeline = _section(page, "timeline")
    svg = re.search(r'<svg[^>]*aria-labelledby="tl-t".*?</svg>', timeline).group(0)
    ticks = re.findall(r'class="small">([^<]+)</text>', svg)
    dates = re.findall(r"<li><span [^>]*>((?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4})[ :]", timeline)
    return ticks, dates


def test_html_timeline_axis_names_no_day_the_articles_do_not_give(
    dated_seed_page, validation_clusters
):
    # The seeds' events run from "in 2013" to April 2018: the axis read "2013-01-01",
    # "2015-08-23" and "2018-04-13": a New Year's Day and a day in August nobody wrote.
    ticks, dates = _axis(dated_seed_page)
    assert dates[0] == "2013" and dates[-1] == "13 April 2018"
    assert ticks == ["2013", "2016", "2018"]
    assert f"Timeline of 14 dated events, 2013 to {dates[-1]}<" in dated_seed_page
    # Events dated by year alone, whatever their span: no tick more precise than they are.
    for cluster in validation_clusters[:20]:
        page = to_html(brief(cluster["documents"], words=100))
        if "Dated events reported" not in page:
            continue
        ticks, dates = _axis(page)
        # a day is read in three words, a month in two, a year in one
        finest = max(len(date.split()) for date in dates)
        assert all(len(tick.split()) <= finest for tick in ticks), (cluster["id"], ticks, dates)
