"""Conflicts: claims of different articles that cannot both be right.

Three kinds, each a rule over pairs of similar sentences (similarity.py):
- number: the same quantity (a death toll, a vote count) with different values;
- date: the same event on different days;
- denial: a claim and a denial of it ("France has proof" / "Moscow ... denied that any
  gas attack took place").
Only articles on the story take part: a background article's older toll is no conflict.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate

from chorus.analyze.model import Conflict, TimelineEntry
from chorus.analyze.similarity import Similarity

NUMBER_SIMILARITY = 0.30
"""Two sentences this alike, both counting the same thing, report one quantity."""
DATE_SIMILARITY = 0.40
"""Dating one event needs closer sentences: two events of a story often differ by a day."""
DENIAL_SIMILARITY = 0.18
"""A denial and the claim it denies share few words ("proof chemical weapons were used"
vs "denied that any gas attack took place" scores 0.20–0.24 on the seeds); the cue words
below carry the rest."""
MAX_CLAIMS_PER_DENIAL = 3

QUANTITIES: tuple[tuple[str, str], ...] = (
    # (quantity, words near a number that say what it counts)
    ("deaths", r"dead|killed|killing|deaths?|died|fatalities|lives|death toll"),
    ("injuries", r"injur\w*|wounded|hurt"),
    ("votes in favour", r"in favou?r|voted for|votes? for"),
    ("votes against", r"voted against|votes? against|voting against"),
    ("arrests", r"arrest\w*|detained"),
    ("age", r"years? old|-year-old|aged"),
    ("percentage", r"percent|per cent|%"),
)
NUMBER_WORDS = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
)
DENIAL_CUES = (
    r"\b(?:den(?:y|ies|ied|ial)|refut(?:e|es|ed)|(?:reject|dismiss)(?:s|ed)? (?:the |any |all )?"
    r"(?:claims?|allegations?|accusations?|reports?)|fabricat\w+|(?:never|did not|didn't) "
    r"(?:happen|take place|occur))\b"
)
ASSERTION_CUES = (
    r"\b(?:proof|evidence|confirm(?:s|ed)?|(?:was|were) behind|"
    r"responsible for|carried out|blamed?)\b"
)
DENIAL_WORDS = (
    *("deny", "denie", "denial", "refut", "reject", "dismiss", "fabricat", "never"),
    *("did not", "didn't"),
)
ASSERTION_WORDS = (
    *("proof", "evidence", "confirm", "behind", "responsible for", "carried out", "blame"),
)
"""Words, lowercased, that a sentence must hold for the cues to match: substring tests
are ~3x cheaper than the case-insensitive cue patterns, which try every position. (They
miss only matches the patterns' case folding finds through letters like dotless ı.)"""
_NUMBER = re.compile(  # the lookahead (a digit, a number word's first letter) fails fast
    r"(?=[\dotfsen])(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(NUMBER_WORDS)
    + r")(?![\w-])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_MONTH = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE)
_QUANTITIES = tuple((name, re.compile(rf"\b(?:{cue})", re.IGNORECASE)) for name, cue in QUANTITIES)
_ANY_QUANTITY = re.compile(rf"\b(?:{'|'.join(cue for _, cue in QUANTITIES)})", re.IGNORECASE)
"""Whether any quantity's words follow a number: nine numbers in ten have none, and one
search rules them out where the quantities tried in order took one each."""
_DEATHS = dict(_QUANTITIES)["deaths"]
_DENIAL = re.compile(DENIAL_CUES, re.IGNORECASE)
_ASSERTION = re.compile(ASSERTION_CUES, re.IGNORECASE)
_WINDOW_AFTER, _WINDOW_BEFORE = 40, 20
"""Characters around a number where the word for what it counts may stand."""


def _value(token: str) -> float:
    lowered = token.lower()
    if lowered in NUMBER_WORDS:
        return float(NUMBER_WORDS.index(lowered) + 1)
    return float(lowered.replace(",", ""))


def quantities(text: str) -> dict[str, set[float]]:
    """Numbers of a sentence by what they count (years and days of the month left out)."""
    found: dict[str, set[float]] = defaultdict(set)
    for match in _NUMBER.finditer(text):
        before = text[max(0, match.start() - _WINDOW_BEFORE) : match.start()]
        previous = (before.split() or [""])[-1]
        if _YEAR.match(match.group()) or _MONTH.match(previous):
            continue
        after = text[match.end() : match.end() + _WINDOW_AFTER]
        if not _ANY_QUANTITY.search(after) and not _DEATHS.search(before):
            continue
        for name, cue in _QUANTITIES:
            if cue.search(after) or (name == "deaths" and cue.search(before)):
                found[name].add(_value(match.group()))
                break
    return found


def _number(value: float) -> str:
    return f"{value:g}"


def number_conflicts(similarity: Similarity, rows: Sequence[int]) -> list[Conflict]:
    keep = set(rows)
    pairs = [(i, j) for i, j, _ in similarity.pairs(NUMBER_SIMILARITY) if i in keep and j in keep]
    # Numbers are read only in sentences that have a close pair: most have none.
    paired = {row for pair in pairs for row in pair}
    counted = {row: quantities(similarity.sentences[row].text) for row in paired}
    conflicts = []
    for i, j in pairs:
        for name in counted[i].keys() & counted[j].keys():
            a, b = counted[i][name], counted[j][name]
            if a.isdisjoint(b):
                a_text = ", ".join(map(_number, sorted(a)))
                b_text = ", ".join(map(_number, sorted(b)))
                reason = f"{name}: {a_text} vs {b_text}"
                sides = (similarity.sentences[i],), (similarity.sentences[j],)
                conflicts.append(Conflict("number", *sides, reason))
    return conflicts


def date_conflicts(
    similarity: Similarity, rows: Sequence[int], timeline: Sequence[TimelineEntry]
) -> list[Conflict]:
    days: dict[tuple[str, int], set[str]] = defaultdict(set)
    for entry in timeline:
        if entry.precision == "day":
            days[entry.sentence.key].add(entry.when)
    keep = {row for row in rows if similarity.sentences[row].key in days}
    conflicts = []
    for i, j, _ in similarity.pairs(DATE_SIMILARITY):
        if i not in keep or j not in keep:
            continue
        a, b = days[similarity.sentences[i].key], days[similarity.sentences[j].key]
        if a.isdisjoint(b):
            reason = f"same event dated {', '.join(sorted(a))} vs {', '.join(sorted(b))}"
            sides = (similarity.sentences[i],), (similarity.sentences[j],)
            conflicts.append(Conflict("date", *sides, reason))
    return conflicts


def holding(texts: Sequence[str], words: Iterable[str]) -> set[int]:
    """Indices of the texts that hold one of `words` (which hold no newline): each word is
    found in the texts joined by newlines, a `find` per text it is in plus one, where a
    substring test per text and word cost a Python step each."""
    joined = "\n".join(texts)
    ends = list(accumulate(len(text) + 1 for text in texts))
    found: set[int] = set()
    for word in words:
        start = joined.find(word)
        while start >= 0:
            row = bisect_right(ends, start)
            found.add(row)
            start = joined.find(word, ends[row])
    return found


def denial_conflicts(similarity: Similarity, rows: Sequence[int]) -> list[Conflict]:
    """Each denial with the claims it answers, from any article on the story."""
    sentences = similarity.sentences
    texts = [sentences[row].text for row in rows]
    lowered = [text.lower() for text in texts]
    may_deny, may_claim = holding(lowered, DENIAL_WORDS), holding(lowered, ASSERTION_WORDS)
    denials, claims = [], []
    for n, (row, text) in enumerate(zip(rows, texts, strict=True)):
        if n in may_deny and _DENIAL.search(text):
            denials.append(row)
        elif n in may_claim and _ASSERTION.search(text):
            claims.append(row)
    conflicts = []
    seen: set[tuple[int, ...]] = set()
    for denial in denials:
        answered = sorted(
            (r for r in claims if similarity.scores[denial, r] >= DENIAL_SIMILARITY),
            key=lambda r: -similarity.scores[denial, r],
        )[:MAX_CLAIMS_PER_DENIAL]
        key = tuple(sorted(answered))
        if not answered or key in seen:
            continue
        seen.add(key)
        claim_sentences = tuple(sentences[r] for r in key)
        reason = "a claim and its denial: " + _quoted(_DENIAL.search(sentences[denial].text))
        conflicts.append(Conflict("denial", claim_sentences, (sentences[denial],), reason))
    return conflicts


def _quoted(match: re.Match[str] | None) -> str:
    return f"“{match.group()}”" if match else ""


def conflicts(
    similarity: Similarity, on_topic: frozenset[str], timeline: Sequence[TimelineEntry]
) -> tuple[Conflict, ...]:
    """Every conflict among the sentences of the articles in `on_topic`."""
    rows = [i for i, s in enumerate(similarity.sentences) if s.article.id in on_topic]
    return tuple(
        (
            *denial_conflicts(similarity, rows),
            *number_conflicts(similarity, rows),
            *date_conflicts(similarity, rows, timeline),
        )
    )
