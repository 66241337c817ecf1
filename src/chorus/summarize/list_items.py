"""Entries of a list a page sets out, never summary lines (`ties`; docs/journal/summary.md,
"Summary a reader sees, seventieth pass"):

- a roster entry: people named with their ages and no verb of their own, the name phrase
  closing on a semicolon or the sentence ("Patrick Callahan, 21, Matthew Moll, 21, and Dylan
  Morose, 22, all of 51 Baxter Road, Mansfield; each charged with eight counts of ...", raw 8
  [2] under "Those charged were:"; "Patrick Callahan, 21, Mansfield, CT.", 8 [1]). Shown alone
  it reads as a fragment and names some of the people the list names;
- the paragraph right under a date header older than its article's day ("Aug. 3, 2017:" /
  '"Business is looking better than ever ... Stock market at an all-time high," Trump
  tweeted.', raw 19 [2], an article of 5 February 2018 listing Trump's boasts): the header is
  no sentence the summary shows, so the entry reads as told on the story's day. The day is
  the article's date, or when it has none its newest header's (a list's newest entry is
  its news, as a live blog's newest update is, `leaning.older_updates`);
- a list run on in its heading's sentence, one item a line: the heading closing on a colon
  and the lines under it opening in lower case ("Currently, DHS is working to upgrade
  biodetection technology with the intention of:" / "better addressing a wide range of
  bioterrorism threats;" / "providing real-time data ...; and" / "improving ...", raw 134
  [1]). A line closing on a colon is shown with the line after it (`dangling.introduces`),
  so the summary showed the heading and its first item as two lines, a colon and a
  fragment, the list cut (summary89).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

import numpy as np

from chorus.language.counts import MONTHS
from chorus.model import Sentence

_NAME_AGED = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*)+,\s+\d{1,3},"
_ROSTER = re.compile(
    r"(?:" + _NAME_AGED + r"\s+(?:and\s+)?)+"
    r"(?:(?:all\s+)?of\s+)?(?:[A-Z0-9][\w.'’-]*,?\s+)*(?:[A-Z0-9][\w.'’-]*)(?:;|\.\Z|,\s+[a-z]+ed\s)"
)
"""One or more names each with an age, then at most "all of" and capitalised words or
figures (an address, a town, a state), closing on a semicolon, the sentence, or a comma and a
participle with no "was" or "is" before it ("Jonathan Polansky, 22, of Sherman Street,
Beverly, Mass., charged with ...", 8 [2]): no finite verb; "Arnold Demoski, 26, of Nulato,
was arrested ..." (raw 196) has one."""
_MONTH_NUMBERS = {month[:3]: number for number, month in enumerate(MONTHS, start=1)}
_DATE_HEADER = re.compile(
    r"(?:(?P<month>" + "|".join(_MONTH_NUMBERS) + r")[a-z]*\.?\s+(?P<day>\d{1,2})[.,]\s+)?"
    r"(?P<year>(?:19|20)\d\d):\Z"
)
"""A line that is a date alone closing on a colon ("Aug. 3, 2017:", "Jan. 24. 2018:",
"2012:"): a dated list's header."""


def roster_item(text: str) -> bool:
    """Whether a sentence is a roster entry: names with ages and no verb (module docstring)."""
    return text[:1].isupper() and "," in text[:60] and _ROSTER.match(text) is not None


def _header_day(text: str) -> dt.date | None:
    if not text.endswith(":") or len(text) > 20:
        return None
    match = _DATE_HEADER.match(text)
    if match is None:
        return None
    year = int(match["year"])
    if match["month"] is None:
        return dt.date(year, 12, 31)
    try:
        return dt.date(year, _MONTH_NUMBERS[match["month"]], int(match["day"]))
    except ValueError:
        return None


def _new_paragraph(before: Sentence, sentence: Sentence) -> bool:
    return "\n" in sentence.article.text[before.end : sentence.start]


def older_dated_entries(sentences: Sequence[Sentence], article_starts: Sequence[int]) -> np.ndarray:
    """Per sentence: whether it is in the paragraph right under a date header older than its
    article's day (module docstring)."""
    older = np.zeros(len(sentences), dtype=bool)
    bounds = [*article_starts, len(sentences)]
    for start, end in itertools.pairwise(bounds):
        headers = {}
        for row in range(start, end):
            day = _header_day(sentences[row].text)
            if day is not None:
                headers[row] = day
        if not headers:
            continue
        today = sentences[start].article.published or max(headers.values())
        for header, day in headers.items():
            if day >= today:
                continue
            # the header's paragraph below it: up to the next line break
            row = header + 1
            while row < end and (
                row == header + 1 or not _new_paragraph(sentences[row - 1], sentences[row])
            ):
                older[row] = True
                row += 1
    return older


def run_on_list(texts: Sequence[str], article_starts: Sequence[int]) -> np.ndarray:
    """Per text: whether it is a heading closing on a colon above a line opening in lower
    case, or one of the lower-case lines running on under it (module docstring)."""
    marked = np.zeros(len(texts), dtype=bool)
    firsts = set(int(start) for start in article_starts)
    for row in range(len(texts) - 1):
        if not texts[row].endswith(":") or not texts[row + 1][:1].islower() or row + 1 in firsts:
            continue
        marked[row] = True
        item = row + 1
        while item < len(texts) and item not in firsts and texts[item][:1].islower():
            marked[item] = True
            item += 1
    return marked
