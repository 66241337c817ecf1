"""What cleaning takes out of a line rather than the whole line.

On a single-line document (Multi-News+ stores each article so) a line rule removes only the
text it matched, and the furniture the text opens with goes while the rest is cleaned as a
line of its own (`rule_removals`). On any page, a pointer to pictures or other in-line
furniture between two sentences goes, never cutting a sentence in two (`pointers`, by the
rules `in_line_furniture` finds on the page); on the first lines, a picture's caption glued
before the story (`glued_caption`); and an archive's notice opening the single-line page it
archived goes alone (`notice_before_a_page`). `chorus.clean` reads these line by line.
"""

from __future__ import annotations

import re

from chorus.clean_inline import LONGEST_NOTICE
from chorus.clean_match import FIRST_RULE_OF_A_LINE, WHOLE_PAGE_REASONS, furniture, rule_index
from chorus.clean_opening_captions import (
    CAPTION_BEFORE_A_PARAGRAPH,
    CAPTION_BEFORE_ITS_CREDIT,
    CAPTION_BEFORE_ITS_NAMED_CREDIT,
    GLUED_CAPTION,
)
from chorus.clean_pages import IN_LINE_FURNITURE, IN_LINE_POINTER, NOTICE_BEFORE_A_PAGE
from chorus.model import Removal, Span

# An opening of a single-line page is written whole, to the credit closing it: USA Today's
# "Close <teaser> <caption> ( photo: ... )" runs to 700 characters (42 of 157 in Multi-News+
# validation are over 400).
_LONGEST_OPENING = 700


def _removal(
    start: int, raw: str, found: tuple[str, re.Match[str]], whole_document: bool
) -> Removal | None:
    """What to remove of the line `raw` starting at `start`, furniture by `found`: all of it,
    or on a single-line document the part a caption or furniture rule matched (None when
    that is too long to be one, or when it sits inside the text and would cut a sentence:
    an e-mail address's domain, "... ( e-mail, lbazzano[@tulane.edu] ). ...")."""
    reason, match = found
    if not whole_document or reason in WHOLE_PAGE_REASONS:
        return Removal(Span(start, start + len(raw)), reason)
    longest = _LONGEST_OPENING if rule_index(match) < FIRST_RULE_OF_A_LINE else LONGEST_NOTICE
    if match.end() - match.start() > longest:
        return None
    stripped = match.string
    inside = match.start() > 0 and match.end() < len(stripped)
    if inside and not _between_sentences(stripped, match.start(), match.end()):
        return None
    offset = start + len(raw) - len(raw.lstrip())
    return Removal(Span(offset + match.start(), offset + match.end()), reason)


def rule_removals(
    start: int, raw: str, found: tuple[str, re.Match[str]], whole_document: bool
) -> list[Removal]:
    """What the rule `found` removes of the line `raw` starting at `start`; on a single-line
    document, furniture the text opens with goes and the rest is cleaned as a line of its own
    ("Please enable javascript to watch this video <story> ... contributed to this report.")."""
    removal = _removal(start, raw, found, whole_document)
    if removal is None:
        return []
    if not whole_document or removal.span.start != start + len(raw) - len(raw.lstrip()):
        return [removal]
    rest = raw[removal.span.end - start :]
    found_in_rest = furniture(rest.strip()) if rest.strip() else None
    if found_in_rest is None:
        return [removal]
    return [removal, *rule_removals(removal.span.end, rest, found_in_rest, whole_document)]


