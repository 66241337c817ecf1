"""Sentence splitting: Document → [Sentence], exact character spans into the article.

blingfire finds the boundaries inside a line (one call per document, so it is fast);
line breaks always end a sentence, because in news text a line without a full stop is
a headline, a dateline or a list item, never half of a sentence (a sentence a page broke
over lines is joined as the text is read, `chorus.ingest.sentence_breaks`). Which of blingfire's
boundaries are no sentence end ("Dr." before a name) and which sentence ends it misses
("a probation violation.But when", "again and again. 30 Rock is now") is read by
`chorus.sentence_ends`, a paper's reference
numerals between two sentences by `chorus.sentence_references`. A headline glued
before the page's lead, the lead opening on its first word, is a sentence of its own.
"""

from __future__ import annotations

import operator
import re
from ctypes import c_char_p, c_int, c_void_p

import blingfire
import numpy as np

from chorus.model import Document, Sentence
from chorus.sentence_ends import cut_missed_ends, glued_after, trimmed
from chorus.sentence_references import without_reference_numerals

_LINE_BREAK = re.compile(r"\n")
_SENTENCES_WITH_OFFSETS = blingfire.blingfire.TextToSentencesWithOffsets
_MAX_SENTENCE_WORDS = 250
"""More words than any sentence of the raw Multi-News or DUC articles has (139 at most, of
25,000): a span this long is a run of text without sentence ends (a transcript typed
without punctuation), which no word budget could take whole."""
RUN_PIECE_WORDS = 30
"""A run is cut into pieces of about this many words: a long news sentence's length."""
_WORD = re.compile(r"\S+")


def _split_at_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if text.find("\n", start, end) < 0:
        start, end = trimmed(text, start, end)
        return [(start, end)] if start < end else []
    pieces = []
    for match in _LINE_BREAK.finditer(text, start, end):
        pieces.append(trimmed(text, start, match.start()))
        start = match.end()
    pieces.append(trimmed(text, start, end))
    return [(a, b) for a, b in pieces if a < b]


def _blingfire_spans(text: str) -> tuple[list[tuple[int, int]], int]:
    """blingfire's sentence spans as character offsets into `text`, and the length in
    characters of the longest (a run without sentence ends is cut only where one is long).

    Same native call as `blingfire.text_to_sentences_and_offsets`, whose Python wrapper
    maps UTF-8 byte offsets to characters one byte at a time (most of its run time on
    news text); here the mapping is one numpy cumulative sum. The output buffers are
    numpy's uninitialised arrays: ctypes zeroes its arrays, a fifth of the call's time.
    """
    data = text.encode("utf-8")
    capacity = 2 * len(data) + 16
    offsets = np.empty((2, capacity), dtype=np.int32)
    output = np.empty(capacity, dtype=np.uint8)
    written = _SENTENCES_WITH_OFFSETS(
        c_char_p(data),
        c_int(len(data)),
        c_void_p(output.ctypes.data),
        c_void_p(offsets[0].ctypes.data),
        c_void_p(offsets[1].ctypes.data),
        c_int(capacity),
    )
    if written <= 0 or written > capacity:
        return [(0, len(text))], len(text)
    # The sentences, one a line, end at the first NUL (the one blingfire writes last).
    count = output[:written].tobytes().partition(b"\0")[0].count(b"\n") + 1
    first = offsets[0, :count].astype(np.int64)
    last = offsets[1, :count].astype(np.int64)
    if len(data) != len(text):
        # chars_through[i]: characters whose first byte is at or before byte i.
        chars_through = np.cumsum((np.frombuffer(data, dtype=np.uint8) & 0xC0) != 0x80)
        first, last = chars_through[first] - 1, chars_through[last]
    else:
        last = last + 1
    starts, ends = first.tolist(), last.tolist()
    return list(zip(starts, ends, strict=True)), max(map(operator.sub, ends, starts))


