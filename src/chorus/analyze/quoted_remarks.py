"""What two sentences quote of a remark: one speaker's two remarks, and an outlet's copy of
one (split from `credits.py`).

Two sentences that report someone's speech, share no own word but names, and whose
quotations share no word with the other sentence are two remarks of one speaker ("Andrew
Wetzler ... questioned the administration's logic, saying: "I guess if a wrecking ball ...""
/ "Andrew Wetzler, an attorney with the Natural Resources Defense Council, conceded ..., but
he said it was a lost opportunity ...": raw validation 114): what links them is who spoke,
not what was said. A sentence quoting four words in a row of a remark (Parker's letter's
"“puzzling given our extremely public stance ...”") is its outlet's copy of it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from chorus.analyze.own_words import names_in_common
from chorus.analyze.similarity import stems
from chorus.language.words import ascii_words, wording

_SPEECH = re.compile(r"\b(?:said|says|saying|told|tells|called|calls|added|adds)\b")
"""A verb that reports speech: "said", "saying:", "called the administration's decision"."""
_SPEECH_WORDS = ("said", "says", "saying", "told", "tells", "called", "calls", "added", "adds")
_QUOTATION = re.compile(r"[“\"]([^”\"]+)[”\"]")
QUOTED_WORDS = 2
"""Fewest words of a quotation read as a remark: a word in marks is most often a term the
writer holds at arm's length ("'threatened'", "“proof”"), no remark."""


def quoted_apart(
    a: str, b: str, shared: set[str], words_a: Collection[str], words_b: Collection[str]
) -> bool:
    """Whether two sentences (their stems `words_a`, `words_b`) that both report speech and
    share no own word but names are one speaker's two remarks: at least one quotes someone,
    and no quotation of either shares a word (a stem) with the other sentence. Kassie Siegel
    "called the administration's decision "a huge disappointment."" and "said that the Obama
    administration "sacrificed sound science for political expediency."" (raw 114); Jordan
    Horowitz's "said "Moonlight won Best Picture"" stays linked to his showing that the card
    "said Moonlight" (raw 205). Cheapest first: a speech verb's letters and the quotations,
    once a sentence; the verb's pattern and the names (~70 µs a pair) only for the few pairs
    whose quotations share nothing."""
    # a name's stem is written capitalised in both: substring tests rule out most pairs
    if not all(stem.capitalize() in a and stem.capitalize() in b for stem in shared):
        return False
    remarks_a = _remarks(a)
    remarks_b = _remarks(b) if remarks_a is not None else None
    return (
        remarks_a is not None
        and remarks_b is not None
        and bool(remarks_a or remarks_b)
        and all(quoted.isdisjoint(words_b) for quoted in remarks_a)
        and all(quoted.isdisjoint(words_a) for quoted in remarks_b)
        and _SPEECH.search(a) is not None
        and _SPEECH.search(b) is not None
        and shared <= names_in_common(a, b)
    )


@lru_cache(maxsize=4096)
def _remarks(text: str) -> tuple[frozenset[str], ...] | None:
    """The stems of each quotation of a sentence of QUOTED_WORDS or more; None when it holds
    no speech verb's letters (substring tests, where `_SPEECH` may match). Read once a
    sentence, which meets several in `agreed`."""
    if not any(word in text for word in _SPEECH_WORDS):
        return None
    if '"' not in text and "“" not in text:
        return ()
    return tuple(
        frozenset(stems(quotation))
        for quotation in _QUOTATION.findall(text)
        if len(quotation.split()) >= QUOTED_WORDS
    )


QUOTED_RUN = 4
"""Fewest words in a row of a quotation that another sentence writes to be its words
quoted: "“puzzling given our extremely public stance on the illegal subsidies”" of
Parker's letter (raw 217); three are often a phrase ("“a huge disappointment”"). Outside
quotation marks, four words in a row are as often a list of names ("Qatar, Emirates and
Etihad", raw 217's "US airlines have long protested ...")."""


def quotes_from(statement: str, support: str) -> bool:
    """Whether `support` quotes QUOTED_RUN or more words in a row that `statement` writes:
    another outlet's copy of the remark the statement gives."""
    if "“" not in support and '"' not in support:
        return False
    written = f" {wording(statement)} "
    for quotation in _QUOTATION.findall(support):
        words = ascii_words(quotation)
        for start in range(len(words) - QUOTED_RUN + 1):
            if f" {' '.join(words[start : start + QUOTED_RUN])} " in written:
                return True
    return False
