"""Rows giving a surname no line shown writes in full, taken again only with their article's
line naming the person in full (split from `surnames`, which reads the surnames themselves).

- A line whose speaker is a surname no line shown writes in full ("“...,” Lanier told
  reporter ...", "On Wednesday, ..., Crump described ...", raw 99; "..., Castaneda said.",
  raw 35) is taken again only with its article's first line naming the person in full
  ("Police Chief Cathy L. Lanier did not reply ...", select's `brings`), when that line is
  no longer than it or scored as high (summary76): every introduction brought cost raw R-1
  0.047; read for a subject too ("Hernandez has been charged ..."), the rule cost 0.024;
  leaving such lines out instead, 0.12. A title stands with its surname ("“...,” Mr Rawlins
  said.", raw 185; "..., said Mr. Luu, 41.", 155): "Mr Rawlins" names no one in full either
  (hundred-and-first pass: 39 such credits over raw and DUC, 36 with an earlier line naming
  the person in full, each as bare as an untitled surname).
- A line opening on such a surname as its subject ("Gardner was one of the delegates ...",
  raw 106, "church member Jane Gardner" two rows up) is taken again only with that line when
  it scores as high, and left out otherwise (`subject_introductions`; hundred-and-second
  pass). Brought under the speakers' bound instead, the rule cost raw R-1 0.022; a titled
  subject ("Mr. Monahan, now 58, ...", 241) left out gave the briefing's opening to its
  article's anecdotal lead: not read. So is a surname as the subject right after a plain
  opening phrase, one with no other capital and no quotation mark ("In 1996, Castellon
  opened his probe ...", DUC d30003t; hundred-and-nineteenth pass); any opening phrase read
  so left out lines of the story (raw 232's Newport, 249's Lavrov).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from chorus.language.words import word_places as _places
from chorus.summarize.read_again import READ_AGAIN
from chorus.summarize.surnames import (
    GIVEN_BEFORE,
    NAME,
    SURNAME,
    bare_speakers,
    in_full,
    no_surname,
)

_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _introduces(text: str, surname: str) -> bool:
    """Whether `text` names the person of `surname` in full (`in_full`), the first name no
    possessive and no capitalised word after the surname: "Mobb Deep's Prodigy" names a
    group's member by his stage name, "Syrian Observatory" no one."""
    for at in _places(text, surname):
        given = GIVEN_BEFORE.search(text, 0, at)
        if given is None or given.group(0).rstrip().endswith(("’s", "'s")):
            continue
        if not _CAPITAL_AFTER.match(text, at + len(surname)):
            return True
    return False


def _introduced(
    texts: Sequence[str],
    shown: Sequence[int],
    article_of: Sequence[int],
    first_rows: Sequence[int],
    names: Callable[[str], Sequence[str]],
) -> dict[int, int]:
    """The rows of `shown` giving a surname (`names`) no row shown writes in full, the first
    row shown so for that surname, each with the first row of its article before it naming
    the person in full (`_introduces`), not shown (see `introductions`)."""
    found: dict[int, int] = {}
    met: set[str] = set()
    joined: list[str] = []
    for row in shown:
        for name in names(texts[row]):
            if name in met:
                continue
            met.add(name)
            if any(in_full(texts[other], name) for other in shown):
                continue
            start = first_rows[article_of[row]]
            intro = next((n for n in range(start, row) if _introduces(texts[n], name)), None)
            if intro is None or intro in shown or no_surname(name, texts, joined):
                continue
            found.setdefault(row, intro)
    return found


def introductions(
    texts: Sequence[str],
    shown: Sequence[int],
    article_of: Sequence[int],
    first_rows: Sequence[int],
) -> dict[int, int]:
    """The rows of `shown` (a summary in the order shown, rows of the cluster's `texts`)
    whose speaker is a surname (`_bare_names`) no row shown writes in full (one shown below
    is a matter of order), the first row shown so for that surname, each with the first row
    of its article
    before it naming the person in full (`_introduces`), not shown: "..., Castaneda said."
    (raw 35 [1] row 11) with "... said Anaheim resident Joe Castaneda, who saw the melee
    break out." (row 5). `article_of` gives each row's article, `first_rows` each article's
    first row. A word the cluster writes in lower case, or before "University", is no
    surname (`no_surname`); a surname with no such row is left as it is."""
    return _introduced(texts, shown, article_of, first_rows, bare_speakers)


_AFTER_PHRASE = re.compile(rf"[\s(\[]*[A-Z][^A-Z,;:“”\"]*,\s+({NAME})\s+[a-z]")
"""A capitalised word as the subject right after a short opening phrase that writes no
other capital, no quotation mark and no comma ("In 1996, Castellon opened his probe ...",
DUC d30003t; "In his online persona, Peinovich routinely cracked jokes ...", raw 92):
the sentence's own subject, as `SURNAME`'s at the opening."""


@lru_cache(maxsize=READ_AGAIN)
def _subject(text: str) -> tuple[str, ...]:
    """The surnames opening `text` as its subject (`SURNAME`), or its subject right after a
    plain opening phrase (`_AFTER_PHRASE`), not written in full there nor its speaker
    (`bare_speakers`: "Henry said ..." is `introductions`'); a possessive is no subject
    ("Peinovich's wife appears ...", raw 92, speaks of someone else). Kept for the next
    reading order (`read_again`)."""
    found = [
        match.group(1)
        for match in (SURNAME.match(text), _AFTER_PHRASE.match(text))
        if match is not None and not match.group(1).endswith(("’s", "'s"))
    ]
    if not found:
        return ()
    speakers = bare_speakers(text)
    return tuple(
        name for name in dict.fromkeys(found) if not in_full(text, name) and name not in speakers
    )


def subject_introductions(
    texts: Sequence[str],
    shown: Sequence[int],
    article_of: Sequence[int],
    first_rows: Sequence[int],
) -> dict[int, int]:
    """As `introductions`, for a surname opening a row as its subject ("Gardner was one of
    the delegates ...", raw 106, with "“...,” church member Jane Gardner said." two rows
    up), or its subject after a plain opening phrase (`_AFTER_PHRASE`); not a titled one
    ("Mr. Monahan, now 58, ...", 241: `SURNAME` reads no title)."""
    return _introduced(texts, shown, article_of, first_rows, _subject)
