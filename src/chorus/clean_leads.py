"""What opens the story's lead on its line and goes alone, the lead kept: a headline glued
before it, the lead opening on the headline's first word ("Monkeys learn to cover their eyes
when they want to be left alone Monkeys at Colchester Zoo have invented ...", raw validation
41 by index), and a Reuters dateline with no dash ("DUBAI A Bahraini court sentenced ...",
127), which every section showed as the lead's first words."""

from __future__ import annotations

import re

from chorus.language.datelines import BARE_DATELINE

_SMALL_WORDS = r"(?:the|a|an|of|to|in|on|at|for|with|and|or|by|from|as|into|than|that)"
"""Words that end no headline but lead into a name inside a sentence: "... walk to the Senate
floor Wednesday." (raw 146's caption) names the Senate again, and is one sentence."""
_GLUED_HEADLINE = re.compile(
    r"(?P<word>[A-Z][a-z]{2,})\b[^.!?:;,\"“”\n]{15,150}? "
    rf"(?!{_SMALL_WORDS} )[a-z]+ (?=(?P=word)\b[^.!?\n]{{10,}}[.!?])"
)
"""A page's first line opening on a headline, no stop nor comma in it, ended by a lower-case
word (no small word a name follows inside a sentence), then its lead, opening on the
headline's first word and closed by a stop. Raw validation and DUC hold this one (41 [1]);
Multi-News+ lower-cases the word inside a line."""
_DATELINE = re.compile(BARE_DATELINE)
_DATELINE_LINES = 12
"""The page's lines, empty ones counted, a dateline is looked for on: Reuters' pages open with
up to five captions, a line each with an empty line between (110's dateline is on line 10)."""
_HEADLINE_REACH = 200
"""Characters of a first line its headline and the lead's first word lie within."""
HEADLINE_REASON, DATELINE_REASON = "headline", "dateline"


def lead_furniture(line: str, index: int) -> tuple[str, re.Match[str]] | None:
    """What opens the page's line `index`, `line`, before its lead, with its reason, or None."""
    if index >= _DATELINE_LINES:
        return None
    dateline = _DATELINE.match(line)
    if dateline is not None:
        return DATELINE_REASON, dateline
    # The headline's first word told again first: most first lines hold it no more.
    word = line[: line.find(" ")]
    if index or not word.istitle() or f" {word} " not in line[:_HEADLINE_REACH]:
        return None
    headline = _GLUED_HEADLINE.match(line)
    return None if headline is None else (HEADLINE_REASON, headline)
