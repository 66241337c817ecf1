"""Whether a candidate tells again a fact another outlet's chosen sentence told.

The redundancy cut (`SummaryOptions.redundancy`, a cosine of 0.70) and the overlap cut
(half of a candidate's content words in the summary) let through two outlets' wordings of
one fact: raw validation 96's "Mark Lane, ..., died on Tuesday at his home in
Charlottesville, Va." and "Mark Lane, died of a heart attack Tuesday night at his home in
Charlottesville, Virginia, ..." (cosine 0.48, 6 of 12 words), 229's two reports of Marty
Balin's death (0.54). The analysis links such pairs as one agreed fact by a score that
averages the vectors' cosine with a TF-IDF cosine, and by a word each article writes once
(analyze/agreement.py); the summary reads the same two signs from its own content words,
only for the candidate about to be taken. At the mean the DUC bar allows (`SCORE`) it takes
out 96's two sentences on Lane's King inquiry (0.47).

The deaths (0.36) are one event told twice: the same name, the same deed in "-ed" and the
same weekday ("Mark Lane ... died on Tuesday" / "Mark Lane, died of a heart attack Tuesday
night"). Such a pair, from the analysis' own floor (`EVENT_SCORE`), is read once the summary
is chosen, in reading order, so the telling the reader meets first stays: passed over while
choosing, the second telling (often a lead with the most to say) was the one left out
(docs/journal/summary.md, "Summary a reader sees, tenth pass").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from chorus.facts import supports
from chorus.language.days import weekdays
from chorus.summarize.lexical import Terms


@dataclass(frozen=True, slots=True)
class Wording:
    """Each sentence's content words, which of them its article writes there alone, and
    their TF-IDF weights."""

    terms: Terms
    single: np.ndarray
    """Per entry of `terms.indices`: the sentence's article writes the word nowhere else."""
    article_of: np.ndarray
    idf: np.ndarray
    """Each word's IDF over the cluster's sentences."""
    norms: np.ndarray
    """Each sentence's TF-IDF norm."""


def wording(terms: Terms, article_of: np.ndarray) -> Wording:
    """The cluster's content words (`terms`), each marked whether its article writes it in
    that sentence alone, and weighed by TF-IDF; `article_of` gives each sentence's article."""
    owners = np.repeat(np.arange(len(terms.indptr) - 1), np.diff(terms.indptr))
    keys = np.asarray(article_of)[owners] * max(len(terms.articles), 1) + terms.indices
    # A key written once is unlike both its neighbours in sorted order (cheaper than
    # `np.unique`'s counts: 0.04 → 0.03 ms a cluster).
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    lone = np.ones(len(keys), dtype=bool)
    lone[1:] &= ordered[1:] != ordered[:-1]
    lone[:-1] &= ordered[:-1] != ordered[1:]
    single = np.empty(len(keys), dtype=bool)
    single[order] = lone
    # Weighed once a cluster: selection's `Told` and `citations.retold_by` each read them
    # (computed apart, 335 times for the 250 raw validation clusters).
    sentences = len(terms.indptr) - 1
    frequency = np.bincount(terms.indices, minlength=len(terms.articles))
    idf = np.log((1.0 + sentences) / (1.0 + frequency)) + 1.0
    norms = np.sqrt(np.bincount(owners, weights=idf[terms.indices] ** 2, minlength=sentences))
    return Wording(terms, single, np.asarray(article_of), idf, np.maximum(norms, 1e-9))


SCORE = 0.45
"""The mean of the vectors' and the words' cosines at or above which two sentences may tell
one fact. Over the 250 raw validation clusters (analysis on), 84 pairs of summary sentences
are one agreed fact: their means run 0.22–0.57 (median 0.39), other pairs' −0.09–0.58
(median 0.12). At 0.34, the analysis' own floor, DUC 2003's R-2 fell 0.35–0.40 (its
clusters are ten reports of one event, and its references reward the repeated leads); at
0.45 both sets gain (docs/journal/summary.md, "Summary a reader sees, eighth pass")."""
SHARED = 2
"""How many words each of the two articles writes in that sentence alone both must share:
two outlets telling one fact most often both write its own word ("died", "heart attack",
"Charlottesville") once; two sentences of one story share its topic words, written often."""


def _weights(wording: Wording, row: int) -> tuple[np.ndarray, np.ndarray]:
    """A row's content words and their TF-IDF weights, normed."""
    terms = wording.terms
    own = terms.indices[terms.indptr[row] : terms.indptr[row + 1]]
    return own, wording.idf[own] / wording.norms[row]


def pair_mean(wording: Wording, vectors: np.ndarray, row: int, other: int) -> float:
    """The mean of two rows' vectors' cosine and their words' TF-IDF cosine, as `Told`
    reads it for one pair."""
    own, weights = _weights(wording, row)
    their, theirs = _weights(wording, other)
    _, mine, yours = np.intersect1d(own, their, assume_unique=True, return_indices=True)
    return (float(vectors[row] @ vectors[other]) + float(weights[mine] @ theirs[yours])) / 2


