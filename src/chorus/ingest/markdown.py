"""What a Markdown article says of itself: its opening `# Title` line, and the front
matter a static site generator writes above it (`---`, `title: ...`, `date: ...`, `---`).

Pure functions: no files are opened here (that is `ingest.files`).
"""

from __future__ import annotations

import re

_MARKDOWN_TITLE = re.compile(r"\s*#[ \t]+(?P<title>[^\r\n]*?)[ \t#]*(?:\r?\n|$)")
"""A Markdown file's opening "# Title" line (closing #s are decoration)."""
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?P<block>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M | re.S
)
"""YAML front matter: between a `---` line opening the file and a `---` or `...` line."""
_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")


def markdown_title(text: str) -> tuple[str | None, str]:
    """(title, text without it) of a Markdown article: its opening `# Title` line was
    briefed as a sentence of the text, "#" and all, and the article had no title."""
    found = _MARKDOWN_TITLE.match(text)
    if found is None or not found["title"]:
        return None, text
    return found["title"], text[found.end() :].lstrip("\r\n")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """(fields, text without them) of a Markdown article with YAML front matter (Jekyll's,
    Hugo's): its lines, "tags: [mh370, malaysia]", were briefed as sentences, and its
    title and date were not read. Only `key: value` lines are read, a value's quotes
    dropped; lists and nested keys are no title, source or date and are left out."""
    found = _FRONT_MATTER.match(text)
    lines = found["block"].splitlines() if found else []
    fields = [_FIELD.fullmatch(line) for line in lines]
    # Anything but `key: value`, a list's items or a value's indented lines is prose
    # between two rules (`---`), not front matter: it stays the article's.
    if not any(fields) or any(
        field is None and line.strip() and not line[0].isspace() and line[0] not in "-#"
        for field, line in zip(fields, lines, strict=True)
    ):
        return {}, text
    values = {f["key"]: f["value"].strip("\"'") for f in fields if f and f["value"]}
    return values, text[found.end() :].lstrip("\r\n")
