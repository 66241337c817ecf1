"""Sources, stop 38 (twelfth pass): a forty-sixth reader found raw 147's ABC News page and
142's Business Wire release "outlet unknown" though their text names them, `chorus.brief` on
plain strings naming no outlet where `chorus brief` names POLITICO, CNN and AP, and
`chorus.render` unreachable after `import chorus`. The reader numbers sources from 1;
documents below are 0-based. Every outlet read is judged in tests/fixtures/own_outlets.json;
these tests show each rule on its pages, and the readers of every face agreeing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import chorus
from chorus.batch.work import Item, brief_item
from chorus.ingest import read_inputs, read_texts
from chorus.render.sources import outlet_known
from tests.raw_pages import outlet_read as _read
from tests.raw_pages import raw_clusters
from tests.raw_pages import raw_document as _document

_ABC_CREDIT = "ABC News' Gerard McNiff and the Associated Press contributed to this report."
_WIRE_DATELINE = "SAN FRANCISCO--(BUSINESS WIRE)--"


def test_abc_news_credit_to_its_own_reporter_names_the_page_quoting_what_abc_was_told():
    page = _document(147, 1)
    assert _ABC_CREDIT in page and "told ABC News" in page
    assert _read(page) == ("ABC News", "contributor's line")
    # Either sign alone is how another site thanks a sister network's reporter or cites
    # what ABC was told: no outlet.
    assert _read(page.replace("told ABC News", "told reporters")) is None
    assert _read(page.replace(_ABC_CREDIT, "")) is None


def test_an_agency_s_staff_credited_so_names_no_page():
    page = _document(147, 1).replace(
        _ABC_CREDIT, "Reuters' Gerard McNiff contributed to this report."
    )
    assert _read(page.replace("told ABC News", "told Reuters")) is None


_OTHER_STAFF_CREDITS = {
    (47, 1): ("CNN", "dateline"),
    (122, 0): ("ABC News", "request for comment"),
    (151, 0): ("CNN", "dateline"),
    (234, 0): ("CNN", "dateline"),
}
"""Raw's other pages crediting their outlet's staff by its name, each read before by an
earlier rule."""


@pytest.mark.parametrize("place", list(_OTHER_STAFF_CREDITS))
def test_the_other_staff_credits_stand_on_their_outlet_s_page_read_as_before(place):
    outlet, rule = _OTHER_STAFF_CREDITS[place]
    page = _document(*place)
    assert f"{outlet}’ " in page or f"{outlet}'s " in page or f"{outlet}' " in page
    assert _read(page) == (outlet, rule)


def test_business_wire_s_dateline_names_the_wire_and_the_list_calls_it_a_press_release(
    tmp_path,
):
    page = _document(142, 1)
    assert page.startswith(_WIRE_DATELINE + "The following statement is being issued by")
    assert _read(page) == ("Business Wire", "dateline")
    # Only a dateline opening the page: below its first lines, the wire names no page.
    lines = page.split("\n")
    assert _read("\n".join([*lines[1:12], lines[0], *lines[12:]])) is None
    path = tmp_path / "c142.jsonl"
    path.write_text(json.dumps(raw_clusters()[142]) + "\n", encoding="utf-8")
    read = read_inputs([path])
    briefing = chorus.brief(read.articles, notes=read.notes, analyze=False)
    markdown = chorus.render.to_markdown(briefing)
    assert "1. **CNN**, date unknown" in markdown
    assert "2. **Business Wire** (press release), date unknown" in markdown


def _known(articles) -> list[tuple]:
    return [(a.id, a.outlet if outlet_known(a) else None, a.title, a.published) for a in articles]


@pytest.mark.parametrize("cluster", [140, 142, 147, 149, 119, 21, 63])
def test_texts_in_memory_read_as_chorus_brief_reads_the_cluster_s_file(cluster, tmp_path):
    # 140 POLITICO, 142 CNN and Business Wire, 147 AP and ABC News, 149 AP; 119 NBC10 dated
    # 23 April 2013, 21's Mobb Deep titles and 20 June 2017, 63 UPI and a page dated 3 May
    # 2015, each by its own lines.
    path = tmp_path / f"c{cluster}.jsonl"
    path.write_text(json.dumps(raw_clusters()[cluster]) + "\n", encoding="utf-8")
    documents = [
        _document(cluster, index) for index in range(len(raw_clusters()[cluster]["documents"]))
    ]
    read = _known(read_texts(documents).articles)
    assert read == _known(read_inputs([path]).articles)
    assert any(outlet or title or published for _, outlet, title, published in read)


def test_read_texts_names_each_text_as_chorus_brief_names_a_plain_string():
    read = read_texts([_document(140, 1), _document(149, 1)])
    assert [(a.outlet, a.origin) for a in read.articles] == [
        ("POLITICO", "text 1"),
        ("Article 2", "text 2"),
    ]
    assert read.notes[0].startswith("text 1: outlet 'POLITICO' read from its ")
    with pytest.raises(chorus.ChorusError, match="not one string"):
        read_texts(_document(140, 1))


def test_chorus_batch_names_the_outlets_chorus_brief_names():
    documents = tuple(raw_clusters()[147]["documents"])
    result = brief_item(Item("c147", 1, documents), words=250)
    assert result.error is None
    sources = json.loads(result.briefing)["sources"]
    assert [(s["outlet"], s["outlet_from"]) for s in sources] == [
        ("The Associated Press", "article text"),
        ("ABC News", "article text"),
    ]


def test_chorus_render_is_reachable_after_import_chorus():
    # A fresh interpreter: this one imported chorus.render already.
    script = (
        "import chorus; print(chorus.render.to_markdown.__name__, chorus.render.to_dict.__name__)"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["to_markdown", "to_dict"]
    with pytest.raises(AttributeError, match="no attribute 'renderer'"):
        chorus.renderer  # noqa: B018