_POINTER_REASON, _POINTER = IN_LINE_POINTER[0], re.compile(IN_LINE_POINTER[1])
_IN_LINE_FURNITURE = tuple(
    (reason, literal, re.compile(pattern)) for reason, literal, pattern in IN_LINE_FURNITURE
)
# The in-line rules that match only at a line's start ("Email This ", "Updated | "), and a
# page's lines opening with one of their literals, found by one search from each line break
# (`re` finds "\n" as fast as one character): each literal searched for alone through the
# page cost 1 ms of the 100 that cleaning raw validation's 690 pages costs.
_AT_LINE_START = tuple(r for r in _IN_LINE_FURNITURE if r[2].pattern.startswith("^"))
_LINE_START_LITERALS = tuple(literal for _, literal, _ in _AT_LINE_START)
# Each rule told once whether it is one of them: a tuple's membership compared the rules.
_IN_LINE_AT_START = tuple((r, r in _AT_LINE_START) for r in _IN_LINE_FURNITURE)
_LINE_OPENING_LITERAL = re.compile(
    "\n(?:" + "|".join(re.escape(literal) for literal in _LINE_START_LITERALS) + ")"
)
_NOTICE_REASON, _NOTICE_BEFORE_A_PAGE = NOTICE_BEFORE_A_PAGE[0], re.compile(NOTICE_BEFORE_A_PAGE[1])
CAPTION_REASON, _GLUED_CAPTION = GLUED_CAPTION[0], re.compile(GLUED_CAPTION[1])
_CAPTION_BEFORE_A_PARAGRAPH = re.compile(CAPTION_BEFORE_A_PARAGRAPH)
_CAPTION_BEFORE_ITS_CREDIT = re.compile(CAPTION_BEFORE_ITS_CREDIT)
_CAPTION_BEFORE_ITS_NAMED_CREDIT = re.compile(CAPTION_BEFORE_ITS_NAMED_CREDIT)
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")
_SENTENCE_OPENERS = '"“‘(['


def glued_caption(raw: str, index: int, whole_document: bool) -> re.Match[str] | None:
    """A picture's caption glued before the story on the line `raw`, the page's line
    `index`: on its first line one closed by its credit (on a longer page, a person's and
    an institution's too), on a longer page's first lines one
    closed by its agency in brackets ("] " is in each) or one in a caption's present closed by
    its picture's place and day (", on " is in each)."""
    if index == 0 and (caption := _GLUED_CAPTION.match(raw)) is not None:
        return caption
    if whole_document:
        return None
    if (
        index == 0
        and "Credit: " in raw
        and (caption := _CAPTION_BEFORE_ITS_NAMED_CREDIT.match(raw)) is not None
    ):
        return caption
    if "] " in raw and (caption := _CAPTION_BEFORE_ITS_CREDIT.match(raw)) is not None:
        return caption
    return _CAPTION_BEFORE_A_PARAGRAPH.match(raw) if ", on " in raw else None


def _between_sentences(line: str, start: int, end: int) -> bool:
    """Whether `line[start:end]` has a sentence's end or the line's start before it, and a
    sentence's start or the line's end after it: taking it out cuts no sentence in two."""
    before, after = line[:start].rstrip(), line[end:].lstrip()
    return (not before or before.endswith(_SENTENCE_ENDS)) and (
        not after or after[0].isupper() or after[0] in _SENTENCE_OPENERS
    )


_InLine = list[tuple[str, str, re.Pattern[str]]]


def in_line_furniture(text: str, whole_document: bool) -> _InLine:
    """The rules of `IN_LINE_FURNITURE` whose literal the page holds: a longer page's, not
    looked for on a one-line page (searched there, it cost 2% of cleaning Multi-News+ and found
    nothing). Read once a page, not once a line, as most pages hold none of them; those
    matching at a line's start only on a page with a line opening on one of their literals."""
    if whole_document:
        return []
    opening = text.startswith(_LINE_START_LITERALS) or bool(_LINE_OPENING_LITERAL.search(text))
    return [r for r, at_start in _IN_LINE_AT_START if (opening if at_start else r[1] in text)]


def pointers(start: int, raw: str, in_line: _InLine) -> list[Removal]:
    """The pointers to pictures and the other furniture between the sentences of the line
    `raw` starting at `start`, by the rules `in_line` of its page's furniture."""
    found = []
    # Every pointer holds a colon and a bracket: `in` rejects most lines at once.
    if ":" in raw and ("[" in raw or "(" in raw):
        found = [(_POINTER_REASON, m) for m in _POINTER.finditer(raw)]
    for reason, literal, pattern in in_line:
        if literal in raw:
            found.extend((reason, m) for m in pattern.finditer(raw))
    if not found:
        return []
    return [
        Removal(Span(start + m.start(), start + m.end()), reason)
        for reason, m in sorted(found, key=lambda found: found[1].start())
        if _between_sentences(raw, m.start(), m.end())
    ]


def notice_before_a_page(text: str) -> Removal | None:
    """The archive's notice opening a single-line document `text` when the page's text
    follows it."""
    notice = _NOTICE_BEFORE_A_PAGE.match(text)
    if notice is None or not text[notice.end() :].strip():
        return None
    return Removal(Span(0, notice.end()), _NOTICE_REASON)
