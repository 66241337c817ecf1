"""Where an ellipsis between words keeps a sentence going (`chorus.sentence_ends.glued_after`).

blingfire cuts after " ..." before a capital, and keeps it before a lower-case word. Some
pages write " ... " for a dash inside one sentence (TMZ: "LFO singer Devin Lima has died
after a yearlong battle with stage 4 cancer ... TMZ has learned.", raw validation 111 [1];
"Devin died early Wednesday morning ... according to a family member." it keeps whole), or
for a colon before the words a speaker said ("The band's publicist, Alaina Bendi, told
Billboard in 2017 ... "We were really hoping ..."", 111 [1]). Others write it between items
or sentences of their own (POLITICO's roundup, 144 [1]: "... that they like ... Fed Chair Ben
Bernanke testifies before ..."), so only what follows the ellipsis tells: a source's tag
closing the sentence, or the quotation a speech verb before it leads into. An ellipsis after a
stop ("this event. …", ". . .") or a closing mark ends its sentence, as blingfire reads it.
"""

from __future__ import annotations

import re

from chorus.language.quote_alternation import by_first_letter
from chorus.language.quote_verbs import SPEECH_VERBS

_WORD_AND_ELLIPSIS = re.compile(r"[A-Za-z0-9] (?:\.\.\.|…)$")
"""A word, a space and an ellipsis closing a piece: no stop nor closing mark before it."""
_SOURCE_TAG = re.compile(r"(?:[A-Z][\w&'’-]* ){1,3}ha(?:s|ve) learned\.(?!\S)")
"""A source's tag closing the sentence after the ellipsis ("... TMZ has learned.", raw
validation 73 [1] and 111 [1]): the news it tags is the words before."""
_SPEECH_LEAD_IN = re.compile(rf"\b(?:{by_first_letter(SPEECH_VERBS)})\b[^.!?]*$")
"""A speech verb and the words after it up to the ellipsis, with no stop between: who said
it and where ("told Billboard in 2017 ...")."""
_QUOTATION_MARKS = re.compile(r"[“”\"]|``|''")
"""A piece holding a quotation already is no lead-in: after a quotation and its speaker, " ..."
joins two parts of one statement ("“... remembrance,” said ... Joseph Erardi, in a statement
... “There are no formal or official ceremonies ...", raw validation 191 [2]), and the quote
finder reads the second part as a quotation of its own only when it stands alone."""
_QUOTATION_OPENING = ("“", '"', "``")


def ellipsis_goes_on(piece: str, text: str, next_start: int) -> bool:
    """True when `piece` ends on a word's " ..." and the sentence goes on at `next_start`:
    with a source's tag ("... TMZ has learned.") or with the quotation that a speech verb
    after `piece`'s last stop leads into ("... told Billboard in 2017 ... "We were ...")."""
    if not piece.endswith(("...", "…")) or _WORD_AND_ELLIPSIS.search(piece) is None:
        return False
    if _SOURCE_TAG.match(text, next_start):
        return True
    return (
        text.startswith(_QUOTATION_OPENING, next_start)
        and _QUOTATION_MARKS.search(piece) is None
        and _SPEECH_LEAD_IN.search(piece.rstrip(". …")) is not None
    )
