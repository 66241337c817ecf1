"""A page that is no news saying what it is, for `ingest.own_lines`, which reads it after
every other rule: a fundraiser's own words about itself ("This GoFundMe page is organized
by two of Thomas and Dina's close family members.", raw 122 [2]). The site that hosts it
is its outlet, and the sources list says what kind of page it is (`PAGE_KINDS`): a reader
weighs a family's appeal apart from a newsroom's report, and a party's press release sent
by a wire (`own_lines`' release dateline) apart from an outlet's story."""

from __future__ import annotations

import re

FUNDRAISING_SITE = "GoFundMe"
RELEASE_WIRE = "Business Wire"
RELEASE_NEWSWIRE = "PR Newswire"
PRESS_RELEASE = "press release"
PAGE_KINDS = {
    FUNDRAISING_SITE: "fundraising page",
    RELEASE_WIRE: PRESS_RELEASE,
    RELEASE_NEWSWIRE: PRESS_RELEASE,
}
"""What a source is when its outlet hosts pages of one kind, as the sources list and the
JSON's `kind` say it (`page_kinds.page_kind` reads the kinds a page's text tells)."""

_GOFUNDME = r"(?:GoFundMe|Go ?Fund ?Me)"
_FUNDRAISER = re.compile(
    rf"\b(?:start(?:ed|ing)?|set(?:ting)? up|created?) this {_GOFUNDME}\b"
    rf"|\bThis {_GOFUNDME}(?: page| campaign| account)? (?:is|was|has|will)\b"
)
"""A fundraiser speaking of itself, "This GoFundMe page is organized by …" (raw 122 [2]),
"… to get approval for starting this Go Fund Me." (raw 100 [1]); a report's "A GoFundMe
page has been set up …", "according to the GoFundMe page" or "donations to be sent to this
gofundme" (an obituary, Multi-News+ train) names another page, not its own. Of Multi-News+'s
22 document lines saying "this GoFundMe" (lower-cased: read case-blind, for judging only),
the 15 this reads are each the fundraiser's own page."""
_QUOTE_MARKS = re.compile(r"[\"“”]")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")


def fundraiser(line: str) -> re.Match[str] | None:
    """The fundraiser's words about itself on `line`, outside any quotation: a report
    quoting a page ('"We started this GoFundMe …," she wrote') names no page of its own."""
    found = _FUNDRAISER.search(line)
    if found is None:
        return None
    stops = [stop.end() for stop in _SENTENCE_STOP.finditer(line)]
    start = max((end for end in stops if end <= found.start()), default=0)
    end = min((end for end in stops if end > found.end()), default=len(line))
    return None if _QUOTE_MARKS.search(line, start, end) else found
