"""Round-ups of reviews or remarks: each quotation a sentence of its own, its source named on
the next line alone or after a dash, with no speech verb to say whose it is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from chorus.analyze.attribution import Attribution
from chorus.language.non_speakers import NOT_SPEAKERS
from chorus.language.quote_marks import CLOSE, OPEN, balanced, trim
from chorus.model import Sentence

__all__ = ["credited"]

_WHOLE_QUOTATION = re.compile(rf"[{OPEN}][^{OPEN}{CLOSE}]{{8,}}[{CLOSE}]")
_CREDIT = re.compile(r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}")
"""A line of one to four capitalised words and nothing else: "Financial Times"."""
_ROUND_UP = 2
"""Quotations credited so an article must hold to be a round-up: one alone is as often a
heading after a pull quote ("“Such events took place ...” | Ukrainian Objection")."""
_CREDIT_LENGTH = 40
"""The longest credit line: a length and a first character pick the few pairs worth a
pattern's test (a search of the whole article for them cost 0.1 ms a cluster)."""
_OPENING_MARKS = tuple(OPEN)


_DASHES = ("—", "–", "-")
_DASH_CREDIT = re.compile(r"[—–-]\s*")
"""A credit's dash before its name, which a description may follow after a comma ("“...” ¶
— Claire Danes, asked how she’ll tell her unborn child about her Emmy win":
multi_news-val-4873)."""


_TITLED = re.compile(
    r"(?P<title>Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|President|Mayor)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
"""A person's title and name as a lone quotation's credit line: "“Pope Francis has been a
powerful voice for life ...” ¶ Senator Ted Cruz" (multi_news-val-447), a pull quote whose
speaker is named, not a heading."""


def _credit_name(credit: str) -> tuple[int, str] | None:
    """Where the name of a credit line starts, and the name: the whole line, or after a
    dash, up to a comma."""
    dash = _DASH_CREDIT.match(credit)
    if dash is None:
        return (0, credit) if len(credit) <= _CREDIT_LENGTH else None
    return dash.end(), credit[dash.end() :].split(",", 1)[0]


def credited(sentences: Sequence[Sentence], texts: Sequence[str]) -> dict[int, Attribution]:
    """Quotations of a round-up of reviews, each a sentence of its own followed by its
    source's name alone ("“A brilliant performance. ...” | Mirror": multi_news-val-2623) or
    after a dash, by sentence index: no speech verb names whose they are. `texts` are the
    sentences'."""
    candidates = [
        n
        for n, (quoted, credit) in enumerate(pairwise(texts))
        if quoted.startswith(_OPENING_MARKS)
        and (len(credit) <= _CREDIT_LENGTH or credit.startswith(_DASHES))
    ]
    if len(candidates) < _ROUND_UP:
        return _titled(sentences, texts, candidates)
    credits: dict[int, Attribution] = {}
    for n in candidates:
        quoted, named = sentences[n], _credit_name(texts[n + 1])
        whole = _WHOLE_QUOTATION.fullmatch(texts[n].rstrip(".")) is not None
        if named is None or not whole:
            continue
        at, credit = named
        if _CREDIT.fullmatch(credit) and credit not in NOT_SPEAKERS:
            text = quoted.article.text
            start, end = balanced(text, *trim(text, quoted.start, quoted.end))
            credits[n] = Attribution(credit, sentences[n + 1].start + at, None, start, end)
    return credits if len(credits) >= _ROUND_UP else {}


def _titled(
    sentences: Sequence[Sentence], texts: Sequence[str], candidates: Sequence[int]
) -> dict[int, Attribution]:
    """A lone whole quotation credited on the next line to a titled person, by sentence
    index: the name speaks, the title is the role."""
    credits: dict[int, Attribution] = {}
    for n in candidates:
        titled = _TITLED.fullmatch(texts[n + 1])
        if titled is None or _WHOLE_QUOTATION.fullmatch(texts[n].rstrip(".")) is None:
            continue
        quoted = sentences[n]
        start, end = balanced(
            quoted.article.text, *trim(quoted.article.text, quoted.start, quoted.end)
        )
        at = sentences[n + 1].start + titled.start("name")
        credits[n] = Attribution(titled["name"], at, titled["title"], start, end)
    return credits
