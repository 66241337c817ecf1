"""Remarks: a sentence opening with a quotation tells its speaker's words, and supports a
statement only through words the two share. "“RIP Marty Balin, fellow bandmate ... passed
last night,” Jefferson Airplane bassist Jack Casady said" tells nothing of "The pair teamed
up with ... bassist Jack Casady ... and released their debut album"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chorus.language.counts import LINKS
from chorus.language.words import ascii_words

CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
"""Words that open with a capital, one after another: a name with its given names."""
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_OPENING_QUOTE = re.compile(r"\s*(?:“|``|''|\")")
_CLOSING_QUOTE = re.compile(r"”|''|\"")
_REMARK_WORDS = 4
"""Words a quotation opening a sentence needs to be a remark, not a title or a term
("“Communiqués” publicizing their actions were posted", "“CBS This Morning” has not been
able to confirm the tape")."""
STEM = 6
"""Letters two words are compared by: "constructive" / "act constructively"."""
_QUOTED_WORDS = 2
"""Words a statement shares with a remark's quotation that tell its fact: one is a word of
the story ("saved", "asked", "children"): "“What she did was wrong ... to take care of her
children,” said ... Officer Mark Engravalle" tells nothing of what he saw of them."""
_SPEAKER_WORDS = 3
"""Words in lower case a statement shares with a remark's speaker and what is said of him
that tell its fact: "said Kerstin Einarsson of Sahlgrenska Hospital, the largest in the
city of 435,000 some 500 kilometers west of Stockholm"."""
_READINGS = 4096
"""Sentences whose readings are kept, as `facts` keeps its own."""


def _stems(words: list[str], shortest: int = 4) -> set[str]:
    """The openings of words of `shortest` letters or more that are no link words."""
    return {word[:STEM] for word in words if len(word) >= shortest and word not in LINKS}


@dataclass(frozen=True, slots=True)
class _Remark:
    """What a remark gives a statement to share: the openings of the words its quotation
    writes in lower case (of every word for a headline in capitals: "How To Make Eyeliner
    Out of Colored Pencils"), the names it writes whole, and the openings of the words
    of five letters or more in lower case after it (its speaker and what is said of him;
    "said", "told" and "says" are in most statements too)."""

    quoted: frozenset[str]
    names: frozenset[str]
    speaker: frozenset[str]


@lru_cache(maxsize=_READINGS)
def word_openings(text: str) -> frozenset[str]:
    """The openings of a sentence's words (`STEM` letters of each of four or more, no link
    word), what the support test compares sentences by; read once a sentence, as one
    statement meets several candidate supports."""
    return frozenset(_stems(ascii_words(text)))


@lru_cache(maxsize=_READINGS)
def _names(text: str) -> frozenset[str]:
    """The names a sentence writes whole: "Marty" of "“Marty and I were young together”"
    is no "Marty Balin", whom every remark on his death names."""
    return frozenset(run.strip("'’").lower() for run in CAPITALISED_RUN.findall(text))


@lru_cache(maxsize=_READINGS)
def _remark(text: str) -> _Remark | None:
    """A sentence's reading as a remark, if it opens with a quotation of `_REMARK_WORDS`
    or more; read once, as one remark meets several statements."""
    opening = _OPENING_QUOTE.match(text)
    if opening is None:
        return None
    closing = _CLOSING_QUOTE.search(text, opening.end())
    end = closing.start() if closing else len(text)
    quoted = text[opening.end() : end]
    if len(quoted.split()) < _REMARK_WORDS:
        return None
    uncapitalised = _CAPITALISED_WORD.sub(" ", quoted)
    if not any(len(word) >= 4 for word in ascii_words(uncapitalised)):
        uncapitalised = quoted
    lower = " ".join(word for word in text[end:].split() if word[:1].islower())
    return _Remark(
        frozenset(_stems(ascii_words(uncapitalised))),
        _names(quoted),
        frozenset(_stems(ascii_words(lower), shortest=5)),
    )


def remark_apart(shown: str, merged: str) -> bool:
    """Whether `merged` is a remark that tells nothing of what `shown` states: `shown`
    opens with no quotation, and shares fewer than `_QUOTED_WORDS` words with the remark's
    quotation (words in lower case, names whole) and fewer than `_SPEAKER_WORDS` with the
    rest. "“Certainly I asked her questions,” Sollecito said" shares only "asked" with
    "When asked how he reconciled that behavior with her innocence, Sollecito said, ..."."""
    # most sentences open with no quotation: the pattern's test spares the cache's
    if not _OPENING_QUOTE.match(merged) or _OPENING_QUOTE.match(shown):
        return False
    remark = _remark(merged)
    if remark is None:
        return False
    ours = word_openings(shown)
    shared = len(ours & remark.quoted) + len(remark.names & _names(shown))
    return shared < _QUOTED_WORDS and len(ours & remark.speaker) < _SPEAKER_WORDS
