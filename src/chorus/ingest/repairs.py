"""What is set right in an article's text as it is read, and where (`as_read`).

Characters a page never shows (zero-width spaces, soft hyphens, direction marks) are taken
out, with a print page's hyphen beside a soft one; two marks an earlier wrong reading left are
set right, a closing ” lost to "\ufffd?" and the ";" an escaped "&" left behind ("AT&T; and
Verizon"); a "?" a lost character left glued before a word ("She did not ?mislead
Congress.") is taken out; a drop cap a scrape set on a line of its own is joined to its word
again (`chorus.ingest.drop_caps`), and so are the lines of a sentence a page broke over
them (`chorus.ingest.sentence_breaks`); a wire's stock tickers after a company's name, "Michael Kors
(KORS.N)", are taken out (`chorus.ingest.stock_tickers`), and so is a link's furniture inside a
sentence, a name's hover card and a bracketed media tag, "[Video Link]"
(`chorus.ingest.link_furniture`). Every span counts the text so read:
the article keeps each change (`Article.changes`), and the briefing says per source what was
changed (`changes_said`), so that a reader checking a span against the text they sent can map
it.
"""

from __future__ import annotations

import html.entities
import re
from collections import Counter
from collections.abc import Callable

from chorus.ingest.drop_caps import drop_cap_breaks
from chorus.ingest.link_furniture import link_furniture_edits
from chorus.ingest.sentence_breaks import sentence_break_edits
from chorus.ingest.stock_tickers import ticker_edits
from chorus.ingest.text_edits import Edit, composed, edited
from chorus.model import Change

INVISIBLE = "invisible character"
PRINT_HYPHEN = "print hyphen"
LOST_CLOSING = "lost closing quotation mark"
ENTITY_LEFTOVER = "entity leftover"
DROP_CAP = "drop cap"
SENTENCE_BREAK = "line break inside a sentence"
STOCK_TICKER = "stock ticker"
STRAY_QUESTION_MARK = "stray question mark"
LINK_LABEL = "link label"
"""The reasons a change gives (docs/json-schema.md lists them)."""

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

_REPLACED = "\ufffd"
_LOST_CLOSING = "\ufffd?"
"""What a closing ” (UTF-8 E2 80 9D) became when a copy read as Windows-1252 wrote its last
byte, which that encoding leaves undefined, as "?", and the rest was read as UTF-8 again:
"(“super-supercurly hair\ufffd?)" (raw validation 230 [2] by index, 13 times; 31 [0], 5).
Any other character so lost leaves the same two, so only one closing an open quotation, no
letter glued after it, is read as ”."""
_QUOTE_MARK = re.compile('[“”"]|\ufffd\\?')
_STRAY_QUESTION_MARK = re.compile(r"\?(?=[A-Za-z]*[a-z])(?![A-Za-z]*[=&])")
"""A "?" after a space glued before a word with a small letter: what a character a copy
could not write (a no-break space, a quotation mark) became, "She did not ?mislead Congress.
… ?Those are the facts." (raw validation 116 [0] by index, AP's page, the only two of raw
and DUC). A question mark closes its words, never opens one; a table's "php ?IV-1" (33 [2],
a bone's doubtful place) has no small letter and stays, as a link's " ?v=" does."""
_ENTITY_LEFTOVER = re.compile(r"&([A-Za-z]+)(\.?);(?!\w)")
"""The ";" a page's escaped "&" left after the word that held it: "AT&T; and Verizon",
"AT&T.;", "R&B; group", "Q&A;:" (raw validation 207 [1], 21, 44, 114). A real entity
("&amp;") is read before it, and one glued to the next word ("R&amp;B") is not this. The
word before the "&" is read by `_after_a_word`: a pattern opening on "&" is found fast."""


def _print_hyphens(text: str) -> list[Edit]:
    if "\u00ad" not in text:
        return []
    return [Edit(found.start(), found.end()) for found in _PRINT_HYPHEN.finditer(text)]


def _stray_question_marks(text: str) -> list[Edit]:
    # One character is looked for fast, and a page holds few: "?" in the 988 raw and DUC pages
    # took 0.5 ms so, " ?" looked for through each 3.7 ms.
    edits: list[Edit] = []
    at = text.find("?")
    while at >= 0:
        if at and text[at - 1] == " " and _STRAY_QUESTION_MARK.match(text, at):
            edits.append(Edit(at, at + 1))
        at = text.find("?", at + 1)
    return edits


def _entity_leftovers(text: str) -> list[Edit]:
    if "&" not in text or ";" not in text:
        return []
    return [
        Edit(found.end() - 1, found.end())
        for found in _ENTITY_LEFTOVER.finditer(text)
        if _after_a_word(text, found.start()) and f"{found[1]};" not in html.entities.html5
    ]


def _after_a_word(text: str, at: int) -> bool:
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")


def _invisible(text: str) -> list[Edit]:
    return [Edit(found.start(), found.end()) for found in _INVISIBLE.finditer(text)]


def _closing_quotes(text: str) -> list[Edit]:
    # One character is looked for through a page many times faster than two.
    if _REPLACED not in text:
        return []
    edits: list[Edit] = []
    open_quote = False
    for mark in _QUOTE_MARK.finditer(text):
        if mark[0] == _LOST_CLOSING:
            if open_quote and not text[mark.end() : mark.end() + 1].isalnum():
                edits.append(Edit(mark.start(), mark.end(), "”"))
            open_quote = False
        else:
            open_quote = mark[0] == "“" or (mark[0] == '"' and _opens(text, mark.start()))
    return edits


