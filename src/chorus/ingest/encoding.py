"""Bytes to text: UTF-8 first, else the encoding a page declares, else UTF-8 with its few
broken bytes replaced when it is mostly UTF-8, else Windows-1252.

Text that is not UTF-8 is most often Windows-1252 (what Windows editors and older news
sites save Western text in): read as UTF-8 with replacement, its curly quotes and accented
letters became "�" ("his �profound� concern"). Latin-1 is Windows-1252 but for control
codes no article holds, so it is read right too. What is then set right in an article's text
(invisible characters, marks an earlier wrong reading left) is `chorus.ingest.repairs`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

WINDOWS_1252 = "cp1252"
_REPLACED = "\ufffd"
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_DECLARATION_PROBE = 4096
"""A page declares its encoding in its head: the first bytes hold it (HTML asks for 1024)."""
_AS_BROWSERS_READ = {"iso8859-1": WINDOWS_1252, "ascii": WINDOWS_1252}
"""Browsers read a page labelled ISO-8859-1 or US-ASCII as Windows-1252 (the WHATWG
Encoding standard): such pages hold its curly quotes."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    note: str | None
    """Why the text may not read as its writer wrote it; None for UTF-8 and for a page in
    the encoding it declares."""


def decode(data: bytes) -> Decoded:
    """The text of `data`, with a note when it was read in an encoding it does not name."""
    try:
        return Decoded(data.decode("utf-8-sig"), None)
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = declared_encoding(data)
    if declared is not None:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            return Decoded(text, None)  # as a browser reads it: nothing to note
    as_utf8 = data.decode("utf-8", errors="replace")
    if _mostly_utf8(as_utf8):
        return Decoded(as_utf8, f"invalid UTF-8 at byte {first_bad}; undecodable bytes shown as �")
    # Windows-1252 leaves five byte values undefined: one of them lost every accent of a
    # Western text ("Élysée" read as UTF-8 was "�lys�e"), where it costs one character.
    text = data.decode(WINDOWS_1252, errors="replace")
    undefined = text.count(_REPLACED)
    bytes_ = "1 byte" if undefined == 1 else f"{undefined} bytes"
    shown = f"; {bytes_} it leaves undefined shown as {_REPLACED}" if undefined else ""
    return Decoded(
        text, f"not UTF-8 (byte {first_bad}); read as Windows-1252, Western European text{shown}"
    )


def _mostly_utf8(text: str) -> bool:
    """Whether text read as UTF-8 holds more characters it read than bytes it could not: a
    UTF-8 file with one stray byte was read as Windows-1252, its every ’ shown as "â€™"
    ("Ghoutaâ€™s"), while a Windows-1252 text's accents are UTF-8 only by rare accident."""
    replaced = text.count(_REPLACED)
    read = sum(1 for char in text if char > "\x7f") - replaced
    return read > replaced


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page's `<meta charset>` names, as Python calls it, if Python knows it."""
    found = _DECLARED_CHARSET.search(data[:_DECLARATION_PROBE])
    if found is None:
        return None
    try:
        name = codecs.lookup(found[1].decode("ascii")).name
    except LookupError:
        return None
    return _AS_BROWSERS_READ.get(name, name)
