"""A quotation alone, in no person, shown away from the sentence crediting it by name
(docs/journal/summary.md, "Summary a reader sees, fifty-eighth pass", summary71).

Raw 99's "“Because, from what the allegation is, it is not something that’s authorized by
the Metropolitan Police Department.”" is Police Chief Lanier's: its article's sentence
before closes on "... Lanier told reporter Paul Wagner ...". Shown right below "Sheen’s
publicist and tour promoter said they had no answers.", it reads as the publicist's; raw
24's “As you know, DHS as a whole has been criticized ...” (Thompson's) below Rep.
Blackburn's statement reads as hers. `whose_words.quotation_apart` leaves a quotation in no
person below a line naming someone, as that line's speaker's: read for every such quotation
it cost R-1 / R-2 0.07 / 0.06 over 51 raw summaries (thirtieth pass). Here only one whose
credit names its speaker, shown below a line writing none of that credit's capitalised words.
Below a line naming no one (raw 204's Democratic Party words "“The governor is using his
position ...”" below "Recounts were also ordered ...", 158's Szulgit below "The city is
booming ..."), it reads as the writer's: read since summary98 (eighty-eighth pass); at stop 45
that read cost R-1 0.022 (summary71), at stop 49 it raised the raw mean.

A quotation left open past its sentence is read too, and one in the first person ("I", "we",
"our") is read by the surname right before its credit's verb alone (summary128): raw 50's
"“This is a tragedy felt by all of us — ... our strong support." (a paragraph of President
Wilson's words, never closed) below "Wayne State University Police K9 Officer Collin Rose has
died ...", whose "Wayne State University" the credit "..., Wayne State University President
M. Roy Wilson said ..." writes too: shown there, the words "we" owe have no speaker; so
"“We ask that you keep his family in your thoughts and prayers.”" (Ferris State's president
Eisler's) below "He was a 2010 graduate of Ferris State University ...". One in no person is
read by every capitalised word of its credit, as before: read by the surname, raw 239's "He
asked her what the situation was, ..." (Demoss's, telling of the officer the line above
names) was left out for R-2 −3.81 on 239, reading no better.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.quotations import QUOTED
from chorus.summarize.credit_lines import CLOSES_ON_CREDIT, quotation_alone, says_we
from chorus.summarize.own_voice import FIRST_PERSON

_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")
_SPEAKER = re.compile(r"([A-Z][\w’'-]+)\s+(?:said|says|tells|told|added|asked|wrote|explained)\b")
"""The capitalised word right before a credit's verb, its speaker's surname ("..., Wayne State
University President M. Roy Wilson said ...")."""

_SAID_NAME = re.compile(
    r"\b(?:said|says|added|wrote|explained)\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)(?=,)"
)
"""A credit naming its speaker right after its verb, then a comma and the speaker's title or
place ("..., said James Lynch, Deputy Director for the Middle East and North Africa Programme
at Amnesty International.", raw 127 [2]): the name is the words before the comma. Read by
every word of the credit, the line shown above writing "Amnesty International" ("Zainab
Al-Khawaja's family have told Amnesty International that ...") passed for Lynch's name, and
his “It is ludicrous ...” read as the family's."""


def _speaker_names(credit: str, personal: bool) -> list[str]:
    """The words of a credit (from its closing mark on) that name its speaker: for a
    quotation in the first person (`personal`), the surname right before its verb
    (`_SPEAKER`); else the name right after the verb and before its comma (`_SAID_NAME`);
    else, or with no such surname ("..., said Mr. Luu, 41."), every capitalised word past the
    mark."""
    speaker = _SPEAKER.search(credit) if personal else None
    if speaker:
        return [speaker.group(1)]
    named = _SAID_NAME.search(credit)
    if named:
        return _CAPITALISED.findall(named.group(1))
    return _CAPITALISED.findall(credit, 1)


def credit_unshown(
    texts: Sequence[str], ordered: Sequence[int], first_rows: Sequence[int]
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, rows of `texts`; `first_rows` are
    the articles' first rows) that are a quotation and nothing else, closed or left open
    (`credit_lines.quotation_alone`), shown after a line other than their article's sentence
    before, where that sentence closes on a credit writing a capitalised word (the speaker's
    name: "..., Thompson said.") and the line shown right before writes none of the credit's
    words naming the speaker (`_speaker_names`; its surname alone for one in the first person): the
    quotation reads as that line's speaker's, or, below a line naming no one, the writer's. A
    credit to "he" or "she" alone is not read."""
    marked = []
    starts = set(first_rows)
    for at, row in enumerate(ordered):
        if not at or row in starts or ordered[at - 1] == row - 1:
            continue
        if texts[row].lstrip(" ([")[:1] not in '“"' or not quotation_alone(texts[row]):
            continue
        credit = CLOSES_ON_CREDIT.search(texts[row - 1])
        if credit is None:
            continue
        # past its closing mark the credit holds no quotation
        personal = FIRST_PERSON.search(texts[row]) is not None or says_we(texts[row])
        names = _speaker_names(credit.group(), personal)
        before = QUOTED.sub(" ", texts[ordered[at - 1]])
        if names and not any(name in before for name in names):
            marked.append(row)
    return marked
