"""A quotation shown twice: two outlets quoting one remark, the one whole (raw 217's
'"While anyone can purchase our shares ..., and we find it puzzling given our extremely
public stance on the illegal subsidies that ...," Parker wrote.') and the other a piece of it
inside its own sentence ('... Doug Parker, said that rival Qatar Airways’ plan was “puzzling
given our extremely public stance on the illegal subsidies” that ...'). Their vectors'
cosine and their shared words fall under the redundancy, overlap and same-fact cuts (the
rest of each sentence is its own), so the summary said Parker's words twice; the words
inside the marks are the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

RUN = 6
"""The fewest words in a row two quotations share: raw 102's "could have been me 35 years"
(Obama's one remark, two outlets), 217's "extremely public stance on the illegal". At 5 raw
49's lyric "in all thy sons command", quoted by two lines telling two bills, was read as
one remark."""

_MARKS = ("“", '"', "``")
_CURLY = re.compile(r"“([^“”]+)”")
_STRAIGHT = re.compile(r'"([^"]+)"')
_TEX = re.compile(r"``(.+?)''")
_WORD = re.compile(r"[\w’'-]+")


def _quoted(text: str) -> list[str]:
    """The stretches of `text` inside quotation marks. Straight marks are read in pairs only
    when they pair up: an odd count leaves which stretch is inside unknown (a quotation
    opened in the sentence before closes in this one)."""
    found = _CURLY.findall(text) + _TEX.findall(text)
    if text.count('"') % 2 == 0:
        found += _STRAIGHT.findall(text)
    return found


def _title(words: Sequence[str]) -> bool:
    """Whether a run of words is mostly capitalised: a work's title ("We Are Never Ever
    Getting Back Together", "How to Train Your Dragon 2", raw 201 and 51), which two lines
    name without telling one remark."""
    return sum(word[:1].isupper() for word in words) * 2 > len(words)


def quoted_runs(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of `RUN` words inside quotation marks in `text`, lower-cased, the runs of
    a title left out."""
    if not any(mark in text for mark in _MARKS):
        return frozenset()
    runs = set()
    for stretch in _quoted(text):
        words = _WORD.findall(stretch.replace("’", "'"))
        for start in range(len(words) - RUN + 1):
            run = words[start : start + RUN]
            if not _title(run):
                runs.add(tuple(word.lower() for word in run))
    return frozenset(runs)


def quoted_again(texts: Sequence[str], chosen: Sequence[int]) -> list[int]:
    """The rows of `chosen` (in the order chosen) quoting `RUN` words in a row a row chosen
    before them quotes too: the remark is shown once, where the higher-scored row tells it."""
    seen: set[tuple[str, ...]] = set()
    again = []
    for row in chosen:
        runs = quoted_runs(texts[row])
        if runs & seen:
            again.append(row)
        else:
            seen |= runs
    return again
