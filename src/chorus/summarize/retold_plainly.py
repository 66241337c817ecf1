"""Whether a summary row tells again, in its own words, one count or one day of one named
thing a row of another article shown before it told.

`same_fact.Told` reads two outlets' rows as one fact at a mean of the vectors' and words'
cosines of `SCORE` (0.45) and two words each article writes in that row alone. A fact told
in other words stays under that mean: raw validation 158's "The city, comfortably within
the borders of the Arctic Circle and home to a little more than 18,000 people, ..." [2] and
"More than 120 miles north of the Arctic Circle lies the city of Kiruna, Sweden, a
charming community of roughly 18,000 ..." [3] (0.374), 159's "... including blood clots in
her lungs that necessitated a tracheotomy last Friday." [1] and "Last Friday, it was found
that she has a blood clot in her lung, ..." [2] (0.341, and no lone word shared as `Told`
reads words: "clots" is not "clot").

At the analysis' floor (`EVENT_SCORE`), over the main summaries of the 250 raw and 30 DUC
clusters, 266 + 27 pairs of two articles' rows; most tell two facts of one story. The signs
of one fact read here: two plain words (in lower case, or a figure's digits, a plural's "s"
dropped) each article writes in that row alone, a fact's own words where a name is the
story's ("Barack Obama", "Fox News" and wire datelines are shared by rows of two facts); a
capitalised word both write past their first (a name, or a day); and among those a figure
or a day: one count or one day of one thing ("18,000" of the Arctic Circle's city, "1998"
of the University of Kansas's expedition, Friday's clot). Two plain words alone took raw
49's Conservative MP opposing the anthem's new words ("gender", "neutral") for its
Liberal MP proposing them; 241's two rows telling the outbreak "that sickened 87 people"
by the way share no name (docs/journal/summary.md, "Summary a reader sees, ninety-seventh
pass"). An article telling one fact twice itself writes its words twice: then a figure each
article writes there alone, with two more plain words both write, lone or not, reads it
(raw 213's "first hand-drawn Popeye cartoon since 1987", told twice by [2]; "Summary a
reader sees, hundredth pass"). A quotation is not read: one remark two outlets quote is
`quoted_twice`'s (read so, raw 172's two transcripts of one interview moved its R-2 by
-16.8). The telling read first stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np

from chorus.language.counts import WEEKDAYS
from chorus.summarize.lexical import BETWEEN, STOPWORDS, marked_tokens
from chorus.summarize.same_fact import EVENT_SCORE, Wording, pair_mean
from chorus.summarize.same_opening import QUOTATION_OPENINGS
from chorus.summarize.shown import past_dateline

PLAIN_SHARED = 2
"""How many plain lone words the two rows share."""
_PLAIN = re.compile(r"(?<!\w)[a-z0-9]+(?!\w)")
"""A word written in lower case, or a figure's digits ("18,000": "18", "000"), as `lexical`
splits words; not a piece of a name ("PhD", "Mjölnir"'s "lnir" after its "ö")."""
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][a-z]+")
"""A capitalised word past a row's first: a name's, or a day's."""
_BETWEEN = BETWEEN.encode()


def _content(words: Iterable[str]) -> frozenset[str]:
    """The content words of `words`, a plural's "s" dropped ("clots" / "clot")."""
    return frozenset(w.removesuffix("s") for w in words if len(w) > 1 and w not in STOPWORDS)


