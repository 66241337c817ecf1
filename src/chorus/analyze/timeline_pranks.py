"""Plans a prank claims, none of the story's: an April Fools' round-up tells what a company or
a star pretended would happen ("one of the biggest pranks on the list is Google's claim that
it is launching a data center on Mars in 2018", "George Takei had everyone fooled ... when he
tweeted that he was running for Congress ... in 2018", "Retirement fake-out. Michael Phelps
sent out a tweet this morning saying he was ready for a comeback to participate in the Tokyo
Olympics in 2020"). Shown, each stood marked planned, as if the plan were real.

Only a planned row is read: the prank's own day ("had everyone fooled early Saturday
morning") dates a deed, the tweet. The cue stands in the sentence or in a short label opening
its line ("Retirement fake-out."). "joking", "satirical" and "parody" are no cue: Multi-News+
train's planned rows holding them are real plans ("Asked if he was joking, he said: ... Biden
... will turn 78 shortly after the 2020 election", a satirical show that "will debut in
2014").
"""

from __future__ import annotations

import re

from chorus.model import Sentence

_PRANK = re.compile(
    r"\b(?:prank(?:s|ed|ster)?|hoax(?:es)?|fooled|fake-outs?|spoof(?:s|ed)?|april fool)", re.I
)
_PRANK_WORDS = ("prank", "hoax", "fooled", "fake-out", "spoof", "april fool")
"""Substrings every cue holds, tested on the lower-cased words before the regex runs."""
_LABEL = 40
"""The longest text before a sentence on its line read as its label ("Retirement
fake-out."): a longer one is another sentence, whose prank need not be this one's."""


def a_prank_s_plan(sentence: Sentence) -> bool:
    """Whether a planned row's sentence, or a short label opening its line, tells a prank:
    the plan is the prank's claim, no event ahead."""
    text = sentence.article.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    start = line_start if sentence.start - line_start <= _LABEL else sentence.start
    words = text[start : sentence.end]
    lowered = words.lower()
    return any(w in lowered for w in _PRANK_WORDS) and _PRANK.search(words) is not None
