"""Lines of a page of several lines that only the lines around them tell from its story: a
subheading between two paragraphs ("Failure of the system", "Police: story was all a lie",
raw validation 141 by index), a longer line there in title case (44's linked "Grateful Dead
Documentary in the Works With Martin Scorsese"), a table's row above counting as a paragraph
(197 [1]'s "2017 Federal Poverty Guidelines"), and a writer's tagline closing the page
("Sarah Burns is the lead crime reporter.", 189). `chorus.clean` asks about a line no rule
removed, and cleans a page again without subheadings when it finds more than a story sets.
Last, it takes out the crossheads glued before their paragraphs: those in capitals glued after
a stop on any page, the others on a page that sets crossheads.
"""

from __future__ import annotations

import re

from chorus.clean_tables import may_be_a_row, table_row
from chorus.model import Removal, Span

_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")
# A paragraph of prose: a sentence's stop closes it, and it is longer than any heading.
_FEWEST_PARAGRAPH_WORDS = 8


def paragraph(line: str) -> bool:
    """Whether the stripped line is a paragraph of prose (its words counted by the spaces
    between them: splitting the line costs more than the rest of the test)."""
    return line.endswith(_SENTENCE_ENDS) and line.count(" ") >= _FEWEST_PARAGRAPH_WORDS - 1


def _sentence_above(line: str) -> bool:
    """Whether the stripped line above a heading closes on a sentence's stop, its closing
    quotation mark after it: a short paragraph bounds a subheading as a longer one does.
    BBC's "Losing hope" under the last paragraph of Zuckerberg's quotation, '"Now that vision
    is becoming more controversial."' (raw validation 26 [2] by index, seven words; kept, it
    was a summary line between two of his quotations), and 88 [2]'s "Google Cloud on Mars"
    under "Someone please actually make this.". A list's item above closes on no stop ('2.
    “Red”' over "Hidden Message: SAG", 201 [1]), and its heading stays the item's."""
    return line.rstrip("\"”’'")[-1:] in (".", "!", "?")


# A subheading is a line of a few words opening with a capital or a quotation mark and closing
# with a letter, no stop after it. A question may be an interviewer's ("Has this affected
# you?", raw 37), a digit a date heading the timeline reads ("Sunday, November 6", 166) or a
# list's item ("11. “Holy Ground”", 201), a comma a name and what it makes ("Kate Hudson,
# Fabletics", 199, whose paragraph names her only as "The "Almost Famous" actress"), and a
# dash a line of dialogue ('"Yeah -"', 210): all kept.
_SUBHEADING = re.compile(r"[A-Z\"“‘'][^\d,?]*[^\W\d_][\"”’')]?")
_MOST_SUBHEADING_WORDS = 6
# A subheading of seven to ten words in the same characters may hold a comma ("In law, with
# great power must come great responsibility", raw 188 [0]; "A mystery, and no answer in
# sight", 157 [1]): past six words no date heading nor a name and what it makes. No quotation
# mark: a line of dialogue that lost its stop ('Weiner nodded at me to introduce myself, "Hi,
# I'm Olivia"', 210 [1]) is the story's.
_LONGER_SUBHEADING = re.compile(r"[A-Z][^\d?\"“”‘]*[^\W\d_]")
_MOST_LONGER_SUBHEADING_WORDS = 10
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
# Not counted with the subheadings: a page glues a few, whatever it sets on their own lines
# (176 [1] sets six and glues one).
CROSSHEAD_REASON = "crosshead"

# A line longer than this is no tagline (53's two writers' is 96 characters). `chorus.clean`
# asks only about a line of a subheading's length, or of a tagline's with its verb: most
# lines are neither, and cost no call.
LONGEST_TAGLINE = 170


