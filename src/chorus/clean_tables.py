"""A table pasted into a page as lines of text: its rows, the heading lines above a row and
the line naming its source under it (raw validation 197 by index: the 2018 federal poverty
guidelines, "2018 Federal Poverty Guidelines for the 48 Continental United States",
"Household/", "Family Size 100% 138% ... 1 $12,140 16,753 ...", "Source: Calculations by
Families USA ..."). A row is no sentence, yet with room in a summary one was taken as one;
the heading and the source line were. `chorus.clean` asks about a line no rule removed.
"""

from __future__ import annotations

import re

from chorus.model import Removal, Span

_REASON = "table"
# A cell: a number, a sum or a share ("$12,140", "16,753", "138%").
_CELL = re.compile(r"[$€£]?\d[\d.,]*%?")
# A row is mostly cells: over the 250 raw, 30 DUC and 1,000 Multi-News+ validation clusters
# only 197's rows have 8 or more words three in five of them cells (and a line of dots, which
# its own rule removes).
_FEWEST_ROW_WORDS = 8
_LEAST_CELL_SHARE = 0.6
# Its first words tell: a row may run to thousands of cells.
_ROW_WORDS_READ = 12
# A table's heading: a few lines above its first row, none closed by a sentence's stop
# ("2018 Federal Poverty Guidelines", "... for the 48 Continental United States",
# "Household/"); a sentence between them and the row ("Federally facilitated marketplaces
# will use the 2016 guidelines ...") leaves the heading above it a subheading.
_MOST_HEADING_LINES = 3
_LONGEST_HEADING = 100
# A heading closes as no sentence does.
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", '"', "”", "’")
SOURCE = "Source:"
# A wider table pasted as one line, names between its sums and no sentence's stop in it:
# "New York - Manhattan $76,328 New York - Long Island $55,327 ...", "Average Spend Overall
# Wedding (excluding honeymoon) $31,213 $29,858 ↑ Venue (reception hall) ..." (raw
# validation 18 [2], the summary's sentences once), "... Dell XPS 18 Price $1,699 $1,299
# $999 $1,199 $1,349 Display size/pixel resolution ..." (211 [3]). Over raw, DUC and
# Multi-News+ validation, lines with no stop and 4 sums or more are these three and 197's
# rows; 5 leaves room below them.
# Only dollars seen: a mark more to look for costs every line a search.
_SUM_MARK = "$"
_SUM = re.compile(r"\$\d")
_FEWEST_SUMS = 5
_PRICED_CHARACTERS_READ = 2000
_STOP_INSIDE = re.compile(r"[.!?][\"”’)]? [A-Z\"“]")
# A row closes on a cell: most lines are rejected by their last character, and
# `chorus.clean` asks about no other line but a source line.
CELL_ENDS = "0123456789%"


def _priced_rows(line: str) -> bool:
    """Whether the stripped line is a table pasted as one line, its names between its sums."""
    if line[-1] in _SENTENCE_ENDS or _STOP_INSIDE.search(line):
        return False
    return len(_SUM.findall(line, 0, _PRICED_CHARACTERS_READ)) >= _FEWEST_SUMS


def table_row(line: str) -> bool:
    """Whether the stripped line is a table's row."""
    if line[-1] not in CELL_ENDS:
        return _priced_rows(line)
    words = line.split(maxsplit=_ROW_WORDS_READ)[:_ROW_WORDS_READ]
    cells = sum(1 for word in words if _CELL.fullmatch(word))
    if len(words) >= _FEWEST_ROW_WORDS and cells >= _LEAST_CELL_SHARE * len(words):
        return True
    return _priced_rows(line)


def may_be_a_row(line: str) -> bool:
    """Whether the stripped line is worth asking `table_lines` about: it closes on a cell,
    names a source or holds a sum (most lines are rejected by these reads alone)."""
    return line[-1] in CELL_ENDS or _SUM_MARK in line or line.startswith(SOURCE)


def _headings_above(lines: list[str], index: int, start: int, floor: int) -> list[Span]:
    """The heading lines right above the row `lines[index]` (starting at `start`), none
    before `floor` (where the text the page keeps so far starts), in the page's order."""
    spans: list[Span] = []
    end = start
    for before in range(index - 1, -1, -1):
        line = lines[before]
        end -= len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if (
            end < floor
            or len(spans) == _MOST_HEADING_LINES
            or len(stripped) > _LONGEST_HEADING
            or stripped.endswith(_SENTENCE_ENDS)
            or table_row(stripped)
        ):
            break
        spans.append(Span(end, end + len(line)))
    return spans[::-1]


def _under_a_table(lines: list[str], index: int) -> bool:
    before = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
    return bool(before) and table_row(before)


def table_lines(lines: list[str], index: int, start: int, floor: int) -> list[Removal]:
    """The stripped line `lines[index]` (starting at `start`) removed as a table's row with
    the heading lines above it back to `floor`, or as the source line under a row; none
    when it is neither. A row's heading is found from the row: a heading line is asked
    about no more than a story line is."""
    line = lines[index]
    stripped = line.strip()
    here = Span(start, start + len(line))
    if stripped.startswith(SOURCE):
        return [Removal(here, _REASON)] if _under_a_table(lines, index) else []
    if not table_row(stripped):
        return []
    above = _headings_above(lines, index, start, floor)
    return [Removal(span, _REASON) for span in [*above, here]]
