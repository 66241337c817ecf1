"""A speaker quoted by an abbreviation ("the LCC said", "UNFPA said") named as the body a
sentence of the cluster defines it for, in brackets after its name ("Local Co-ordination
Committees (LCC)") or as what it is "known as" ("The U.N. Population Fund, known as
UNFPA, said"). Split from `quote_speakers.py`, which names every speaker."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.model import Sentence


def abbreviations(
    names: Mapping[str, str], said: frozenset[str], sentences: Sequence[Sentence]
) -> dict[str, str]:
    """Each speaker in capitals no name ends, mapped to the name a sentence defines it for,
    in that name's fullest form: a name whose initials spell it ("the LCC said" is the
    "Local Co-ordination Committees (LCC)": multi_news-val-2534), or one the cluster quotes
    under that name too, its first letter the abbreviation's (raw validation 0-based 132
    quotes both "UNFPA" and "The U.N. Population Fund, known as UNFPA": an agency's
    abbreviation may spell an older name, the United Nations Fund for Population
    Activities). A dateline's place before an agency's "(AP)" speaks in no quote."""
    short = {
        w for w in said if 2 <= len(w) <= 6 and w.isupper() and w.isalpha() and w == names.get(w, w)
    }
    if not short:
        return {}
    speaking = {names.get(w, w) for w in said}
    found: dict[str, str] = {}
    for sentence in sentences:
        text = sentence.text
        if "(" not in text and "known as" not in text:
            continue
        for written in _DEFINED.finditer(text):
            abbreviation = written["short"] or written["known"]
            if abbreviation in short and (
                name := _defined(written["name"], abbreviation, names, speaking)
            ):
                found[abbreviation] = name
    return found


_NAME = r"(?:[A-Z]\.){2,}|[A-Z][\w-]*"
"""A capitalised word of a name, or its initials with stops ("U.N.")."""
_DEFINED = re.compile(
    rf"(?P<name>(?:{_NAME})(?:\s+(?:of\s+|and\s+|for\s+)?(?:{_NAME}))*)"
    r"(?:\s+\((?P<short>[A-Z]{2,6})\)|,\s+(?:also\s+)?known\s+as\s+(?P<known>[A-Z]{2,6})\b)"
)
"""A name and the abbreviation it is given, in brackets after it or as what it is "known
as"."""


def _defined(written: str, short: str, names: Mapping[str, str], speaking: set[str]) -> str | None:
    """The fullest form of the end of `written` that `short` abbreviates: the words whose
    capitalised initials spell it, else the fewest words whose fullest form is a speaker's
    name opening on its first letter ("Population Fund", the cluster's "United Nations
    Population Fund")."""
    words = written.split()
    for n in range(len(words)):
        part = " ".join(words[n:])
        if "".join(w[0] for w in words[n:] if w[0].isupper()) == short:
            return names.get(part, part)
    for n in range(len(words) - 1, -1, -1):
        part = " ".join(words[n:])
        full = names.get(part, part)
        if full[0] == short[0] and full in speaking:
            return full
    return None
