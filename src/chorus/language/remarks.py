"""Remarks: a sentence opening with a quotation tells its speaker's words, and supports a
statement only through words the two share. "“RIP Marty Balin, fellow bandmate ... passed
last night,” Jefferson Airplane bassist Jack Casady said" tells nothing of "The pair teamed
up with ... bassist Jack Casady ... and released their debut album"."""

from __future__ import annotations

import re

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
_STEM = 6
"""Letters two words are compared by: "constructive" / "act constructively"."""
_QUOTED_WORDS = 2
"""Words a statement shares with a remark's quotation that tell its fact: one is a word of
the story ("saved", "asked", "children"): "“What she did was wrong ... to take care of her
children,” said ... Officer Mark Engravalle" tells nothing of what he saw of them."""
_SPEAKER_WORDS = 3
"""Words in lower case a statement shares with a remark's speaker and what is said of him
that tell its fact: "said Kerstin Einarsson of Sahlgrenska Hospital, the largest in the
city of 435,000 some 500 kilometers west of Stockholm"."""


def _stems(words: list[str], shortest: int = 4) -> set[str]:
    """The openings of words of `shortest` letters or more that are no link words."""
    return {word[:_STEM] for word in words if len(word) >= shortest and word not in LINKS}


def _names(text: str) -> set[str]:
    return {run.strip("'’").lower() for run in CAPITALISED_RUN.findall(text)}


def _shared_with_quotation(shown: str, quoted: str) -> int:
    """Words a statement shares with a quotation: words the quotation writes in lower case
    (any word of a headline in capitals: "How To Make Eyeliner Out of Colored Pencils"),
    and names written whole in both: "Marty" of "“Marty and I were young together”" is
    no "Marty Balin", whom every remark on his death names."""
    ours = _stems(ascii_words(shown))
    uncapitalised = _CAPITALISED_WORD.sub(" ", quoted)
    if not any(len(word) >= 4 for word in ascii_words(uncapitalised)):
        uncapitalised = quoted
    names = _names(quoted) & _names(shown)
    return len(ours & _stems(ascii_words(uncapitalised))) + len(names)


def remark_apart(shown: str, merged: str) -> bool:
    """Whether `merged` is a remark that tells nothing of what `shown` states: it opens
    with a quotation of `_REMARK_WORDS` or more, `shown` with none, and `shown` shares
    fewer than `_QUOTED_WORDS` words with the quotation and fewer than `_SPEAKER_WORDS`
    in lower case with the rest (its speaker and what is said of him). "“Certainly I
    asked her questions,” Sollecito said" shares only "asked" with "When asked how he
    reconciled that behavior with her innocence, Sollecito said, ..."."""
    opening = _OPENING_QUOTE.match(merged)
    if opening is None or _OPENING_QUOTE.match(shown):
        return False
    closing = _CLOSING_QUOTE.search(merged, opening.end())
    end = closing.start() if closing else len(merged)
    quoted = merged[opening.end() : end]
    if len(quoted.split()) < _REMARK_WORDS:
        return False
    if _shared_with_quotation(shown, quoted) >= _QUOTED_WORDS:
        return False
    # of five letters or more: "said", "told" and "says" are in most statements too
    lower = " ".join(word for word in merged[end:].split() if word[:1].islower())
    ours = _stems(ascii_words(shown))
    return len(ours & _stems(ascii_words(lower), shortest=5)) < _SPEAKER_WORDS
