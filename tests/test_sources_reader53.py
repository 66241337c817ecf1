"""Sources, stop 40 (fifteenth pass): a fifty-third reader found raw 191's sources naming no
outlet given `outlet` "c191 #1" in the JSON, and listed so beside "The Guardian" in its agreed
facts, while the Markdown says "outlet unknown"; and raw 194 [0] "outlet unknown" though
Adrienne Mayor "told Discovery News". Documents are 0-based (the readers count from 1).
The JSON now gives such a source's outlet as null wherever it names one; "told <name>" stays
unread: across raw's pages it names another outlet's interview as often as the page's own."""

from __future__ import annotations

import json

import pytest

import chorus
from chorus.ingest import read_inputs
from tests.raw_pages import outlet_read as _read
from tests.raw_pages import raw_clusters
from tests.raw_pages import raw_document as _document


@pytest.fixture(scope="module")
def briefing_191(tmp_path_factory):
    path = tmp_path_factory.mktemp("c191") / "c191.jsonl"
    path.write_text(json.dumps(raw_clusters()[191]) + "\n", encoding="utf-8")
    read = read_inputs([path])
    return chorus.brief(read.articles, words=250, notes=read.notes)


def test_a_source_naming_no_outlet_is_null_in_the_json_sources(briefing_191):
    sources = chorus.render.to_dict(briefing_191)["sources"]
    assert [(s["outlet"], s["outlet_from"]) for s in sources] == [
        (None, "file name"),
        (None, "file name"),
        # Reuters' page by its closing "(Additional reporting by …; Editing by …)" (cleaning47)
        ("Reuters", "article text"),
        ("The Guardian", "article text"),  # "…, the Guardian has learned."
    ]
    assert [s["origin"].rsplit("/", 1)[-1] for s in sources] == [
        f"c191.jsonl document {n}" for n in (1, 2, 3, 4)
    ]


def test_the_analysis_names_no_file_as_an_outlet(briefing_191):
    payload = chorus.render.to_dict(briefing_191)
    analysis = payload["analysis"]
    assert "c191 #" not in json.dumps(payload)
    # [1] (the Daily Beast's page, naming no outlet) and [4] (the Guardian's) both tell of
    # the families suing Bushmaster on Monday: one unknown outlet and the Guardian.
    first, guardian = (payload["sources"][n]["article_id"] for n in (0, 3))
    suing = [
        f
        for f in analysis["agreed"]
        if {f["statement"]["article_id"], *(s["article_id"] for s in f["support"])}
        == {first, guardian}
    ]
    assert suing and all(
        f["outlets"] in ([None, "The Guardian"], ["The Guardian", None]) for f in suing
    )
    for fact in analysis["agreed"] + analysis["unique"]:
        assert set(fact["outlets"]) <= {None, "The Guardian", "Reuters"}
    by_speaker = {q["speaker"]: q["outlet"] for q in analysis["quotes"]}
    # Reuters' page, [3], named by its credit since cleaning47 (the town's statement, credited
    # to both since quotes65)
    assert by_speaker["Patricia Llodra and Joseph Erardi"] == "Reuters"
    assert by_speaker["Karen Hinton"] == "The Guardian"  # [4]


def test_the_reports_name_the_source_by_its_file(briefing_191):
    listed = chorus.render.to_markdown(briefing_191).split("## Sources", 1)[1]
    assert "1. file `c191.jsonl document 1`, outlet unknown, date unknown" in listed
    assert "4. **The Guardian**, date unknown" in listed
    page = chorus.render.to_html(briefing_191)
    assert "c191 #" not in page
    assert "c191.jsonl document 1</h3><p>outlet unknown" in page.replace("<wbr>", "")


def test_told_discovery_news_names_no_outlet():
    # 194 [0] is Discovery News' story, but the phrase is how pages cite one another too.
    page = _document(194, 0)
    assert "Stanford University, told Discovery News." in page
    assert _read(page) is None


@pytest.mark.parametrize(
    ("line", "index", "told", "outlet"),
    [
        # news10.net's copy of East Idaho News' interview, read by its own share link
        (62, 1, "Mitchell told East Idaho News", ("news10.net", "share link")),
        # AP's story (its dateline) quoting Rick Scott's words to Fox News
        (204, 1, "Scott told Fox News", ("The Associated Press", "dateline")),
        # a blog's post on Jimmy Page's interview, "BBC News has clips …": no BBC page
        (20, 0, "he told BBC News", None),
    ],
)
def test_told_a_name_on_another_outlet_s_page(line, index, told, outlet):
    page = _document(line, index)
    assert told in page
    assert _read(page) == outlet
