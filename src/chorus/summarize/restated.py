"""Whether a summary row restates a row shown before it.

Selection passes over a candidate whose vectors' cosine to a chosen row reaches
`SummaryOptions.redundancy` (0.70), but a row brought along with its candidate (the line
before a "he", a credit, an introduction) is read only for a copy (`select.COPY`, 0.85):
raw validation 171's "Google's Knowledge Graph feature will begin to roll out in the next
few days." came in with "It will be available on regular desktop search ...", at 0.77 to
its own article's lead "Google's new Knowledge Graph is a new search tool that will begin
rolling out starting today.", one launch told twice. Only one article's rows are read at
that cut: two outlets' rows at that cosine may tell two facts of one thing (raw 13's "The
public can help by considering adopting a dog ..." / "... information on adoption will be
available in coming days.", 0.70, as the twenty-sixth pass found when `COPY` was tried at
0.70); one writer says one thing once unless retelling it (docs/journal/summary.md,
"Summary a reader sees, hundredth pass").

Just under the cut, a row may tell one event again and nothing new: raw 67's "But when the
cell door closed behind that war veteran, the judge was locked up with him." and, three
lines on in [1], "Then the judge got locked up in the cell with the veteran, so they could
talk, ..." (0.67), or two outlets one design: 211's "Lenovo designed the Horizon for
families and offices, for more than one person to use at a time." and "... the Horizon is
specifically designed to be picked up, moved around, and used by multiple people." (0.66).
Such a row tells the same deed in the past ("locked", "designed", `same_fact.deeds`) and no
name (a capitalised word past its first) and no number the row before it does not write:
it adds nothing a reader could look up. From `CLOSE` (0.60) those two pairs alone are read
so over the main summaries of the 250 raw and 30 DUC clusters; at 0.55 three, at 0.50 seven,
the rest two facts of one study or one plan (raw 74's jogging, 179's implanted heart). A row
adding a name or a number (67's "A Cumberland County judge sentenced veteran Joseph Serna to
spend one night in jail ...") may tell its own part, and is `same_fact`'s to read ("Summary
a reader sees, hundred-and-third pass").

Two outlets describing one moment of a clip write what it "appears to" show, and their
vectors meet lower still: raw 32's ABC News "... a Hummer ... appears to stop suddenly,
seemingly bumped by a car that matches the description of Smith's Mercedes SUV." and CBS's
"More surveillance video shows the Hummer come to a quick stop, and the Mercedes appears to
possibly tap the vehicle from behind." (0.558), its [2] "Then, as the Hummer appears to pull
over, the SUV speeds off." and [1] "The two vehicles stop for a moment, and then the Hummer
appears to try to pull over ..." (0.597), present-tense deeds `deeds` does not read. Both
hedged, from `SCENE` (0.55), sharing a word each article writes there alone ("stop",
"pull"), the later naming no one the first does not, they tell one moment (`_one_scene`);
a count the clip shows ("The two vehicles") is not read as a figure. Of every pair of two
articles' hedged sentences at `SCENE` or more in the 250 raw and 30 DUC clusters (12), those
two are read; 32's two others (no word shared there alone: "bump" / "tap") and DUC
3's three on why the Leonids are so named ("they appear to come from the constellation
Leo", each naming what the other does not) are not; the rest are one wire's copies (0.94 to
1.0), which selection's redundancy cut keeps apart ("Summary a reader sees,
hundred-and-eighth pass").

A quotation is not read: a remark its article paraphrases is `retold_on_page`'s. The row
read first stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.language.numbers import NUMBER, value_of
from chorus.summarize.retold_plainly import PlainWords
from chorus.summarize.same_fact import deeds
from chorus.summarize.same_opening import QUOTATION_OPENINGS

CLOSE = 0.60
"""The vectors' cosine from which a row telling a row's deed again, with no name or number of
its own, tells its fact again."""


SCENE = 0.55
"""The vectors' cosine from which two outlets' hedged descriptions of what a clip or a scene
appears to show, sharing a word each writes there alone, tell one moment of it (`_one_scene`)."""
_HEDGED = re.compile(r"\b(?:appears?|seems?) to\b|\bseemingly\b")
"""What footage or a scene "appears to" or "seems to" show, or "seemingly" does: a witness's
or a viewer's description, told in the present of the clip."""


