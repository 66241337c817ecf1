"""Lines of a page of several lines that only the lines around them tell from its story: a
subheading between two paragraphs ("Failure of the system", "Police: story was all a lie",
raw validation 141 by index), a longer line there in title case (44's linked "Grateful Dead
Documentary in the Works With Martin Scorsese") and a writer's tagline closing the page
("Sarah Burns is the lead crime reporter.", 189). `chorus.clean` asks about a line no rule
removed, and cleans a page again without subheadings when it finds more than a story sets.
"""

from __future__ import annotations

import re

_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")
# A paragraph of prose: a sentence's stop closes it, and it is longer than any heading.
_FEWEST_PARAGRAPH_WORDS = 8


def paragraph(line: str) -> bool:
    """Whether the stripped line is a paragraph of prose (its words counted by the spaces
    between them: splitting the line costs more than the rest of the test)."""
    return line.endswith(_SENTENCE_ENDS) and line.count(" ") >= _FEWEST_PARAGRAPH_WORDS - 1


# A subheading is a line of a few words opening with a capital or a quotation mark and closing
# with a letter, no stop after it. A question may be an interviewer's ("Has this affected
# you?", raw 37), a digit a date heading the timeline reads ("Sunday, November 6", 166) or a
# list's item ("11. “Holy Ground”", 201), a comma a name and what it makes ("Kate Hudson,
# Fabletics", 199, whose paragraph names her only as "The "Almost Famous" actress"), and a
# dash a line of dialogue ('"Yeah -"', 210): all kept.
_SUBHEADING = re.compile(r"[A-Z\"“‘'][^\d,?]*[^\W\d_][\"”’')]?")
_MOST_SUBHEADING_WORDS = 6
MOST_SUBHEADING_CHARACTERS = 60
_CLOSING_MARKS = "\"”’')"
# A news story sets a few subheadings. A page with more between its paragraphs is a guide or a
# listing whose short lines name what each paragraph tells of (raw 75's symptoms of Williams
# syndrome, 171's sections, 205's entries of a live blog): left whole. With them removed too,
# chorus' summaries of raw validation lost 0.047 R-1 and 0.048 R-2, most of it in 75, whose
# guide's sentences took the story's place.
_MOST_SUBHEADINGS = 6

# A longer subheading, or another story's headline linked between two paragraphs (raw 44's
# "Grateful Dead Documentary in the Works With Martin Scorsese", 30's "STORY: Tony Scott Spent
# Final Days Working With Tom Cruise on 'Top Gun 2'"), is written in title case: every word
# opens with a capital but the few a title leaves small. A story's sentence never is. Kept: a
# line with quotation marks (21's 'Mobb Deep – “Shook Ones” (DJ Premier Remix)', a listing's
# item under its title), a list's number ("4. The Girls Were Both Students at Delphi Community
# Middle School", 153, the story's own item) and a comma (the names a caption gives, 23's
# "Presiding Judges Yitzhak Raveh, Benjamin Halevi, and Moshe Landau", or a date heading's).
_TITLE_SMALL_WORDS = (
    "a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|over|the|to|up|via|vs\\.?|with"
)
# What no title holds: those marks, or a word opening in lower case beyond the small ones.
_NOT_A_TITLE = re.compile(rf"[,\"“”?]| (?!(?:{_TITLE_SMALL_WORDS})(?: |$))[a-z]")
_FEWEST_TITLE_WORDS = 4
LONGEST_TITLE = 160

# A writer's tagline: "<Name> is the/a <beat> reporter/editor/...", a second writer's after a
# comma ("William Lee and Jeremy Gorner are reporters for the Tribune, Jae Miller is a
# reporter for WGN-TV", raw 53). A story sentence may say as much of someone it tells of
# ("... is a Washington Post reporter"), so the tagline must close the page: no paragraph
# after it.
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_ROLE = (
    r"(?:reporter|editor|writer|correspondent|columnist|producer|journalist|contributor"
    r"|critic|blogger)s?"
)
_IS_A_ROLE = (
    rf"(?:is|are) (?:the |a |an )?(?:[\w-]+ ){{0,4}}{_ROLE}"
    r"(?: (?:for|at|with|of|in) [^,.!?]{1,50})?"
)
_TAGLINE = re.compile(rf"{_NAME}(?: and {_NAME})? {_IS_A_ROLE}(?:, {_NAME} {_IS_A_ROLE})?\.?")
SUBHEADING_REASON, TITLE_REASON, TAGLINE_REASON = "subheading", "title-case line", "credit"