class PlainWords:
    """A cluster's rows' plain words (`_PLAIN`, content words a plural's "s" dropped) and
    names (`_CAPITALISED`), each read once a row; and which plain words an article writes,
    in any case, in one sentence alone, its words counted only once a pair of rows needs
    them (29 of main's 250 raw summaries hold such a pair)."""

    def __init__(self, texts: Sequence[str], article_of: np.ndarray) -> None:
        self.texts = texts
        self._article_of = article_of
        self._counts: dict[int, dict[str, int]] = {}
        self._words: dict[int, frozenset[str]] = {}
        self._names: dict[int, frozenset[str]] = {}

    def words(self, row: int) -> frozenset[str]:
        """A row's plain words."""
        if (found := self._words.get(row)) is None:
            found = self._words[row] = _content(_PLAIN.findall(self.texts[row]))
        return found

    def names(self, row: int) -> frozenset[str]:
        """A row's capitalised words past its first, function words aside, read past a
        dateline opening it (`shown.past_dateline`): a wire's "NEW YORK, May 18 (UPI) -- Art
        supply company Crayola is warning ..." (raw validation 63) names Crayola, not "May"
        or "Art", as the summary shows it."""
        if (found := self._names.get(row)) is None:
            text = self.texts[row]
            capitalised = _CAPITALISED.findall(text[past_dateline(text) :])
            found = self._names[row] = frozenset(
                w for w in capitalised if w.lower() not in STOPWORDS
            )
        return found

    def _article_counts(self, article: int) -> dict[str, int]:
        """How many of the article's sentences write each content word."""
        if (counts := self._counts.get(article)) is None:
            rows = np.flatnonzero(self._article_of == article)
            counts = {}
            # one list of tokens, cut at the mark between sentences: split in C, each token
            # decoded once (decoding every token of every sentence cost 4× as much)
            tokens = b" ".join(marked_tokens([self.texts[row] for row in rows]))
            for sentence in tokens.split(_BETWEEN):
                for word in _content(sentence.decode().split()):
                    counts[word] = counts.get(word, 0) + 1
            self._counts[article] = counts
        return counts

    def lone(self, row: int, words: Iterable[str]) -> frozenset[str]:
        """The `words` of `row` its article writes in no other sentence."""
        counts = self._article_counts(int(self._article_of[row]))
        return frozenset(word for word in words if counts.get(word) == 1)


def _count_or_day(words: frozenset[str], names: frozenset[str]) -> bool:
    """Whether a figure is among `words` or a day among `names`."""
    return any(word.isdigit() for word in words) or any(n.lower() in WEEKDAYS for n in names)


def _tells_again(
    wording: Wording, vectors: np.ndarray, plain: PlainWords, row: int, other: int
) -> bool:
    """Whether `row` tells again one count or one day of one thing `other`, a row of another
    article, told (see `retold_in_plain_words`)."""
    shared = plain.words(row) & plain.words(other)
    # read from the texts alone first: an article's words are counted for few pairs
    if wording.article_of[other] == wording.article_of[row] or len(shared) < PLAIN_SHARED:
        return False
    named = plain.names(row) & plain.names(other)
    if not named or not _count_or_day(shared, named):
        return False
    lone = plain.lone(row, shared) & plain.lone(other, shared)
    own_words = len(lone) >= PLAIN_SHARED and _count_or_day(lone, named)
    return (own_words or _figure_told(lone, shared)) and pair_mean(
        wording, vectors, row, other
    ) >= EVENT_SCORE


def _figure_told(lone: frozenset[str], shared: frozenset[str]) -> bool:
    """Whether a figure is among the `lone` words and `PLAIN_SHARED` other plain words are
    among the `shared` ones, lone or not: an article telling one fact twice itself writes
    its words twice, and only the figure is written there alone (raw 213's [2], "the first
    hand-drawn Popeye cartoon in more than 30 years" and "... the first hand-drawn,
    frame-by-frame rendering for Popeye ... since ... 1987", against [1]'s "Said to be the
    first hand-drawn Popeye cartoon since 1987, ...")."""
    return any(word.isdigit() for word in lone) and (
        sum(not word.isdigit() for word in shared) >= PLAIN_SHARED
    )


def retold_in_plain_words(
    wording: Wording, vectors: np.ndarray, ordered: Sequence[int], plain: PlainWords
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, quotations aside) that share with a
    row before them, of another article, `PLAIN_SHARED` plain words each article writes
    there alone (`PlainWords.lone`), a name, and a figure among those words or a day among
    those names (or a figure each writes there alone and two more plain words both write,
    `_figure_told`), at a mean of `EVENT_SCORE` or more (`same_fact.pair_mean`): one count or
    one day of one thing told again; the telling read first stays."""
    later: list[int] = []
    seen: list[int] = []
    for row in ordered:
        if plain.texts[row].startswith(QUOTATION_OPENINGS) or len(plain.words(row)) < PLAIN_SHARED:
            continue
        if any(_tells_again(wording, vectors, plain, row, other) for other in seen):
            later.append(row)
        else:
            seen.append(row)
    return later