def _hedged(text: str) -> bool:
    """Whether a sentence describes what something appears to show (`_HEDGED`): the words'
    stems found first, as most sentences write neither (the pattern alone, searched for in
    every row of a close pair, was a fifth of a call)."""
    return ("appear" in text or "seem" in text) and _HEDGED.search(text) is not None


def written_numbers(text: str) -> frozenset[float]:
    """The numbers a sentence writes, in digits or in words ("87", "nine"), each its value
    alone: `language.numbers.figures` reads a bound's range too ("about 600" 540–660), and
    a row writing "600" adds no number to one writing "about 600"."""
    return frozenset(value_of(found.group(1), found.group(2)) for found in NUMBER.finditer(text))


def _adds_nothing(texts: Sequence[str], plain: PlainWords, row: int, other: int) -> bool:
    """Whether `row` tells a deed `other` tells, and no name or number `other` does not."""
    return (
        bool(deeds(texts[row]) & deeds(texts[other]))
        and plain.names(row) <= plain.names(other)
        and written_numbers(texts[row]) <= written_numbers(texts[other])
    )


def _one_scene(texts: Sequence[str], plain: PlainWords, row: int, other: int) -> bool:
    """Whether `row` and `other` each describe what something appears to show (`_HEDGED`) and
    share a word each of their articles writes there alone (so two articles' rows: one
    article writes such a word in one row), `row` naming nothing `other` does not: one
    moment of one clip described twice (raw 32's Hummer stopping as the Mercedes bumps it,
    told by ABC News and by CBS)."""
    if not (_hedged(texts[row]) and _hedged(texts[other])) or plain.names(row) - plain.names(other):
        return False
    shared = plain.words(row) & plain.words(other)
    return bool(plain.lone(row, shared) & plain.lone(other, shared))


def restated(
    vectors: np.ndarray,
    article_of: np.ndarray,
    texts: Sequence[str],
    ordered: Sequence[int],
    bar: float,
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, quotations aside) whose vectors'
    cosine to a row of their own article shown before them reaches `bar` (selection's
    redundancy cut), or to any row shown before them `CLOSE`, telling its deed and no name or
    number it does not (`_adds_nothing`), or `SCENE`, describing one moment of a clip it
    describes (`_one_scene`): the later telling."""
    rows = [row for row in ordered if not texts[row].startswith(QUOTATION_OPENINGS)]
    articles = np.asarray(article_of)[rows]
    # one product over the summary's rows, most of which hold no such pair: each row's
    # products with its article's rows before it, apart, cost 2.6× as much (280 µs a call)
    shown = np.arange(len(rows))
    cosines = np.where(shown[:, None] > shown[None, :], vectors[rows] @ vectors[rows].T, -1.0)
    near = cosines >= min(bar, CLOSE)
    # under that, from `SCENE`, only a pair of two hedged rows is read: the rows are read
    # for it first, as 3 of raw validation's 581 calls hold two (the masks of the pairs
    # under `SCENE` cost twice as much)
    hedged = [n for n, row in enumerate(rows) if _hedged(texts[row])]
    if len(hedged) > 1:
        scene = np.zeros(len(rows), dtype=bool)
        scene[hedged] = True
        near |= (cosines >= SCENE) & scene[:, None] & scene[None, :]
    if not near.any():
        return []
    close = (cosines >= bar) & (articles[:, None] == articles[None, :])
    plain = PlainWords(texts, np.asarray(article_of))

    def tells_again(n: int, m: int) -> bool:
        """Whether the `n`th row read tells the `m`th again (`near` holds the pair)."""
        row, other = rows[n], rows[m]
        return bool(
            close[n, m]
            or (cosines[n, m] >= CLOSE and _adds_nothing(texts, plain, row, other))
            or (n in hedged and m in hedged and _one_scene(texts, plain, row, other))
        )

    later: list[int] = []
    for n in np.flatnonzero(near.any(axis=1)).tolist():
        # the telling read first stays: a row left out tells no later row again
        if any(
            rows[m] not in later and tells_again(n, m) for m in np.flatnonzero(near[n]).tolist()
        ):
            later.append(rows[n])
    return later
