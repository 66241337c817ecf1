"""Whether a chosen row paraphrases words its own article quotes in a row shown after it.

`same_fact.Told` and `retold_leads` compare two outlets' rows, and the redundancy cut reads
the vectors' cosine only (0.70). One page paraphrasing a statement, then quoting it, passes
them all: raw validation 40's [3] "In their reply the rightsholders call the argument absurd
and ..., the language system is not very useful if there are no real Klingons to
communicate with." then “This argument is absurd, since a language is only useful if it can
be used to communicate with people, and there are no Klingons with whom to communicate,”
they write. (cosine 0.67). Such a pair shares words its article writes in those two
sentences only and few sentences of the cluster write: a story's own words recur across its
sentences, a statement's wording only where it is told. The paraphrase gives way to the
words themselves (40's quotation is an agreed fact, [1] quoting the filing too).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from chorus.summarize.lexical import Terms

PAIRED = 3
"""How many such words the two rows must share. Over main's 250 raw and 30 DUC summaries, 40
pairs of one article's rows (none in DUC) share 3 or more words their article writes in
those two alone; 6 of them with the later row opening on a quotation mark, of which only
40's is close in meaning (`COSINE`; 233's thesis and its writer's defence 0.42, 86's
Graham "tone deaf" and his words 0.31)."""
FEW = 4
"""At most how many sentences of the cluster write a shared word (40's "absurd", "useful",
"communicate" are also in [1]'s quotation of the filing: 3–4 sentences)."""
COSINE = 0.65
"""The vectors' cosine from which the pair is read. Without the quotation mark, raw 0's two
tellings of the United States' place (0.69) were one fact, but 18's average wedding cost and
its dearest place (0.67) and 132's State Department letter and UNFPA's answer (0.63) two."""
_OPENING_MARKS = frozenset('“"')
"""A row opening on one of these is a quotation."""


def paired_words(terms: Terms, article_of: np.ndarray) -> np.ndarray:
    """Per entry of `terms.indices`: its article writes the word in exactly two sentences,
    and the cluster in at most `FEW`."""
    owners = np.repeat(np.arange(len(terms.indptr) - 1), np.diff(terms.indptr))
    size = len(terms.articles)
    keys = np.asarray(article_of)[owners] * size + terms.indices
    per_article = np.bincount(keys)[keys]
    in_cluster = np.bincount(terms.indices, minlength=size)[terms.indices]
    return (per_article == 2) & (in_cluster <= FEW)


def retold_on_page(
    terms: Terms,
    paired: np.ndarray,
    vectors: np.ndarray,
    article_of: np.ndarray,
    texts: Sequence[str],
    rows: Sequence[int],
) -> list[int]:
    """The rows of `rows` (a summary, in reading order) shown before a quotation of their
    article (a row opening on a quotation mark) with which they share `PAIRED` words
    (`paired`, from `paired_words`), their cosine `COSINE` or more."""
    # most summaries show no quotation after their first row: no words to read
    quoted = [n for n, row in enumerate(rows) if n and texts[row].lstrip()[:1] in _OPENING_MARKS]
    if not quoted:
        return []
    words = {
        row: frozenset(terms.of(row)[paired[terms.indptr[row] : terms.indptr[row + 1]]].tolist())
        for row in rows[: quoted[-1] + 1]
    }
    found = []
    for n in quoted:
        row = rows[n]
        if len(words[row]) < PAIRED:
            continue
        for before in rows[:n]:
            if (
                article_of[before] == article_of[row]
                and before not in found
                and len(words[row] & words[before]) >= PAIRED
                and float(vectors[row] @ vectors[before]) >= COSINE
            ):
                found.append(before)
                break
    return found
