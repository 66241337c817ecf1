"""What an input holds, told from how its bytes or text open: a document format chorus
does not read, binary data, JSON, an HTML page (or a piece of one), chorus's own briefing.

Pure: `ingest.files` reads the bytes and chooses the reader by what these say.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_BINARY_PROBE = 8192
_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in "\t\n\v\f\r") + b"\x7f"
_STRAY_CONTROLS = 0.002
"""Text pasted from another program may carry a stray NUL ("repairs.\x00 Officials ..."),
which called the whole article binary; binary data holds control bytes by the dozen."""
# Documents people save articles as; named so the reason says what to do instead. A PDF
# or RTF file may hold no NUL byte early on, and would otherwise be read as text.
_DOCUMENT_SIGNATURES = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (Word .docx and OpenDocument files are ZIP)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"{\\rtf", "RTF document"),
)
_SAVE_AS_TEXT = "chorus reads text, HTML, JSON or CSV: save the article as text or HTML"
_IMAGE_SIGNATURES = (
    (re.compile(rb"\x89PNG\r\n"), "PNG"),
    (re.compile(rb"\xff\xd8\xff"), "JPEG"),
    (re.compile(rb"GIF8[79]a"), "GIF"),
    (re.compile(rb"RIFF.{4}WEBP", re.DOTALL), "WebP"),
)
"""Pictures a folder of articles holds, a screenshot of a story among them: "binary file,
not text" did not say that chorus reads no text in a picture, nor what to give instead."""
JSON_OPENING = re.compile(r'\s*(?:\{|\[\s*(?:[{\["\]]|$))')
"""How a text that holds JSON starts: an object, or a list of objects, lists or strings.
An article may open with a bracket too ("[Reuters] The minister ..."): that is text."""
HTML_OPENING = re.compile(
    r"\s*<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6])\b",
    re.IGNORECASE,
)
"""How a page saved under a text name ("story.txt", standard input) starts, or a piece
of one a browser copies ("Copy outerHTML": `<div class="story"><p>...`), which was read
as text, its tags in the summary."""
_XML_DECLARATION = re.compile(r"\s*<\?xml\b.*?\?>", re.DOTALL)
_FEED_OPENING = re.compile(
    r"\s*(?:<\?xml\b.*?\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL | re.IGNORECASE,
)
BRIEFING_MARKDOWN = re.compile(r"# .*\n\n(?:_Headline from .*\n\n)?## Summary\n")
BRIEFING_HTML = re.compile(r'<span class="s" id="s-[0-9a-f]+-\d+" data-article=')
"""How chorus's own Markdown and HTML briefings are told: one written with `--out` into
the articles' folder was read as an article by the next run, its summary briefed again."""
A_BRIEFING = "a chorus briefing, not an article; not read"


_SPREADSHEET_SUFFIXES = {".xlsx", ".xls", ".xlsm", ".ods", ".numbers"}


def unreadable_kind(data: bytes, suffixes: Collection[str] = ()) -> str | None:
    """Why these bytes are no text chorus can read, or None when they may be."""
    opening = data[:64].lstrip()
    for signature, kind in _DOCUMENT_SIGNATURES:
        if opening.startswith(signature):
            if _SPREADSHEET_SUFFIXES.intersection(suffixes):
                # "save the article as text or HTML" did not say what to do with a sheet.
                return (
                    "a spreadsheet, not text: save the sheet as CSV (UTF-8) and give that; "
                    "each row with a text column is an article"
                )
            return f"{kind}, not text ({_SAVE_AS_TEXT})"
    for image, name in _IMAGE_SIGNATURES:
        if image.match(data):
            return (
                f"{name} image, not text (chorus reads no text in a picture: copy the "
                "article's text from its page into a .txt file, or save the page as HTML)"
            )
    probe = data[:_BINARY_PROBE]
    if b"\x00" in probe and _controls(probe) > max(4, _STRAY_CONTROLS * len(probe)):
        return "binary file, not text"
    return None


def _controls(probe: bytes) -> int:
    """How many of these bytes are control codes no text holds (NUL among them)."""
    return len(probe) - len(probe.translate(None, _CONTROL_BYTES))


PASTE_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.MULTILINE)
"""A line of three or more dashes separates articles pasted into one text box, or onto
standard input."""


def split_pasted(text: str) -> list[str]:
    """Articles pasted into one box, split at separator lines; blank pieces dropped."""
    return [piece for piece in PASTE_SEPARATOR.split(text) if piece.strip()]


def opens_as_html(text: str) -> bool:
    """Whether a text is a page or a piece of one, an XHTML page's XML declaration too."""
    declared = _XML_DECLARATION.match(text)
    return HTML_OPENING.match(text, declared.end() if declared else 0) is not None


def xml_reason(text: str) -> str | None:
    """Why a text that opens as XML and is no page is not read: an RSS or Atom feed saved
    as a file was briefed tags and all ("<item><title>Story 0</title><link>...")."""
    if _FEED_OPENING.match(text):
        return (
            "an RSS or Atom feed, not an article: save the pages its items link to as HTML "
            "(or their text) and give those"
        )
    if _XML_DECLARATION.match(text) and not opens_as_html(text):
        return "an XML document, not an article (chorus reads text, HTML, JSON or CSV)"
    return None