# A crosshead glued before the paragraph it heads, its line break lost: "... told him that it
# "must stop immediately”. UN, Arab League meetings The UN Security Council will hold ...", and
# at a line's start "Fighter pilots claim asylum Reuters reported that two Libyan fighter jets
# ..." (raw validation 176 by index). Its shape: two to five words after a sentence's end or a
# line's start, none a word a sentence's opening is made of (an article, a preposition, a
# pronoun, a verb of saying), then a sentence opening on "The <Name> <verb>" or on "Reuters
# reported". A sentence's own "told The Washington Post" or "business The Honest Company five
# years ago" (199) has such a word or no verb after the name; raw's 22,902 lines hold these two.
_OPENING_WORDS = (
    "the|a|an|of|to|in|on|at|for|with|by|from|as|and|or|but|nor|told|said|says|say|tell|tells"
    "|is|are|was|were|be|been|has|have|had|he|she|it|they|we|i|you|that|this|these|those|his"
    "|her|their|its|our|my|your|who|which|what|when|where|while|if|than|then|so|not|no|also"
    "|just|all|more|most|about|after|before|into|over|under|up|down|out|off"
)
_CROSSHEAD_WORD = rf"(?!(?i:{_OPENING_WORDS})\b)[A-Za-z][\w'’-]*"
_CROSSHEAD_AT_END = re.compile(
    rf"(?:^|(?<=[.!?] )|(?<=[.!?][\"”] ))(?=[A-Z]){_CROSSHEAD_WORD}(?:,? {_CROSSHEAD_WORD}){{1,4}}$"
)
_GLUED_SENTENCE = re.compile(
    r"The(?: [A-Z][\w'’-]*){1,4} (?:will|would|has|have|had|is|are|was|were|said|says|[a-z]+ed)\b"
    r"|Reuters reported\b"
)
# Searched for with `str.find`, which is faster through a page than any pattern.
_GLUED_SENTENCE_OPENINGS = (" The ", " Reuters reported ")
# A crosshead of five words and its sentence's stop before it fit in this many characters.
_LONGEST_CROSSHEAD = 80


def _glued_crossheads(text: str) -> list[tuple[int, int]]:
    """Where the crossheads glued before a sentence of the page `text` start and end."""
    found = []
    for opening in _GLUED_SENTENCE_OPENINGS:
        at = text.find(opening)
        while at > 0:
            if text[at - 1].islower() and _GLUED_SENTENCE.match(text, at + 1):
                line_start = text.rfind("\n", 0, at) + 1
                window_start = max(line_start, at - _LONGEST_CROSSHEAD)
                crosshead = _CROSSHEAD_AT_END.search(text[window_start:at])
                # The window's start is a line's only where the line starts.
                if crosshead and (crosshead.start() > 0 or window_start == line_start):
                    found.append((window_start + crosshead.start(), at + 1))
            at = text.find(opening, at + 1)
    return found


# A section heading in capitals glued before its paragraph, the line breaks around it lost:
# "... in Peninsular Malaysia.CONSERVATION OF THE BLACK LEOPARDWe still do not know ...",
# "... may reign long.AN INTERVIEW WITH LAURIE HEDGES AND GOPALASAMY REUBEN CLEMENTSThe term
# ..." (mongabay's interview, raw validation 186 [1]; one was a summary sentence). Its shape:
# two or more words in capitals glued after a sentence's full stop (its quotation's close
# allowed), the last glued to the capitalised word of the sentence it heads. One word in
# capitals so glued is a name or a link ("CNNMoney", "NBCUniversal", all of raw and DUC); these
# two are raw's and DUC's only runs of two. Looked for on every page: opening on the stop,
# the search costs 3 ms over raw and DUC (1% of cleaning them).
_GLUED_CAPITALS_HEADING = re.compile(
    r"\.[\"”’]?((?:[A-Z][A-Z'’&-]* )+[A-Z][A-Z'’-]*[A-Z])(?=[A-Z][a-z])"
)


def _glued_capital_headings(text: str) -> list[tuple[int, int]]:
    """Where the headings in capitals glued before a sentence of the page `text` start and
    end."""
    return [found.span(1) for found in _GLUED_CAPITALS_HEADING.finditer(text)]


# A page shows it sets crossheads by one on a line of its own, or its markup flattened by
# furniture glued inside a line (176 [0]'s "LIVE BLOG"): only there are glued ones looked for
# (searched on every page, they cost 4% of cleaning raw validation).
_HEADING_REASONS = frozenset((SUBHEADING_REASON, TITLE_REASON))


def _sets_crossheads(text: str, removed: list[Removal]) -> bool:
    return any(
        r.reason in _HEADING_REASONS or text[r.span.end : r.span.end + 1] not in ("\n", "")
        for r in removed
    )


