"""A table pasted into a page as lines of text: its rows, the heading lines above a row and
the line naming its source under it (raw validation 197 by index: the 2018 federal poverty
guidelines, "2018 Federal Poverty Guidelines for the 48 Continental United States",
"Household/", "Family Size 100% 138% ... 1 $12,140 16,753 ...", "Source: Calculations by
Families USA ..."). A row is no sentence, yet with room in a summary one was taken as one;
the heading and the source line were. `chorus.clean` asks about a line no rule removed.
"""

from __future__ import annotations

import re

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
# No line of a table closes as a sentence does: `chorus.clean` asks about no line that does
# (most of a page's), and a source line closed by a full stop stays.
SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", '"', "”", "’")
_SOURCE = "Source:"


def _row(line: str) -> bool:
    """Whether the stripped line is a table's row (a row closes on a cell: most lines are
    rejected by their last character)."""
    if not line or not (line[-1].isdigit() or line[-1] == "%"):
        return False
    words = line.split(maxsplit=_ROW_WORDS_READ)[:_ROW_WORDS_READ]
    cells = sum(1 for word in words if _CELL.fullmatch(word))
    return len(words) >= _FEWEST_ROW_WORDS and cells >= _LEAST_CELL_SHARE * len(words)


def _heading(line: str) -> bool:
    return len(line) <= _LONGEST_HEADING and not line.endswith(SENTENCE_ENDS)


def _heads_a_table(lines: list[str], index: int) -> bool:
    """Whether the lines after line `index` (a heading's shape) run, through at most a few
    more heading lines, to a table's row."""
    headings = 1
    for after in range(index + 1, len(lines)):
        stripped = lines[after].strip()
        if not stripped:
            continue
        if _row(stripped):
            return True
        headings += 1
        if headings > _MOST_HEADING_LINES or not _heading(stripped):
            return False
    return False


def _under_a_table(lines: list[str], index: int) -> bool:
    before = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
    return _row(before)


def table_furniture(stripped: str, lines: list[str], index: int) -> str | None:
    """The reason to remove the stripped line `lines[index]`, closed by no sentence's stop, as
    part of a table, or None."""
    if _row(stripped):
        return _REASON
    if stripped.startswith(_SOURCE):
        return _REASON if _under_a_table(lines, index) else None
    if len(stripped) <= _LONGEST_HEADING and _heads_a_table(lines, index):
        return _REASON
    return None
