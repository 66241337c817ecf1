"""A teaser set above an article's lead, read below that lead.

A printed page's lead often opens on its first words in capitals ("THE TOWNHOUSE that
served as the original setting for Carrie Bradshaw’s home in “Sex and the City” is back on
the market ...", raw validation 48 [1], NY Daily News); lines set above such a lead are the
page's teaser ("Whoever makes a play for 64 Perry St. next ..." / "And to add to the street
appeal, it's right next door to the house that became backdrop No. 2 for the popular
series."), written to be read before the lead and pointing ahead at what it names ("the
popular series"). Shown in the article's own order, the summary opened on the teaser and
named the series only two lines further down; read below the lead, the teaser's "the popular
series" is "Sex and the City".

Over raw validation and DUC (25,189 sentences), 5 lines open on two or more words in
capitals and then a lower-case word: 48's lead (its fourth row, below its title and two
teaser lines), raw 224's first row ("THE SHOCKING and tragic death ..."), two section
openings deep in raw 45's essay (rows 42 and 85) and "USA TODAY watched ..." (a name, no
lead's run-in: the run opens on a word of the language, "THE", "A", "THERE", ...). Only 48's
stands within the first rows of its page below lines of prose (docs/journal/summary.md,
"Summary a reader sees, sixty-first pass").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.model import Sentence

_RUN_IN = re.compile(
    r"(?:THE|THERE|A|AN|IT|IN|ON|AT|AS|WHEN|AFTER|FOR|THIS|ONE|TWO)\s+[A-Z][A-Z’'-]+"
    r"(?:\s+[A-Z][A-Z’'-]*)*\s+[a-z]"
)
"""A lead's run-in capitals: a word of the language and one more in capitals, then its
words in lower case ("THE TOWNHOUSE that served ...", "THERE MAY BE SOME COMFORT in ...");
not a name set in capitals ("USA TODAY watched ...")."""
_TEASER_ROWS = 3
"""The most rows a teaser holds above its lead (raw 48: a title and two lines)."""


def _run_in(text: str) -> bool:
    # literal first: the line's first word is in capitals
    return text.split(" ", 1)[0].isupper() and _RUN_IN.match(text) is not None


def run_in_lead(sentence: Sentence) -> bool:
    """Whether a sentence is its article's lead in run-in capitals: one of its first rows,
    below no more than a teaser; the headline reads it as the article's opening."""
    return sentence.index <= _TEASER_ROWS and _run_in(sentence.text)


def teased_leads(texts: Sequence[str], starts: Sequence[int]) -> dict[int, int]:
    """Each row of a teaser (the rows of an article above a lead opening on run-in capitals,
    at most `_TEASER_ROWS` of them) with its lead's row."""
    ends = [*(int(start) for start in starts[1:]), len(texts)]
    teasers: dict[int, int] = {}
    for start, end in zip((int(start) for start in starts), ends, strict=True):
        for lead in range(start + 1, min(start + _TEASER_ROWS + 1, end)):
            if _run_in(texts[lead]):
                teasers.update(dict.fromkeys(range(start, lead), lead))
                break
    return teasers
