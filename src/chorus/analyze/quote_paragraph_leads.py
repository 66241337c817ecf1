"""A quotation standing alone as a paragraph after a paragraph about a person, with no
speech verb: "Michelle Troye, Frank’s daughter, knew that something was very wrong ...
¶ “I am 100 percent certain that he is not involved ...”" (multi_news-val-5388), the words
of the person that paragraph opens on as its subject.

Over the 250 raw validation and 30 DUC clusters, 143 quotation paragraphs carry no
attribution; after a paragraph naming one person they were that person's words 3 times in
10 (questions naming someone before the answer, scripture, a tweet, headings). Only a
paragraph that opens on a person the recognizer read, or one whose kin apposition makes
them a person, as its subject, with no quotation, question or colon, gave the right
speaker (the 79th quotes pass), so only that one is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.attribution import Attribution
from chorus.language.non_speakers import NOT_SPEAKERS
from chorus.language.quote_marks import CLOSE, OPEN, balanced, trim
from chorus.language.speaker_appositions import KIN
from chorus.model import Sentence

__all__ = ["about_in_paragraph"]

_BEFORE_NAME = re.compile(r"(?:[A-Z][\w.&’'-]*\s+){0,3}")
"""Capitalised words a subject's name may come after: a role ("NWSL Commissioner")."""
_OPENING_WORD = re.compile(
    r"(?:In|On|At|For|With|By|From|To|Of|During|Under|Like|Unlike|Despite|Among|Amid|The|A|An"
    r"|He|She|His|Her)$"
)
"""Capitalised words that open a sentence before its subject, not a role: "In 2010 Prof
Owen published ...", "In Deuteronomy ... Joshua"."""
_AFTER_SUBJECT = re.compile(r",[^,\n“”\"]{3,60},\s+(?!and\b|or\b)[a-z]|\s+(?!and\b|or\b|&)[a-z]")
"""What follows a name that is a sentence's subject: a verb, maybe after an apposition
between commas ("Michelle Troye, Frank’s daughter, knew"); not "Frank and Amber had ...",
two people."""
_KIN_SUBJECT = re.compile(
    r"(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+),\s+"
    rf"(?P<kin>(?:[A-Z][\w-]+[’']s|[Hh]is|[Hh]er)\s+(?:{'|'.join(KIN)})),\s+(?!and\b|or\b)[a-z]"
)
"""A name whose apposition says whose kin they are, which makes them a person the recognizer
may have missed: "Michelle Troye, Frank’s daughter, knew ..." (the kin is the role)."""
_NO_QUOTE = OPEN + CLOSE


def about_in_paragraph(
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    said: Sequence[tuple[Attribution, ...]],
    n: int,
    people: frozenset[str],
) -> Attribution | None:
    """The speaker of sentence `n`, a whole quotation opening a paragraph, where the
    paragraph before opens on a person the recognizer read as its subject, quotes no one,
    asks nothing, leads into nothing with a colon, and opens no later sentence on another
    person."""
    first = _paragraph_start(sentences, n - 1)
    if texts[n - 1].rstrip().endswith(("?", ":")):
        return None
    for m in range(first, n):
        if said[m] or any(mark in texts[m] for mark in _NO_QUOTE):
            return None
    kin = _KIN_SUBJECT.match(texts[first])
    subject = (kin["name"], 0) if kin else _subject(texts[first], people)
    if subject is None:
        return None
    name, at = subject
    if any(_opens_on_another(texts[m], name, people) for m in range(first + 1, n)):
        return None
    text = sentences[n].article.text
    start, end = balanced(text, *trim(text, sentences[n].start, sentences[n].end))
    role = kin["kin"] if kin else None
    return Attribution(name, sentences[first].start + at, role, start, end)


def _paragraph_start(sentences: Sequence[Sentence], m: int) -> int:
    text = sentences[m].article.text
    while m and "\n" not in text[sentences[m - 1].end : sentences[m].start]:
        m -= 1
    return m


def _subject(text: str, people: frozenset[str]) -> tuple[str, int] | None:
    """The longest person's name the sentence opens on, maybe after a role, and where it
    starts."""
    best: tuple[str, int] | None = None
    for name in people:
        at = text.find(name, 0, 60)
        if at < 0 or (best is not None and len(name) <= len(best[0])):
            continue
        before = text[:at]
        words = before.split()
        if _BEFORE_NAME.fullmatch(before) is None or (
            words and (words[0] in NOT_SPEAKERS or _OPENING_WORD.match(words[0]))
        ):
            continue
        if _AFTER_SUBJECT.match(text, at + len(name)) is not None:
            best = (name, at)
    return best


def _opens_on_another(text: str, name: str, people: frozenset[str]) -> bool:
    """Whether a sentence opens on a person other than `name` (by any word of theirs)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    own = set(name.split())
    return any(first in person.split() and first not in own for person in people)
