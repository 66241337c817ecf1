"""Lines that date what follows them, beside a post's heading of a weekday, month and day
(timeline_weekday):

- a list's heading, a month, day and year and a colon alone on its line ("Feb. 5, 2018:",
  "Jan. 24. 2018:" with its comma typed as a stop): the day of the item below it, against
  which that paragraph's relative dates are read ("didn't stop Trump from lauding the
  economy Monday", "hit another all-time high yesterday"). Its reach ends with the
  paragraph: what follows the list is told from the writer's own day, not the last item's
  ("plunging today," Trump tweeted on Nov. 7, 2012).
- a stamp writing a weekday, month, day and year ("Associated Press Tue Feb 19, 2013 7:44
  PM", "Sunday, July 31, 2011 21:39 EDT"), when the weekday is that day's: the day the
  article was written, against which its relative dates are read when no publication date
  says otherwise. A weekday that does not fit is no sign of whose day it is.
- a transcript's heading naming the day with its weekday ("Full transcript of President
  Obama's remarks on race and the Trayvon Martin case, Friday, July 19, 2013, in the White
  House press briefing room, as released by the White House:"): the day the words below it
  were said, whose "today" and "on Sunday" are read against it, as a stamp's article's are.
  The heading stays a row: it tells the remarks, their day and place (timeline_reader30).
"""

from __future__ import annotations

import datetime as dt
import re

from chorus.analyze.timeline_forms import MONTHS, DateMatch
from chorus.analyze.timeline_weekday import fixed_by_weekday, heading_day, post_heading
from chorus.model import Sentence

_MONTH_DAY_YEAR = r"([A-Z][a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?"
_LIST_HEADING = re.compile(rf"\s*{_MONTH_DAY_YEAR}[,.] ((?:19|20)\d\d)\s*:\s*")
_STAMP = re.compile(
    r"\s*(?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3} )?"  # an agency or a writer's page
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? "
    rf"{_MONTH_DAY_YEAR},? ((?:19|20)\d\d)"
    r"(?:,? (?:at )?\d{1,2}:\d\d(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?\s*"
)
_TRANSCRIPT = re.compile(r"(?:(?:Full|Complete|Partial) )?[Tt]ranscript\b")
_WEEKDAY_AND_DAY = re.compile(
    rf"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?, {_MONTH_DAY_YEAR},? ((?:19|20)\d\d)\b"
)
LONGEST = 60
"""A heading's or a stamp's longest line; post headings (timeline_weekday) are shorter."""
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(month: str, day: str, year: str) -> dt.date | None:
    if month[:3].lower() not in MONTHS:
        return None
    try:
        return dt.date(int(year), MONTHS.index(month[:3].lower()) + 1, int(day))
    except ValueError:
        return None


def list_heading(line: str) -> dt.date | None:
    """The day a list's heading ("Feb. 5, 2018:") names, None for any other line."""
    if len(line) >= LONGEST or (heading := _LIST_HEADING.fullmatch(line)) is None:
        return None
    return _day(*heading.groups())


def paragraph_after(text: str, end: int) -> int:
    """Where the paragraph after a heading ending at `end` ends: a list item's reach."""
    start = len(text) - len(text[end:].lstrip())
    stop = text.find("\n", start)
    return len(text) if stop < 0 else stop


def _on_its_weekday(weekday: str, month: str, day: str, year: str) -> dt.date | None:
    """The day named, when `weekday` is its own."""
    date = _day(month, day, year)
    return date if date is not None and _WEEKDAYS[date.weekday()] == weekday else None


def stamp_day(line: str) -> dt.date | None:
    """The day a stamp writing its weekday and year names ("Tue Feb 19, 2013 7:44 PM"),
    when the weekday is that day's."""
    if len(line) >= LONGEST or (stamp := _STAMP.fullmatch(line)) is None:
        return None
    return _on_its_weekday(*stamp.groups())


def transcript_day(line: str) -> dt.date | None:
    """The day a transcript's heading names with its weekday, when the weekday is that
    day's; None for any other line."""
    if _TRANSCRIPT.match(line) is None or (named := _WEEKDAY_AND_DAY.search(line)) is None:
        return None
    return _on_its_weekday(*named.groups())


def _post_day(sentence: Sentence, matches: list[DateMatch]) -> dt.date | None:
    """The day a post's heading (a line that is only a weekday, month and day) names: in an
    undated article when its weekday fixes the year, in a dated one when its weekday is that
    of the day on or before the publication date (timeline_weekday)."""
    words = sentence.article.text[matches[0].start : matches[-1].end]
    if (published := sentence.article.published) is not None:
        return heading_day(words, published)
    day = fixed_by_weekday(words, sentence.article.text)
    return day[0] if day is not None else None


Heading = tuple[dt.date | None, int]
"""The day a heading names (None when it names none surely) and where its reach ends."""


def heading_of(sentence: Sentence, paired: bool, matches: list[DateMatch]) -> Heading | None:
    """A line that dates what follows it (timeline_weekday, timeline_headings), None for
    any other: the day it names (None when it names none surely) and where its reach ends,
    a list item's paragraph or the article. A stamp dates an article no publication date
    dates later than it."""
    text, end = sentence.article.text, len(sentence.article.text)
    if paired and post_heading(sentence.text):
        return _post_day(sentence, matches), end
    if (day := list_heading(sentence.text)) is not None:
        return day, paragraph_after(text, sentence.end)
    return stamped(sentence, stamp_day(sentence.text), end)


def stamped(sentence: Sentence, day: dt.date | None, end: int) -> Heading | None:
    """A stamp's or a transcript's heading's day and its reach, the article's end, unless
    its publication date is earlier."""
    published = sentence.article.published
    if day is None or (published is not None and day > published):
        return None
    return day, end
