"""The name a page's own text writes for the web address its outlet was read by, for
`ingest.own_lines`: an address rule reads "wsj.com" from "Write to Joann S. Lublin at
joann.lublin@wsj.com", "chron.com" from "lindsay.wise@chron.com" and "usatoday.com" from
USA Today's "usat.ly" share link, while the story itself says "told The Wall Street
Journal", "he told the Chronicle" or "USA TODAY reports". A name the page writes whose words
spell the address's stem, the part before its ".com" (".co.uk", ".com.au"), is shown in
place of the address: the initials of its words ("Wall Street Journal", wsj), its words run
together ("USA TODAY", usatoday; "POLITICO", politico), the two mixed ("the Free Press",
freep), or, written with "the" before it, a leading part of its one word ("the
Chronicle", chron; more than a plural's "s": "Times" spells no time.com). The names come
from the page's own words only, never from a table of outlets; where no name spells the
stem, the house's list of news outlets (language/news_outlets.py) may: "kevin.clark@wsj.com"
on a page writing no "Journal" is The Wall Street Journal's, spelled so by the list's name,
but not where the page calls itself by the address ("told msnbc.com": its own name for
itself). Else the address stays.

Of raw's 45 pages read by an address at stop 49 (DUC's none), 12 write such a name
(docs/journal/sources.md, sources19); of the 33 left, 9 are a listed outlet's (sources20)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from chorus.language.news_outlets import NEWS_OUTLETS

_NAME = re.compile(
    r"(?<![\w.@/’'-])(?:(?P<the>[Tt]he) )?(?P<words>[A-Z][\w&-]*(?: [A-Z][\w&-]*)*)"
    r"(?![\w&-]|\.[A-Za-z])"
)
"""A run of capitalised words, "the" before it kept apart; a possessive ends it
("POLITICO’s Glenn Thrush" is POLITICO) and an address is none ("WRAL.com", "CBSMIAMI.COM":
the address itself, not a name the page gives it)."""
_WRITTEN_ADDRESS = r"(?<![\w@./-]){}\b"
"""An address written as a word, not inside an e-mail address or a link."""
_WORD_PARTS = re.compile(r"[\s&-]+")
_PLURAL = "s"
_SHORTEST_LEADING_PART = 4
"""A stem as short as "bbc" spells a word's opening letters by chance."""
_FEWEST_INITIALS = 3
"""Initials alone that spell a stem: fewer are most often a person's ("Fiona Tan", ft)."""


@dataclass(frozen=True, slots=True)
class PageName:
    """The name a page writes for its address, as shown, and its line, for the note (none
    for a listed outlet's name)."""

    name: str
    line: str


def with_its_the(the: str | None, name: str) -> str:
    """A name as an outlet is shown with the "the" a page writes before it: "the BBC" is
    the BBC, "the Guardian" is The Guardian."""
    if not the:
        return name
    return name if name.isupper() else f"The {name}"


def name_for(address: str, text: str) -> PageName | None:
    """The name `text` writes most often (the first, on a tie) whose words spell
    `address`'s stem, with the line it is first written on; else a listed news outlet's
    name spelling it; None when none does, or when `address` is no address (an address
    rule's: lower-case, a dot and no space)."""
    if " " in address or "." not in address or not address.islower():
        return None
    stem = address.split(".", 1)[0]
    counts: Counter[str] = Counter()
    lines: dict[str, str] = {}
    for found in _NAME.finditer(text):
        # every spelling opens on the stem's first letter: most names are passed by it
        if found["words"][0].lower() != stem[0]:
            continue
        if not spells(stem, found["words"], leading=bool(found["the"])):
            continue
        shown = with_its_the(found["the"], found["words"])
        counts[shown] += 1
        lines.setdefault(shown, _line_of(text, found.start()))
    if not counts:
        return _listed(address, stem, text)
    name = counts.most_common(1)[0][0]
    return PageName(name, lines[name])


def _listed(address: str, stem: str, text: str) -> PageName | None:
    """The first listed news outlet whose name (its "The" aside) spells `stem`, unless the
    page writes `address` as a name of its own ("told msnbc.com"), not only inside an
    e-mail address or a link ("kevin.clark@wsj.com", "http://usat.ly/…")."""
    if re.search(_WRITTEN_ADDRESS.format(re.escape(address)), text, re.IGNORECASE):
        return None
    for outlet in NEWS_OUTLETS:
        if spells(stem, outlet.removeprefix("The "), leading=False):
            return PageName(outlet, "")
    return None


def spells(stem: str, name: str, *, leading: bool) -> bool:
    """Whether `name`'s words spell an address's `stem` (`leading`: written after "the",
    so a leading part of its one word may)."""
    words = [part.lower() for part in _WORD_PARTS.split(name) if part]
    if leading and len(words) == 1 and len(stem) >= _SHORTEST_LEADING_PART:
        rest = words[0].removeprefix(stem)
        if rest != words[0] and rest not in ("", _PLURAL):
            return True
    return _spelled_by(stem, words)


def _spelled_by(stem: str, words: list[str], initials: int = 0, whole: bool = False) -> bool:
    """Whether `stem` is each word's initial or the whole word, in order, one whole word
    of two letters or more spelled at least or else `_FEWEST_INITIALS`: a person's two
    initials spell an address by chance ("ap.org" and "Anthony Perkins said", "wsj.com" and
    "Warren S Jones", whose one-letter "S" is no initial), "Wall Street Journal" wsj does
    not. `initials` and `whole` carry what the words before spelled."""
    if not words:
        return not stem and (whole or initials >= _FEWEST_INITIALS)
    word, rest = words[0], words[1:]
    if (
        len(word) > 1
        and stem.startswith(word)
        and _spelled_by(stem[len(word) :], rest, initials, True)
    ):
        return True
    counted = initials + (len(word) > 1)
    return stem.startswith(word[0]) and _spelled_by(stem[1:], rest, counted, whole)


def _line_of(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return " ".join(text[start : end if end >= 0 else len(text)].split())
