"""Bytes to text: UTF-8 first, else the encoding a page declares, else UTF-8 with its few
broken bytes replaced when it is mostly UTF-8, else Windows-1252.

Text that is not UTF-8 is most often Windows-1252 (what Windows editors and older news
sites save Western text in): read as UTF-8 with replacement, its curly quotes and accented
letters became "�" ("his �profound� concern"). Latin-1 is Windows-1252 but for control
codes no article holds, so it is read right too. Characters a page never shows (zero-width
spaces, soft hyphens, direction marks) are taken out of an article's text (`visible`), and
two marks an earlier wrong reading left are set right: a closing ” lost to "\ufffd?" and the
";" an escaped "&" left behind ("AT&T; and Verizon"). A drop cap a scrape set on a line of its
own is joined to its word again (`chorus.ingest.drop_caps`).
"""

from __future__ import annotations

import codecs
import html.entities
import re
from dataclasses import dataclass

from chorus.ingest.drop_caps import joined_drop_caps

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


_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
"""Characters a page holds but never shows: soft hyphens, zero-width spaces, direction marks
and embeddings, word joiners, a byte order mark inside the text. Left in, "A\u200brwa Damon" is
two words to the splitter, the recognizer and ROUGE, and the reader's copy of a quotation
carries them. The joiners U+200C and U+200D stay: they shape emoji and other scripts."""


_PRINT_HYPHEN = re.compile("(?<=[a-z])(?:\u00ad-|-\u00ad)(?=[a-z])")
"""A soft hyphen beside a hyphen inside a word: the hyphen is the one a print page set where
it broke the word over two lines, and the soft hyphen marks that break ("more com\u00ad-mon on
sunny days", raw validation 41 by index: Scientific American's). Both go, as neither is the
word's; a compound's own hyphen has no soft hyphen beside it (the only such pair in raw
validation and DUC is this one)."""


def invisible_count(text: str) -> int:
    """How many characters `visible` takes out of `text` (a note names them)."""
    return len(_INVISIBLE.findall(text)) + len(_PRINT_HYPHEN.findall(text))


_LOST_CLOSING = "\ufffd?"
"""What a closing ” (UTF-8 E2 80 9D) became when a copy read as Windows-1252 wrote its last
byte, which that encoding leaves undefined, as "?", and the rest was read as UTF-8 again:
"(“super-supercurly hair\ufffd?)" (raw validation 230 [2] by index, 13 times; 31 [0], 5).
Any other character so lost leaves the same two, so only one closing an open quotation, no
letter glued after it, is read as ”."""
_QUOTE_MARK = re.compile('[“”"]|\ufffd\\?')
_ENTITY_LEFTOVER = re.compile(r"&([A-Za-z]+)(\.?);(?!\w)")
"""The ";" a page's escaped "&" left after the word that held it: "AT&T; and Verizon",
"AT&T.;", "R&B; group", "Q&A;:" (raw validation 207 [1], 21, 44, 114). A real entity
("&amp;") is read before it, and one glued to the next word ("R&amp;B") is not this. The
word before the "&" is read by `_entity_leftover`: a pattern opening on "&" is found fast."""


def _closing_quotes(text: str) -> str:
    # One character is looked for through a page many times faster than two.
    if _REPLACED not in text:
        return text
    pieces: list[str] = []
    kept_to = 0
    open_quote = False
    for mark in _QUOTE_MARK.finditer(text):
        if mark[0] == _LOST_CLOSING:
            if open_quote and not text[mark.end() : mark.end() + 1].isalnum():
                pieces += (text[kept_to : mark.start()], "”")
                kept_to = mark.end()
            open_quote = False
        else:
            open_quote = mark[0] == "“" or (mark[0] == '"' and _opens(text, mark.start()))
    return "".join(pieces) + text[kept_to:]


def _opens(text: str, at: int) -> bool:
    """Whether a straight quotation mark opens a quotation: at the start or after a space."""
    return at == 0 or text[at - 1] in " \n\t(["


def _entity_leftover(found: re.Match[str]) -> str:
    at = found.start()
    after_a_word = at > 0 and (found.string[at - 1].isalnum() or found.string[at - 1] == "_")
    if not after_a_word or f"{found[1]};" in html.entities.html5:
        return found[0]
    return f"&{found[1]}{found[2]}"


def visible(text: str) -> str:
    """The text less its invisible characters and a print page's hyphens beside them, its
    lost closing quotation marks and entities' leftover ";" set right, and a drop cap joined
    to its word again (`make_article` keeps an article so)."""
    if "\u00ad" in text:
        text = _PRINT_HYPHEN.sub("", text)
    if "&" in text and ";" in text:
        text = _ENTITY_LEFTOVER.sub(_entity_leftover, text)
    return joined_drop_caps(_closing_quotes(_INVISIBLE.sub("", text)))
