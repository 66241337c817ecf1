"""Passages a page sets off as someone else's words, with whose they are.

A paragraph closed by a dash and a name ("... People, people, people, people. —Paul
Ehrlich") or opened by a paragraph that ends saying whom it quotes ("... whom Kunzig
quotes:") is a book's or another outlet's text, not the page's own (raw validation 45). The
analysis links no agreement on such words (`analyze/borrowed`, `analyze/unique`); the summary
shows none in the first person without a line naming its speaker
(`summarize/passages_apart`). Read by the sentence's place in its article's text: a
paragraph is what two line breaks bound.
"""

from __future__ import annotations

import re

from chorus.model import Sentence

_SIGNED_OFF = re.compile(r"\s[—–]\s?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
"""A paragraph closed by a dash and a name: "... people, people. —Paul Ehrlich"."""
_SIGNATURE = 60
"""Characters at a paragraph's end searched for a dash and a name."""
_QUOTES_NEXT = re.compile(
    r"\b(?:quotes|quoted|quoting|wrote|writes|notes|noted|wonders|puts it|put it|recalls|"
    r"recalled|explains|explained|(?:statement|editorial|column|op-ed|essay|memo)"
    r"(?:\s+(?:to|on|in|for)\s[^.:\n]{1,40})?)\s*:\s*$"
)
"""A paragraph that ends saying the next one is someone's words: "whom Kunzig quotes:",
"as Kunzig wonders:", "as he put it:", "American Airlines posted a statement to Facebook:"
(raw 166: the airline's page and the blog quoting it are one source), "Look at Bill
Kristol's taunting editorial in the Weekly Standard:" (raw 221). "said:" and "says:"
are left: a quotation in marks most often follows them, which says whose it is itself."""
_GOES_ON = ("And ", "But ")
"""A paragraph's opening that goes on from the one before: after a quoted paragraph, the
quotation's next (raw 221's "And presiding over this three-ring circus ...")."""


def quoted_passage(sentence: Sentence) -> bool:
    """Whether a sentence stands in a paragraph set off as someone else's words: closed by
    a dash and a name, or after a paragraph that ends saying whom it quotes (or going on
    with "And"/"But" from the paragraph after it). String tests
    (a dash near the paragraph's end, a colon ending the one before) before the patterns."""
    return signature(sentence) is not None or quoted_after_lead(sentence)


def signature(sentence: Sentence) -> str | None:
    """The name closing a sentence's paragraph after a dash ("Paul Ehrlich" of "...
    people, people. —Paul Ehrlich"), or None."""
    text = sentence.article.text
    end = paragraph_end(sentence)
    tail = max(0, end - _SIGNATURE)
    # finds within bounds, not slices: this runs on every lone item too
    if text.find("—", tail, end) < 0 and text.find("–", tail, end) < 0:
        return None
    found = _SIGNED_OFF.search(text, tail, end)
    return None if found is None else found.group(1)


def paragraph_end(sentence: Sentence) -> int:
    """Where a sentence's paragraph ends in its article's text."""
    end = sentence.article.text.find("\n\n", sentence.end)
    return len(sentence.article.text) if end < 0 else end


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding place `at` of `text` opens: past the line breaks before
    it, or the text's start when none comes before (the first paragraph opens at 0, not 1)."""
    start = text.rfind("\n\n", 0, at)
    return 0 if start < 0 else start + 2


def quoted_after_lead(sentence: Sentence) -> bool:
    """Whether a sentence stands in a paragraph after one that ends saying whom it quotes,
    or going on with "And"/"But" from the paragraph after it (`quoted_passage` without the
    signature, whose search reads on to the paragraph's end: all `unique` reads)."""
    return lead_in(sentence) is not None


def lead_in(sentence: Sentence) -> int | None:
    """Where the paragraph saying whom a sentence's passage quotes ends (the line break
    after its "whom Kunzig quotes:"), or None: the sentence's paragraph follows it, or goes
    on with "And"/"But" from the paragraph that does (one step back)."""
    text = sentence.article.text
    start = text.rfind("\n\n", 0, sentence.start)
    if start > 0 and text.startswith(_GOES_ON, start + 2):
        found = _lead_before(text, start)
        return found if found is not None else _lead_before(text, text.rfind("\n\n", 0, start))
    return _lead_before(text, start)


def _lead_before(text: str, start: int) -> int | None:
    """`start` (a paragraph break's place) when the paragraph ending there says whom the
    next one quotes, else None."""
    if start <= 0 or text.find(":", start - 3, start) < 0:
        return None
    if _QUOTES_NEXT.search(text, paragraph_start(text, start), start) is None:
        return None
    return start