@dataclass(slots=True)
class Told:
    """The chosen rows, and the words their articles write there alone; their TF-IDF
    weights are laid out as dense rows only once a candidate shares enough such words."""

    wording: Wording
    rows: list[int] = field(default_factory=list)
    any_single: np.ndarray | None = None
    """Per word: some chosen row's article writes it there alone. A candidate sharing fewer
    than `SHARED` such words with them all shares fewer with each (most candidates)."""
    weights: np.ndarray | None = None
    singles: np.ndarray | None = None
    laid: int = 0
    """How many of `rows` have their dense rows in `weights` and `singles`."""

    def add(self, row: int) -> None:
        w = self.wording
        if self.any_single is None:
            self.any_single = np.zeros(len(w.terms.articles), dtype=bool)
        entries = slice(w.terms.indptr[row], w.terms.indptr[row + 1])
        self.any_single[w.terms.indices[entries][w.single[entries]]] = True
        self.rows.append(row)

    def _lay(self) -> None:
        """Dense rows for the rows added since the last call."""
        w, taken = self.wording, len(self.rows)
        if self.weights is None or len(self.weights) < taken:
            size = len(w.idf)
            weights, singles = np.zeros((2 * taken, size)), np.zeros((2 * taken, size), dtype=bool)
            if self.weights is not None:
                weights[: self.laid], singles[: self.laid] = (
                    self.weights[: self.laid],
                    self.singles[: self.laid],
                )
            self.weights, self.singles = weights, singles
        for n in range(self.laid, taken):
            entries = slice(w.terms.indptr[self.rows[n]], w.terms.indptr[self.rows[n] + 1])
            own = w.terms.indices[entries]
            self.weights[n, own] = w.idf[own] / w.norms[self.rows[n]]
            self.singles[n, own[w.single[entries]]] = True
        self.laid = taken

    def _shares_lone(self, row: int) -> tuple[np.ndarray, np.ndarray] | None:
        """The row's content words and those its article writes there alone, when it shares
        `SHARED` of the latter with the chosen rows' (`any_single`); None otherwise (most
        candidates), before any cosine is read."""
        w = self.wording
        entries = slice(w.terms.indptr[row], w.terms.indptr[row + 1])
        own = w.terms.indices[entries]
        singles = own[w.single[entries]]
        if self.any_single is None or np.count_nonzero(self.any_single[singles]) < SHARED:
            return None
        return own, singles

    def _close(
        self, row: int, words: tuple[np.ndarray, np.ndarray], cosines: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per chosen row: whether it is of another article than `row` and shares
        `SHARED` words each of the two articles writes there alone (`words`, as
        `_shares_lone` gave them), and the mean of the vectors' cosine (`cosines`, to the
        chosen rows in the order added) and the words' TF-IDF cosine."""
        w = self.wording
        own, singles = words
        self._lay()
        taken = len(self.rows)
        wording = self.weights[:taken, own] @ w.idf[own] / w.norms[row]
        shared = self.singles[:taken, singles].sum(axis=1)
        apart = w.article_of[self.rows] != w.article_of[row]
        return apart & (shared >= SHARED), (cosines + wording) / 2

    def again(self, row: int, cosines: np.ndarray) -> bool:
        """Whether `row` tells again what a chosen row of another article told: the mean of
        its vectors' cosine (`cosines`, to the chosen rows in the order added) and its
        words' TF-IDF cosine reaches `SCORE`, and the two share `SHARED` words each of
        their articles writes there alone."""
        if (words := self._shares_lone(row)) is None:
            return False
        close, mean = self._close(row, words, cosines)
        return bool((close & (mean >= SCORE)).any())

    def told_alike(
        self, row: int, vectors: np.ndarray, alike: Callable[[int], bool], floor: float
    ) -> bool:
        """Whether a chosen row of another article reaches `floor` with `row`, shares
        `SHARED` such words and is `alike` it (read only for such rows). The cosines to the
        chosen rows (`vectors`, the cluster's) are read only past the shared words: over the
        raw validation clusters, 211 of `told_again`'s 4,565 reads."""
        if (words := self._shares_lone(row)) is None:
            return False
        close, mean = self._close(row, words, vectors[self.rows] @ vectors[row])
        return any(alike(self.rows[n]) for n in np.flatnonzero(close & (mean >= floor)))


EVENT_SCORE = 0.34
"""The analysis' floor for linking two sentences as one fact (analyze/agreement_pairs.py's
`AGREEMENT_THRESHOLD`): a pair below it is no retelling however much else they share. Over
the 250 raw validation clusters every floor from 0 to 0.34 changes the same three summaries
(96, 229, 78); at 0.38 only 78's."""
_DEED = re.compile(r"\b[a-z]{2,}ed\b")
"""A deed told in the past ("died", "survived"); irregular forms ("won", "shot") changed no
raw or DUC summary when added, and are left out."""
_BRITISH = re.compile(r"(?<=[a-z]{3})our(?=ed\b)")
"""A British "-oured" deed ("coloured", "honoured"), read as its American spelling: raw
validation 63's Daily Mail lead writes "coloured pencils", UPI's "colored pencils". It reads
"devoured" and "detoured" as "devored" and "detored" too, alike in both sentences, so no pair
reads otherwise; over raw validation and DUC 2003 it meets only "coloured", "armoured" and
"honoured"."""
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+")
"""A name of two capitalised words ("Mark Lane", "Silvio Berlusconi")."""
_SAYING = frozenset(
    [
        "added",
        "announced",
        "asked",
        "claimed",
        "confirmed",
        "explained",
        "insisted",
        "noted",
        "posted",
        "reported",
        "stated",
        "tweeted",
    ]
)
"""Verbs of saying: one speaker's two remarks of one day are two remarks (raw 86's "he said
... on 'Fox News Sunday' when asked ..." twice), not one deed."""