def without_crossheads(
    text: str, kept: list[Span], removed: list[Removal]
) -> tuple[list[Span], list[Removal]]:
    """The page's `kept` spans and its `removed` with the crossheads glued in a kept span
    (those in capitals looked for on every page, the others on a page that sets crossheads
    only)."""
    found = _glued_capital_headings(text)
    if _sets_crossheads(text, removed):
        found.extend(_glued_crossheads(text))
    glued = [
        Removal(Span(head, end), CROSSHEAD_REASON)
        for head, end in found
        if any(s.start <= head and end <= s.end for s in kept)
    ]
    if not glued:
        return kept, removed
    for crosshead in glued:
        head, end = crosshead.span.start, crosshead.span.end
        kept = [
            piece
            for s in kept
            for piece in (
                (Span(s.start, head), Span(end, s.end)) if s.start <= head < s.end else (s,)
            )
        ]
    return kept, sorted([*removed, *glued], key=lambda r: r.span.start)


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


def _longer_heading(line: str) -> bool:
    return (
        len(line) <= MOST_SUBHEADING_CHARACTERS
        and _MOST_SUBHEADING_WORDS < len(line.split()) <= _MOST_LONGER_SUBHEADING_WORDS
        and _LONGER_SUBHEADING.fullmatch(line) is not None
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


def _shape(line: str) -> str | None:
    """Why the stripped line is shaped as a heading (a subheading, a title-case line), or
    None."""
    if not heading_end(line):
        return None
    if _short_heading(line):
        return SUBHEADING_REASON
    if _title(line):
        return TITLE_REASON
    return SUBHEADING_REASON if _longer_heading(line) else None


def _row_above(line: str) -> bool:
    """Whether the stripped line above a heading is a table's row, which bounds it as a
    paragraph does (raw 197 [1]'s "2017 Federal Poverty Guidelines" under the 2018 table's
    last row). Above a row, a heading is the table's own (`chorus.clean_tables`)."""
    return bool(line) and may_be_a_row(line) and table_row(line)


def _dated_title(line: str) -> bool:
    """Whether the stripped line is a title closing on its year, as a law's or a report's
    does ("Misuse of Drugs (Amendment) Bill 2015"): a heading only beside another. Read
    by its characters, not by a pattern searched on every short line."""
    year = line[-5:]
    return year[0] == " " and year[1:3] in ("19", "20") and year[3:].isdigit() and _title(line)


def _line_index(lines: list[str], index: int, step: int) -> int:
    """The index of the first non-empty line from `index` on, going by `step` (-1 or
    `len(lines)` when none)."""
    while 0 <= index < len(lines) and not lines[index].strip():
        index += step
    return index


def _beside_another(lines: list[str], index: int, step: int, other: str) -> bool:
    """Whether the heading `lines[index]`, a paragraph on its other side, has another
    heading (or a dated title), the stripped line `other`, by `step`, then a paragraph: two
    headings set together between paragraphs (raw validation 202 [1]'s links, "Stanislav
    Bederev Judgment" / "Misuse of Drugs (Amendment) Bill 2015")."""
    if not other or (_shape(other) is None and not _dated_title(other)):
        return False
    beyond = _line_index(lines, index + step, step) + step
    return paragraph(_line_next_to(lines, beyond, step))


def _heading(line: str, lines: list[str], index: int) -> str | None:
    """Why the stripped line `lines[index]` is a heading between two paragraphs, or one of two
    set together there, or None."""
    why = _shape(line)
    # Most lines close on no digit: no call for them.
    dated = why is None and line[-1].isdigit() and _dated_title(line)
    if dated:
        why = TITLE_REASON
    if why is None:
        return None
    before = _line_next_to(lines, index - 1, -1)
    # Under a list's numbered item, a title-case line is the item's own ("8. “We Are Never
    # Ever Getting Back Together”" / "Hidden Message: WHEN I STOPPED CARING WHAT YOU
    # THOUGHT", 201).
    if why == TITLE_REASON and _list_item(before):
        return None
    after = _line_next_to(lines, index + 1, 1)
    above, below = paragraph(before), paragraph(after)
    if below and not dated and (above or _sentence_above(before) or _row_above(before)):
        return why
    # A longer subheading only between two paragraphs: beside another heading, it is a link of
    # a list the heading opens (raw 236 [1]'s "Related News Articles"), which the list's rule
    # names.
    if why == SUBHEADING_REASON and not _short_heading(line):
        return None
    if above and _beside_another(lines, index, 1, after):
        return why
    return why if below and _beside_another(lines, index, -1, before) else None


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
