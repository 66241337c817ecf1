"""A quotation one article prints without saying whose it is, and another gives a speaker
with the same words: that speaker's in the first article too (`carried`), so the row that
says the words once under "Who said what" cites both outlets, each copy its own span.

Raw validation 0-based 20: [1] prints Plant's "It was a particularly prolific time, where
we were learning about each other’s capabilities." after "But his enthusiasm for the work
still shines through:", no speech verb; [2] writes '"It was a particularly prolific time,"
says singer Robert Plant, "where ..."'. The words must be six or more, in quotation marks
in the first article, and no row of that article may hold them (it gives them to someone,
or it reads them as narration on purpose).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.model import Excerpt, Quote
from chorus.language.quote_going_on import verbatim
from chorus.language.quote_marks import TEX_CLOSE, TEX_OPEN
from chorus.language.words import wording
from chorus.model import Article, Sentence

_LEAST = 6
"""Words a quotation needs to be the same one in two articles, not a phrase any could say."""

_WORD = re.compile(r"[A-Za-z0-9]+")
"""The runs `wording` keeps, found in the article's own text to give their offsets."""


def carried(
    rows: tuple[Quote, ...], per_article: Sequence[Sequence[Sentence]]
) -> tuple[Quote, ...]:
    """`rows` with, for each row whose words another article quotes with no row of its own
    there, that article's copy given the row's speaker, placed by its position among the
    article's rows."""
    articles = [sentences for sentences in per_article if sentences]
    if len(articles) < 2 or not rows:
        return rows
    texts = {s[0].article.id: f" {wording(s[0].article.text)} " for s in articles}
    added: list[Quote] = []
    for row in rows:
        words = wording(row.words)
        if words.count(" ") + 1 < _LEAST:
            continue
        for sentences in articles:
            article = sentences[0].article
            if article.id == row.sentence.article.id or f" {words} " not in texts[article.id]:
                continue
            copy = _copy(row, words, sentences, texts[article.id], (*rows, *added))
            if copy is not None:
                added.append(copy)
    return _in_place(rows, added, [s[0].article.id for s in articles]) if added else rows


def _copy(
    row: Quote,
    words: str,
    sentences: Sequence[Sentence],
    spaced: str,
    rows: Sequence[Quote],
) -> Quote | None:
    """The row's words where `sentences`' article quotes them, as the row's speaker's: in
    marks that open in their sentence, and held by no row of the article."""
    article = sentences[0].article
    start, end = _offsets(article, spaced, spaced.index(f" {words} ") + 1, words.count(" ") + 1)
    if wording(article.text[start:end]) != words:  # a letter lowered into ASCII ("İ")
        return None
    if any(
        q.sentence.article.id == article.id and q.text.start < end and start < _end(q) for q in rows
    ):
        return None
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    if sentence is None or not _opened(article.text, sentence.start, start):
        return None
    return Quote(
        speaker=row.speaker,
        role=None,
        text=Excerpt(article, start, end),
        sentence=sentence,
        outlet=article.outlet,
        kind="quote" if verbatim(article.text, start, end) else "reported",
    )


def _end(quote: Quote) -> int:
    return quote.text.end if quote.resumed is None else quote.resumed.end


def _offsets(article: Article, spaced: str, at: int, count: int) -> tuple[int, int]:
    """The offsets in the article's text of `count` words from the word at `at` of its
    `wording` (spaced)."""
    first = spaced.count(" ", 0, at) - 1
    found = _WORD.finditer(article.text)
    runs = [run for n, run in zip(range(first + count), found, strict=False) if n >= first]
    return runs[0].start(), runs[-1].end()


def _opened(text: str, start: int, at: int) -> bool:
    """Whether a quotation opens in `text[start:at]` and is still open at `at`."""
    before = text[start:at]
    return (
        before.count("“") > before.count("”")
        or before.count('"') % 2 == 1
        or before.count(TEX_OPEN) > before.count(TEX_CLOSE)
    )


def _in_place(
    rows: Sequence[Quote], added: Sequence[Quote], order: Sequence[str]
) -> tuple[Quote, ...]:
    """All rows in article order, each added one before the first of its article's rows
    that starts after it."""
    by_article: dict[str, list[Quote]] = {article: [] for article in order}
    for row in rows:
        by_article[row.sentence.article.id].append(row)
    for copy in added:
        own = by_article[copy.sentence.article.id]
        at = next((n for n, q in enumerate(own) if q.text.start > copy.text.start), len(own))
        own.insert(at, copy)
    return tuple(row for article in order for row in by_article[article])
