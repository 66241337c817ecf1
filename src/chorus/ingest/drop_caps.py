"""A drop cap set apart from its word: a page prints the opening letter of a story large, and
a scrape keeps it as a line of its own, "T" then "he most likely person to replace retiring
Sen. Jim DeMint ..." (raw Multi-News validation 36 [0] by index, the only one of raw validation
and DUC 2003; Multi-News+ keeps the same page's letter on the line, "T he most likely ...").
Split so, the story's lead is two sentences, the letter alone and a lower-case fragment the
summary never takes; joined, it is the lead a reader sees on the page.

The letter and its word are joined in the article's text itself, as its invisible characters
are taken out (`chorus.ingest.repairs`), so every span stays a slice of that text: a sentence
cannot be two pieces with a line break between them. The article's `changes` keep the break.
"""

from __future__ import annotations

import re

from chorus.ingest.text_edits import Edit

_DROP_CAP = r"[ \t]*([B-HJ-Z])(\s+)([a-z]+)\b"
"""A line opening on a lone capital, then, after spaces or line breaks, a lower-case word
piece. "A" and "I" are words of their own (Multi-News+ validation pages open "A man" 36 times,
"I am" 8), and a drop cap of either cannot be told from them: never joined."""
_AT_THE_TOP = re.compile(_DROP_CAP)
_AFTER_A_BREAK = re.compile("\n" + _DROP_CAP)
"""Led by its line break: read line by line (`^` in multi-line mode), the search cost 40 ms
over raw validation's 690 pages; led by "\n", 1.5 ms."""
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")


def drop_cap_breaks(text: str) -> list[Edit]:
    """The break between each drop cap and the rest of its word, to take out where the word
    so made is one the article writes elsewhere ("The"): a lone letter before a word it makes
    none with is a letter left over or a name ("S the french will see ...", "G worst: carrie
    underwood ...": Multi-News+ validation 1362 [1], 4497 [2]) and stays apart."""
    top = _AT_THE_TOP.match(text)
    found = [*(() if top is None else (top,)), *_AFTER_A_BREAK.finditer(text)]
    if not found:
        return []
    words = set(_WORD.findall(text.lower()))
    return [
        Edit(drop_cap.start(2), drop_cap.end(2))
        for drop_cap in found
        if (drop_cap[1] + drop_cap[3]).lower() in words
    ]
