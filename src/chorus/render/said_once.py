"""Each speaker's words once, as Markdown and HTML list them under "Who said what": outlets
repeat a quotation, with a word or two changed, spelled their own way or cut shorter, and
copies of one report tell it with a word or two changed (split from `analysis.py`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from chorus.analyze.model import Quote
from chorus.language.quote_marks import TEX_CLOSE, TEX_OPEN
from chorus.language.words import near_same
from chorus.model import Sentence
from chorus.render.empty_words import shown_rows

_LETTER_STOP = re.compile(r"\b([a-z])\.(?=[a-z]\b)")
_SPELLINGS = (
    # British and American spellings read as one: "realise"/"realize", "analyse",
    # "colour", "centre", "travelled" (raw validation 0-based 20's Page in [1] and [2])
    (re.compile(r"(?<=\w\w)([iy])s(?=e[sd]?\b|ing\b|ation)"), r"\1z"),
    (re.compile(r"(?<=\w\w)our(?=s?\b)"), "or"),
    (re.compile(r"(?<=\w\w)tre(?=s?\b)"), "ter"),
    (re.compile(r"(?<=\w)ll(?=ed\b|ing\b)"), "l"),
)
_LEAST_CARRIED = 5
"""Words a quotation needs for another outlet's to be it cut shorter or with a word or two
changed: "That doesn't just happen!" is one of a tweet another outlet quotes whole (raw
validation 0-based 19); "We lost" (205) or "I don't know" could be any answer."""


def _words(quote: Quote) -> tuple[str, ...]:
    """The words a row says, whatever their case, marks, an abbreviation's full stops
    ("U.S." and "US": multi_news-val-5041) or spelling."""
    return _words_in(quote.words)


def _words_in(text: str) -> tuple[str, ...]:
    words = _LETTER_STOP.sub(r"\1", text.casefold())
    for pattern, spelled in _SPELLINGS:
        words = pattern.sub(spelled, words)
    return tuple(re.findall(r"\w+", words))


@dataclass
class _Said:
    """One remark: the row shown (the one with the most words), every row of it with its
    words, and the sentences that carry it."""

    shown: Quote
    rows: list[tuple[Quote, tuple[str, ...]]]
    sentences: list[Sentence] = field(default_factory=list)


def said_once(
    quotes: Iterable[Quote], reports: Mapping[str, int] | None = None
) -> list[tuple[Quote, list[Sentence]]]:
    """Each speaker's words once, with every sentence that carries them (Markdown and
    HTML): outlets repeat a quotation, and listed once per outlet it read as said twice.
    Rows are one remark where one speaker's words are the same whatever their marks, case
    and spelling; or, in two articles, one row's words (five or more) are a run of the
    other's (a quotation cut shorter: raw validation 0-based 19's tweet, 20's Page), or the
    two are near the same (`near_same`) with the same figures and negations (`_reworded`:
    raw 14's O'Mara, "the charges appeared to be exorbitant" / "were exorbitant"; copies of
    one report, `reports`, at any length: the AP story two papers ran, 1862). The row shown
    is the one with the most words, at the place of the first."""
    said: list[_Said] = []
    for quote in quotes:
        words = _words(quote)
        same = [one for one in said if _one_remark(one, quote, words, reports or {})]
        if not same:
            said.append(_Said(quote, [(quote, words)], [quote.sentence]))
            continue
        first = same[0]
        for other in same[1:]:  # a row that two remarks' rows are cuts of joins them
            first.rows.extend(other.rows)
            first.sentences.extend(other.sentences)
            said.remove(other)
        first.rows.append((quote, words))
        first.sentences.append(quote.sentence)
        first.shown = max((q for q, _ in first.rows), key=_fullness)
    return [(_with_role(one), list(dict.fromkeys(one.sentences))) for one in said]


def _with_role(said: _Said) -> Quote:
    """The row shown, with the role another of its rows gives where it gives none: raw 14's
    O'Mara is "Zimmerman's lawyer" on [2]'s row only, and [1]'s, with more words, is shown."""
    if said.shown.role is not None:
        return said.shown
    role = next((q.role for q, _ in said.rows if q.role is not None), None)
    return said.shown if role is None else replace(said.shown, role=role)


def _fullness(quote: Quote) -> tuple[int, bool]:
    """The row of a remark shown: the most words, but those after the close of a quotation
    the row opens on (the writer's: raw validation 0-based 23's [2] runs on into '...,”
    Rivlin’s office quotes the letter as saying', [1]'s quotation stops), then the
    speaker's words in marks."""
    words = _words(quote)
    opens = quote.kind != "quote" and quote.words[:1] in _CLOSING
    tail = _WRITERS_TAIL.search(quote.words) if opens else None
    if tail is None or (tail[1] == '"' and quote.words.count('"', 0, tail.start()) % 2 == 0):
        return len(words), quote.kind == "quote"
    return len(words) - len(_words_in(tail[2])), False


