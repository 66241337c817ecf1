"""How many bombs went off in one attack, told differently: "On Saturday, three suicide
bombings in Damascus killed 27 people" against "twin car bombs ripped through two
neighbourhoods of Damascus on Saturday, killing 27 people" (raw validation 76).

A count of bombs, blasts or explosions ("twin", "double" and "triple" count too) is read
only in a sentence that also gives a death toll; two articles giving one toll, on no two
different weekdays, tell one attack, so their counts of bombs must agree. A toll is shown
only when the story gives it exactly two counts of bombs and no article gives it both (one
that does tells two attacks, or a bomb that failed apart from those that went off).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from chorus.analyze.conflict_sides import first_of_each
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.language.counts import counts, other_days
from chorus.language.numbers import value_of
from chorus.model import Sentence

WORDS = ("bomb", "blast", "explosion")
"""The literals of the counted nouns: only the sentences holding one are read."""
_PAIRED = {"twin": 2.0, "double": 2.0, "triple": 3.0}
"""Adjectives that count: "twin car bombs", "a double suicide bombing"."""
_NOT_WHOLE = frozenset(
    ("first", "last", "other", "more", "further", "additional", "another", "earlier", "later")
)
"""Words before or after a number that make it count a part: "the first two blasts", "two
more bombs", "another two explosions"."""
_BOMBS = re.compile(
    r"\b(?:([a-z]+) )?(twin|double|triple|two|three|four|five|six|seven|eight|nine|ten)"
    r"((?: (?!(?:and|or|as|of|in|at|to|by|were|was|had|have)\b)[a-z-]+){0,2})"
    r" (bomb(?:ing)?s?|blasts?|explosions?)\b"
)
"""A count of bombs in lower-case text: the word before, the number, the words between and
the noun ("three suicide bombings", "twin car bombs", "a double car bomb explosion"); no
function word between, which would give the number to something else ("at least 46 as
blasts struck", Multi-News+ train 43782)."""


def bomb_counts(lowered: str) -> set[float]:
    """The counts of bombs a sentence gives: a number word counts plural nouns only ("two
    bombs"), "twin", "double" and "triple" either ("a double car bomb explosion"); none
    that counts a part (`_NOT_WHOLE`)."""
    found = set()
    for match in _BOMBS.finditer(lowered):
        before, number, between, noun = match.groups()
        if before in _NOT_WHOLE or not _NOT_WHOLE.isdisjoint(between.split()):
            continue
        if number in _PAIRED:
            found.add(_PAIRED[number])
        elif noun.endswith("s"):
            found.add(value_of(number))
    return found


def tolls(text: str) -> set[float]:
    """The death tolls a sentence gives, whole ones: not the count of bombs, which `counts`
    reads as one in "two suicide bombings killed 34 people" (raw validation 184)."""
    return {
        c.value
        for c in counts(text)
        if c.quantity == "deaths" and not c.part and not c.what.startswith(WORDS)
    }


def blast_conflicts(
    story: Sequence[Sentence], texts: Sequence[str], lowered: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict for each death toll two articles give with two different counts of the
    bombs behind it (`texts` are the `story` sentences' texts, `lowered` them lower-cased,
    `joined` those joined)."""
    by_toll: dict[float, dict[float, list[int]]] = defaultdict(lambda: defaultdict(list))
    for row in sorted(joined.holding(WORDS)):
        bombs = bomb_counts(lowered[row])
        if len(bombs) != 1:  # none, or a sentence telling two attacks apart
            continue
        for toll in tolls(texts[row]):
            by_toll[toll][next(iter(bombs))].append(row)
    found = []
    for toll, by_count in by_toll.items():
        if len(by_count) != 2:
            continue
        (first, ours), (second, theirs) = sorted(by_count.items())
        articles = {story[row].article.id for row in ours}
        if not articles.isdisjoint(story[row].article.id for row in theirs):
            continue
        if any(other_days(texts[a], texts[b]) for a in ours for b in theirs):
            continue
        found.append(
            Conflict(
                "number",
                first_of_each([story[row] for row in ours]),
                first_of_each([story[row] for row in theirs]),
                f"Different counts of bombs for one toll of {toll:g} dead: {first:g} vs {second:g}",
            )
        )
    return found
