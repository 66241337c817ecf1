"""A mention's window, the words the recognizer reads around one mention of a name, for
entity_windows.py (which names are read): where a name is next written as whole words, the
window of CONTEXT_WORDS words either side grown to whole capitalised runs at its edges, and
a name's first mention a window may be cut at (outside a title-case headline and a stock
symbol's parenthesis; after no possessive for `windows_alone`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from chorus.analyze.entity_forms import BEFORE_CHARS, after_exchange
from chorus.analyze.entity_groups import TITLE_CASE
from chorus.model import Sentence

CONTEXT_WORDS = 3
RUN_WORDS = 3
"""Words a window may grow by at either edge to end on a whole capitalised run: a window
cut inside "Equatorial Guinea" or "Sarah Jessica Parker" had the recognizer label the
part it saw ("Equatorial", place; "Sarah", person)."""
LOOK_BACK = 64
"""Characters before a mention that hold its window's words before it, but for long ones."""
_WORD = re.compile(r"\S+")


def plain_window(sentences: Sequence[Sentence], name: str, index: int, start: int, end: int) -> str:
    """The window of the name's first mention outside a title-case headline and a stock
    symbol's parenthesis, or "" when every mention is in one: in a headline the recognizer
    took headline words for names ("Pedestrian Struck", person; "Rocky The Bobcat Back On
    The Loose In", organisation) and labelled names by the headline's context ("JFK" in
    "Jack The Cat Lost At JFK", person)."""
    text = sentences[index].text
    while True:
        window = mention_window(text, start, end)
        head = text[max(start - BEFORE_CHARS, 0) : start]
        if not TITLE_CASE.search(window) and not after_exchange(head):
            return window
        start = next_mention(text, name, end)
        while start < 0 and index + 1 < len(sentences):
            index += 1
            text = sentences[index].text
            start = next_mention(text, name, 0)
        if start < 0:
            return ""
        end = start + len(name)


def windows_alone(sentences: Sequence[Sentence], names: Sequence[str]) -> list[tuple[str, str]]:
    """A window for each of `names` (as `named_windows` reads them) at its first mention
    after no possessive, each with the name, for names whose window went to the two names
    a possessive joins ("Ghouta's Douma"); none for a name always written so."""
    found = []
    for name in names:
        at = next(
            (
                (index, start)
                for index, sentence in enumerate(sentences)
                if (start := _alone(sentence.text, name)) >= 0
            ),
            None,
        )
        if at and (window := plain_window(sentences, name, at[0], at[1], at[1] + len(name))):
            found.append((name, window))
    return found


_OWNING = ("'s ", "’s ", "s' ", "s’ ")


def _alone(text: str, name: str) -> int:
    """Where `name` is first written in `text` as whole words after no possessive (a plural's
    apostrophe alone too: "ABC News’ Linsey Davis"), or -1."""
    start = next_mention(text, name, 0)
    while start >= 0 and text[start - 3 : start] in _OWNING:
        start = next_mention(text, name, start + 1)
    return start


def next_mention(text: str, name: str, at: int) -> int:
    """Where `name` is next written in `text` from `at` as whole words, or -1."""
    start = text.find(name, at)
    while start >= 0:
        end = start + len(name)
        before = start > 0 and is_word(text[start - 1])
        if not before and not (end < len(text) and is_word(text[end])):
            return start
        start = text.find(name, start + 1)
    return -1


def every_mention(text: str, name: str) -> Iterator[int]:
    """Where `text` writes `name` as whole words (`next_mention`), each."""
    at = next_mention(text, name, 0)
    while at >= 0:
        yield at
        at = next_mention(text, name, at + 1)


def mention_window(text: str, start: int, end: int) -> str:
    """The mention with its context words, spaced as the text spaces them ("Bolton, CT.",
    not "Bolton , CT."), on one line."""
    preceding = _words_before(text, start)
    # No more words than the window can take after the mention: the rest of the sentence
    # was read for nothing.
    ahead = islice(_WORD.finditer(text, end), CONTEXT_WORDS + RUN_WORDS)
    following = [(m.end(), m.group()) for m in ahead]
    cut = max(len(preceding) - CONTEXT_WORDS, 0)
    for _ in range(RUN_WORDS):
        if cut and _continues(preceding[cut - 1][1], preceding[cut][1]):
            cut -= 1
    stop = min(CONTEXT_WORDS, len(following))
    for _ in range(RUN_WORDS):
        if 0 < stop < len(following) and _continues(following[stop - 1][1], following[stop][1]):
            stop += 1
    first = preceding[cut][0] if cut < len(preceding) else start
    last = following[stop - 1][0] if stop else end
    return " ".join(text[first:last].split())


def _words_before(text: str, start: int) -> list[tuple[int, str]]:
    """(start, word) of the words of `text` before `start`, or of the last of them: at least
    the CONTEXT_WORDS + RUN_WORDS a window can take and the one before, which `mention_window`
    tests. Found from LOOK_BACK characters before, not from the sentence's start (most of
    a window's cost), and from the start when those hold too few."""
    since = max(start - LOOK_BACK, 0)
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, since, start)]
    if since and words and words[0][0] == since and not text[since - 1].isspace():
        del words[0]  # a word cut at `since`
    if since and len(words) <= CONTEXT_WORDS + RUN_WORDS:
        return [(m.start(), m.group()) for m in _WORD.finditer(text, 0, start)]
    return words


def _continues(word: str, then: str) -> bool:
    """Whether `then` carries on a capitalised run `word` is part of ("Equatorial Guinea",
    not "Libya, Equatorial")."""
    return word[:1].isupper() and then[:1].isupper() and word[-1].isalnum()


def is_word(character: str) -> bool:
    r"""The regex engine's Unicode `\w`."""
    return character.isalnum() or character == "_"
