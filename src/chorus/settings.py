"""Named limits and defaults, in one place, each with the reason behind it."""

from __future__ import annotations

from dataclasses import dataclass

from chorus.errors import ChorusError

DEFAULT_WORDS = 250
"""Multi-News reference summaries run ~230 words; 250 is the benchmark's budget."""

DEFAULT_CHUNK_SIZE = 32
"""Clusters per chunk of `chorus batch`: ~0.3 s of work on Multi-News+, so shipping and
committing (one transaction per chunk) cost little, and a kill loses at most a few seconds."""

MAX_FILE_BYTES = 20_000_000
"""Longest input file read as one article. The longest Multi-News article is ~0.3 MB; a
larger file is a dump, not an article, and is skipped with that reason."""

MAX_ARTICLES = 1_000
"""More articles than this is a corpus, not a story: use `chorus eval`/batch tools."""


SCORERS = ("learned", "heuristic")


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """How the summarizer scores, selects and merges sentences.

    The weights were tuned on `multinews-raw-validation` (see BENCHMARKS.md); every
    field is a plain value so a configuration can be stored beside its results.
    """

    words: int = DEFAULT_WORDS
    scorer: str = "learned"
    """"learned" (the trees shipped in chorus/data, plus the heuristic as a prior) or
    "heuristic" (the weights below alone)."""
    prior_weight: float = 1.0
    """Weight of the heuristic beside the learned scorer's within-cluster z-score."""
    word_prior_weight: float = 0.5
    """Weight of the z-scored word prior (see `summarize.scorers.WordPrior`) in the
    learned scorer; 0 leaves it out."""
    depth_penalty: float = 0.35
    """Subtracted in the learned scorer from sentences deeper in their article than the
    training text goes (see `summarize.scorers.beyond_training`)."""
    position_weight: float = 1.5
    position_decay: float = 0.3
    centrality_weight: float = 0.5
    support_weight: float = 1.0
    relevance_weight: float = 1.0
    headline_penalty: float = 1.0
    """Lines without closing punctuation are headlines, bylines or list items."""
    min_words: int = 9
    """Fewest words of a sentence selected (a cluster of under 400 words selects from 7:
    `summarize.select.for_cluster`)."""
    long_words: int = 80
    long_penalty: float = 0.3
    redundancy: float = 0.70
    """Cosine similarity above which a candidate repeats a selected sentence."""
    coverage: float = 1.0
    """Weight of the coverage bonus in selection (see `summarize.select`) beside the
    sentence's z-scored score; 0 selects by score alone."""
    overlap: float = 0.5
    """Share of a candidate's content words already in the summary above which it repeats."""
    merge: float = 0.84
    """Cosine similarity above which sentences of other outlets are cited as the same fact."""
    support: float = 0.75
    """Cosine similarity above which another outlet counts as reporting a sentence."""

    def __post_init__(self) -> None:
        if self.scorer not in SCORERS:
            raise ChorusError(f"scorer must be one of {', '.join(SCORERS)}, not {self.scorer!r}")
        if self.words < 1:
            raise ChorusError(f"--words must be positive, got {self.words}")
