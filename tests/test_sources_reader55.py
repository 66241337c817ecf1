"""Sources, stop 40 (sixteenth pass): a fifty-fifth reader found `chorus.brief` on raw 215's
and 218's plain strings naming no outlet where `chorus brief` names oregonian.com and
latimes.com (each by its writer's e-mail address), and dropping 221 [2]'s title "Obama's
Place In History"; and 218 [2], CNN's own page, "outlet unknown" though its U.S. official
"told CNN's Pamela Brown". Documents are 0-based (the reader counts from 1). The bare path
stays bare (docs/api.md says why and what to call instead); "told <outlet>'s <reporter>"
stays unread: across Multi-News+ it is as often another page relaying a TV interview."""

from __future__ import annotations

import chorus
from chorus.ingest import read_texts
from chorus.render.sources import outlet_known
from tests.raw_pages import outlet_read, raw_clusters, raw_document


def _read(line: int) -> list[tuple[str | None, str | None]]:
    """Each article's outlet (None where unknown) and title, as `read_texts` reads them."""
    articles = read_texts(raw_clusters()[line]["documents"]).articles
    return [(a.outlet if outlet_known(a) else None, a.title) for a in articles]


def test_read_texts_finds_the_outlets_and_title_the_command_shows():
    # "rread@oregonian.com" and "julie.makinen@latimes.com" close the first pages, 218's
    # second carries the BBC's player notice (sources16); 221's third opens on its headline.
    # latimes.com is shown by the listed outlet's name, 215's second is NPR's by its picture
    # button (sources20).
    assert _read(215) == [("oregonian.com", None), ("NPR", None)]
    assert _read(218) == [("Los Angeles Times", None), ("BBC", None), ("CNN", None)]
    assert _read(221) == [(None, None), (None, None), (None, "Obama's Place In History")]


def test_chorus_brief_on_plain_strings_reads_no_outlet_or_title():
    briefing = chorus.brief(raw_clusters()[215]["documents"], words=250, analyze=False)
    assert [d.article.outlet for d in briefing.documents] == ["Article 1", "Article 2"]
    assert not any(outlet_known(d.article) for d in briefing.documents)
    read = read_texts(raw_clusters()[215]["documents"])
    through = chorus.brief(read.articles, words=250, analyze=False, notes=read.notes)
    assert [d.article.outlet for d in through.documents] == ["oregonian.com", "NPR"]
    # the same sentences either way: what reading the outlet changes is the sources list
    assert through.summary_text() == briefing.summary_text()


def test_told_an_outlet_s_reporter_names_no_page():
    # CNN's own pages (218 [2] "told CNN's Pamela Brown", 249 [2] "told CNN's Christiane
    # Amanpour") are unknown by it: other outlets' pages relay such TV interviews in the same
    # words. Since stop 53 (sources25) CNN's video player names them.
    assert "told CNN's Pamela Brown" in raw_document(218, 2)
    assert outlet_read(raw_document(218, 2)) == ("CNN", "video player")
    assert "told CNN's Christiane Amanpour" in raw_document(249, 2)
    assert outlet_read(raw_document(249, 2)) == ("CNN", "video player")
    for cluster in (218, 249):
        assert outlet_read(raw_document(cluster, 2).replace("JUST WATCHED", "WATCHED")) is None
