"""A page printed as questions and answers: a question on a line of its own, no quotation
mark in it and ending "?", then the answer, a paragraph opening on a quotation mark, with no
speech verb (multi_news-val-889, Megan Rapinoe after a match). The answers are those of the
person the paragraph before the questions names as answering ("Megan Rapinoe responded to
...", "Reign Coach Laura Harvey also addressed the issue."); a paragraph naming no one so
("He answered a few questions") leaves them to no one, as a reader could only guess."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.attribution import Attribution
from chorus.language.quote_marks import CLOSE, OPEN, balanced, trim
from chorus.model import Sentence

_INTRODUCED = re.compile(
    r"(?P<name>[A-Z](?<!\w[A-Z])[\w’'-]+\s+[A-Z][\w’'-]+)\s+(?:also\s+)?"
    r"(?:responded|answered|addressed|spoke)\b"
)
"""A first and last name right before the verb of one who answers questions. Its "\b" is a
look-behind after the first capital: the search skips from capital to capital (half the
cost of trying "\b" at every position)."""
_PAIRS = 2
"""Questions each followed by an answer that make a page a Q&A; one alone may be the
writer's own question before a quotation."""


def _paragraphs(sentences: Sequence[Sentence]) -> list[list[int]]:
    """The sentences' indexes, by the paragraph (a line break before it) they stand in."""
    grouped: list[list[int]] = []
    for n, sentence in enumerate(sentences):
        text = sentence.article.text
        gap = text[sentences[n - 1].end : sentence.start] if n else "\n"
        if "\n" in gap or not grouped:
            grouped.append([])
        grouped[-1].append(n)
    return grouped


def _question(line: str) -> bool:
    return line.endswith("?") and not any(mark in line for mark in OPEN + CLOSE)


def answered(sentences: Sequence[Sentence]) -> dict[int, Attribution]:
    """The sentences of each answer of a Q&A page, by index, given to the person introduced
    as answering: none unless the page asks `_PAIRS` questions answered so."""
    if not sentences or "?\n" not in sentences[0].article.text:
        return {}
    text = sentences[0].article.text
    answers: dict[int, Attribution] = {}
    who: re.Match[str] | None = None
    asked, pairs = False, 0
    for paragraph in _paragraphs(sentences):
        first, last = sentences[paragraph[0]], sentences[paragraph[-1]]
        line = text[first.start : last.end].strip()
        if line.startswith("[") and line.endswith("]"):
            continue  # a link to another story between the questions
        if line[:1] in OPEN and asked:
            pairs += 1
            for n in paragraph if who is not None else ():
                start, end = balanced(text, *trim(text, sentences[n].start, sentences[n].end))
                answers[n] = Attribution(who["name"], who.start("name"), None, start, end)
        elif not _question(line):
            named = list(_INTRODUCED.finditer(text, first.start, last.end))
            who = named[-1] if named else None
        asked = _question(line)
    return answers if pairs >= _PAIRS else {}
