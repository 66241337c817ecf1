"""Floors of one scene, which counts.py and positions.py do not read.

"sent the elevator plummeting down to the 17th floor, where first responders pulled them
both out" against "He pulled the mom from the 15th-floor shaft". Such sentences tell one
moment in different words (they score 0.26 alike), so they are compared when the words
beside their floors share what was done there ("pulled"), not what is on that floor
("third-floor office" / "first-floor office": two offices), and the floor a fall started
from is compared only with another fall's start ("fell from the 23rd floor" and "landed on
the 17th floor" tell two floors of one fall). Words after "of" name the building ("the 10th
floor of the student dorm"), and floors one apart may be one floor counted two ways (a
British first floor is an American second). Floors are read in any two sentences of the
story from different articles `FLOOR_SIMILARITY` alike, each only when the sentence holds
one of `LEVEL_WORDS`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from itertools import combinations

from chorus.analyze.model import Conflict
from chorus.analyze.positions import FALLING
from chorus.analyze.similarity import Similarity, stems

FLOOR_SIMILARITY = 0.20
"""Two sentences at least this alike, what was done at their floors in common, tell one
scene. Not fitted: with no similarity asked, the seeds, 250 raw validation and 30 DUC
clusters hold one pair of sentences that shares an act beside floors that differ
(multi_news-val-1397's, 0.26 alike), and the 50,594 Multi-News+ clusters none."""
ACT_WORDS = 5
"""Words each side of a floor read for what was done there."""
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL = rf"\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(ORDINALS)}"
_LEVEL = re.compile(
    rf"\b(?P<level>{_ORDINAL})(?: (?:and|or|to) (?P<other>{_ORDINAL}))?"
    r"[- ](?:floors?|stor(?:y|ies|eys?))\b",
    re.IGNORECASE,
)
"""Floors something is on: "the 17th floor", "the 15th-floor shaft", "between the 22nd and
23rd floors" ("top" and "ground" floors are left out: either may be any number)."""
_LEVEL_CUE = re.compile(r"(?:st|nd|rd|th|ST|ND|RD|TH)[- ](?:[Ff]loor|FLOOR|[Ss]tor|STOR)")
"""What every floor `_LEVEL` reads holds (each ordinal ends in st, nd, rd or th): searched
first, as positions.py's clock cue is, it sorts out the sentences that hold "story" or "history"."""
_FALLEN_FROM = re.compile(
    rf"\b(?:{FALLING})\b(?: [\w'’-]+){{0,3}} from (?:the |a |an |her |his |their )?$",
    re.IGNORECASE,
)
"""Before a floor, a fall from it: "fell eight stories from the 23rd floor"."""
LEVEL_WORDS = ("floor", "stor")
"""Lower-case text a sentence holds when it may name a floor (found as `CLOCK_WORDS` are)."""
_NOT_ACTS = frozenset(stems("floor floors story storey stories storeys")) | frozenset(
    stems(f"building where when while then down up out both {' '.join(ORDINALS)}")
)
"""Words beside a floor that say nothing of what was done there."""


@dataclass(frozen=True, slots=True)
class Level:
    """Floors a sentence puts something on (two for "between the 22nd and 23rd floors"),
    the stems of what was done there, whether a fall started there, and its words."""

    floors: frozenset[int]
    acts: frozenset[str]
    fallen_from: bool
    written: str


def _ordinal(word: str) -> int:
    """The number of an ordinal: "17th" is 17, "third" 3."""
    word = word.lower()
    return int(word[:-2]) if word[0].isdigit() else ORDINALS.index(word) + 1


def levels(text: str) -> list[Level]:
    """The floors a sentence names, each with the stems of the lower-case words beside it
    (names say who and where, not what was done), less the word right after it, which
    names what is on that floor ("third-floor office"), or, after "of", every word after
    it: they name the building ("the 10th floor of the student dorm")."""
    if not _LEVEL_CUE.search(text):
        return []
    found = []
    for match in _LEVEL.finditer(text):
        floors = {_ordinal(match.group("level"))}
        if match.group("other"):
            floors.add(_ordinal(match.group("other")))
        before = text[: match.start()].split()[-ACT_WORDS:]
        after = text[match.end() :].split()
        after = [] if after[:1] == ["of"] else after[1 : ACT_WORDS + 1]
        told = " ".join(word for word in (*before, *after) if word[:1].islower())
        acts = frozenset(stems(told)) - _NOT_ACTS
        fallen_from = bool(_FALLEN_FROM.search(text, max(0, match.start() - 60), match.start()))
        found.append(Level(frozenset(floors), acts, fallen_from, match.group()))
    return found


def level_reason(ours: Sequence[Level], theirs: Sequence[Level]) -> str | None:
    """Two sentences' floors of one scene that differ: something done at a floor of each
    (the same side of a fall), and no two floors within one of each other (a British first
    floor is an American second: "a second-story balcony" and "the first floor" may be
    one)."""
    if any(abs(x - y) <= 1 for a in ours for b in theirs for x in a.floors for y in b.floors):
        return None
    shared = next(
        (
            (a, b)
            for a in ours
            for b in theirs
            if a.fallen_from == b.fallen_from and not a.acts.isdisjoint(b.acts)
        ),
        None,
    )
    if shared is None:
        return None
    return f"Different floors for one scene: the {shared[0].written} vs the {shared[1].written}"


def level_conflicts(similarity: Similarity, may_name_floors: Set[int]) -> list[Conflict]:
    """Floors of one scene that differ, between sentences of the story from different
    articles at least `FLOOR_SIMILARITY` alike; only the rows of `may_name_floors` (the
    story's sentences holding one of `LEVEL_WORDS`) are read."""
    sentences, scores = similarity.sentences, similarity.scores
    named = {row: found for row in may_name_floors if (found := levels(sentences[row].text))}
    conflicts = []
    for i, j in combinations(sorted(named), 2):
        if sentences[i].article is sentences[j].article or scores[i, j] < FLOOR_SIMILARITY:
            continue
        if reason := level_reason(named[i], named[j]):
            conflicts.append(Conflict("number", (sentences[i],), (sentences[j],), reason))
    return conflicts
