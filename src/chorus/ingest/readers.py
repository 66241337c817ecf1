"""One input's bytes → articles: the reader its suffixes and its opening choose (plain
text, Markdown, HTML or a saved web page, JSON or JSONL records, a table, Multi-News lines),
for files, standard input (`ingest.files`) and uploads (`ingest.uploads`) alike.

Every input either becomes articles or is reported as skipped with a reason.
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import PurePath

from chorus.errors import ChorusError
from chorus.ingest import html as html_reader
from chorus.ingest.clusters import holds_cluster, is_multinews_raw, split_multinews
from chorus.ingest.encoding import decode
from chorus.ingest.kinds import (
    A_BRIEFING,
    BRIEFING_HTML,
    BRIEFING_MARKDOWN,
    JSON_OPENING,
    opens_as_html,
    unreadable_kind,
    xml_reason,
)
from chorus.ingest.markdown import front_matter, markdown_title
from chorus.ingest.own_lines import outlet_or
from chorus.ingest.records import (
    RecordArticle,
    cluster_documents,
    json_records,
    make_article,
    record_article,
)
from chorus.ingest.settle import Ingested
from chorus.ingest.sizes import TooLarge, unpacked
from chorus.ingest.tables import TABLE_SUFFIXES, opens_as_table, table_records
from chorus.model import Skipped
from chorus.settings import MAX_FILE_BYTES

STDIN_NAME = "stdin"
"""How standard input is named in reports, notes and `origin`: it has no file name."""
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
READ_SUFFIXES = (
    ".txt",
    *sorted(
        _MARKDOWN_SUFFIXES
        | _HTML_SUFFIXES
        | html_reader.WEB_ARCHIVE_SUFFIXES
        | _JSON_SUFFIXES
        | TABLE_SUFFIXES
    ),
    ".gz",
)
"""The suffixes of files chorus reads, as the web form's file picker offers them (it
left out `.csv`); a file of another name is read as text."""
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_data(
    data: bytes,
    path: PurePath,
    origin: str,
    result: Ingested,
    max_bytes: int = MAX_FILE_BYTES,
) -> None:
    """Read the bytes of one file named `path` (its suffixes choose the reader, its name
    less them stands in for the outlet), called `origin` in reports."""
    if path.suffix == ".gz":
        try:
            data = unpacked(data, max_bytes)
        except TooLarge as exc:
            result.skipped.append(Skipped(origin, str(exc)))
            return
        except (OSError, EOFError) as exc:
            result.skipped.append(Skipped(origin, f"not a readable gzip file ({exc})"))
            return
    suffixes = {s.lower() for s in path.suffixes}
    name = path.name.split(".")[0] or path.name
    if html_reader.is_web_archive(data, suffixes):
        page = html_reader.web_archive_page(data)
        if page is None:
            result.skipped.append(Skipped(origin, "a saved web page (MHTML) holding no page"))
        else:
            _read_html(page, origin, name, result)
        return
    if data.startswith(_UTF16_BOMS):
        # Windows editors save "Unicode" text as UTF-16, whose every other byte is a NUL:
        # its byte order mark tells it from binary data.
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    unreadable = unreadable_kind(data, suffixes)
    if unreadable:
        result.skipped.append(Skipped(origin, unreadable))
        return
    text = _decode(data, origin, result)
    if suffixes & _HTML_SUFFIXES:
        _read_html(text, origin, name, result)
    elif suffixes & _JSON_SUFFIXES:
        _read_json(text, origin, name, result)
    elif suffixes & TABLE_SUFFIXES:
        records_of = functools.partial(table_records, tabs=".tsv" in suffixes)
        _read_json(text, origin, name, result, records_of)
    else:
        _read_text(text, origin, name, result, markdown=bool(suffixes & _MARKDOWN_SUFFIXES))


def _decode(data: bytes, origin: str, result: Ingested) -> str:
    decoded = decode(data)
    if decoded.note is not None:
        result.notes.append(f"{origin}: {decoded.note}")
    if nuls := decoded.text.count("\x00"):
        # `unreadable_kind` let these few through as stray: they split no word as a space.
        result.notes.append(f"{origin}: {nuls} NUL byte(s) read as spaces")
        return decoded.text.replace("\x00", " ")
    return decoded.text


def _read_text(
    text: str, origin: str, name: str, result: Ingested, *, markdown: bool = False
) -> None:
    if JSON_OPENING.match(text):
        _read_json(text, origin, name, result)
    elif opens_as_html(text):
        _read_html(text, origin, name, result)
    elif (not_read := xml_reason(text)) is not None:
        result.skipped.append(Skipped(origin, not_read))
    elif BRIEFING_MARKDOWN.match(text):
        result.skipped.append(Skipped(origin, A_BRIEFING))
    elif opens_as_table(text):
        # A table piped in, or saved under a text name, as a spreadsheet's rows.
        _read_json(text, origin, name, result, table_records)
    elif is_multinews_raw(text):
        lines = [line for line in text.splitlines() if line.strip()]
        result.clusters += len(lines)
        for line in lines:
            _add_cluster(split_multinews(line), origin, name, result)
    else:
        # A piped Markdown post's front matter is read on standard input too.
        front, text = front_matter(text) if markdown or origin == STDIN_NAME else ({}, text)
        title, text = markdown_title(text) if markdown else (None, text)
        if not text.strip():
            result.skipped.append(Skipped(origin, "empty: no text"))
        else:
            # The front matter's title, source and date, read as a JSON record's are.
            record = {"title": title, **front, "text": text}
            add_record(record_article(record, origin), origin, name, result)


def _read_html(text: str, origin: str, name: str, result: Ingested) -> None:
    if BRIEFING_HTML.search(text):
        result.skipped.append(Skipped(origin, A_BRIEFING))
        return
    page = html_reader.extract(text)
    if page is None:
        result.skipped.append(Skipped(origin, "no article text found in the HTML"))
        return
    too_little = html_reader.too_little_text(page.text)
    if too_little:
        result.skipped.append(Skipped(origin, f"no article text found in the HTML, {too_little}"))
        return
    if page.without_day is not None:
        result.notes.append(
            f"{origin}: the page names no publication day, only {page.without_day}; date unknown"
        )
    _add_article(page, origin, name, result)


_Records = Callable[[str, str], Iterable[tuple[str, dict | ChorusError]]]


def _read_json(
    text: str, origin: str, name: str, result: Ingested, records_of: _Records = json_records
) -> None:
    """Read the records of a JSON document, or of a table (`records_of`)."""
    try:
        records = list(records_of(text, origin))
    except ChorusError as exc:  # no records to read at all: this input is skipped, not the run
        result.skipped.append(Skipped(origin, str(exc)))
        return
    if not records:
        # `[]`, a NewsAPI answer that found nothing, blank lines: the file went unmentioned.
        reason = "no articles in it" if text.strip() else "empty: no text"
        result.skipped.append(Skipped(origin, reason))
    for number, (location, record) in enumerate(records, start=1):
        if isinstance(record, ChorusError):
            result.skipped.append(Skipped(location, str(record)))
            continue
        try:
            if holds_cluster(record):
                result.clusters += 1
                _add_cluster(cluster_documents(record, location), location, name, result)
            else:
                # Articles of one file that name no outlet are not one outlet: numbered as a
                # cluster's documents are, the analysis counts each as a source of its own.
                stand_in = f"{name} #{number}" if len(records) > 1 else name
                add_record(record_article(record, location), location, stand_in, result)
        except ChorusError as exc:
            # The message names `location` too (batch reports it without one): once is enough.
            reason = str(exc).removeprefix(f"{location}: ")
            result.skipped.append(Skipped(location, reason))


def _add_cluster(
    documents: Sequence[RecordArticle | str], origin: str, name: str, result: Ingested
) -> None:
    if not documents:
        result.skipped.append(Skipped(origin, "a cluster with no documents"))
    for number, doc in enumerate(documents, start=1):
        if isinstance(doc, str):
            doc = RecordArticle(doc, None, None, None, None)
        add_record(doc, f"{origin} document {number}", f"{name} #{number}", result)


def add_record(doc: RecordArticle, origin: str, name: str, result: Ingested) -> None:
    """A record's article (a text in HTML read as a page), its notes, or why it is skipped;
    `name` stands for the outlet neither the record nor the article's own lines give."""
    if not doc.text.strip():
        result.skipped.append(Skipped(origin, "empty: no text"))
        return
    if opens_as_html(doc.text):
        # A CMS export's or a site's API's body is HTML ("<p>...</p><p>..."): it was
        # briefed tags and all.
        page = html_reader.extract(doc.text)
        if page is None or html_reader.too_little_text(page.text):
            result.skipped.append(Skipped(origin, "no article text found in its HTML"))
            return
        doc = replace(doc, text=page.text, title=doc.title or page.title)
    result.notes += [f"{origin}: {reason}" for reason in doc.notes]
    if doc.date_text and doc.published is None:
        result.notes.append(
            f"{origin}: date {doc.date_text!r} not read (expected a date such as 2018-04-13 "
            "or April 13, 2018); ignored"
        )
    _add_article(doc, origin, name, result)


def _add_article(
    read: html_reader.Page | RecordArticle, origin: str, name: str, result: Ingested
) -> None:
    """The article read from a page or a record; without an outlet, the one its own lines
    name, else `name`. What is set right in its text as it is read, the briefing notes."""
    result.articles.append(
        make_article(
            read.text,
            read.outlet or outlet_or(read.text, name, origin, result.notes),
            origin=origin,
            title=read.title,
            published=read.published,
        )
    )
