"""People, organisations and places, with how many outlets mention each.

spaCy's recognizer costs ~0.1 ms a word, more than the rest of a briefing, so it reads a
word-budgeted set of sentences chosen to cover the capitalised names that the most
articles share. What it finds there is then counted in every sentence by exact match, so
an entity mentioned by four outlets is counted in all four, recognised once.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from chorus.analyze.model import Entity, EntityLabel, Excerpt
from chorus.model import Sentence

LABELS: dict[str, EntityLabel] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
"""spaCy labels shown, and what they are called in a briefing."""

NER_WORD_SHARE = 0.05
"""Share of a cluster's words the recognizer reads. At ~0.12 ms a word it is the costliest
step of the analysis; 5% of a Multi-News cluster (~80 words) keeps the analysis near 2× a
plain briefing (BENCHMARKS.md) and covers the names most outlets share."""
NER_MIN_WORDS = 120
NER_MAX_WORDS = 1_500
"""Bounds on the words read: enough for a short cluster's main names, and a cap for a
300-article input."""
MAX_ENTITIES = 40

_CANDIDATE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*")
_LEADING = re.compile(r"^(?:[Tt]he\s+)")
_POSSESSIVE = re.compile(r"['’]s$")

Recognizer = Callable[[Sequence[str]], list[list[tuple[int, int, str]]]]


def candidates(sentence: Sentence) -> set[str]:
    """Capitalised word runs not at the start of the sentence: where names may be."""
    return {m.group() for m in _CANDIDATE.finditer(sentence.text)}


def choose(sentences: Sequence[Sentence], words: int) -> list[int]:
    """Sentences to recognise, until `words` is spent: those dense in the names that the
    most articles share (a name's weight is the number of articles using it)."""
    names = [candidates(s) for s in sentences]
    spread: dict[str, set[str]] = defaultdict(set)
    for sentence, found in zip(sentences, names, strict=True):
        for name in found:
            spread[name].add(sentence.article.id)

    def density(row: int) -> float:
        return sum(len(spread[n]) for n in names[row]) / (sentences[row].word_count() + 5)

    chosen: list[int] = []
    covered: set[str] = set()
    for row in sorted((i for i, found in enumerate(names) if found), key=density, reverse=True):
        if words <= 0:
            break
        if names[row] <= covered or sentences[row].word_count() > words:
            continue
        chosen.append(row)
        covered |= names[row]
        words -= sentences[row].word_count()
    return sorted(chosen)


@dataclass(frozen=True, slots=True)
class Recognized:
    """Entity names found by the recognizer, each with its label."""

    labels: dict[str, EntityLabel]

    def aliases(self) -> dict[str, str]:
        """Every form a name is matched by, mapped to the name shown: itself, and for a
        person's full name its surname, unless two people share it ("Macron" → "Emmanuel
        Macron", whether or not "Macron" was recognised on its own)."""
        full = [n for n, label in self.labels.items() if label == "person" and " " in n]
        surnames = Counter(n.split()[-1] for n in full)
        forms = {name: name for name in self.labels}
        for name in full:
            last = name.split()[-1]
            if surnames[last] == 1:
                forms[last] = name
        return forms


def _clean_name(text: str) -> str:
    return _POSSESSIVE.sub("", _LEADING.sub("", text.strip()))


def _budget(total: int) -> int:
    return min(NER_MAX_WORDS, max(NER_MIN_WORDS, int(total * NER_WORD_SHARE)))


def recognize(
    sentences: Sequence[Sentence], recognizer: Recognizer, words: int | None = None
) -> Recognized:
    """Names and labels from the recognizer, run once on the chosen sentences."""
    total = sum(s.word_count() for s in sentences)
    budget = words if words is not None else _budget(total)
    chosen = choose(sentences, budget)
    votes: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
    for row, spans in zip(chosen, recognizer([sentences[i].text for i in chosen]), strict=True):
        text = sentences[row].text
        for start, end, label in spans:
            name = _clean_name(text[start:end])
            if label in LABELS and len(name) > 1 and name[0].isupper():
                votes[name][LABELS[label]] += 1
    return Recognized({name: _majority(v) for name, v in votes.items()})


def _majority(votes: Counter[EntityLabel]) -> EntityLabel:
    """The label given most often; ties broken by name, so every process agrees."""
    return min(votes, key=lambda label: (-votes[label], label))


def entities(sentences: Sequence[Sentence], recognized: Recognized) -> tuple[Entity, ...]:
    """Each recognised entity with its mentions in every sentence, most widely reported first."""
    forms = recognized.aliases()
    if not forms:
        return ()
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b"
    )
    mentions: dict[str, list[Excerpt]] = defaultdict(list)
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            start = sentence.start + match.start()
            end = sentence.start + match.end()
            mentions[forms[match.group()]].append(Excerpt(sentence.article, start, end))
    found = [
        Entity(
            name=name,
            label=recognized.labels[name],
            outlets=len({m.article.outlet for m in found}),
            mentions=tuple(found),
        )
        for name, found in mentions.items()
    ]
    found.sort(key=lambda e: (-e.outlets, -len(e.mentions), e.name))
    return tuple(found[:MAX_ENTITIES])
