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
# A row closes on a cell: most lines are rejected by their last character, and
# `chorus.clean` asks about no other line but a source line.
CELL_ENDS = "0123456789%"


def _row(line: str) -> bool:
    """Whether the stripped line is a table's row."""
    if line[-1] not in CELL_ENDS:
        return False
    words = line.split(maxsplit=_ROW_WORDS_READ)[:_ROW_WORDS_READ]
    cells = sum(1 for word in words if _CELL.fullmatch(word))
    return len(words) >= _FEWEST_ROW_WORDS and cells >= _LEAST_CELL_SHARE * len(words)


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
            or _row(stripped)
        ):
            break
        spans.append(Span(end, end + len(line)))
    return spans[::-1]


def _under_a_table(lines: list[str], index: int) -> bool:
    before = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
    return bool(before) and _row(before)


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
    if not _row(stripped):
        return []
    above = _headings_above(lines, index, start, floor)
    return [Removal(span, _REASON) for span in [*above, here]]
