"""What one date expression names (split from timeline.py, which orders the dated rows):
a form that names its year read directly (timeline_forms.absolute), a relative one by
dateparser against its article's publication date or its post's heading, a range's end
with what its range names once (timeline_forms.words_naming); and whether a date is the
page's own or a picture's (timeline_page), no event's."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from chorus.analyze.model import Precision
from chorus.analyze.timeline_forms import DateMatch, absolute, words_naming
from chorus.analyze.timeline_page import is_page_date, of_a_picture
from chorus.model import Sentence

_SETTINGS = {"PREFER_DATES_FROM": "current_period", "REQUIRE_PARTS": []}
_PERIODS: dict[str, Precision] = {"day": "day", "week": "day", "month": "month", "year": "year"}


@functools.lru_cache(maxsize=256)
def _parser(base: dt.date) -> Any:
    """One dateparser per base date: building one costs more than parsing with it.
    dateparser is imported here, so a briefing without the analysis never loads it."""
    from dateparser.date import DateDataParser

    relative_base = dt.datetime.combine(base, dt.time())
    return DateDataParser(languages=["en"], settings={**_SETTINGS, "RELATIVE_BASE": relative_base})


@functools.lru_cache(maxsize=4096)
def resolve(expression: str, base: dt.date | None) -> tuple[dt.date, Precision] | None:
    """The date an expression names, or None when it cannot be read. Relative forms are
    resolved by dateparser against `base` (the publication date); absolute ones directly."""
    if base is None:
        return absolute(expression)
    try:
        data = _parser(base).get_date_data(expression.rstrip("."))
    except OverflowError:  # a base at the calendar's edge (year 1 or 9999) from metadata
        return None
    if data.date_obj is None or data.period not in _PERIODS:
        return None
    return data.date_obj.date(), _PERIODS[data.period]


def page_date(sentence: Sentence, match: DateMatch) -> bool:
    """Whether a date is the page's own (timeline_page): the whole line, a caption's
    dateline or a "Published" stamp."""
    text = sentence.article.text  # sliced once each side, not through the sentence's text
    before, after = text[sentence.start : match.start], text[match.end : sentence.end]
    return is_page_date(before, after, match.form)


def picture_date(sentence: Sentence, match: DateMatch) -> bool:
    """Whether a page's date is a picture's (timeline_page), no sign of when it was written."""
    text, offset = sentence.text, sentence.start
    return of_a_picture(text[: match.start - offset], text[match.end - offset :], match.form)


def read_date(
    sentence: Sentence, match: DateMatch, base: dt.date | None
) -> tuple[dt.date, Precision] | None:
    """The date an expression names, against `base` (its article's publication date, or
    its post's heading) if relative; a range's end read with what its range names once
    (timeline_forms.words_naming)."""
    words = words_naming(sentence.article.text, match)
    if words is None:
        return None
    return resolve(words, base if match.relative else None)
