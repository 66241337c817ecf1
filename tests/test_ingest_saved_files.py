"""Articles as people save them: Windows-1252 text, pages declaring their encoding, pages a
browser saved as one file (.mhtml), Markdown with a title, folders with hidden folders."""

from __future__ import annotations

import html
import json
from email.charset import QP, Charset
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from chorus.ingest import read_inputs

SEED = "001_f34298cc83c0a39a.txt"


def _without_thin_spaces(text: str) -> str:
    """Seed 001 with its one thin space made a plain one: Windows-1252 has no thin space."""
    return text.replace("\u2009", " ")


def _page(text: str, charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        f'<html><head><meta charset="{charset}"><title>Macron and Putin talk Syria</title>'
        '<meta property="og:site_name" content="Le Monde in English"></head>'
        f"<body><article><h1>Macron and Putin talk Syria</h1>{paragraphs}</article></body></html>"
    )


def test_windows_1252_text_is_read_with_its_curly_quotes(tmp_path, seed_texts):
    text = _without_thin_spaces(seed_texts[SEED])
    saved = tmp_path / "notepad.txt"
    saved.write_bytes(text.encode("cp1252"))
    ingested = read_inputs([str(saved)])
    (article,) = ingested.articles
    # Before: read as UTF-8 with replacement, "his �profound� concern", five times.
    assert article.text == text
    assert "his “profound” concern" in article.text
    (note, outlet, date) = ingested.notes  # its Reuters caption dates it (own_dates)
    assert date.startswith(f"{saved}: date 2018-04-13 read from its captions")
    assert outlet.startswith(f"{saved}: outlet 'The Financial Times' read from")
    assert note.startswith(f"{saved}: not UTF-8 (byte ") and "read as Windows-1252" in note


def test_a_page_in_the_encoding_it_declares_is_read_without_a_note(tmp_path, seed_texts):
    text = _without_thin_spaces(seed_texts[SEED])
    for charset in ("windows-1252", "iso-8859-1"):  # browsers read the second as the first
        page = tmp_path / f"{charset}.html"
        page.write_bytes(_page(text, charset).encode("cp1252"))
        ingested = read_inputs([str(page)])
        (article,) = ingested.articles
        assert "“profound”" in article.text and "\ufffd" not in article.text, charset
        assert not [note for note in ingested.notes if "UTF-8" in note], charset


def _mhtml(page: str) -> bytes:
    """A page as Chromium's "Webpage, Single File" saves it: MIME, quoted-printable."""
    archive = MIMEMultipart("related", type="text/html")
    archive["From"] = "<Saved by Blink>"
    archive["Snapshot-Content-Location"] = "https://www.lemonde.fr/en/syria.html"
    archive["Subject"] = "Macron and Putin talk Syria"
    quoted_printable = Charset("utf-8")
    quoted_printable.body_encoding = QP
    archive.attach(MIMEText(page, "html", quoted_printable))  # type: ignore[arg-type]
    return archive.as_bytes()


def test_a_page_saved_as_one_file_is_read_as_its_page(tmp_path, seed_texts):
    page = _page(seed_texts[SEED])
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    archive = _mhtml(page)
    assert b"=3D" in archive, "the page is quoted-printable, as Chromium writes it"
    (tmp_path / "page.mhtml").write_bytes(archive)
    (tmp_path / "page-mhtml.txt").write_bytes(archive)  # under a text name: told by its opening
    as_html, *as_archives = (
        read_inputs([str(tmp_path / name)]).articles[0]
        for name in ("page.html", "page.mhtml", "page-mhtml.txt")
    )
    for article in as_archives:
        # Before: briefed as text, MIME headers, tags and "=3D" all.
        assert article.text == as_html.text
        assert (article.title, article.outlet) == (
            "Macron and Putin talk Syria",
            "Le Monde in English",
        )


