"""Readers' and users' posts a page sets out as paragraphs, shown in their own "I".

Raw validation 80 [2] (Gizmodo) brings Apple forum posts and tweets in with no quotation
marks, one to a paragraph: "There are multiple reports in the Apple Support forums. Here are
some." / "New update is not help at all. I opened Safari and lost 2% just by opening it.";
"The same reader later added in another tweet:" / "The battery dropped from 100% to 89%
without ANY use on my 45 minute drive to work."; "@DurrtyNathaniel: My iPhone hasn't
completed a sync since I have upgraded ...". Shown, each "I" read as the outlet's own, and no
line of the story can name a forum user (reader107). Over raw validation's and DUC 2003's
articles, a paragraph in the first person outside quotation marks that opens on a handle, or
stands in a run of such paragraphs right below a line bringing in unnamed readers' or users'
posts, is found on 80 [2] alone (7 paragraphs); a line naming its speaker instead (raw 36's
"Rubin writes:", 88's Speier "announcing a bill ...:", 169's "Persson elaborated in a blog
post :") is `own_voice`'s block or `passages_apart`'s (docs/journal/summary.md, "Summary a
reader sees, hundred-and-twentieth pass").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from chorus.model import Sentence
from chorus.summarize.own_voice import speaks_as_i
from chorus.summarize.read_again import READ_AGAIN

HANDLE = re.compile(r"@\w{1,30}:")
"""A social handle opening a post ("@DurrtyNathaniel: My iPhone ...")."""

_UNNAMED_POSTERS = re.compile(r"\b(?:[Rr]eaders?|[Uu]sers?|reports|comments)\b")
"""Who a line bringing in posts says writes them when it names no one ("Gizmodo readers are
reporting similar problems:", "Another Gizmodo user echoes these updates troubles:")."""

_HERE_ARE = re.compile(r"\bHere (?:are|is) (?:some|a few)\b[^.:]*\.$")
"""A lead-in closing on a full stop rather than a colon ("... Here are some.")."""


def posts_apart(sentences: Sequence[Sentence], in_order: Sequence[int]) -> list[int]:
    """The rows of `in_order` (the rows shown) standing in a reader's or user's post
    (`in_post`): no line shown can say whose "I" it is. Every line of the post goes, as
    `passages_apart` takes a passage's: "Since update, have a problem with apps not sending
    (iMessage) ..." (80 [2]'s "@gemmasolutions: Battery issue persists ...") is a post's
    words with no one to have written them."""
    return [row for row in in_order if in_post(sentences[row])]


@lru_cache(maxsize=READ_AGAIN)
def in_post(sentence: Sentence) -> bool:
    """Whether a sentence's paragraph is a post: it opens on a social handle, or it says
    "I", "me" or "my" outside quotation marks and stands in a run of such paragraphs (or
    ones opening on a handle) right below a line bringing in unnamed posters' words:
    closing on a colon or on "Here are some.", naming readers, users, reports or
    comments, and saying no "I" of its own. Kept for the next reading order (a `Sentence`
    is hashed by identity): over the 250 raw validation clusters, 6,075 reads of 2,975
    sentences, the paragraph's first-person search most of each."""
    text = sentence.article.text
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.start)
    here = text[start : len(text) if end < 0 else end].strip()
    if HANDLE.match(here):
        return True
    if not speaks_as_i(here):
        return False
    for above in reversed([line.strip() for line in text[:start].split("\n") if line.strip()]):
        if _brings_posts(above):
            return True
        if not (HANDLE.match(above) or speaks_as_i(above)):
            return False
    return False


def _brings_posts(line: str) -> bool:
    return (
        (line.endswith(":") or _HERE_ARE.search(line) is not None)
        and _UNNAMED_POSTERS.search(line) is not None
        and not speaks_as_i(line)
    )
