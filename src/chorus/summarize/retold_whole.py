"""Two ways another outlet's sentence tells a summary sentence though it writes more: it
writes the summary sentence nearly whole, or it quotes the same remark.

`citations.told_in_part` cites a sentence the analysis links to a shown one when the
shown one writes most of its words: a part of what is shown. A sentence that says the
shown one and more (raw 37's "“I would have preferred ... I don’t suggest I have all the
answers, but it’s better to talk about it. I’m disappointed.”") writes too many words of
its own for that share, and so does one quoting the same remark in other company (raw
176's "“I am in Tripoli and not in Venezuela. Don't believe those misleading dog
stations,” he said, ..."), while the briefing's Agreed section showed them as one fact.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from chorus.language.denials import holds_denial
from chorus.language.quote_marks import CLOSE, OPEN
from chorus.language.words import ascii_words
from chorus.summarize.surnames import NAME

WHOLE = 0.8
"""The share of the shown sentence's words (by IDF weight) the other writes from which it
tells the shown one whole. Over the 250 raw validation and 30 DUC summaries, 44 linked
sentences not cited write this share; with `RUN` words in a row in common the 25 left
each tell the shown sentence; without, one of the others gave another agency ("turned
himself in to Fort Lauderdale police" for "... to Broward Sheriff's detectives", raw 60)."""
RUN = 5
"""Words in a row two sentences write alike, beside `WHOLE`."""
QUOTED_RUN = 6
"""Words in a row both sentences quote alike: one remark. Five take words both quote as a
term ("in all thy sons command", raw 49, told of the last Parliament and of this one)."""

_QUOTATION = re.compile(rf"[{OPEN}]([^{OPEN}{CLOSE}]+)[{CLOSE}]")
_NAME = re.compile(rf"\b{NAME}")


def _longest_run(one: list[str], other: list[str]) -> int:
    """The most words in a row `one` and `other` write alike."""
    matcher = SequenceMatcher(None, one, other, autojunk=False)
    return matcher.find_longest_match(0, len(one), 0, len(other)).size


def tells_whole(shown: str, other: str, share: float) -> bool:
    """Whether `other`, writing `share` of `shown`'s words, may tell it whole: from
    `WHOLE`, with `RUN` words in a row alike (the caller checks the figures and denials)."""
    return share >= WHOLE and _longest_run(ascii_words(shown), ascii_words(other)) >= RUN


def same_remark(shown: str, other: str) -> bool:
    """Whether `shown` and `other` quote one remark: `QUOTED_RUN` words in a row alike
    inside quotation marks, no denial outside them in one alone, and, when both name
    someone outside them, one name in common (raw 228's words told as Christos Vasiliades'
    by one outlet and as Edgar Rodriguez's by the other are not cited for each other)."""
    ours, theirs = _quoted_words(shown), _quoted_words(other)
    if not (ours and theirs) or max(_longest_run(a, b) for a in ours for b in theirs) < QUOTED_RUN:
        return False
    shown_rest, other_rest = _QUOTATION.sub(" ", shown), _QUOTATION.sub(" ", other)
    if holds_denial(shown_rest) != holds_denial(other_rest):
        return False
    named, also_named = _names(shown_rest), _names(other_rest)
    return not (named and also_named) or bool(named & also_named)


_SAID_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
"""Where one sentence of a quotation ends and the next begins."""


def quotes_each_sentence(shown: str, other: str) -> bool:
    """Whether `other` writes each sentence of `shown`'s quotations when they are more than
    one and it writes `QUOTED_RUN` words in a row of one of them (else the caller's other
    tests judge it): that many in a row alike, the whole of a shorter one, or `WHOLE` of its
    words (one remark written down in other words, raw 137's "middleman" / "middle man").
    Raw 163's "“The Musashi is truly an engineering marvel and, ... its construction. I am
    honored to play a part in finding this key vessel ...”" is not told by "Allen said he
    ... was “honoured to play a part in finding this key vessel ...”": a citation claims
    the whole sentence shown. Over the 280 briefings this took away 18 citations, 2 of
    them from copies telling the sentence in reported speech or over two sentences."""
    pieces = [
        ascii_words(piece)
        for quotation in _QUOTATION.findall(shown)
        for piece in _SAID_END.split(quotation)
    ]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return True
    theirs = ascii_words(other)
    runs = [_longest_run(piece, theirs) for piece in pieces]
    if max(runs) < QUOTED_RUN:
        return True
    written = set(theirs)
    return all(
        run >= min(QUOTED_RUN, len(piece))
        or sum(word in written for word in piece) >= WHOLE * len(piece)
        for run, piece in zip(runs, pieces, strict=True)
    )


def _quoted_words(text: str) -> list[list[str]]:
    """The words of each quotation of a text that reads as words said, not a title: at most
    half of its words capitalised (two outlets quoting one book's title, "The Brainy Bunch:
    The Harding Family's Method to College Ready by Age Twelve", may tell two things of it)."""
    said = []
    for quotation in _QUOTATION.findall(text):
        words = quotation.split()
        if sum(word[:1].isupper() for word in words) * 2 <= len(words):
            said.append(ascii_words(quotation))
    return said


def _names(text: str) -> set[str]:
    """The capitalised words of a text past its first word that may name someone."""
    return set(_NAME.findall(text, 1))
