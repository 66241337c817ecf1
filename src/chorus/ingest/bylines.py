"""A page's date written only in its byline: "By Jane Doe | April 13, 2018", "Published on
May 3, 2015", "Friday, October 22, 2010" on a line of its own near the top. Read only when
the page's metadata gives no date; never from a list of other stories (their dates are
other stories')."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from chorus.ingest.record_dates import parse_date
from chorus.language.counts import MONTHS

if TYPE_CHECKING:
    from lxml.html import HtmlElement

OPENING_LINES = 4
"""Lines of the main text a dated byline may stand on: raw Multi-News pages put it on the
first three (after a headline, a byline, or a subscription notice)."""
_LONGEST_LINE = 160

_WEEKDAY = r"(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
_MONTH_NAMES = {n for month in MONTHS for n in (month, month[:3])} | {"Sept"}
# longest first, as an alternation tries its choices in order
_MONTH = rf"(?i:{'|'.join(sorted(_MONTH_NAMES, key=lambda n: (-len(n), n)))})\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?P<date>{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
_CLOCK = r"\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?"
_SEPARATOR = r"\s*[|/•·–—,]\s*"
_AUTHOR = rf"(?i:By)\s+(?!{_WEEKDAY}|{_MONTH}\s)[A-Z][^|/•·–—]{{1,80}}?{_SEPARATOR}"
""""By" and a capitalised name, and what follows it up to a separator ("By Staff Sgt.
Benjamin W. Stratton, 7th Air Force Public Affairs /"); not "By the time ..." nor "By
Tuesday, ..."."""
_OUTLET = (
    rf"(?:(?P<head>(?:[A-Z][\w'’&.-]*\s+){{1,4}})|[(（](?P<bracketed>[^()（）]{{1,40}})[)）]\s*)"
    rf"(?={_WEEKDAY}|{_CLOCK})"
)
"""An outlet's name before a date stamped with its weekday or clock time ("Associated
Press Tue Feb 19, 2013 7:44 PM", "（People's Daily Online） 09:25, November 27, 2012"): a
caption's words before its date are not all capitalised. Which names say who wrote the
story: `own_stamps`."""
_LABEL = (
    r"(?:(?i:(?:Published|Posted|Updated|Last updated)(?:\s+on)?:?\s+)"
    rf"(?:(?i:at)\s+{_CLOCK}\s+(?i:on)\s+)?)"
)
""""Published on", "Updated:", "Last updated at 6:04 PM on"."""
DATED_BYLINE = re.compile(
    rf"(?:{_AUTHOR}|{_OUTLET})?{_LABEL}?(?:{_WEEKDAY})?(?:{_CLOCK},?\s+)?{_DATE}"
    rf"(?:,?\s+(?:at\s+)?{_CLOCK})?\.?"
)
"""A whole line that is a byline with its date and nothing else: a caption ("... in Paris
April 22, 2015."), an embed ("A post shared by ... on Jun 20, 2017") or an archive's
"Crawl start date: 09 March, 2011" is not one."""

_BYLINE_ELEMENT = (
    "//*[contains(translate(@class, 'BYLINEDAT', 'bylinedat'), 'byline') or "
    "contains(translate(@class, 'BYLINEDAT', 'bylinedat'), 'dateline')]"
    "[not(ancestor::ul or ancestor::ol)]"
)
"""An element a page classes as its byline, outside any list (of other stories)."""


def byline_element(tree: HtmlElement) -> str | None:
    """The text of a page's first byline element: trafilatura leaves it out of the main
    text ("By EDITH M. LEDERER, April 10, 2018" in a `<p class="byline">`)."""
    found = tree.xpath(_BYLINE_ELEMENT)
    return found[0].text_content() if found else None


def byline_date(text: str, element: str | None) -> dt.date | None:
    """The date of the first dated byline: a line of its own among the main text's first
    `OPENING_LINES`, else the page's byline element."""
    for line in [*text.splitlines()[:OPENING_LINES], element or ""]:
        found = _dated(line)
        if found is not None:
            return found
    return None


def _dated(line: str) -> dt.date | None:
    line = " ".join(line.split())
    if len(line) > _LONGEST_LINE:
        return None
    found = DATED_BYLINE.fullmatch(line)
    if found is None:
        return None
    written = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", found["date"], flags=re.IGNORECASE)
    return parse_date(written.replace(".", ""))
