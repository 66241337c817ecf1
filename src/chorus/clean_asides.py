"""Lines of a page of several lines that only the page around them tells from its story: a
pull quote, the story's own quotation set on a line of its own with its speaker's name and
told again in the story (raw validation 108 by index: "“Pope Francis has been a powerful
voice for life …” Senator Ted Cruz"), or set without its marks, its speaker's credit closing
the line (raw 227 [1]: "The guy’s got a big case in front of the IRS. … Richard Painter,
chief White House ethics adviser under President George W. Bush"), and a press release's
description of its issuer under the heading naming it ("AMERICAN MUSEUM OF NATURAL HISTORY
(AMNH.ORG)" then "The American Museum of Natural History, founded in 1869, is one of …", raw
33; "About The Knot" then "The Knot is the nation's leading wedding resource …", raw 18), and
the section a release closes with under its last "About <name>" heading, to its contact block
or the page's end ("About Lieff Cabraser and Counsel" then the firm's offices and its counsel's
career, raw 142). `chorus.clean` asks about a line no rule removed.
"""

from __future__ import annotations

import re

PULL_QUOTE_REASON, ISSUER_REASON = "pull quote", "issuer's description"
ABOUT_REASON = "release's about section"
QUOTE_MARKS = '“"'
_CLOSING_MARKS = '”"'

# The quotation, then its speaker's name and title in capitalised words, nothing more: raw
# 135's reviews ('"A brilliant performance. …" Mirror') have this shape too, but are never
# told again, so they stay.
_PULL_QUOTE = re.compile(r"[“\"](?P<words>[^”\"]{20,})[”\"] [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}")
# Or the quotation alone, set by the page's layout with a space inside its marks: "“ I think
# you should find him and kick his ass, personally.”" (raw 228 [2], told again below). Not
# one written as the story writes its quotations: 212 [0]'s message, "“You have nothing to
# fear.”", on a line of its own and told again in its telling, is the story's.
_SPACED_QUOTE = re.compile(r"[“\"] (?P<words>[^”\"]{20,}?) ?[”\"]")
# The quotation's opening words found again in the story: a pull quote closes with a stop
# where the story's telling goes on ('… in America.” Senator Ted Cruz' against '… in
# America,” Cruz said.').
_TOLD_AGAIN = 60
# A pull quote without its marks: the quotation's sentences, then its speaker's credit, a run
# of words after the last sentence's end with no stop of its own. "Rep. Ted Poe" is cut
# there too: the credit is the last run, "Ted Poe (R-Texas), referring to …".
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”’\"][.?!]) (?=[A-Z“\"])")
_LONGEST_CREDIT = 20
# Five words of one of its sentences, after the first, found again inside a quotation of
# another line: the story's telling may put a bracket after the first word ("Bob (Mercer) has
# always been very good at leveraging his money"). A caption or teaser the story tells
# again in its own words (raw 32 [2], 240 [2]) is not found inside a quotation, and stays.
_TOLD_WORDS = 5
# A release's heading naming its issuer: "About <issuer>", or the issuer's name in capitals
# with its site in brackets after it.
_ISSUER_HEADING = re.compile(r"(?:About (?P<about>[^()]+)|(?P<capitals>[^()a-z]+))(?: \([^()]*\))?")
_ISSUER_HEADING_REASONS = frozenset({"subheading", "title-case line"})


def pull_quote(stripped: str, text: str) -> bool:
    """Whether the stripped line of the page `text`, opening on a quotation mark, is a pull
    quote told again in it."""
    if not (stripped[-1].isalpha() or stripped[-1] in _CLOSING_MARKS):
        return False
    found = _PULL_QUOTE.fullmatch(stripped) or _SPACED_QUOTE.fullmatch(stripped)
    if found is None:
        return False
    # Its closing stop left out: the story's telling may go on there ('personally,"').
    return text.count(found["words"].rstrip(".!?,")[:_TOLD_AGAIN]) > 1


def unmarked_pull_quote(stripped: str, text: str, start: int) -> bool:
    """Whether the stripped line of the page `text` at `start`, opening on a capital and
    closing on a letter or digit, is a pull quote without its marks: sentences the story
    quotes, then the speaker's credit (raw 227 [1], 103 [2])."""
    if ". " not in stripped and "? " not in stripped and "! " not in stripped:
        return False
    *quotation, credit = _SENTENCE_END.split(stripped)
    if not quotation or len(credit.split()) > _LONGEST_CREDIT:
        return False
    end = start + len(stripped)
    for sentence in quotation:
        words = sentence.split()
        if len(words) > _TOLD_WORDS and _quoted_elsewhere(
            " ".join(words[1 : _TOLD_WORDS + 1]), text, start, end
        ):
            return True
    return False


def _quoted_elsewhere(run: str, text: str, start: int, end: int) -> bool:
    """Whether `run` is found in `text` outside `start`..`end`, inside a quotation opened
    earlier on its line."""
    found = text.find(run)
    while found >= 0:
        if not start <= found < end:
            before = text[text.rfind("\n", 0, found) + 1 : found]
            if before.count("“") > before.count("”") or before.count('"') % 2:
                return True
        found = text.find(run, found + 1)
    return False


def issuer_named(stripped: str, reason: str) -> str:
    """The issuer a heading removed for `reason` names, lower-cased; "" for any other line."""
    if reason not in _ISSUER_HEADING_REASONS:
        return ""
    found = _ISSUER_HEADING.fullmatch(stripped)
    if found is None:
        return ""
    return (found["about"] or found["capitals"]).strip().lower()


def describes_its_issuer(stripped: str, issuer: str) -> bool:
    """Whether the stripped paragraph opens by describing `issuer`: "The Knot is …", "The
    American Museum of Natural History, founded in 1869, is …"."""
    opening = stripped.lower().removeprefix("the ")
    name = issuer.removeprefix("the ")
    return (
        opening.startswith(name)
        and opening[len(name) : len(name) + 4] in (" is ", ", fo")
        and stripped.endswith(".")
    )


# A release's closing section is a paragraph or two about its issuer and counsel (raw 142:
# 174 words); the story is told above it, so its heading stands past the page's middle.
_LONGEST_ABOUT_SECTION = 300
_ABOUT = "About "
_ABOUT_HEADING = re.compile(r"About [A-Z][^.?!:]{0,80}")
# The contact block a section runs to: "CONTACTS:", "Media Contact:" (raw 18).
_CONTACT_HEADING = re.compile(r"(?:[A-Za-z]+ )?contacts?:?", re.IGNORECASE)


def about_section_end(stripped: str, reason: str, text: str, line_end: int) -> int:
    """Where the release's closing section under the heading `stripped`, removed for `reason`
    and ending at `line_end` of the page `text`, ends: at its contact block's heading, else
    the page's end; 0 when the line opens no such section. Only the page's last "About"
    heading opens one: raw 18's "About The Knot 2014 Real Weddings Survey" tells the
    survey's method above "About The Knot", and stays."""
    if reason not in _ISSUER_HEADING_REASONS or not stripped.startswith(_ABOUT):
        return 0
    section, words, position = len(text), 0, line_end
    for line in text[line_end:].split("\n"):
        below = line.strip()
        if below.startswith(_ABOUT) and _ABOUT_HEADING.fullmatch(below):
            return 0
        if _CONTACT_HEADING.fullmatch(below):
            section = position
            break
        words += len(below.split())
        position += len(line) + 1
    if words > _LONGEST_ABOUT_SECTION or words >= len(text[:line_end].split()):
        return 0
    return section
