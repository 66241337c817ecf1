"""A line opening a numbered run of points after its colon ("Here is the alleged chain of
events: First, Trump asked Comey to drop an investigation ...", raw validation 9's National
Review; "Here are two lessons from the Steel Dynamics story: First, innovation is essential
...", 220): its page tells the second point and the rest in the sentences after it. Shown
alone it promises a chain and gives one link: it is shown only with the next sentence
("Second, Comey refused."), as a line closing on a colon is (`dangling.introduces`). Never
shown, raw 9's room went to a line on Nixon that then opened a summary on Trump (journal
summary.md, fifty-first pass).

The run is shown whole or not started (`run_ties`): a point whose page tells the next one in
the sentence right after it ("Second, Comey refused." / "Third, weeks later Trump fired
Comey." / "Fourth, Trump then misled ...") is shown with it, so the chain's first link brings
every link; and a point past the first ("Second, ...") waits for the line before it, the
point or the reason it ranks second after. Shown with the first link alone, raw 9's chain
stopped at "Second, Comey refused." (journal summary.md, hundred-and-ninth pass).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_FIRST_AFTER_COLON = re.compile(r":\s+(?:First(?:ly|\s+of\s+all)?,|1\)\s)")
"""A colon and the first of several points: "First,", "Firstly,", "First of all," or "1)"."""
_RANKS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth")
"""The words ranking a point, in order: a point opening on one ("Third, ...") comes after the
one opening on the word before."""
_POINT = re.compile(rf"({'|'.join(_RANKS)})(?:ly|\s+of\s+all)?,\s")
"""A line opening on a point's rank: "Second,", "Secondly,", "First of all,"."""
_RANK_OPENING = re.compile(rf"\0(?:{'|'.join(_RANKS)})")
"""A text opening on a rank's word, in the cluster's texts each led by a NUL."""


def opens_enumeration(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it opens a numbered run of points after a colon inside it."""
    # the texts joined by NUL are read first: 2 of the 250 raw clusters hold such a run, and
    # no match spans two texts (a NUL is no space)
    if _FIRST_AFTER_COLON.search("\0".join(texts)) is None:
        return np.zeros(len(texts), dtype=bool)
    return np.fromiter(
        # the colon is read first: nearly every sentence has none
        (":" in text and _FIRST_AFTER_COLON.search(text) is not None for text in texts),
        dtype=bool,
        count=len(texts),
    )


def _rank(text: str) -> int:
    """The rank of the point a line opens on (1 for "First,"), or 0 for none."""
    # the literal first: few lines open on a rank
    if not text.startswith(_RANKS):
        return 0
    found = _POINT.match(text)
    return _RANKS.index(found.group(1)) + 1 if found else 0


def run_ties(texts: Sequence[str], starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per text: whether it is a point (or a run's opening after its colon) whose article's
    next sentence is the next point, and whether it is a point past the first, which waits
    for the line before it (`starts`, each article's first row: a page's first line waits
    for nothing)."""
    ranks = np.zeros(len(texts), dtype=np.int64)
    # the texts joined are read first: 24 of the 250 raw clusters hold a line opening on a
    # rank's word, and a search over the join costs a sixth of a call per text
    if _RANK_OPENING.search("\0" + "\0".join(texts)):
        ranks = np.fromiter(map(_rank, texts), dtype=np.int64, count=len(texts))
    ranks[opens_enumeration(texts)] = 1
    leads = np.zeros(len(texts), dtype=bool)
    if not ranks.any():
        return leads, np.zeros(len(texts), dtype=bool)
    leads[:-1] = (ranks[:-1] > 0) & (ranks[1:] == ranks[:-1] + 1)
    leads[starts[1:] - 1] = False
    follows = ranks > 1
    follows[starts] = False
    return leads, follows