# A line longer than this is no tagline (53's two writers' is 96 characters). `chorus.clean`
# asks only about a line of a subheading's length, or of a tagline's with its verb: most
# lines are neither, and cost no call.
LONGEST_TAGLINE = 170


def _line_next_to(lines: list[str], index: int, step: int) -> str:
    """The first non-empty line from `index` on, going by `step`, stripped ("" when none)."""
    while 0 <= index < len(lines):
        if line := lines[index].strip():
            return line
        index += step
    return ""


def heading_end(line: str) -> bool:
    """Whether the stripped line closes as a heading does: on a letter or a closing mark."""
    return line[-1].isalpha() or line[-1] in _CLOSING_MARKS


def _short_heading(line: str) -> bool:
    return (
        len(line) <= MOST_SUBHEADING_CHARACTERS
        and _SUBHEADING.fullmatch(line) is not None
        and len(line.split()) <= _MOST_SUBHEADING_WORDS
    )


def _list_item(line: str) -> bool:
    """Whether the stripped line opens with a list's number ("4. The Girls Were ...")."""
    return line[:1].isdigit() and line.split(maxsplit=1)[0].endswith(".")


def _title(line: str) -> bool:
    return (
        not line[0].islower()
        and line.count(" ") >= _FEWEST_TITLE_WORDS - 1
        and _NOT_A_TITLE.search(line) is None
        and not _list_item(line)
    )


def title_line(line: str) -> bool:
    """Whether the stripped line may be a title-case line between paragraphs, its neighbours
    unread: of a longer line, `chorus.clean` asks `by_neighbours` only about these and
    taglines."""
    return len(line) <= LONGEST_TITLE and heading_end(line) and _title(line)


def _heading(line: str, lines: list[str], index: int) -> str | None:
    """Why the stripped line `lines[index]` is a heading between two paragraphs, or None."""
    if not heading_end(line):
        return None
    if _short_heading(line):
        why = SUBHEADING_REASON
    elif _title(line):
        why = TITLE_REASON
    else:
        return None
    before = _line_next_to(lines, index - 1, -1)
    # Under a list's numbered item, a title-case line is the item's own ("8. “We Are Never
    # Ever Getting Back Together”" / "Hidden Message: WHEN I STOPPED CARING WHAT YOU
    # THOUGHT", 201).
    if why == TITLE_REASON and _list_item(before):
        return None
    return why if paragraph(before) and paragraph(_line_next_to(lines, index + 1, 1)) else None


def _tagline(line: str, lines: list[str], index: int) -> bool:
    return _TAGLINE.fullmatch(line) is not None and not any(
        paragraph(later.strip()) for later in lines[index + 1 :]
    )


def by_neighbours(line: str, lines: list[str], index: int, subheadings: bool) -> str | None:
    """Why the stripped line `line`, `lines[index]` of a page split at its line breaks, is no
    story line, the lines around it read (subheadings only when `subheadings`), or None to
    keep it."""
    if subheadings and len(line) <= LONGEST_TITLE and (why := _heading(line, lines, index)):
        return why
    # Every tagline holds its verb: most lines asked hold neither and need no match.
    tagline = (" is " in line or " are " in line) and _tagline(line, lines, index)
    return TAGLINE_REASON if tagline else None


def too_many_subheadings(reasons: list[str]) -> bool:
    """Whether a page's removals (their `reasons`) hold more subheadings than a story sets."""
    headings = sum(reason in (SUBHEADING_REASON, TITLE_REASON) for reason in reasons)
    return headings > _MOST_SUBHEADINGS
