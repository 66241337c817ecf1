"""Each speaker's words once, as Markdown and HTML list them under "Who said what": outlets
repeat a quotation, and copies of one report tell it with a word or two changed (split from
`analysis.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from chorus.analyze.model import Quote
from chorus.language.words import near_same
from chorus.model import Sentence

_LETTER_STOP = re.compile(r"\b([a-z])\.(?=[a-z]\b)")


def said_once(
    quotes: Iterable[Quote], reports: Mapping[str, int] | None = None
) -> list[tuple[Quote, list[Sentence]]]:
    """Each speaker's words once, with every sentence that carries them (Markdown and
    HTML): outlets repeat a quotation, and listed once per outlet it read as said twice.
    Words match whatever their quotation marks, case and an abbreviation's full stops ("U.S."
    and "US": multi_news-val-5041); in two copies of one report (`reports`, `copy_groups`)
    they match with a word or two changed but no figure or negation (`_copied`: the AP story
    two papers ran, "the nation's border" / "the U.S. border": 1862)."""
    merged: dict[tuple[str, str, tuple[str, ...]], tuple[Quote, list[Sentence]]] = {}
    for quote in quotes:
        words = _LETTER_STOP.sub(r"\1", quote.words.casefold())
        key = (quote.speaker, quote.kind, tuple(re.findall(r"\w+", words)))
        if key not in merged and reports:
            copied = (k for k, (q, _) in merged.items() if _copied(q, k[2], quote, key[2], reports))
            key = next(copied, key)
        merged.setdefault(key, (quote, []))[1].append(quote.sentence)
    return list(merged.values())


def copy_groups(analysis: Any) -> dict[str, int]:
    """Each article of a group of copies of one report (the analysis' `copies`) → the
    group's number; other articles are left out."""
    groups = getattr(analysis, "copies", ())
    return {a: n for n, group in enumerate(groups) for a in group.articles}


_KEPT = re.compile(r"\d|^(?:not?|never|nor|t)$")
"""Words two copies' rows must share to be one: figures (an update rewrites them) and
negations ("didn't" is "didn", "t")."""


def _copied(
    shown: Quote,
    words: Sequence[str],
    quote: Quote,
    other: Sequence[str],
    reports: Mapping[str, int],
) -> bool:
    """Whether `quote` is `shown`'s words as another copy of its report tells them: the
    same speaker and kind, and words near the same (`near_same`) with the same figures and
    negations."""
    one, two = shown.sentence.article.id, quote.sentence.article.id
    if (shown.speaker, shown.kind) != (quote.speaker, quote.kind) or one == two:
        return False
    if one not in reports or reports.get(two) != reports[one]:
        return False
    kept = [w for w in words if _KEPT.search(w)]
    return kept == [w for w in other if _KEPT.search(w)] and near_same(words, other)


Said = tuple[Quote, list[Sentence]]


def by_speaker(
    quotes: Iterable[Quote], reports: Mapping[str, int] | None = None
) -> dict[str, list[Said]]:
    """Each speaker's words once each, speakers in order of their first quotation
    (Markdown and HTML): listed as found, one speaker's words lay scattered among others'
    (the seeds' Emmanuel Macron on lines 4, 5, 7, 18 and 19 of 38)."""
    said: dict[str, list[Said]] = {}
    for quote, sentences in said_once(quotes, reports):
        said.setdefault(quote.speaker, []).append((quote, sentences))
    return said
