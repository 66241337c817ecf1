"""A newcomer's first hour (stop 33): a UTF-8 article with one stray byte, and a
Windows-1252 article holding a byte that encoding leaves undefined, read as written; a
screenshot in the articles' folder named as a picture."""

from __future__ import annotations

import shutil
import struct
import zlib

from chorus.ingest import read_inputs

APOSTROPHES = "000_e70a219f8e194b37.txt"  # "Ghouta's", "Tuesday's": made curly below
QUOTES = "001_f34298cc83c0a39a.txt"


def test_utf8_with_one_stray_byte_keeps_its_curly_apostrophes(tmp_path, seed_texts):
    text = seed_texts[APOSTROPHES].replace("'", "\u2019")
    end = text.index(". ") + 1
    saved = tmp_path / "pasted.txt"
    saved.write_bytes(text[:end].encode() + b"\xff" + text[end:].encode())
    ingested = read_inputs([str(saved)])
    (article,) = ingested.articles
    # Before: the whole file read as Windows-1252, "Ghoutaâ€™s Douma district".
    assert "â€" not in article.text
    assert "eastern Ghouta\u2019s Douma district" in article.text
    assert article.text == text[:end] + "\ufffd" + text[end:]
    assert any(
        note.startswith(f"{saved}: invalid UTF-8 at byte {len(text[:end].encode())};")
        for note in ingested.notes
    )


def test_utf8_with_curly_quotes_and_a_stray_byte_is_read_as_utf8(tmp_path, seed_texts):
    text = seed_texts[QUOTES]
    saved = tmp_path / "ft.txt"
    saved.write_bytes(b"\x9d" + text.encode())
    (article,) = read_inputs([str(saved)]).articles
    assert "his \u201cprofound\u201d concern" in article.text


def test_windows_1252_with_an_undefined_byte_keeps_its_accents(tmp_path, seed_texts):
    text = seed_texts[APOSTROPHES].replace("Elysee", "\u00c9lys\u00e9e")
    saved = tmp_path / "old-site.txt"
    # 0x81 is one of the five bytes Windows-1252 leaves undefined.
    saved.write_bytes(text.encode("cp1252") + b"\x81")
    ingested = read_inputs([str(saved)])
    (article,) = ingested.articles
    # Before: read as UTF-8 with replacement, every accent lost: "the �lys�e has said".
    assert "the \u00c9lys\u00e9e has said on Friday" in article.text
    assert article.text.rstrip().endswith("\ufffd")
    (note,) = [note for note in ingested.notes if "Windows-1252" in note]
    assert note == (
        f"{saved}: not UTF-8 (byte 157); read as Windows-1252, Western European text; "
        "1 byte it leaves undefined shown as \ufffd"
    )


def _png(width: int, height: int) -> bytes:
    """A real PNG file, white, as a screenshot tool writes one (signature, IHDR, IDAT, IEND)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\xff" * 3 * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_a_screenshot_among_the_articles_is_named_as_a_picture(tmp_path, seeds_dir):
    folder = tmp_path / "story"
    shutil.copytree(seeds_dir, folder)
    (folder / "screenshot.png").write_bytes(_png(64, 48))
    ingested = read_inputs([str(folder)])
    assert len(ingested.articles) == 3
    (skipped,) = ingested.skipped
    assert skipped.origin == "story/screenshot.png"
    # Before: "binary file, not text", which said neither what it was nor what to give.
    assert skipped.reason.startswith("PNG image, not text (chorus reads no text in a picture:")


def test_a_title_on_the_first_line_reads_as_readme_says(tmp_path, seed_texts):
    """README's conditions for a first line's title, held on seed 000 in a journalist's
    folder: a headline over it shows; one opening in lower case, or over a brief, does not."""
    story = seed_texts[APOSTROPHES]
    brief_story = "Macron and Putin spoke about Syria on Friday, the Elysee said."
    files = {
        "headline.txt": f"Macron and Putin discuss Syria by phone\n\n{story}",
        "lowercase.txt": f"iPhone-era diplomacy: Macron calls Putin about Syria\n\n{story}",
        "brief.txt": f"Macron and Putin discuss Syria by phone\n\n{brief_story}\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    titles = {
        article.origin.rsplit("/", 1)[-1]: article.title
        for article in read_inputs([str(tmp_path / name) for name in files]).articles
    }
    assert titles == {
        "headline.txt": "Macron and Putin discuss Syria by phone",
        "lowercase.txt": None,
        "brief.txt": None,
    }
