"""The greedy extractive oracle: an upper bound for sentence extraction, given the answer.

Sentences are added one at a time, each time the one that most raises the mean of
ROUGE-1 and ROUGE-2 F1 (averaged over the references) of the summary cut to the word
budget, until no sentence raises it or the budget is spent. Bigrams are counted within
sentences, so the objective is the usual close approximation of the final ROUGE.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from chorus.evaluate import rouge
from chorus.evaluate.splitter import document_sentences


@dataclass(frozen=True, slots=True)
class Grams:
    unigrams: Counter[str]
    bigrams: Counter[tuple[str, str]]

    @classmethod
    def of(cls, tokens: Sequence[str]) -> Grams:
        return cls(Counter(tokens), Counter(pairwise(tokens)))

    def __add__(self, other: Grams) -> Grams:
        return Grams(self.unigrams + other.unigrams, self.bigrams + other.bigrams)


def _f1(candidate: Counter, reference: Counter) -> float:
    overlap = sum((candidate & reference).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def objective(summary: Grams, references: Sequence[Grams]) -> float:
    return sum(
        _f1(summary.unigrams, ref.unigrams) + _f1(summary.bigrams, ref.bigrams)
        for ref in references
    ) / (2 * len(references))


def _word_tokens(sentence: str) -> list[list[str]]:
    """ROUGE tokens of each whitespace word (so a cut sentence's tokens are a prefix)."""
    return [rouge.tokenize(word) for word in sentence.split()]


def _cut(words: Sequence[Sequence[str]], keep: int) -> Grams:
    return Grams.of([token for word in words[:keep] for token in word])


def oracle(documents: Sequence[str], words: int, references: Sequence[str]) -> list[str]:
    """Summary sentences chosen greedily to maximize ROUGE against the references."""
    sentences = [s for document in documents for s in document_sentences(document)]
    tokens = [_word_tokens(s) for s in sentences]
    whole = [_cut(t, len(t)) for t in tokens]
    targets = [Grams.of(rouge.tokenize(r)) for r in references]
    chosen: list[int] = []
    summary = Grams(Counter(), Counter())
    best = 0.0
    used = 0
    while used < words:
        left = words - used
        added = {
            row: whole[row] if len(tokens[row]) <= left else _cut(tokens[row], left)
            for row in range(len(sentences))
            if row not in chosen
        }
        gains = {row: objective(summary + grams, targets) for row, grams in added.items()}
        if not gains:
            break
        row = max(gains, key=lambda r: (gains[r], -r))
        if gains[row] <= best:
            break
        chosen.append(row)
        summary = summary + added[row]
        best = gains[row]
        used += len(tokens[row])
    return [sentences[row] for row in chosen]