def _opens(text: str, at: int) -> bool:
    """Whether a straight quotation mark opens a quotation: at the start or after a space."""
    return at == 0 or text[at - 1] in " \n\t(["


_REPAIRS: tuple[tuple[str, Callable[[str], list[Edit]]], ...] = (
    (PRINT_HYPHEN, _print_hyphens),
    (ENTITY_LEFTOVER, _entity_leftovers),
    (INVISIBLE, _invisible),
    (LOST_CLOSING, _closing_quotes),
    (STRAY_QUESTION_MARK, _stray_question_marks),
    (DROP_CAP, drop_cap_breaks),
    (SENTENCE_BREAK, sentence_break_edits),
    (STOCK_TICKER, ticker_edits),
    (LINK_LABEL, link_furniture_edits),
)
"""In the order they are made, each on the text the one before left: a print hyphen goes
with its soft hyphen before soft hyphens go alone, and a drop cap is found once a line's
invisible characters are out, a sentence's line breaks once its drop cap is joined; a "?" is
read once a lost closing mark's is set right; a ticker and a link's furniture are read last,
in words set right."""


def as_read(text: str) -> tuple[str, tuple[Change, ...]]:
    """The text with every repair made (`make_article` keeps an article so), and its changes
    from the text given."""
    changes: tuple[Change, ...] = ()
    for reason, repair in _REPAIRS:
        if edits := repair(text):
            changes = composed(changes, text, edits, reason)
            text = edited(text, edits)
    return text, changes


def visible(text: str) -> str:
    """The text with every repair made: a title, which no span counts."""
    return as_read(text)[0]


_SAID = {
    PRINT_HYPHEN: ("print hyphen", "print hyphens", "beside a soft hyphen taken out"),
    ENTITY_LEFTOVER: ("semicolon", "semicolons", "an escaped '&' left behind taken out"),
    INVISIBLE: (
        "invisible character",
        "invisible characters",
        "taken out (zero-width spaces, soft hyphens, direction marks)",
    ),
    LOST_CLOSING: (
        "closing quotation mark",
        "closing quotation marks",
        "lost to '\ufffd?' read as ”",
    ),
    DROP_CAP: ("drop cap", "drop caps", "set on a line of its own joined to its word"),
    SENTENCE_BREAK: ("line break", "line breaks", "inside a sentence read as a space"),
    STOCK_TICKER: ("stock ticker", "stock tickers", "taken out"),
    STRAY_QUESTION_MARK: ("question mark", "question marks", "glued before a word taken out"),
    LINK_LABEL: (
        "link label",
        "link labels",
        "taken out (a name's hover card, a media tag in brackets)",
    ),
}
"""How a note says each repair: its noun, one and many, then what was done."""
_SHOWN = (PRINT_HYPHEN, ENTITY_LEFTOVER, DROP_CAP, SENTENCE_BREAK, STRAY_QUESTION_MARK)
"""Repairs a note shows the first of, the word as given and as read: an invisible character
shows as nothing, a closing mark's is said whole."""
_GIVEN = (STOCK_TICKER, LINK_LABEL)
"""Repairs a note shows the first of as it was given: a ticker, a link's label (its middle
cut when long)."""
_AROUND = 30
"""Characters looked through either side of a change for the word it stands in."""


def changes_said(text: str, changes: tuple[Change, ...]) -> str:
    """What was set right in `text` as it was read, repair by repair: "13 closing quotation
    marks lost to '\ufffd?' read as ”; 1 semicolon an escaped '&' left behind taken out
    ('AT&T;' read as 'AT&T')"; "" for none."""
    counts = Counter(change.reason for change in changes)
    said = []
    for reason, count in counts.items():
        one, many, done = _SAID[reason]
        first = next(change for change in changes if change.reason == reason)
        example = "" if count == 1 else "e.g. "
        if reason in _SHOWN:
            shown = f" ({example}{_as_given(text, first)})"
        elif reason in _GIVEN:
            shown = f" ({example}'{_shortened(first.given.strip())}')"
        else:
            shown = ""
        said.append(f"{count} {one if count == 1 else many} {done}{shown}")
    return "; ".join(said)


def _shortened(given: str) -> str:
    """What was taken out, its middle cut when long: a hover card runs to 200 characters."""
    if len(given) <= 2 * _AROUND:
        return given
    return f"{given[:_AROUND].rsplit(' ', 1)[0]} … {given[-_AROUND:].split(' ', 1)[-1]}"


def _as_given(text: str, change: Change) -> str:
    """The word a change stands in, as given and as read: "'T' / 'he' read as 'The'"."""
    before = text[max(0, change.start - _AROUND) : change.start]
    before = "" if not before or before[-1].isspace() else before.split()[-1]
    after = text[change.end : change.end + _AROUND]
    after = "" if not after or after[0].isspace() else after.split()[0]
    given = _INVISIBLE.sub("", before + change.given + after)
    read = before + text[change.start : change.end] + after
    return "'" + "' / '".join(given.split()) + f"' read as '{read}'"
