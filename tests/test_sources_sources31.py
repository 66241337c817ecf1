"""Sources, stop 55 (sources31): a clip's caption crediting the outlet's own reporter under its
short name names the page (raw validation, 0-based): The Wall Street Journal's video caption
("WSJ's Sumathi Reddy discusses with Tanya Rivero. Photo: iStock", 29 [0], reader101) and the
BBC's media caption ("Media caption The BBC's Alan Johnson: …", 237 [1]). A station told
something once ("Olivera told ABC11 …", 67 [0]) stays unread: over raw and DUC a station so
told once is another outlet's page as often (53 [0], the Chicago Tribune's "told WGN-TV"; AP's
"told WWJ-AM" and "told KTUU")."""

from __future__ import annotations

from pathlib import Path

from chorus.ingest.own_furniture import BBC_MEDIA_CAPTION, WSJ_VIDEO_CAPTION

from .raw_pages import outlet_read, pages_everywhere, raw_document, sources_markdown
from .test_clean_reader64 import _given

_CLIP = "caption of its own clip"
_MEDIA = "media player's caption"


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_the_journal_s_video_caption_names_its_page():
    jet_lag = raw_document(29, 0)
    assert "WSJ's Sumathi Reddy discusses with Tanya Rivero. Photo: iStock" in jet_lag
    assert outlet_read(jet_lag) == ("The Wall Street Journal", _CLIP)
    # Without the still's credit, or under a sister title's or a guest's name, no caption.
    assert outlet_read(jet_lag.replace("Photo: iStock", "", 1)) is None
    assert outlet_read(jet_lag.replace("WSJ's", "MarketWatch's", 1)) is None
    guest = "Silvercrest's Patrick Chovanec discusses with Sara Murray. Photo: Getty"
    assert WSJ_VIDEO_CAPTION.search(guest) is None
    # POLITICO's digest citing the paper's writers is no caption (raw 144 [1]).
    digest = "TOP TALKER - WSJ’s Brody Mullins and Susan Pulliam in A1 piece that M.M. hears"
    assert WSJ_VIDEO_CAPTION.search(digest) is None


def test_the_bbc_s_media_caption_names_its_page():
    pope = raw_document(237, 1)
    assert pope.startswith("Media caption The BBC's Alan Johnson:")
    assert outlet_read(pope) == ("BBC", _MEDIA)
    # The caption's credit alone reads: a story's "says the BBC's David Willey" does not.
    assert outlet_read(pope.replace("Media caption ", "", 1)) is None
    assert BBC_MEDIA_CAPTION.search("Media caption Panorama's Fergus Walsh meets …") is None


def test_a_station_told_once_names_no_page():
    # Its own page (67 [0] ABC11's, 153 [2] RTV6's, 170 [2]'s "tells News 10") as often as
    # another's (53 [0], the Chicago Tribune's with WGN-TV's reporter): none read.
    judge = raw_document(67, 0)
    assert judge.count("told ABC11") == 1 and outlet_read(judge) is None
    assert "told RTV6" in raw_document(153, 2) and outlet_read(raw_document(153, 2)) is None
    assert "tells News 10" in raw_document(170, 2)
    assert outlet_read(raw_document(170, 2)) is None
    tribune = raw_document(53, 0)
    assert "told WGN-TV" in tribune and outlet_read(tribune) is None
    # The BBC's own pages citing their correspondent in the story stay unread (47 [0], [2]).
    assert "The BBC's Jim Muir reports" in raw_document(47, 0)
    assert outlet_read(raw_document(47, 0)) is None


def test_over_raw_and_duc_the_captions_stand_on_exactly_the_census_pages():
    clip, media = set(), set()
    for page in pages_everywhere():
        text = _given(page.article.text, page.article.changes)
        key = (page.corpus, page.cluster, page.document)
        lines = _lines(text)
        if any(WSJ_VIDEO_CAPTION.search(line) for line in lines):
            clip.add(key)
        if any(BBC_MEDIA_CAPTION.search(line) for line in lines):
            media.add(key)
    assert clip == {("raw", 29, 0)}
    # 209 [1] ("Media caption BBC's Jonathan Head: …") is read already by the player's notice.
    assert media == {("raw", 209, 1), ("raw", 237, 1)}
    assert outlet_read(raw_document(209, 1))[0] == "BBC"


def test_the_sources_lines_and_notes_name_them(tmp_path: Path):
    for cluster, number, shown, rule in (
        (29, 1, "The Wall Street Journal", _CLIP),
        (237, 2, "BBC", _MEDIA),
    ):
        markdown, notes = sources_markdown(cluster, tmp_path)
        assert f"{number}. **{shown}**, date unknown" in markdown
        assert any(f"outlet '{shown}' read from its {rule}" in note for note in notes)
