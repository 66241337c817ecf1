"""Whether an article's lead tells again the lead of another article shown before it.

Two outlets' leads of one event pass the redundancy cut (a cosine of 0.70) and the overlap
cut when each says it in its own words: raw validation 110's 'French police have arrested
a man suspected of planning an attack on "one or two churches" ...' and "An Algerian man
suspected of planning an imminent attack on a church has been arrested in Paris, ..."
(cosine 0.60, a mean with the words' TF-IDF cosine of 0.49), with no two words each
article writes there alone, so `same_fact.Told` never reads them. Leads alone are read: a
lead tells the story's event, and two leads close in meaning tell it twice; read over
every pair of rows, the same floor cost raw R-1 0.03–0.07 (docs/journal/summary.md,
"Summary a reader sees, thirty-first pass"). A later lead telling a deed the earlier one
does not (raw 95's "A female case worker was killed ...") brings news and stays.

A lead is an article's first sentence or its first prose sentence (`leads`): a page opening
on its title ("Former employees indicted for leaking nude images of Virgin Islands delegate",
raw 58's POLITICO) leads with the sentence below it ("Two former employees of Stacey
Plaskett, ... have been indicted ...", a mean of 0.51 with [1]'s lead shown above it).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

import numpy as np

from chorus.summarize.same_fact import SCORE, Wording, deeds, pair_mean


def retold_leads(
    wording: Wording,
    texts: Sequence[str],
    vectors: np.ndarray,
    ordered: Sequence[int],
    firsts: Set[int],
) -> dict[int, int]:
    """The rows of `ordered` (a summary in reading order) that are an article's lead
    (`firsts`: its first sentence, or its first prose sentence) and tell again, at a mean of
    `same_fact.SCORE`, the lead of another article shown before them, telling no deed it does
    not; each with that lead."""
    leads = [row for row in ordered if row in firsts]
    found: dict[int, int] = {}
    for n, row in enumerate(leads[1:], 1):
        told = next(
            (
                before
                for before in leads[:n]
                if before not in found
                and wording.article_of[row] != wording.article_of[before]
                and deeds(texts[row]) <= deeds(texts[before])
                and pair_mean(wording, vectors, row, before) >= SCORE
            ),
            None,
        )
        if told is not None:
            found[row] = told
    return found


def cited_leads(
    texts: Sequence[str],
    article_of: np.ndarray,
    ordered: Sequence[int],
    cited: Sequence[list[int]],
    retold: dict[int, int],
) -> list[list[int]]:
    """Per row of `ordered`, its `cited` rows and the leads left out as telling it again
    (`retold`, lead → the lead shown) that tell the very deeds it tells, of an article it
    cites none of: raw 110's Reuters lead for the BBC's ("arrested", "suspected")."""
    # only a row some lead was left out for is read for its deeds
    shown_rows = set(retold.values())
    article = article_of.tolist()  # a list's items are read faster than an array's
    out = []
    for row, near in zip(ordered, cited, strict=True):
        more = _retelling(texts, article_of, row, near, retold) if row in shown_rows else []
        out.append(sorted([*near, *more], key=article.__getitem__))
    return out


def _retelling(
    texts: Sequence[str], article_of: np.ndarray, row: int, near: list[int], retold: dict[int, int]
) -> list[int]:
    """The leads left out for `row` telling its very deeds, of an article `row` and its
    `near` rows are not of."""
    taken = {int(article_of[m]) for m in (row, *near)}
    told = deeds(texts[row])
    return [
        lead
        for lead, shown in retold.items()
        if shown == row
        and told
        and deeds(texts[lead]) == told
        and int(article_of[lead]) not in taken
    ]