_WRITERS_TAIL = re.compile(r"([”\"])([^“”\"`']*\w[^“”\"`']*)$")
"""The words after a row's last mark, the writer's where the mark closes a quotation (a
straight one closes after an odd count of them)."""


def _one_remark(
    said: _Said, quote: Quote, words: tuple[str, ...], reports: Mapping[str, int]
) -> bool:
    """Whether `quote` tells the remark `said` holds: one of its rows has the same speaker
    and words (the same kind, or another article's), or is another article's with the
    words cut or reworded."""
    if said.shown.speaker != quote.speaker:
        return False
    for row, its in said.rows:
        article, other = row.sentence.article.id, quote.sentence.article.id
        if its == words and (row.kind == quote.kind or article != other):
            return True
        if article != other and (
            _cut(its, words) or _reworded(its, words, reports.get(article), reports.get(other))
        ):
            return True
    return False


def _cut(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether the shorter of two rows' words, five or more, is a run of the other's."""
    short, long = (one, other) if len(one) <= len(other) else (other, one)
    if len(short) < _LEAST_CARRIED or len(short) == len(long):
        return False
    return f" {' '.join(short)} " in f" {' '.join(long)} "


_KEPT = re.compile(r"\d|^(?:not?|never|nor|t)$")
"""Words two rows must share to be one: figures (an update rewrites them) and negations
("didn't" is "didn", "t")."""


def _reworded(
    words: Sequence[str], other: Sequence[str], report: int | None, its_report: int | None
) -> bool:
    """Whether two articles' rows of one speaker are one remark with a word or two changed
    (`near_same`) and the same figures and negations: five words or more, or any where the
    two articles are copies of one report."""
    copies = report is not None and report == its_report
    if not copies and min(len(words), len(other)) < _LEAST_CARRIED:
        return False
    kept = [w for w in words if _KEPT.search(w)]
    return kept == [w for w in other if _KEPT.search(w)] and near_same(words, other)


def copy_groups(analysis: Any) -> dict[str, int]:
    """Each article of a group of copies of one report (the analysis' `copies`) → the
    group's number; other articles are left out."""
    groups = getattr(analysis, "copies", ())
    return {a: n for n, group in enumerate(groups) for a in group.articles}


def closed_inside(words: str) -> str:
    """A row's words with the quotation in curly single marks inside them that they leave
    open closed: the row ends before the comma and the single mark that closed it ("The
    overwhelming sentiment among Libyans is, ‘prepare to see this fight for our freedom to
    the end,’” Tarik Yousef said": `quote_marks.trim`, raw validation 0-based 176; 233's
    "... ‘the blind acceptance of English language conventions in academia,’”"), so a
    reader saw a quotation opened and never closed. An apostrophe ("I’m", "Andy’s") closes
    none. Not a straight mark, as often an elision ("'cause", "in '18") or a source's
    mismatched mark as an opening."""
    if "‘" not in words:
        return words  # most rows: no pattern run
    opened = words.rfind("‘")
    if not words[opened + 1 : opened + 2].isalpha() or _CLOSING_SINGLE.search(words, opened):
        return words
    return f"{words}’"


_CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?])’(?!\w)")


def closed(words: str) -> str:
    """A row's words with a quotation they open and leave open closed (Markdown and HTML):
    the row ends before the comma that stood before the closing mark ("The law “is leading
    to ... States,” Shah said": `quote_marks.before_closing_comma`, raw validation 0-based
    19), or its article's paragraph ends with the quotation going on in the next (20's
    Page). The marks are counted whatever their kind: a writer may open with one and close
    with another ('act “in a manner ... afraid."': 102)."""
    words = closed_inside(words)
    marks = _MARKS.findall(words)
    if len(marks) % 2 == 0 or marks[-1] not in _CLOSING:
        return words
    return f"{words}{_CLOSING[marks[-1]]}"


_MARKS = re.compile(r'[“”"]|``|\'\'')
_CLOSING = {"“": "”", '"': '"', TEX_OPEN: TEX_CLOSE}
"""The mark that closes a quotation the last mark of a row's words opens."""


Said = tuple[Quote, list[Sentence]]


def by_speaker(
    quotes: Iterable[Quote], reports: Mapping[str, int] | None = None
) -> dict[str, list[Said]]:
    """Each speaker's words once each, speakers in order of their first quotation
    (Markdown and HTML): listed as found, one speaker's words lay scattered among others'
    (the seeds' Emmanuel Macron on lines 4, 5, 7, 18 and 19 of 38)."""
    said: dict[str, list[Said]] = {}
    for quote, sentences in said_once(shown_rows(quotes), reports):
        said.setdefault(quote.speaker, []).append((quote, sentences))
    return said
