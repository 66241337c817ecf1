"""Articles as rows of a table a spreadsheet saved, `.csv` or `.tsv`: a header row names
the columns as a JSON record's keys (`title`, `source`, `date`, `text`, ...).

Pure functions: no files are opened here (that is `ingest.files`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from chorus.errors import ChorusError
from chorus.ingest.records import TEXT_KEYS
from chorus.settings import MAX_FILE_BYTES

TABLE_SUFFIXES = {".csv", ".tsv"}
# A cell holds a whole article: csv's own limit, 128 kB, refused long ones that a text
# file of the same article briefs (chorus reads no other table).
csv.field_size_limit(MAX_FILE_BYTES)


def table_records(text: str, where: str, *, tabs: bool = False) -> Iterator[tuple[str, dict]]:
    """(location, record) for every row of a table with a header row; a table without a
    text column raises ChorusError once, rather than one "no text" for each row (a CSV was
    read as one article before, its commas and quotes in the summary)."""
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text, tabs))
    try:
        # "Title" and "Text", as a spreadsheet's header is written, are `title` and `text`.
        columns = [str(c).strip().lower() for c in reader.fieldnames or ()]
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


def _delimiter(text: str, tabs: bool) -> str:
    """A tab for .tsv; else a comma, or the semicolon a spreadsheet set to French or German
    writes (its header, "Title;Source;Date;Text", was one column)."""
    if tabs:
        return "\t"
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","
