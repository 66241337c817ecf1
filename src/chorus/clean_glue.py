"""A fragment of the line above glued before a line's own text by the scrape: the bracket
closing the line above told again ("Average Wedding Cost: $31,213 (excludes honeymoon)" /
"(excludes honeymoon) Most Expensive Place to Get Married: Manhattan ...", raw validation
18 [2] by index; "Clonorchis sinensis (infection with), also known as the Chinese liver
fluke" / "(infection with), also known as the Chinese liver fluke Coal, indoor emissions
...", 154 [1]'s list of carcinogens), or a comma's tail whose sum the scrape lost (",
average spend Least Expensive Place to Get Married: Utah ...", 18 [2]). Three of 18's
were summary sentences, each opening on the fragment. Only the fragment goes: the rest is
the line's own text. `chorus.clean` asks about a line opening on one of `GLUE_MARKS`.
"""

from __future__ import annotations

import re

GLUE_REASON = "glued fragment"
# No line of the story opens on a closing bracket or a comma, nor on an opening bracket that
# closes the line above.
GLUE_MARKS = "(),"
# The fragment ends before a capitalised word, the line's own text.
_OWN_TEXT = re.compile(r" (?=[A-Z])")
_LONGEST_FRAGMENT = 80
# A comma's tail of a few words in lower case: over raw validation and DUC, the only lines
# opening on a comma and a lower-case word are 18 [2]'s three (", and still have the most
# casual weddings ...", a copy of a sentence with its linked names lost, has no capital
# within its first words: no fragment, it goes as a de-linked copy, `chorus.clean_delinked`).
_COMMA_TAIL = re.compile(r", [a-z]+(?: [a-z]+){0,3} (?=[A-Z])")


def glued_fragment(line: str, previous: str) -> int:
    """How many characters of the stripped line `line` (opening on one of `GLUE_MARKS`) are
    a fragment glued from `previous`, the stripped line above it: 0 when none."""
    if comma := _COMMA_TAIL.match(line):
        return comma.end()
    longest = 0
    for own in _OWN_TEXT.finditer(line, 0, _LONGEST_FRAGMENT):
        if previous.endswith(line[: own.start()]):
            longest = own.end()
    return longest
