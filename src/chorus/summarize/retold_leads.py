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

Two leads telling one find in other words share almost no word, so their mean stays far
under `SCORE`: raw 2's "A CAR park in a Highland town has been confirmed by archaeologists
as the meeting place of a medieval Norse parliament." [1] and "A Viking parliamentary site
that dates to the 11th century has been found beneath a parking lot in Scotland." [2]
(cosine 0.539, mean 0.269). Such a lead is read for what it adds to the summary shown
(`told_in_other_words`): no name, no number, no deed and at most half its words' stems the
other lines do not write, two stems shared with the lead it retells. Over main's summaries
of the 250 raw and 30 DUC clusters, of the leads at a cosine of 0.53 or more to a lead of
another article shown before them telling no deed it does not (22), three are so read, each
one news told again (raw 2's find, 190's bullying study, 218's submarine); DUC 6's Cardoso
"... apparent first-round re-election victory" (eight of nine words new) and 88's April
Fools' columns are not (docs/journal/summary.md, "Summary a reader sees, hundred-and-tenth
pass"). Its deed is read against every line shown, as its names are, and its cosine from
0.50: raw 124's [2] lead "There is a lot of relief in Pleasant Hill after city clerk Kim
Lehmkuhl resigned after accusations that she failed to do the most basic part of her job."
(0.505 to [1]'s lead, "failed" in [2]'s line shown below it) was the resignation's second
telling of four (docs/journal/summary.md, "Summary a reader sees, hundred-and-twenty-fourth
pass").

A lead is an article's first sentence or its first prose sentence (`leads`): a page opening
on its title ("Former employees indicted for leaking nude images of Virgin Islands delegate",
raw 58's POLITICO) leads with the sentence below it ("Two former employees of Stacey
Plaskett, ... have been indicted ...", a mean of 0.51 with [1]'s lead shown above it).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

import numpy as np

from chorus.summarize.restated import written_numbers
from chorus.summarize.retold_plainly import PlainWords
from chorus.summarize.same_fact import SCORE, Wording, deeds, pair_mean
from chorus.summarize.shown import past_dateline

OTHER_WORDS = 0.50
"""The vectors' cosine from which another outlet's lead may tell a lead shown before it again
in other words (`told_in_other_words`): raw 2's two leads of the Dingwall find meet at 0.539,
raw 124's "There is a lot of relief in Pleasant Hill after city clerk Kim Lehmkuhl resigned
..." [2] and [1]'s "The Pleasant Hill city clerk, ... has resigned ..." at 0.505. Over main's
summaries (raw 250, DUC 30) seven pairs of leads of two articles meet between 0.50 and 0.53;
the other six each write a name, a number or most of their stems no other line shown writes
(raw 72's "$5.1 trillion", 119's "West Philly", 209's pilot's son), and stay
(docs/journal/summary.md, "Summary a reader sees, hundred-and-twenty-fourth pass")."""
STEM = 4
"""How many letters of a plain word are read as its stem: "parking" meets "park", "bullying"
meets "bullied"."""
SHARED_STEMS = 2
"""How many stems a lead telling another again in other words shares with it: raw 2's "park"
and "parl" ("parliament" / "parliamentary"). With one, a short line of another fact passed
(raw 0's "The Good Country Index doesn't measure what countries do at home.", "country"
alone), and a teaser told first cost 82 its lead ("Rihanna is giving Madonna a run for her
money." / "Passing Janet Jackson, Rihanna now trails only Madonna ...", none shared)."""


def _stems(words: Set[str]) -> frozenset[str]:
    """The first `STEM` letters of each word."""
    return frozenset(word[:STEM] for word in words)


def told_in_other_words(
    texts: Sequence[str],
    vectors: np.ndarray,
    plain: PlainWords,
    ordered: Sequence[int],
    row: int,
    before: int,
) -> bool:
    """Whether `row`, a lead, tells `before`'s news again in other words: at `OTHER_WORDS`,
    sharing `SHARED_STEMS` stems with it, and writing no name, number or deed ("-ed",
    `same_fact.deeds`) no other row of the summary (`ordered`) writes, nor more than half its
    plain words' stems (`PlainWords`): what it says, the summary says. Raw 2's "A Viking
    parliamentary site that dates to the 11th century has been found beneath a parking lot in
    Scotland." [2] below "A CAR park in a Highland town has been confirmed by archaeologists
    as the meeting place of a medieval Norse parliament." [1]: "Viking", "Scotland" and "11th
    century" written by [1]'s and [2]'s other lines shown, "beneath", "date", "found" and
    "lot" alone its own. A deed is read as a name is, against every row shown: raw 124's [2]
    lead tells the clerk "failed to do the most basic part of her job", which [1]'s lead
    tells as "instead of keeping minutes" and [2]'s "... failed to produce minutes ..." shown
    below it in the very word. A dateline opening the row ("NEW YORK, May 18 (UPI) -- ", raw
    63) writes no name or figure of its news: its names and numbers are read past it, as the
    summary shows the row."""
    if float(vectors[row] @ vectors[before]) < OTHER_WORDS:
        return False
    # the pair's own words first, then the row's names, numbers and deeds, each gathered from
    # the summary's other rows only when the row writes one (the same tests, cheapest first)
    words = plain.words(row)
    if len(_stems(words) & _stems(plain.words(before))) < SHARED_STEMS:
        return False
    others = [other for other in ordered if other != row]
    names = plain.names(row)
    if names and names - frozenset().union(*(plain.names(other) for other in others)):
        return False
    numbers = written_numbers(texts[row][past_dateline(texts[row]) :])
    if numbers and numbers - frozenset().union(*(written_numbers(texts[o]) for o in others)):
        return False
    acts = deeds(texts[row])
    if acts and acts - frozenset().union(*(deeds(texts[other]) for other in others)):
        return False
    stems = frozenset().union(*(_stems(plain.words(other)) for other in others))
    return 2 * sum(word[:STEM] not in stems for word in words) <= len(words)


def retold_leads(
    wording: Wording,
    texts: Sequence[str],
    vectors: np.ndarray,
    ordered: Sequence[int],
    firsts: Set[int],
    plain: PlainWords,
) -> dict[int, int]:
    """The rows of `ordered` (a summary in reading order) that are an article's lead
    (`firsts`: its first sentence, or its first prose sentence) and tell again, at a mean of
    `same_fact.SCORE`, telling no deed it does not, or in other words (`told_in_other_words`,
    read with `plain`), the lead of another article shown before them; each with that lead."""
    leads = [row for row in ordered if row in firsts]
    found: dict[int, int] = {}
    for n, row in enumerate(leads[1:], 1):
        told = next(
            (
                before
                for before in leads[:n]
                if before not in found
                and wording.article_of[row] != wording.article_of[before]
                and (
                    (
                        deeds(texts[row]) <= deeds(texts[before])
                        and pair_mean(wording, vectors, row, before) >= SCORE
                    )
                    or told_in_other_words(texts, vectors, plain, ordered, row, before)
                )
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
