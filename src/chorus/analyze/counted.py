"""Counts of one quantity that differ: a death toll, a vote count, a share (counts.py reads
what each number counts), in close pairs of sentences of different articles.

Each side of a conflict holds, besides its sentence, the sentences of other outlets that
give its figure and are at odds with the other side too, so one dispute is shown once
with the outlets behind each figure: DUC d30010t's five sentences giving 21 injured
against one giving 24 are one conflict, not five, and multi_news-val-2534's "a total of
125 people had died across Syria", too unlike "At least 144 people were reported killed
Monday" to be paired with it (0.23), stands beside the "As many as 125" that is (0.36).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity
from chorus.language.counts import Count, Disagreement, counts, disagreement, periods, weekdays
from chorus.model import Sentence

SHARE_SIMILARITY = 0.45
"""A percentage is a share of a whole the sentence names apart from the number ("42 percent
of Canadian adults", "a 10 percent retail excise tax"): only sentences this close are taken
to share the whole. The percentages of the 250 raw validation clusters' sentence pairs
below it (0.30–0.43) were all of different wholes: taxes, stakes, age groups, years."""

_AS_OF = re.compile(
    r"\b(?:now|so far|to date|as of \w+|has (?:now )?risen|have (?:now )?risen|rose to|"
    r"climbed to|latest|updated)\b",
    re.IGNORECASE,
)
"""Words that date a figure to the time of writing: "more than 7,500 people have now died"."""


def _shown(count: Count) -> str:
    """A count as the reason shows it, with its bound as written ("more than 7,500 people")."""
    number = f"{count.value:,.0f}" if count.value.is_integer() else f"{count.value:g}"
    value = " ".join(word for word in (count.bound, number, count.what) if word)
    if count.attackers:
        value = f"{value} (with {count.attackers:g} attackers)"
    return value


def _number_reason(found: Disagreement, text_a: str, text_b: str) -> str:
    """What differs, in words a reader can check against the two sentences: the figures, a
    floor the other figure passes, and the words that date a figure ("now", "so far")."""
    ours, theirs = ", ".join(map(_shown, found.ours)), ", ".join(map(_shown, found.theirs))
    reason = f"Different figures for {found.quantity}: {ours} vs {theirs}"
    if found.past_floor:
        reason += " (a floor, but the other is over a tenth above it)"
    dated = [m.group().lower() for m in map(_AS_OF.search, (text_a, text_b)) if m]
    if dated:
        reason += f"; one says “{dated[0]}”: they may be counts of different times"
    return reason


def _days(
    sentences: tuple[Sentence, Sentence],
    named: tuple[frozenset[str], frozenset[str]],
    cache: dict[str, frozenset[str]],
) -> tuple[frozenset[str], frozenset[str]]:
    """The weekdays two sentences' counts are of: those each names, and for one that names
    none against one that does, those its article names ("four people were killed on
    Tuesday" is no rival of a Monday toll whose sentence names no day but whose article
    speaks only of Monday). Articles are read only then: most pairs name no day."""
    if bool(named[0]) == bool(named[1]):
        return named
    undated = sentences[0] if not named[0] else sentences[1]
    article = undated.article
    if article.id not in cache:
        cache[article.id] = weekdays(article.text)
    return (cache[article.id], named[1]) if not named[0] else (named[0], cache[article.id])


def _other_periods(text_a: str, text_b: str) -> bool:
    """Whether two sentences count over different stretches of time: "arrested this week"
    against "Last week ... arrested 10", a running total "since ... began" against a week's."""
    a, b = periods(text_a), periods(text_b)
    return bool(a) and bool(b) and a.isdisjoint(b)


def _same_figure(ours: Sequence[Count], theirs: Sequence[Count], quantity: str) -> bool:
    """Whether two sentences give one figure of a quantity ("a total of 125 people had
    died" / "As many as 125 people died"), whatever bounds they write it with."""
    values = {c.value for c in ours if c.quantity == quantity}
    return any(c.quantity == quantity and c.value in values for c in theirs)


def _backers(
    side: int,
    rival: int,
    quantity: str,
    counted: dict[int, list[Count]],
    near: Set[int],
    similarity: Similarity,
) -> list[int]:
    """Sentences of other articles than the rival's that give the side's figure, `near` it
    (a close pair), and are at odds with the rival too: the outlets behind each figure. One
    may be too unlike the rival to be paired with it (multi_news-val-2534's "a total of 125
    people had died across Syria" against "At least 144", 0.23 alike)."""
    home = similarity.sentences[rival].article
    return [
        row
        for row in sorted(near)
        if similarity.sentences[row].article is not home
        and counted[row]
        and _same_figure(counted[side], counted[row], quantity)
        and not disagreement(counted[side], counted[row], frozenset(), frozenset())
        and any(
            d.quantity == quantity
            for d in disagreement(counted[rival], counted[row], frozenset(), frozenset())
        )
    ]


def _near(pairs: Sequence[tuple[int, int, float]], row: int, rival: int) -> set[int]:
    """The rows `row` is paired with, but the rival: looked up in the pairs only for the
    rows of a conflict (a map of every row's pairs cost 0.05 ms a cluster)."""
    return {j if i == row else i for i, j, _ in pairs if row in (i, j)} - {rival}


def number_conflicts(
    similarity: Similarity, pairs: Sequence[tuple[int, int, float]], paired: Set[int]
) -> list[Conflict]:
    """Counts of one quantity that differ, in `pairs` of sentences on the story at least
    `NUMBER_SIMILARITY` alike (`paired`, their rows). Each side holds the sentences of
    other outlets that give its figure (`_backers`); a pair already on the two sides of a
    conflict of its quantity is not shown again."""
    # Numbers are read only in sentences that have a close pair: most have none.
    sentences = similarity.sentences
    counted = {row: counts(sentences[row].text) for row in paired}
    named = {row: weekdays(sentences[row].text) for row in paired if counted[row]}
    article_days: dict[str, frozenset[str]] = {}
    shown: set[tuple[str, int, int]] = set()
    conflicts = []
    for i, j, score in pairs:
        if not counted[i] or not counted[j]:
            continue
        if _other_periods(sentences[i].text, sentences[j].text):
            continue
        days = _days((sentences[i], sentences[j]), (named[i], named[j]), article_days)
        for found in disagreement(counted[i], counted[j], *days):
            if found.quantity == "percentage" and score < SHARE_SIMILARITY:
                continue
            if (found.quantity, i, j) in shown:
                continue
            side_a = [i, *_backers(i, j, found.quantity, counted, _near(pairs, i, j), similarity)]
            side_b = [j, *_backers(j, i, found.quantity, counted, _near(pairs, j, i), similarity)]
            shown.update((found.quantity, *sorted((x, y))) for x in side_a for y in side_b)
            reason = _number_reason(found, sentences[i].text, sentences[j].text)
            sides = (tuple(sentences[r] for r in side_a), tuple(sentences[r] for r in side_b))
            conflicts.append(Conflict("number", *sides, reason))
    return conflicts
