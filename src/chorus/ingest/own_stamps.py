"""The agency a page's own layout credits with its story, for `ingest.own_lines`: the name
heading the date stamp at its top, and AP's captions cut short over its credit. Both are
how a site prints a story it did not write (an agency's) or did (People's Daily Online's
own stamp), never how it cites another outlet in its text ("told the Associated Press",
"Al Jazeera reported"), which names no source."""

from __future__ import annotations

import re

from chorus.ingest.bylines import DATED_BYLINE

AGENCIES = {"AP": "The Associated Press", "Reuters": "Reuters", "CNN": "CNN", "AFP": "AFP"}
"""The agencies (and CNN) a dateline names, by the name it writes, as sources are named."""
_SPELLED_OUT = {"Associated Press": "AP", "The Associated Press": "AP"}
KIND_WORDS = frozenset({"update", "updated", "video", "photos", "watch", "live", "exclusive"})
"""Bracketed words that mark a story's kind, not who wrote it."""
_BRACKETED_NAME = re.compile(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}")
_AP_CREDIT = "... (Associated Press)"
_CUT_CAPTION = re.compile(r"\S\.\.\. \((?P<name>Associated Press)\)$")
"""A caption cut short over AP's bare credit, "… McCain defended his proposed immigration
overhaul to an angry crowd in suburban... (Associated Press)" (raw 182 [1]): AP's own story
as the sites hosting its feed show it. Raw's 31 pages with such a caption are each an AP
story (25 of them datelined "(AP)" or credited to AP's writers under its rule line; 24
[1], 76 [0], 78 [1], 182 [1], 199 [1] and 237 [0] read as AP stories: AP's writers, style
and captions alone); of Multi-News+'s 6,938 such pages, none shows another outlet's credit.
A whole caption credited "(The Associated Press)" (249 [3], the Washington Post's own
story), "(AP Photo/Reed Saxon)" or "… via Associated Press" names whose picture it is."""


def stamped_by(line: str) -> re.Match[str] | None:
    """`line` as a date stamp headed by an agency's name, "Associated Press Tue Feb 19,
    2013 7:44 PM" (raw 182 [0], azcentral.com's layout for AP's story; Multi-News+ holds two
    more), or by a bracketed name, "（People's Daily Online） 09:25, November 27, 2012" (raw
    71 [2]): the only two such lines among the first four of raw's and DUC's pages. Any
    other name heading a stamp may be the writer's, "Jane Doe Tue Feb 19, 2013", or the
    site's section: no source."""
    found = DATED_BYLINE.fullmatch(line)
    if found is None:
        return None
    head = (found["head"] or "").strip()
    bracketed = found["bracketed"] or ""
    if _SPELLED_OUT.get(head, head) in AGENCIES:
        return found
    if _BRACKETED_NAME.fullmatch(bracketed) and bracketed.lower() not in KIND_WORDS:
        return found
    return None


def stamp_outlet(found: re.Match[str]) -> str:
    """The outlet a date stamp `stamped_by` read names, as the sources list names it."""
    head = (found["head"] or "").strip()
    return AGENCIES[_SPELLED_OUT.get(head, head)] if head else found["bracketed"]


def cut_caption(line: str) -> re.Match[str] | None:
    """`line` as AP's caption cut short over its credit (`_CUT_CAPTION`); the credit's literal
    words looked for first."""
    return _CUT_CAPTION.search(line) if line.endswith(_AP_CREDIT) else None
