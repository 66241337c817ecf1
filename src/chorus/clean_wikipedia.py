"""A Wikipedia page's own lines, looked for only on a page opening with Wikipedia's heading
("From Wikipedia, the free encyclopedia", raw validation 106 and 158 by index): the heading,
its sections' headings ("History [ edit ]", "References [ edit ]"), a picture's caption and
the closing pointer to its pictures ("Media related to Kiruna Church at Wikimedia Commons").
As line rules tried on every page's lines they made the line rules' search 11% slower under a
profile (raw Multi-News) and found nothing on other pages.
"""

from __future__ import annotations

import re

WIKIPEDIA_HEADING = "From Wikipedia, the free encyclopedia"
EDIT_MARK = "[ edit ]"
SECTION_HEADING = re.compile(r"^[^.!?]{1,80} \[ edit \]$")
"""A section's heading closed by the link to edit it, "History [ edit ]": also what tells an
encyclopedia's page copied without its heading (analyze/relevance_page.encyclopedia_page)."""

_LINES = (
    ("site heading", re.compile(rf"^{WIKIPEDIA_HEADING}$")),
    ("section heading", SECTION_HEADING),
    ("navigation", re.compile(r"^Media related to .{1,100} at Wikimedia Commons$")),
    # A picture's caption left where the picture stood ("Interior of the church.", raw 158):
    # an article's paragraph is longer.
    ("photo caption", re.compile(r"^(?=(?:\S+ ){0,5}\S+$)[A-Z][^.!?]{0,60}\.$")),
)


def wikipedia_furniture(stripped: str) -> tuple[str, re.Match[str]] | None:
    """The reason a stripped line of a Wikipedia page is furniture, and its match (None when
    it is the article's)."""
    for reason, pattern in _LINES:
        if match := pattern.match(stripped):
            return reason, match
    return None
