"""Articles as rows of a table a spreadsheet saved, `.csv` or `.tsv`: a header row names
the columns as a JSON record's keys (`title`, `source`, `date`, `text`, ...).

Pure functions: no files are opened here (that is `ingest.files`).
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator, Sequence

from chorus.errors import ChorusError
from chorus.ingest.records import RECORD_KEYS, TEXT_KEYS
from chorus.settings import MAX_FILE_BYTES

TABLE_SUFFIXES = {".csv", ".tsv"}
# A cell holds a whole article: csv's own limit, 128 kB, refused long ones that a text
# file of the same article briefs (chorus reads no other table).
csv.field_size_limit(MAX_FILE_BYTES)
_COLUMN_NAME = re.compile(r"[a-z][\w .-]{0,39}")
"""A header cell as spreadsheets and exports name columns: "title", "published_at"."""


def opens_as_table(text: str) -> bool:
    """Whether a text with no table's name (standard input, a `.txt`) is a table: a first
    line of two or more column names, one of them a text column, and rows of as many
    cells (or, with no row, only names a record has). Such a table piped in was one
    article, "title,source,date,text" its first sentence; an article opening "Text, body
    and all" has no such rows."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, tabs=False))
    try:
        header, *rows = itertools.islice(reader, _ROWS_SNIFFED)
    except (csv.Error, ValueError):  # no line at all, or none a table has
        return False
    names = [name.lower() for name in _column_names(header)]
    rows = [row for row in rows if row]
    # With no row (an export that found nothing, "title,text"), every name one a record has.
    fits = all(len(row) == len(names) for row in rows) if rows else set(names) <= _KEYS.keys()
    return (
        fits
        and len(names) >= 2
        and not set(names).isdisjoint(TEXT_KEYS)
        and all(_COLUMN_NAME.fullmatch(name) for name in names)
    )


_ROWS_SNIFFED = 6


def table_records(text: str, where: str, *, tabs: bool = False) -> Iterator[tuple[str, dict]]:
    """(location, record) for every row of a table with a header row; a table without a
    text column raises ChorusError once, rather than one "no text" for each row (a CSV was
    read as one article before, its commas and quotes in the summary)."""
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text, tabs))
    try:
        columns = _column_names(reader.fieldnames or ())
        if not set(columns) & set(TEXT_KEYS):
            shown = ", ".join(repr(c) for c in columns[:6]) or "none"
            raise ChorusError(
                f"a table without a text column (its columns: {shown}; expected one of "
                f"{', '.join(TEXT_KEYS)})"
            )
        reader.fieldnames = columns
        # Numbered as the spreadsheet shows them, the header being row 1 (a cell holding
        # several lines would put `line_num` past it).
        for number, row in enumerate(reader, start=2):
            # A row of empty cells is a blank line the spreadsheet kept: no article.
            if any(value.strip() for value in row.values() if isinstance(value, str)):
                yield f"{where} row {number}", row
    except csv.Error as exc:
        raise ChorusError(f"not a table chorus can read (line {reader.line_num}: {exc})") from None


def _column_names(header: Sequence[object]) -> list[str]:
    """The header's cells as a record's keys: "Title" and "Text", as a spreadsheet writes
    them, are `title` and `text`; without a text column, the first whose last word names
    one ("Article Text", "full_text") is `text` (such a table was refused)."""
    # "PublishedAt" as NewsAPI's `publishedAt`: its date went unread.
    names = [_KEYS.get(name, name) for name in (str(cell).strip().lower() for cell in header)]
    if set(names).isdisjoint(TEXT_KEYS):
        for number, name in enumerate(names):
            if _WORDS.split(name)[-1] in TEXT_KEYS:
                return [*names[:number], "text", *names[number + 1 :]]
    return names


_WORDS = re.compile(r"[\s_-]+")
_KEYS = {key.lower(): key for key in RECORD_KEYS}


def _delimiter(text: str, tabs: bool) -> str:
    """A tab for .tsv; else the one the header holds most of: a comma, the semicolon a
    spreadsheet set to French or German writes (its header, "Title;Source;Date;Text", was
    one column), or a tab (a table copied out of a spreadsheet)."""
    if tabs:
        return "\t"
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)  # a comma on a tie