def deeds(text: str) -> frozenset[str]:
    """The deeds a sentence tells in the past ("died", "arrested"), verbs of saying aside."""
    return frozenset(_BRITISH.sub("or", deed) for deed in _DEED.findall(text)) - _SAYING


def names(text: str) -> frozenset[str]:
    """The names of two capitalised words a sentence writes (`_NAME`)."""
    return frozenset(_NAME.findall(text))


def _event(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The weekdays, the deeds and the names a sentence writes."""
    return weekdays(text), deeds(text), names(text)


def one_event(text: str, other: str) -> bool:
    """Whether two sentences write one name, one deed and one weekday: who did what, when."""
    return all(mine & theirs for mine, theirs in zip(_event(text), _event(other), strict=True))


_NO_DAYS: frozenset[str] = frozenset()


def retold_events(
    wording: Wording, texts: Sequence[str], vectors: np.ndarray, ordered: Sequence[int]
) -> list[int]:
    """The rows of `ordered` (a summary in reading order) that tell again an event a row
    before them, of another article, told: one name, deed and weekday (`one_event`) at
    `EVENT_SCORE` and `SHARED` such words (`told_again`)."""
    # Only rows writing a weekday a row of another article writes can tell one event
    # again: most summaries hold none, and are read no further.
    days = {
        row: weekdays(texts[row]) if "day" in texts[row] or "DAY" in texts[row] else _NO_DAYS
        for row in ordered
    }
    articles: dict[str, set[int]] = {}
    for row, found in days.items():
        for day in found:
            articles.setdefault(day, set()).add(int(wording.article_of[row]))
    shared = {day for day, of in articles.items() if len(of) > 1}
    if not shared:
        return []
    rows = [row for row in ordered if not days[row].isdisjoint(shared)]
    return told_again(
        wording, vectors, rows, lambda mine, theirs: one_event(texts[mine], texts[theirs])
    )


def told_again(
    wording: Wording,
    vectors: np.ndarray,
    rows: Sequence[int],
    alike: Callable[[int, int], bool],
    floor: float = EVENT_SCORE,
) -> list[int]:
    """The rows of `rows` (in reading order) that a row before them, of another article,
    tells again (`Told.told_alike` at `floor`, `alike` reading the two rows): the telling
    read first stays."""
    told = Told(wording)
    later = []
    for row in rows:
        if told.rows and told.told_alike(row, vectors, partial(alike, row), floor):
            later.append(row)
        else:
            told.add(row)
    return later


WITHIN = 0.8
"""The share of a shown row's content words another, longer shown row writes at which it
tells nothing that row does not ("Rubble from the collapsed home spilled into the street."
in "... clearing 15 feet of rubble and debris that spilled onto the street from the
collapsed home", raw 187; "Shimron was the youngest of six siblings, his family said." in
"Shimron was the youngest of six children whose family arrived in Brooklyn ...", 240). At
0.75 it took raw 77's and 172's further rows out as well (R-1 −0.021 / R-2 −0.019 over
the 250 raw clusters, against −0.011 / −0.006)."""
WITHIN_WORDS = 4
"""The fewest content words of a row read so: a credit's "Mr. Oppenheim said." is in any
sentence naming him."""
WITHIN_COSINE = 0.4
"""The vectors' cosine the two rows reach: sharing words, they tell one thing."""


def told_within(
    terms: Terms, texts: Sequence[str], vectors: np.ndarray, rows: Sequence[int]
) -> list[int]:
    """The rows of `rows` (a summary) whose content words (`WITHIN_WORDS` or more) another,
    longer row of `rows` mostly writes (`WITHIN`), close in meaning (`WITHIN_COSINE`) and
    giving no other figure or day (`facts.supports`): the longer row tells it already. The
    overlap cut reads a candidate against the rows chosen before it; a row chosen first may
    be told again, and more, by one chosen after it."""
    own = {row: frozenset(terms.of(row).tolist()) for row in rows}
    found = []
    # a loop, not `any` over a generator: a summary's ~100 pairs cost a fifth less so
    for row in rows:
        words = own[row]
        size = len(words)
        if size < WITHIN_WORDS:
            continue
        shared = WITHIN * size
        for other in rows:
            longer = own[other]
            if (
                len(longer) > size
                and len(words & longer) >= shared
                and float(vectors[row] @ vectors[other]) >= WITHIN_COSINE
                and supports(texts[row], texts[other])
            ):
                found.append(row)
                break
    return found
