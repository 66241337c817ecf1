"""Which summary sentence is a wire story's lead, and which tells again a wire lead the
summary left out: the headline's choice reads these beside `headline_news.py`'s and
`headline_leads.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from chorus.model import Sentence, SummarySentence
from chorus.summarize.shown import DATELINE, after_dateline

_SUBORDINATE = re.compile(
    r"(?:As|With|When|While|After|Before|Although|Though|Because|If|Since|Despite|Amid"
    r"|(?:An?|One|Two|Three|Several|A few|Just|Only|\d+)(?: [a-z]+)? (?:minutes?|hours?"
    r"|days?|weeks?|months?|years?) (?:after|before))\b"
)
"""An opening clause a lead's news comes after ("As the death toll from Syria's almost
year-long uprising continues to climb, ...", "An hour after Delphi Assistant Fire Chief
Curtis Borden told RTV6 two missing 13-year-old girls ... were found, ...", raw validation
cluster 153): cut to a headline's length, the lead shows only the clause."""


_OPENING_SENTENCES = 1
"""The index of an article's last opening sentence: its first, or the second after a
standfirst."""


def wire_lead(sentence: Sentence) -> bool:
    """Whether a sentence is a wire story's lead: opened by a dateline ("HOUSTON (AP) — ")
    or shown past one ("LARGO — "), its news not after an opening clause."""
    dateline = DATELINE.match(sentence.text)
    if dateline is None and not after_dateline(sentence):
        return False
    return not _SUBORDINATE.match(sentence.text, dateline.end() if dateline else 0)


def retold_wire_leads(summary: Sequence[SummarySentence], analysis: Any) -> frozenset[int]:
    """The numbers (from 1) of summary sentences that tell again a wire story's lead the
    summary left out, as the analysis's agreed facts pair them: "Dan and Fran Keller, ...,
    will receive $3.4 million from a state fund ..." for "AUSTIN, Texas -- Texas will pay
    $3.4 million to a couple ...", which selection passed over as told already (raw
    validation cluster 152). The summary then holds no lead of the news, and the telling it
    kept stands in for it when it opens its own article too (its first or second sentence,
    after a standfirst's: "Dan, Fran Keller were victims of ‘satanic panic’ ..., their
    lawyer says."); a later sentence the analysis pairs with a lead tells a part of it
    ("Stepinac is a national hero to millions of Roman Catholic Croats, ..." for "... Pope
    John Paul II on Saturday honored Croatia's World War II cardinal, a hero to Roman
    Catholics, ...", DUC 2003 cluster 17)."""
    facts = getattr(analysis, "agreed", ())
    if not facts:
        return frozenset()
    shown = {s.shown.key: n for n, s in enumerate(summary, start=1)}
    # A lead the telling cites itself is still not shown (an agreed statement cites its
    # supports: DUC 12's Cardoso lead); one another summary sentence carries is.
    carriers: dict[tuple[str, int], set[int]] = {}
    for n, s in enumerate(summary, start=1):
        for source in s.sources:
            carriers.setdefault(source.key, set()).add(n)
    retold: set[int] = set()
    for fact in facts:
        pairs = [(fact.statement, other) for other in fact.support]
        for lead, telling in (*pairs, *((b, a) for a, b in pairs)):
            if (
                lead.index == 0
                and telling.index <= _OPENING_SENTENCES
                and telling.key in shown
                and carriers.get(lead.key, set()) <= {shown[telling.key]}
                and wire_lead(lead)
            ):
                retold.add(shown[telling.key])
    return frozenset(retold)