def _boundaries(text: str, offset: int) -> tuple[list[tuple[int, int]], int]:
    """Sentence spans of `text`, shifted by `offset`, and the words of runs without a
    sentence end cut into pieces."""
    if not text.strip():
        return [], 0
    spans, longest = _blingfire_spans(text)
    pieces: list[tuple[int, int]] = []
    for start, end in spans:
        pieces.extend(_split_at_lines(text, start, end))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged:
            prev_start, prev_end = merged[-1]
            same_line = text.find("\n", prev_end, start) < 0
            inside_word = start == prev_end
            if inside_word or (same_line and glued_after(text, prev_start, prev_end, start)):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    spans = cut_missed_ends(text, merged)
    run_words = 0
    if longest > 2 * _MAX_SENTENCE_WORDS:  # fewer characters cannot hold so many words
        spans, run_words = _cut_runs(text, spans)
    return [(start + offset, end + offset) for start, end in spans], run_words


def _cut_runs(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """`spans` with each run of more than `_MAX_SENTENCE_WORDS` words cut into pieces of
    about `RUN_PIECE_WORDS` words, and the words of the runs cut; a span of fewer
    characters than twice the limit cannot hold that many words, and is not counted."""
    cut: list[tuple[int, int]] = []
    run_words = 0
    for start, end in spans:
        if end - start <= 2 * _MAX_SENTENCE_WORDS:
            cut.append((start, end))
            continue
        words = [match.span() for match in _WORD.finditer(text, start, end)]
        if len(words) <= _MAX_SENTENCE_WORDS:
            cut.append((start, end))
            continue
        run_words += len(words)
        pieces = -(-len(words) // RUN_PIECE_WORDS)  # ceiling: pieces of equal length
        size = -(-len(words) // pieces)
        cut.extend(
            (words[first][0], words[min(first + size, len(words)) - 1][1])
            for first in range(0, len(words), size)
        )
    return cut, run_words


_SMALL_WORDS = r"(?:the|a|an|of|to|in|on|at|for|with|and|or|by|from|as|into|than|that)"
"""Words that end no headline but lead into a name inside a sentence: "... walk to the Senate
floor Wednesday." (raw 146's caption) names the Senate again, and is one sentence."""
_GLUED_HEADLINE = re.compile(
    r"(?P<word>[A-Z][a-z]{2,})\b[^.!?:;,\"“”\n]{15,150}? "
    rf"(?!{_SMALL_WORDS} )[a-z]+ (?=(?P=word)\b[^.!?\n]{{10,}}[.!?])"
)
"""A page's first line opening on a headline, no stop nor comma in it, ended by a lower-case
word (no small word a name follows inside a sentence), then its lead, opening on the
headline's first word and closed by a stop: "Monkeys learn to cover their eyes when they want
to be left alone Monkeys at Colchester Zoo have invented ..." (raw validation 41 [1], the
only one of raw and DUC; Multi-News+ lower-cases the word inside a line). Two sentences, as a
headline on its own line is: removed, it took with it the words that tie a short page to its
story (41 [1] was read as off the story)."""
_HEADLINE_REACH = 200
"""Characters of a first line its headline and the lead's first word lie within."""


def _without_glued_headline(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The page's first sentence, `text[start:end]`, cut after a headline glued before it."""
    word = text[start : min(end, start + _HEADLINE_REACH)].split(" ", 1)[0]
    # The headline's first word told again first: most first lines hold it no more.
    if not word.istitle() or f" {word} " not in text[start : start + _HEADLINE_REACH]:
        return [(start, end)]
    headline = _GLUED_HEADLINE.match(text, start, end)
    if headline is None:
        return [(start, end)]
    return [(start, headline.end() - 1), (headline.end(), end)]


def split(document: Document) -> list[Sentence]:
    """The sentences of a document's kept text, numbered from 0 in reading order."""
    return split_counting_runs(document)[0]


def split_counting_runs(document: Document) -> tuple[list[Sentence], int]:
    """`split`'s sentences and the words of its runs without a sentence end, which were
    cut into pieces: a briefing notes them, its sentences then being such pieces."""
    article = document.article
    text = article.text
    spans: list[tuple[int, int]] = []
    run_words = 0
    for kept in document.kept:
        kept_spans, kept_run_words = _boundaries(text[kept.start : kept.end], kept.start)
        spans.extend(kept_spans)
        run_words += kept_run_words
    spans = without_reference_numerals(text, spans)
    if spans and spans[0][0] == 0:
        spans[:1] = _without_glued_headline(text, *spans[0])
    sentences = [Sentence(article, index, start, end) for index, (start, end) in enumerate(spans)]
    return sentences, run_words
