"""Selection under a word budget: the best sentence for the summary so far, step by step.

Each step takes the candidate with the highest score plus a coverage bonus: the weight of
the content words it would add to the summary, per word of the sentence, where a word
weighs as many other outlets as use it. Words already covered add nothing, so the bonus
falls for a sentence that repeats the summary and rises for one that brings the story's
shared words the summary still lacks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np

from chorus.settings import SummaryOptions
from chorus.summarize.lexical import Terms
from chorus.summarize.same_fact import Told
from chorus.summarize.scorers import standardized

_ENOUGH = 4
"""Stop once fewer words than this remain: no real sentence fits in them."""
_GREATEST = np.maximum.reduce
"""`ndarray.max` of a 1-d array without the Python function numpy wraps it in: read at
every step and every row a step reads (~43 times a raw validation cluster)."""


@dataclass(frozen=True, slots=True)
class _Weighed:
    """The entries of `Terms.indices` that weigh anything (a term more than one article
    uses), each with its sentence and weight, gathered once a selection, not at every step.
    A term of one article weighs 0.0, and adding 0.0 leaves a sum's bits as they were: 61%
    of the raw validation entries, read at every step for nothing."""

    indices: np.ndarray
    owners: np.ndarray
    weights: np.ndarray
    sentences: int


def _weighed(terms: Terms) -> _Weighed:
    owners = np.repeat(np.arange(len(terms.indptr) - 1), np.diff(terms.indptr))
    weights = np.maximum(terms.articles - 1.0, 0.0)[terms.indices]
    kept = weights > 0.0
    return _Weighed(terms.indices[kept], owners[kept], weights[kept], len(terms.indptr) - 1)


def _coverage_gains(weighed: _Weighed, covered: np.ndarray) -> np.ndarray:
    """Per sentence: the weight of its content words not yet covered."""
    new = np.where(covered[weighed.indices], 0.0, weighed.weights)
    gains = np.bincount(weighed.owners, weights=new, minlength=weighed.sentences)
    # numpy's bincount of no weights is an integer array, which the division by words
    # cannot write into: a cluster without a content word ("One. Two.") raised there
    return gains.astype(np.float64, copy=False)


COPY = 0.85
"""The cosine at which a row brought along with a candidate copies a chosen row: raw 1's
two outlets' '"Is there something wrong with it?" fan Jordan Deuschleman asked.' 0.93. At
0.80 172's two transcripts of Cosby's "... you're a hypocrite ..." (0.81) were read as one
too, and its defamation suit went out (R-1 −11.2 / R-2 −16.2: over issue 4's bar); at
`redundancy` (0.70) 13's "... information on adoption will be available ..." too
(docs/journal/summary.md, "Summary a reader sees, twenty-sixth pass (stop 36)")."""


SHORT = 5
"""The fewest words of a row filling the room the longer ones leave (raw 42's "Her injuries
have left her tetraplegic.")."""
SMALL = 400
"""A cluster of fewer words than this is a short story, its sentences of `SMALL_MIN_WORDS`
words and more told as the longer ones are (raw 113's "The patients were followed for one
year."). Not read in budgets: at 1,000 words, clusters of up to 1,600 took taglines and
headings ("Lisa P. White covers Concord and Pleasant Hill.")."""
SMALL_MIN_WORDS = 7
UNDER = 0.9
"""The share of the budget under which a summary is filled with short rows: one a few
words short of it has no room left to fill (raw 63 took "GET THIS VIDEO TO 100,000
likes!" at 241 words)."""
WEAK = -0.5
"""The z-score under which a row is not taken past `UNDER` of the budget: a row chosen
there is chosen because it fits the last words (over the 250 raw validation clusters, 185
summaries closed on a row picked with under 30 words left, at a mean z of 0.17 against 1.12
for the rows before it), and one half a standard deviation below the cluster's mean is
filler (raw 88's heading "Takei: Muslim registry brings up ...", 132's fragment "in Jammu
and Kashmir agreed upon ...", 17's "It was not immediately clear what the defect was.").
Past `UNDER` only, so a summary never stops shorter for it than the fill pass allows."""


def for_cluster(options: SummaryOptions, total_words: int) -> SummaryOptions:
    """The options a cluster of `total_words` words is summarized with: `min_words` down to
    `SMALL_MIN_WORDS` in a cluster under `SMALL` words (scoring's prose positions with it)."""
    if total_words >= SMALL or options.min_words <= SMALL_MIN_WORDS:
        return options
    return replace(options, min_words=SMALL_MIN_WORDS)


def _best_first(candidates: np.ndarray, key: np.ndarray) -> Iterator[int]:
    """`candidates` by `key`, highest first, ties in row order (a stable sort): the first
    found by `argmax`, the rest sorted only when it is passed over (over the raw validation
    clusters a step reads 1.2 candidates). A NaN, which the sort puts last, sorts all."""
    best = int(key.argmax())
    found = key[best] == key[best]
    if found:
        yield int(candidates[best])
    for n in np.argsort(-key, kind="stable")[1 if found else 0 :]:
        yield int(candidates[n])


def _group(
    row: int, behind: np.ndarray, ahead: np.ndarray, taken: np.ndarray, intro: np.ndarray | None
) -> list[int]:
    """`row` with the row before it that it pulls and the rows after it that it leads
    into, when not taken already: a row led into may lead on in turn (raw 221's "It's one
    thing to say ..." / "The argument Obama made Saturday went further." / "As Obama framed
    it, ..."). The earlier row introducing the speaker of `row`, or of the row it pulls
    (`intro`, -1 for none), comes first."""
    group = [row - 1] if behind[row] and not taken[row - 1] else []
    group.append(row)
    if intro is not None:
        brought = [int(intro[n]) for n in group if intro[n] >= 0 and not taken[intro[n]]]
        group = [n for n in dict.fromkeys(brought) if n not in group] + group
    while ahead[group[-1]] and not taken[group[-1] + 1]:
        group.append(group[-1] + 1)
    return group


def _usable(
    brings: np.ndarray, follows: np.ndarray | None, shut: np.ndarray | None, ahead: np.ndarray
) -> np.ndarray | None:
    """`brings` without the rows that cannot be brought along (one waiting for its own row
    before, shut, or leading into the row after it, a chain `_group` follows only from
    the row taken); None when no row is left."""
    brought = np.maximum(brings, 0)
    usable = (brings >= 0) & ~ahead[brought]
    if follows is not None:
        usable &= ~follows[brought]
    if shut is not None:
        usable &= ~shut[brought]
    return np.where(usable, brings, -1) if usable.any() else None


def _introduced(
    intro: np.ndarray, behind: np.ndarray, words: np.ndarray, taken: np.ndarray
) -> np.ndarray:
    """Per row, the words of the introductions not yet taken that `_group` brings with it:
    its own and the one of the row before it that it pulls."""
    pending = (intro >= 0) & ~taken[np.maximum(intro, 0)]
    extra = np.where(pending, words[np.maximum(intro, 0)], 0)
    extra[1:] += np.where(behind[1:] & (intro[1:] != intro[:-1]), extra[:-1], 0)
    return extra


def _led_on(leads: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Per row, the sum of `values` over the rows its chain of `leads` brings after it."""
    carried = np.zeros(len(values), dtype=values.dtype)
    for row in np.flatnonzero(leads[:-1])[::-1]:
        carried[row] = values[row + 1] + carried[row + 1]
    return carried


def select(
    scores: np.ndarray,
    vectors: np.ndarray,
    words: np.ndarray,
    options: SummaryOptions,
    terms: Terms | None = None,
    follows: np.ndarray | None = None,
    leads: np.ndarray | None = None,
    shut: np.ndarray | None = None,
    told: Told | None = None,
    pulls: np.ndarray | None = None,
    fill: np.ndarray | None = None,
    first: np.ndarray | None = None,
    brings: np.ndarray | None = None,
) -> list[int]:
    """Rows chosen one at a time by z-scored score plus `options.coverage` × the coverage
    bonus (scaled so the best candidate's bonus is 1; needs `terms`). A row is passed
    over for good when it would exceed the budget, when it scores below `WEAK` past
    `UNDER` of the budget, when it is shorter than
    `options.min_words` (unless no row is that long), when its cosine to a chosen row
    reaches `options.redundancy`, or when more than `options.overlap` of its content
    words are in the summary already, or when `told` reads it as telling again a chosen
    row's fact (`same_fact.Told`). A row marked in `follows` (one that refers back to
    the row before it) waits until that row is chosen. A row marked in `leads` (one that
    introduces the row after it) is taken together with that row: both fit or neither is
    taken. A row marked in `pulls` (a quotation whose credit is the row before it) is taken
    together with that row, when that row may be taken alone. A row marked in `shut` (one
    a reader does not need) is never taken, nor the row leading into it. A row brought
    along whose cosine to a chosen row reaches `COPY` keeps its candidate out. Once no
    row is left to take, a row marked in `fill` of at least `SHORT` words, scored at or
    above the cluster's mean, may fill the room left under the same cuts, the overlap cut
    read as "one content word of its own". A row marked in `first` is taken before any
    other, under the same cuts, when it can be taken. A row whose entry in `brings` is
    another row (-1 for none: a line whose speaker only an earlier row of its article names
    in full) is taken together with that row, as a row in `pulls` is with the row before
    it."""
    open_rows = words >= options.min_words
    if not open_rows.any():
        open_rows = words > 0
    later = (words >= SHORT) & (False if fill is None else fill)
    if shut is not None:
        allowed = ~shut
        # A row introducing a shut one would bring it along (summary24's first-person run
        # never ended on that): neither is taken, nor a row whose chain reaches it.
        if leads is not None:
            allowed &= _led_on(leads, shut.astype(np.int64)) == 0
        open_rows &= allowed
        later &= allowed
    waiting = None
    if follows is not None and follows.any():
        waiting = open_rows & follows
        open_rows &= ~follows
    base = standardized(np.asarray(scores, dtype=np.float64))
    later &= base >= 0
    weak = base < WEAK
    covered = None if terms is None else np.zeros(len(terms.articles), dtype=bool)
    if terms is not None:
        weighed = _weighed(terms)
        # Each row's terms sliced by plain ints: `Terms.of` reads two numpy scalars a call,
        # and the loop below slices a row's terms at every row it reads or takes.
        term_bounds = terms.indptr.tolist()
    ahead = np.zeros(len(words), dtype=bool) if leads is None else leads.copy()
    ahead[-1:] = False
    behind = np.zeros(len(words), dtype=bool) if pulls is None else pulls.copy()
    behind[:1] = False
    # a credit that waits for its own row before, or is shut, brings its quotation nothing
    if follows is not None:
        behind[1:] &= ~follows[:-1]
    if shut is not None:
        behind[1:] &= ~shut[:-1]
    intro = None if brings is None else _usable(brings, follows, shut, ahead)
    taken = np.zeros(len(words), dtype=bool)
    need = words + _led_on(ahead, words)
    need[1:] += np.where(behind[1:], words[:-1], 0)
    # The divisor of a row's coverage gain, made once: the words never change.
    word_floor = np.maximum(words, 1)
    chosen: list[int] = []
    # The chosen rows' vectors, kept in a block as they are chosen: gathering them anew
    # for every candidate cost more than the product.
    kept = np.empty((min(len(vectors), options.words), vectors.shape[1]), dtype=vectors.dtype)
    used = 0
    overlap = options.overlap
    while True:
        room = used + need
        if intro is not None:
            room += _introduced(intro, behind, words, taken)
        open_rows &= room <= options.words
        candidates = open_rows.nonzero()[0]
        if candidates.size == 0:
            if not later.any() or used >= UNDER * options.words:
                break
            # a short row leaning on the one before waits for it, as a long one does
            if follows is not None:
                later[1:] &= ~follows[1:] | taken[:-1]
                later[:1] &= ~follows[:1]
            open_rows = later & ~taken
            later[:] = False
            overlap = 1.0
            continue
        key = base[candidates]
        if covered is not None and options.coverage > 0:
            gains = _coverage_gains(weighed, covered)[candidates]
            gains /= word_floor[candidates]
            most = _GREATEST(gains)
            if most > 0:
                key = key + options.coverage * gains / most
        if first is not None:
            key = np.where(first[candidates], np.inf, key)
        picked = None
        # Passed over here, not before the bonus is scaled: leaving them out of its best
        # candidate rescaled every key (raw 55 lost the line naming Ziegenhorn in full).
        closing = used > UNDER * options.words
        for row in _best_first(candidates, key):
            open_rows[row] = False
            if closing and weak[row]:
                continue
            cosines = kept[: len(chosen)] @ vectors[row] if chosen else None
            if cosines is not None and float(_GREATEST(cosines)) >= options.redundancy:
                continue
            if covered is not None:
                own = terms.indices[term_bounds[row] : term_bounds[row + 1]]
                # a short row filling the room needs one word of its own (42's tetraplegic)
                seen = np.count_nonzero(covered[own])
                if own.size and (seen > overlap * own.size or seen == own.size):
                    continue
            if told is not None and cosines is not None and told.again(row, cosines):
                continue
            # A credit or introduction brought along is not read above: one copying a
            # chosen row would show one line twice (raw 1's question, two outlets' copies).
            # Nothing is taken before the row is, so this is the group it brings.
            group = _group(row, behind, ahead, taken, intro)
            if chosen and any(
                float(_GREATEST(kept[: len(chosen)] @ vectors[other])) >= COPY
                for other in group
                if other != row
            ):
                continue
            picked = row
            break
        if picked is None:
            continue
        for row in group:
            kept[len(chosen)] = vectors[row]
            chosen.append(row)
            if told is not None:
                told.add(row)
            open_rows[row] = False
            used += int(words[row])
            taken[row] = True
            if waiting is not None and row + 1 < len(waiting) and waiting[row + 1]:
                open_rows[row + 1] = True
            if covered is not None:
                covered[terms.indices[term_bounds[row] : term_bounds[row + 1]]] = True
        # A row whose introduction or credit is shown already brings nothing more along:
        # the rows leading into the group carried its rows as far as their chain goes.
        brought = 0
        for row in group:
            brought += int(words[row])
            if not ahead[row]:
                break
        before = group[0] - 1
        while before >= 0 and ahead[before]:
            need[before] -= brought
            before -= 1
        if group[-1] + 1 < len(words) and behind[group[-1] + 1]:
            need[group[-1] + 1] -= words[group[-1]]
        if options.words - used < _ENOUGH:
            break
    return chosen
