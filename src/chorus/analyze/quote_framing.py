"""The writer's framing around quoted words: a name for a thing in quotation marks, not
words said ("what the FBI called “communiques”", `names_a_thing`); a quotation after the
writer's own words and a colon (`quoted_start`); and a connective
opening a reported statement ("But ...", `past_connective`). Split from `quote_clauses.py`.
"""

from __future__ import annotations

import re

from chorus.language.quote_marks import CLOSE, OPEN

_WHAT = re.compile(r"\bwhat\b")


_CALLED_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,4}called\s+$")
"""A name for a thing between a speech verb and the quotation: "He also recalled 1960s-era
riots by what he called “Negro” groups in Los Angeles." (multi_news-val-4378)."""


_OF_A_THING = re.compile(r"\bof\s+(?:an?|the)\s+$")
"""A picture or copy of a thing whose name is quoted ("a photo of an “...”"); a thing
described as quoted words stays the speaker's ("describes the sandwich as a "...""; 57)."""


def names_a_thing(text: str, match: re.Match[str]) -> bool:
    """ "what the FBI called “communiques”", "what the daily Corriere della Sera called ...",
    "recalled riots by what he called “Negro” groups", "she posted a photo of an “Expected
    Date of Confinement Wheel” on Facebook" (multi_news-val-2366): a name for a thing, not
    words the speaker said."""
    verb = match.groupdict().get("verb")
    if verb == "called":
        return _WHAT.search(text, max(0, match.start("who") - 40), match.start("who")) is not None
    if verb is None:
        return False
    if _OF_A_THING.search(text, match.end("verb"), match.start("text")) is not None:
        return True
    if text.find(" called ", match.end("verb"), match.start("text")) < 0:
        return False
    return _CALLED_BEFORE.search(text, match.end("verb"), match.start("text")) is not None


def _opened(text: str, start: int) -> bool:
    """Whether the words start right after an opening mark (a quotation's own)."""
    return start > 0 and text[start - 1] in OPEN


_COLON_QUOTATION = re.compile(r":\s+[“\"]")


def quoted_start(text: str, start: int, end: int) -> int:
    """Where a reported statement's quotation starts when the writer's words and a colon
    only frame it: "James ... said the same about the team he'd just vanquished and hinted
    at a sequel: "This won't be the last time ..."" (multi_news-val-5555); else `start`."""
    if _opened(text, start) or end <= start or text[end - 1] not in CLOSE:
        return start
    colon = _COLON_QUOTATION.search(text, start, end)
    if colon is None or any(mark in text[start : colon.start()] for mark in OPEN + CLOSE):
        return start
    return colon.end() - 1


_CONNECTIVE = re.compile(r"(?:But|And|Yet|So)\s+(?=[A-Z])")


def past_connective(text: str, start: int, end: int) -> int:
    """Where a reported statement starts past the writer's connective: "But Ms. Stinson,
    21, later admitted ..., the police said" (multi_news-val-2067) is "Ms. Stinson, ...";
    a quotation's own "“But ...”" stays."""
    if _opened(text, start):
        return start
    connective = _CONNECTIVE.match(text, start, end)
    return start if connective is None else connective.end()
