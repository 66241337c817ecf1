"""Shares of two or more groups of one population that two articles give apart: "the right
size for 70 per cent of men and 25 per cent of women" against "fit in 86 percent of men but
only around 20 percent of women" (raw validation 179).

A share of one group alone is no rival of another sentence's: it is most often a tally
still moving or of another thing ("60 percent of the plane" recovered against "Less than
10 percent" so far, "With 69.5 percent of the votes counted", DUC d30016t and d30025t) or
of another event ("80 percent of the homes" an earlier storm destroyed, d31028t). Two sentences
that each give the shares of the same groups side by side tell one measure of one
population, so shares of a group that do not meet are at odds, unless:
- either article gives the other's share of that group elsewhere (two measures: Multi-News+
  train 44800's survey gives 42 and 44.2 percent of men and women in two articles, one of
  which also gives the 85.7 and 89.3 percent who hope to marry);
- the sentences count on other weekdays, at other moments or places (count_scopes.apart:
  the same survey's 36.2 and 38.7 percent "in 2010");
- they share no word but their shares' (raw 179's pair shares "size").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from chorus.analyze.count_scopes import apart, scope
from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity, stems
from chorus.language.counts import other_days
from chorus.language.numbers import figures

SHARE_WORDS = ("cent of", "% of")
"""What a sentence holds, lowercased, when it may give a share ("percent of", "per cent of",
"% of"): two words, two scans of a story's text."""
_SHARE = re.compile(r"\s*(?:percent|per cent|%)\s+of\s+(?:all\s+|the\s+)?([a-z]+)\b")
"""Right after a number, the group it is a share of: "70 per cent of men"."""
_NOT_GROUPS = frozenset(("those", "them", "these", "its", "their", "his", "her", "our", "us"))
_COUNT_STEMS = frozenset(stems("percent per cent of about around some nearly almost only"))
"""Words of a share itself: two sentences sharing no other word tell of nothing in common."""


@dataclass(frozen=True, slots=True)
class Share:
    """A share of one group as written: the values its bound allows and its words."""

    group: str
    """The group in the singular ("vote" of "the votes")."""
    low: float
    high: float
    written: str
    """The share as the sentence writes it, its bound words included ("around 20 percent
    of women")."""


def shares(text: str) -> dict[str, Share]:
    """The shares a sentence gives, by their group in the singular ("votes" and "vote" are one);
    a group given two shares is left out (two measures of it, which neither side's one
    share can rival)."""
    found: dict[str, Share] = {}
    twice: set[str] = set()
    for figure in figures(text):
        share = _SHARE.match(text, figure.end)
        if share is None or share.group(1) in _NOT_GROUPS:
            continue
        group = share.group(1).removesuffix("s")
        if group in found:
            twice.add(group)
        written = text[figure.start : share.end()]
        found[group] = Share(group, figure.low, figure.high, written)
    return {group: share for group, share in found.items() if group not in twice}


def _apart(a: Share, b: Share) -> bool:
    """Whether no value of one share can be the other's."""
    return a.high < b.low or b.high < a.low


def _gives(texts: Sequence[str], share: Share) -> bool:
    """Whether one of an article's sentences gives a share of the group that meets `share`."""
    return any(
        not _apart(theirs, share)
        for text in texts
        if (theirs := shares(text).get(share.group)) is not None
    )


def _at_odds(
    ours: dict[str, Share], theirs: dict[str, Share], texts: tuple[Sequence[str], Sequence[str]]
) -> list[str]:
    """The groups both sentences give shares of whose shares do not meet, when they give
    shares of two groups or more in common and neither article gives the other's share of
    a group elsewhere."""
    common = [group for group in ours if group in theirs]
    if len(common) < 2:
        return []
    odds = [group for group in common if _apart(ours[group], theirs[group])]
    if any(_gives(texts[0], theirs[g]) or _gives(texts[1], ours[g]) for g in odds):
        return []
    return odds


def _nothing_else_shared(i: int, j: int, given: dict[str, Share], similarity: Similarity) -> bool:
    """Whether two sentences share no word but their shares' (`given`: one's)."""
    own = _COUNT_STEMS.union(stems(" ".join(share.written for share in given.values())))
    shared = set(similarity.stems[i]).intersection(similarity.stems[j])
    return all(stem in own or stem[0].isdigit() for stem in shared)


def _reason(groups: Sequence[str], ours: dict[str, Share], theirs: dict[str, Share]) -> str:
    """What differs, as the two sentences write it."""
    written_a = ", ".join(ours[g].written for g in groups)
    written_b = ", ".join(theirs[g].written for g in groups)
    return f"Different shares of one population: {written_a} vs {written_b}"


def _twice(text: str) -> bool:
    """Whether a sentence writes two shares or more (`SHARE_WORDS`): the numbers of one that
    writes one are not read (most percentages are alone in their sentence)."""
    lowered = text.lower()
    return sum(lowered.count(words) for words in SHARE_WORDS) >= 2


def share_conflicts(similarity: Similarity, rows: set[int]) -> list[Conflict]:
    """Shares of the same groups that do not meet, in sentences (`rows`: those holding one
    of `SHARE_WORDS`) of different articles, however alike (raw 179's pair is 0.22 alike)."""
    sentences = similarity.sentences
    given = {
        row: found
        for row in sorted(rows)
        if _twice(sentences[row].text) and len(found := shares(sentences[row].text)) >= 2
    }
    if len(given) < 2:
        return []
    by_article: dict[str, list[str]] = {}
    for row in sorted(rows):
        by_article.setdefault(sentences[row].article.id, []).append(sentences[row].text)
    conflicts = []
    for i, j in combinations(given, 2):
        a, b = sentences[i], sentences[j]
        if a.article is b.article:
            continue
        texts = (by_article[a.article.id], by_article[b.article.id])
        odds = _at_odds(given[i], given[j], texts)
        if not odds or _nothing_else_shared(i, j, given[i], similarity):
            continue
        if other_days(a.text, b.text) or apart(scope(a.text), scope(b.text)):
            continue
        reason = _reason(odds, given[i], given[j])
        conflicts.append(Conflict("number", (a,), (b,), reason))
    return conflicts
