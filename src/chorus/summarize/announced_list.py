"""Lines announcing a list their page gives in the sentences after them, with no colon
(a line closing on one is `dangling.introduces`').

Read over the 250 raw validation and 30 DUC clusters, cleaned and split (journal/summary.md,
"Summary a reader sees, sixtieth pass"):

- "the following" and a noun ("and" a second one), at most a short phrase after it, closing
  the sentence: raw 18's "..., couples spend the most on their weddings in the following
  areas in the US.", 23's "... state further the following matters.", 184's "... published
  the following image.", 191's "... the following injuries and losses.”"; not "After
  getting the following three interns' names wrong, he gave up ..." (210), which goes on,
  nor "the following day", which counts;
- "there are" or "there were" and a small count of what is weighed ("a few considerations",
  "several reasons"), in a sentence with no colon: raw 18's "Before spending so much money on
  one day, there are a few considerations couples might want to take into account.", 145's
  "But there are a few reasons all this re-nesting may not be such a bad thing."; not "many
  questions left unanswered, including ..." (65), nor "two sets of cards" (205), which tell
  their fact;
- "here are" and a count of what follows, after the clause that opens the sentence ("...,
  and here are ten of the most memorable things he heard the victorious stars say ...",
  raw 10 [1]; "..., here are 20 of Wiig's most memorable bits.", 84, in its summary at
  main; "If you win the Mega Millions jackpot, here are some ideas to help you spend it.",
  136): 3 sentences (an opening "Here are" is `page_lines.points_ahead`'); not "From guns to
  gays, here is a man always ready to speak truth to power." (102), no count. (The page saying
  it has gathered a list, "... Celebuzz has compiled a list of the best and worst moments
  ...", raw 10 [4], the one such sentence, was measured and left: its summary then took
  Julianne Moore's quotation for "So it was with the 2012 Primetime Emmys, ...".)

Each promises what the summary does not give, as "Here's a sampling of ..." does
(`page_lines.points_ahead`): never a summary line (`ties`). Shown with the sentence after it
instead, raw 18's areas line would have gone on to "Five of the six most expensive areas ...",
no list either, and its "considerations" on the first of two points alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_FOLLOWING = re.compile(
    r"\b[Tt]he following\s+(?!(?:day|days|week|weeks|month|months|year|years|morning|night|"
    r"evening|afternoon|weekend|season)\b)[a-z]+(?:\s+and\s+[a-z]+)?"
    r"(?:\s+(?:in|on|at|of|for|to)\s+(?:the\s+)?[\w.]+)?\.[\"”’']?\Z"
)
""""the following" and a noun closing the sentence, a short place or object phrase after it
("in the following areas in the US."); not a time ("the following day")."""
_FEW_OF = re.compile(
    r"\b[Tt]here\s+(?:are|were)\s+(?:a\s+few|a\s+couple\s+of|several|two|three|four|five)\s+"
    r"(?:[a-z]+\s+)?(?:considerations|reasons|things|ways|steps|tips|factors|lessons|questions|"
    r"issues|points|options|concerns|signs|takeaways)\b"
)
"""A small count of what is weighed, after "there are" ("there are a few considerations")."""
_HERE_AFTER_CLAUSE = re.compile(
    r",\s+(?:and\s+|so\s+)?here\s+are\s+(?:\d+|a\s+few|some|several|two|three|four|five|six|seven"
    r"|eight|nine|ten|a\s+dozen)\b(?!.*:)"
)
""""here are" and a count after the sentence's opening clause ("..., and here are ten of the
most memorable things ..."), no colon after it (a line closing on one is `introduces`')."""


def announces_list(text: str) -> bool:
    """Whether a text announces a list the sentences after it give, with no colon (see the
    module docstring)."""
    # literals first: "following" is in 1 sentence in 230 (raw and DUC), "there are" or
    # "there were" in 1 in 90, "here are" (in "there are" too) in 1 in 140
    if "following" in text and _FOLLOWING.search(text) is not None:
        return True
    if ":" not in text and "here " in text and _FEW_OF.search(text) is not None:
        return True
    return "here are" in text and _HERE_AFTER_CLAUSE.search(text) is not None


def announcing(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it announces a list the sentences after it give (`announces_list`)."""
    return np.fromiter(map(announces_list, texts), dtype=bool, count=len(texts))