def test_a_markdown_title_is_the_articles_title_not_its_first_sentence(tmp_path, seed_texts):
    text = seed_texts["000_e70a219f8e194b37.txt"]
    story = tmp_path / "story.md"
    story.write_text(f"# Macron and Putin discuss Syria #\n\n{text}", encoding="utf-8")
    windows = tmp_path / "windows.md"  # saved with Windows' line ends
    windows.write_bytes(story.read_bytes().replace(b"\n", b"\r\n"))
    for path, body in ((story, text), (windows, text.replace("\n", "\r\n"))):
        (article,) = read_inputs([str(path)]).articles
        assert article.title == "Macron and Putin discuss Syria", path.name
        assert article.text == body, path.name


def test_a_markdown_articles_front_matter_is_its_title_source_and_date(tmp_path, seed_texts):
    """Jekyll's and Hugo's front matter was briefed, "tags: [syria, france]" a sentence,
    and its title and date were not read; prose between two rules is not front matter."""
    text = seed_texts["000_e70a219f8e194b37.txt"]
    front = (
        '---\ntitle: "Macron and Putin discuss Syria"\ndate: 2018-04-13\nsource: Xinhua\n'
        "author: Jane Doe\ntags: [syria, france]\ncategories:\n  - world\n---\n\n"
    )
    (tmp_path / "post.md").write_text(front + text, encoding="utf-8")
    ruled = f"---\n{text}\n---\n"
    (tmp_path / "ruled.md").write_text(ruled, encoding="utf-8")
    post, kept = read_inputs([str(tmp_path / "post.md"), str(tmp_path / "ruled.md")]).articles
    assert (post.title, post.outlet, str(post.published)) == (
        "Macron and Putin discuss Syria",
        "Xinhua",
        "2018-04-13",
    )
    assert post.text == text
    assert (kept.title, kept.text) == (None, ruled)


def test_a_hidden_folder_in_a_folder_is_reported_as_skipped(tmp_path, seed_texts):
    folder = tmp_path / "story"
    (folder / ".drafts").mkdir(parents=True)
    for name, text in seed_texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / ".drafts" / "draft.txt").write_text(seed_texts[SEED][:500], encoding="utf-8")
    ingested = read_inputs([str(folder)])
    assert len(ingested.articles) == 3
    # Before: passed over without a word, as hidden files were before the fourth round.
    reasons = {s.origin: s.reason for s in ingested.skipped}
    assert reasons == {"story/.drafts": "a hidden directory (its name starts with '.'); not read"}


def test_a_json_line_cut_in_a_string_says_where_the_string_starts(tmp_path, seed_texts):
    records = [json.dumps({"text": text}) for text in seed_texts.values()]
    records[1] = records[1][:200]  # saved while still being written
    cut = tmp_path / "cut.jsonl"
    cut.write_text("\n".join(records) + "\n", encoding="utf-8")
    ingested = read_inputs([str(cut)])
    assert len(ingested.articles) == 2
    (skipped,) = ingested.skipped
    # Before: "invalid JSON (Unterminated string starting at)", ending on "at".
    assert (skipped.origin, skipped.reason) == (
        f"{cut} line 2",
        "invalid JSON (Unterminated string starting at column 10)",
    )


def test_a_saved_feed_is_skipped_and_an_xhtml_page_is_a_page(tmp_path, seed_texts):
    """An RSS feed saved as `feed.xml` was briefed tags and all ("<item><title>Story
    0</title><link>..."), and a page opening with an XML declaration was text."""
    texts = list(seed_texts.values())
    items = "".join(
        f"<item><title>Story {n}</title><link>https://example.com/{n}</link>"
        f"<description>{html.escape(t[:300])}</description></item>\n"
        for n, t in enumerate(texts)
    )
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<?xml version="1.0"?>\n<rss version="2.0"><channel>{items}</channel></rss>')
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in texts[0].splitlines() if p.strip())
    page = tmp_path / "page.txt"
    page.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>Macron and Putin</title></head><body><article>{paragraphs}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    ingested = read_inputs([str(feed), str(page)])
    assert [(s.origin, s.reason.split(":")[0]) for s in ingested.skipped] == [
        (str(feed), "an RSS or Atom feed, not an article")
    ]
    (article,) = ingested.articles
    assert article.text.split() == texts[0].split()
