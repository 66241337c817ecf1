"""Review mends of stop 53 (mend98): The Hill's name card names raw validation 214 [0]'s
outlet (sources25), but clean64 takes the card out of the text as read; the Sources' account
of where the outlet came from is read on the text given, as ingest read the outlet, so it
says "article text", not the page's metadata."""

from __future__ import annotations

from pathlib import Path

from chorus.ingest.text_edits import given_text
from chorus.render.sources import FROM_TEXT, outlet_from
from tests.raw_pages import raw_document, read_as_file


def test_an_outlet_read_from_furniture_a_repair_took_out_is_from_the_text(tmp_path: Path):
    (hill, *_) = read_as_file(214, tmp_path).articles
    assert hill.outlet == "The Hill"
    # the card is out of the text as read, and in the text given
    assert "Donald John TrumpTrump Jr." not in hill.text
    assert given_text(hill.text, hill.changes) == raw_document(214, 0)
    assert outlet_from(hill) == FROM_TEXT
