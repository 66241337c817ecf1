"""A quotation shown twice: two outlets quoting one remark, the one whole (raw 217's
'"While anyone can purchase our shares ..., and we find it puzzling given our extremely
public stance on the illegal subsidies that ...," Parker wrote.') and the other a piece of it
inside its own sentence ('... Doug Parker, said that rival Qatar Airways’ plan was “puzzling
given our extremely public stance on the illegal subsidies” that ...'). Their vectors'
cosine and their shared words fall under the redundancy, overlap and same-fact cuts (the
rest of each sentence is its own), so the summary said Parker's words twice; the words
inside the marks are the same words. Two outlets quoting one word of a reply in sentences
close in meaning (raw 132's UNFPA calling the U.S. claim "erroneous") tell it twice too
(`piece_quoted_again`). A caption's quotation in single marks is the story's own line's in
double marks (raw 175's text message).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from chorus.summarize.read_again import READ_AGAIN

RUN = 6
"""The fewest words of a quotation read as a remark another row may quote again: raw 102's
"Trayvon Martin could have been me 35 years ago" (Obama's one remark, inside a transcript's
longer quotation), 217's "puzzling given our extremely public stance on the illegal
subsidies". A shorter piece ("puzzling", "illegal subsidies") is a word quoted, and two
quotations that only share a run of words are two remarks (raw 216's "... developed cancer of
the uterine cervix and testicular cancer" and "... a confirmed cause of cancer of the uterine
cervix and testes"; Cruz's "Pope Francis has been a powerful voice for life ..." and "...
for marriage ...", raw 108 at 1,000 words)."""

_CURLY = re.compile(r"“([^“”]+)”")
_STRAIGHT = re.compile(r'"([^"]+)"')
_TEX = re.compile(r"``(.+?)''")
_WORD = re.compile(r"[\w’'-]+")
_SINGLE = re.compile(r"(?<![\w’'])'([^'\"“”]+?)'(?!\w)")
"""A stretch in single marks, neither mark inside a word: a headline's or a caption's
quotation (raw 175's "'I want you to be my whore' was one text message ..."), the story's
own line quoting it in double marks. An apostrophe inside a word ("don't") opens or closes
none, nor one after a word ("Woods' wife") opens one; that one may close a stretch an elided
year opened (raw 188's "the '60s Spider-Man ... one of comics' most famous adages"), a
stretch no other row quotes."""


def _quoted(text: str) -> list[str]:
    """The stretches of `text` inside quotation marks. Straight marks are read in pairs only
    when they pair up: an odd count leaves which stretch is inside unknown (a quotation
    opened in the sentence before closes in this one)."""
    # each pattern read only where its marks are: most quoting rows write one kind
    found = _CURLY.findall(text) if "“" in text else []
    if "``" in text:
        found += _TEX.findall(text)
    straight = text.count('"')
    if straight and straight % 2 == 0:
        found += _STRAIGHT.findall(text)
    return found


def _title(words: Sequence[str]) -> bool:
    """Whether a quotation's words are mostly capitalised: a work's title ("We Are Never Ever
    Getting Back Together", "How to Train Your Dragon 2", raw 201 and 51), which two lines
    name without telling one remark."""
    return sum(word[:1].isupper() for word in words) * 2 > len(words)


@lru_cache(maxsize=READ_AGAIN)
def quotations(text: str) -> tuple[str, ...]:
    """Each quotation of `RUN` words or more in `text` (in double marks, or in single ones,
    `_SINGLE`), a title's aside, as its lower-cased words joined by single spaces and padded
    with one on each side (so that one held in another is found as a substring on whole
    words). Kept for the next reading order (`read_again`)."""
    # written out, not an `any` over the marks: the generator cost more than the searches
    double = '"' in text or "“" in text or "``" in text
    single = text.count("'") > 1
    if not (double or single):
        return ()
    found = []
    stretches = _quoted(text) if double else []
    # in single marks only as a remark of `RUN` words: a shorter piece may be a word set off
    for stretch in stretches + (_SINGLE.findall(text) if single else []):
        words = _WORD.findall(stretch.replace("’", "'"))
        if len(words) >= RUN and not _title(words):
            found.append(f" {' '.join(words).lower()} ")
    return tuple(found)


def _one_remark(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether a quotation of one row holds another's whole."""
    return any(a in b or b in a for a in mine for b in theirs)


def quoted_again(texts: Sequence[str], rows: Sequence[int]) -> list[int]:
    """The rows of `rows` (a summary in reading order) quoting a remark a row before them
    quotes: one quotation holds the other whole. The remark is shown once, where the
    reader meets it first."""
    seen: list[tuple[str, ...]] = []
    again = []
    for row in rows:
        mine = quotations(texts[row])
        if not mine:
            continue
        if any(_one_remark(mine, theirs) for theirs in seen):
            again.append(row)
        else:
            seen.append(mine)
    return again


CLOSE = 0.6
"""The vectors' cosine from which two outlets' sentences quoting one word or a short piece
alike tell one remark (raw 132's UNFPA reply, [1]'s "... said it regretted the U.S. move and
argued it was "erroneous" to suggest ..." and [2]'s "... UNFPA said it regrets the U.S.
decision ..., which it said is based on an “erroneous claim” ...", 0.62). Over raw validation
and DUC, 153 pairs of other articles' sentences quote a piece in common (many of them one
wire copy twice, 1.0); from 0.6 up most tell one remark (Cleaver's "a sugar-coated satan
sandwich", Priebus's "beyond the pale", Turkey's "patience was running out"), a few two
(raw 127's two appeals, 0.66; 56's "oxide-derived copper" and why it is so called, 0.80);
under it most are two ("terrorists" blamed by the government and by state television,
0.58). Over the 280 summaries only raw 132's briefed pair is read."""


def _pieces(text: str) -> tuple[str, ...]:
    """Each quotation of fewer than `RUN` words in `text`, a title's aside, padded as
    `quotations` pads them."""
    found = []
    for stretch in _quoted(text):
        words = _WORD.findall(stretch.replace("’", "'"))
        if words and len(words) < RUN and not _title(words):
            found.append(f" {' '.join(words).lower()} ")
    return tuple(found)


def piece_quoted_again(
    texts: Sequence[str], vectors: np.ndarray, article_of: np.ndarray, rows: Sequence[int]
) -> list[int]:
    """The rows of `rows` (a summary in reading order) quoting a word or a short piece a row
    of another article before them quotes (one held in the other on whole words), at a
    cosine of `CLOSE` or more: one remark told twice, shown where the reader meets it
    first."""
    seen: list[tuple[int, tuple[str, ...]]] = []
    again = []
    for row in rows:
        # literals first: most rows quote nothing
        mine = (
            _pieces(texts[row])
            if '"' in texts[row] or "“" in texts[row] or "``" in texts[row]
            else ()
        )
        if not mine:
            continue
        if any(
            article_of[other] != article_of[row]
            and _one_remark(mine, theirs)
            and float(vectors[row] @ vectors[other]) >= CLOSE
            for other, theirs in seen
        ):
            again.append(row)
        else:
            seen.append((row, mine))
    return again
