"""One person's academic rank given two ways: "said Matthew Kanan, an assistant professor of
chemistry at Stanford" against "says Matthew Kanan, an associate professor of chemistry at
Stanford" (raw validation 56: one man, one paper, the same week).

A rank is read only where it stands as the person's present title, right after a full name
("Matthew Kanan, an associate professor") or right before it ("associate professor Matthew
Kanan"): a rank held "at the time" or "until" another is a title that changed, and a
"former" or "then" one is not read at all (no article stands between the name and the
rank). A bare "professor" holds every rank, so only assistant, associate and full are
compared. One person is one full name, two words or more, written alike: two people may
share a surname. Shown when the story gives the name two ranks, no more, and no article
gives it two (conflict_sides). Over every article of the data (raw 250, DUC 30, Multi-News+
validation and train) raw 56's is the one person two articles rank two ways; the journal
(conflicts, forty-eighth pass) has the census."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from chorus.analyze.conflict_sides import told_two_ways, two_values
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.model import Sentence

WORDS = ("professor",)
"""The literal a ranked title holds, lowercased: only the sentences holding it are read."""
_NAME = r"((?:[A-Z][\w'’-]+ )+[A-Z][\w'’-]+)"
_RANK = r"([Aa]ssistant|[Aa]ssociate|[Ff]ull)"
_AFTER = re.compile(rf"{_NAME},? (?:an?|the) {_RANK} professor\b([^,.;]*)")
"""A rank after a full name: "Matthew Kanan, an assistant professor of chemistry at Stanford";
the words up to the clause's end say whether it was held then."""
_BEFORE = re.compile(rf"\b{_RANK} [Pp]rofessor {_NAME}")
"""A rank before a full name: "associate professor Matthew Kanan"."""
_ANOTHER_TIME = re.compile(r"\b(?:at the time|until|when)\b")
"""A rank held at another moment than the story's: "an assistant professor at the time"."""


def ranks(text: str) -> Iterator[tuple[str, str]]:
    """The (full name, rank) pairs a sentence gives, the name its last two words
    ("Stanford's Matthew Kanan" is Matthew Kanan), the rank lower-cased."""
    for match in _AFTER.finditer(text):
        if not _ANOTHER_TIME.search(match.group(3)):
            yield _person(match.group(1)), match.group(2).lower()
    for match in _BEFORE.finditer(text):
        yield _person(match.group(2)), match.group(1).lower()


def _person(name: str) -> str:
    """A full name as one person's: its last two words."""
    return " ".join(name.split()[-2:])


def rank_conflicts(
    story: Sequence[Sentence], texts: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict for each person two articles give two academic ranks (`texts` are the
    `story` sentences' texts, `joined` them lower-cased and joined)."""
    written: dict[str, str] = {}  # each person's name as first written
    found = []
    for row in sorted(joined.holding(WORDS)):
        for person, rank in ranks(texts[row]):
            found.append((written.setdefault(person.lower(), person), rank, story[row]))
    return [
        two_values("title", by_rank, f"Different titles for {person}", _shown)
        for person, by_rank in told_two_ways(found).items()
    ]


def _shown(rank: str) -> str:
    """A rank as the reason shows it: "assistant professor"."""
    return f"{rank} professor"
