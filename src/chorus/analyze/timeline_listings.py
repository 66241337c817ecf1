"""A listing's lines are no events of the story. Billboard's recap under its story of
Rihanna's 20th No. 1 on a chart (raw 82 [1]) prints one line a song, a title and the day it
reached No. 1 ('"SOS," May 13, 2006', '"Umbrella" (featuring Jay-Z), July 7, 2007 (two weeks
at No. 1)'): read a row each, they made 20 of the timeline's 27 rows, and told twice the two
days the story's sentences tell. A run of lines each only a title, perhaps a bracket, and a
date closing it, with no stop, is a list: its dates are left out, and the note names them,
but for the line of the item the story is of, whose title the story names most ('"Right Now"
(featuring David Guetta), Aug. 17, 2013': the day the song of the story reached No. 1).

A line with a verb is no list line ("... — Russell Simmons (@UncleRUSH) June 20, 2017", a
tweet: words before its date), and neither is a line alone: the run asks `_FEWEST_LINES`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.model import TimelineEntry
from chorus.analyze.timeline_form_patterns import MONTH, YEAR

_SET_APART = re.compile(r'"[^"\n]*"|“[^”\n]*”|\([^()\n]*\)')
"""A title in quotation marks, or words in brackets ("(featuring Jay-Z)")."""
_DATE_CLOSING = re.compile(
    rf"(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? |\d{{1,2}} {MONTH},? |{MONTH},? )?{YEAR}[\W]*$"
)
"""A date closing what a line writes outside its titles and brackets."""
_STOPS = (".", "!", "?")
_LONGEST = 160
"""Characters of the longest list line: a title and a date are short, and a long line no
stop closes (a heading, a caption) is spared the patterns."""
_CLOSING_MARKS = "\"”’')]"
_WORD = re.compile(r"\w+")
_TITLE = re.compile(r'"([^"\n]+?),?"|“([^”\n]+?),?”')
"""A list line's title, in quotation marks, without the comma the list writes inside them."""
_FEWEST_MENTIONS = 2
"""Times the story names a list line's title outside the list for the line to be its own
item's: once is a passing mention, not the story."""
_MOST_WORDS_BESIDE = 3
"""Words a list line writes outside its titles, brackets and date ("Crawl start date:"): a
sentence's clause writes more."""
_FEWEST_LINES = 3
"""Lines in a row that make a list: two are a page's pair of stamps (raw 99's "Crawl start
date: ..." and "Crawl end date: ...")."""


def listed_apart(
    entries: Sequence[TimelineEntry], texts: Sequence[str]
) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """The rows whose dates stand in no list's lines, with the line of a list's item the
    story tells of (`_the_story_s_item`), and the rows of the other lines."""
    kept: list[TimelineEntry] = []
    runs: dict[tuple[str, int, int], list[TimelineEntry]] = {}
    for entry in entries:
        text = entry.sentence.article.text
        run = _run_around(text, entry.expression.start)
        if run is None:
            kept.append(entry)
        else:
            runs.setdefault((entry.sentence.article.id, *run), []).append(entry)
    listed: list[TimelineEntry] = []
    for (_, start, end), rows in runs.items():
        own = _the_story_s_item(rows, texts, rows[0].sentence.article.text[start:end])
        kept += [own] if own is not None else []
        listed += [e for e in rows if e is not own]
    return kept, listed


def _the_story_s_item(
    rows: Sequence[TimelineEntry], texts: Sequence[str], run: str
) -> TimelineEntry | None:
    """The row of the list line whose title the cluster's `texts` name most often outside
    the list, `_FEWEST_MENTIONS` times or more and more than any other line's: the story's
    own item (raw 82: "Right Now", the 20th No. 1 the story is of, named seven times; "Where
    Have You Been" twice), else None."""
    named = []
    for entry in rows:
        title = _TITLE.search(
            entry.sentence.article.text,
            *_line_around(entry.sentence.article.text, entry.expression.start),
        )
        words = title.group(1) or title.group(2) if title is not None else None
        count = sum(t.count(words) for t in texts) - run.count(words) if words else 0
        named.append((count, entry))
    named.sort(key=lambda pair: pair[0], reverse=True)
    most = named[0][0]
    if most < _FEWEST_MENTIONS or (len(named) > 1 and named[1][0] == most):
        return None
    return named[0][1]


def _run_around(text: str, at: int) -> tuple[int, int] | None:
    """Where the run of list lines holding `at` starts and ends, when the line holding `at`
    is a list line in a run of `_FEWEST_LINES` or more."""
    start, end = _line_around(text, at)
    if not _is_list_line(text[start:end]):
        return None
    run = 1
    while (line := _line_before(text, start)) is not None and _is_list_line(
        text[line[0] : line[1]]
    ):
        run, start = run + 1, line[0]
    while (line := _line_after(text, end)) is not None and _is_list_line(text[line[0] : line[1]]):
        run, end = run + 1, line[1]
    return (start, end) if run >= _FEWEST_LINES else None


def _is_list_line(line: str) -> bool:
    """A title, perhaps a bracket, and a date closing the line, with no stop: a list's line
    ('"Pon De Replay," Oct. 8, 2005'), not a sentence's."""
    line = line.strip()
    # Most lines are a paragraph's sentences, closed by a stop: told apart by their last
    # characters, before any pattern reads the line.
    if not line or len(line) > _LONGEST or line.rstrip(_CLOSING_MARKS)[-1:] in _STOPS:
        return False
    outside = _SET_APART.sub(" ", line)
    date = _DATE_CLOSING.search(outside)
    if date is None or any(stop in outside[: date.start()] for stop in _STOPS):
        return False  # a sentence's stop before its date: a post's words ("RIP Prodigy. — ...")
    return len(_WORD.findall(outside, 0, date.start())) <= _MOST_WORDS_BESIDE


def _line_around(text: str, at: int) -> tuple[int, int]:
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _line_before(text: str, start: int) -> tuple[int, int] | None:
    """The nearest line before the one opening at `start` that writes anything."""
    end = len(text[:start].rstrip())
    return _line_around(text, end - 1) if end > 0 else None


def _line_after(text: str, end: int) -> tuple[int, int] | None:
    """The nearest line after the one closing at `end` that writes anything."""
    rest = text[end:]
    start = end + len(rest) - len(rest.lstrip())
    return _line_around(text, start) if start < len(text) else None
