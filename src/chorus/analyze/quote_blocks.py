"""Words a page sets apart as a block after a paragraph that ends on a colon introducing
whose they are: "Here is part of what he had to say:" ¶ "This poetic interpretation of his
experience is not supported by evidence of any kind. ...", "Here is how the late Terence
McKenna described the prototypical DMT trance:" ¶ "Under the influence of DMT, ...", "Here
is Alexander’s description of the afterlife:", "In his online interview we learn about ...:"
(multi_news-val-3880, a blog whose block quotes lost their indent in the text). The block
has no quotation marks; the paragraph right after the colon is read as its words (that
paragraph only, as a statement printed unquoted: a later one may be the writer's again).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.quote_hits import Attribution
from chorus.analyze.quote_statements import opens_paragraph, paragraph_after
from chorus.language.first_name_genders import first_name_gender
from chorus.language.quote_marks import OPEN
from chorus.language.speakers import WORD
from chorus.model import Sentence

__all__ = ["block_quotes"]

_NAME = rf"{WORD}(?:\s+{WORD}){{0,2}}"
_WHO = rf"(?P<pronoun>he|she)|(?P<name>{_NAME})"
_HERE = r"Here(?:\s+is|['’]s)\s+"
_INTRODUCTIONS = tuple(
    re.compile(shape)
    for shape in (
        rf"{_HERE}(?:(?:part|some|much)\s+of\s+)?what\s+(?:{_WHO})\s+"
        r"(?:had\s+to\s+say|said|wrote|told\s+\w+)",
        rf"{_HERE}how\s+(?:the\s+late\s+)?(?:{_WHO})\s+(?:described|put|explained)\s",
        rf"{_HERE}(?P<name>{_NAME})['’]s\s+(?:own\s+|full\s+)?"
        r"(?:description|account|explanation|statement)\s+(?:of|on|about)\s",
        r"In\s+(?P<owner>his|her)\s+(?:[a-z]+\s+)?interview\b",
    )
)
"""Introductions that say whose the block after them is: what one had to say, how one
described something, one's description of it or statement on it ("Here's Zuckerberg's full
statement on the deal:", 3365), one's interview (a "he"/"his" is whom the paragraph names:
`_named_before`)."""
_PRONOUN_OF = {"his": "he", "her": "she"}


def block_quotes(
    sentences: Sequence[Sentence], texts: Sequence[str]
) -> dict[int, tuple[Attribution, range]]:
    """Each introduction ending its paragraph on a colon, by index, with its speaker's
    attribution and the indexes of the unquoted paragraph's first sentences after it (none
    where a pronoun's person is not known). `texts` are the sentences'."""
    found: dict[int, tuple[Attribution, range]] = {}
    for n, text in enumerate(texts):
        # the cheap tests first: a colon ending the sentence, an opening of the shapes
        if not text.endswith(":") or not text.startswith(("Here", "In h")):
            continue
        if n + 1 >= len(texts) or not opens_paragraph(sentences, n + 1) or texts[n + 1][:1] in OPEN:
            continue  # a quotation after it is read by its own marks
        shape = next(filter(None, (p.match(text) for p in _INTRODUCTIONS)), None)
        if shape is None:
            continue
        speaker = _speaker(shape, sentences, texts, n)
        if speaker is not None:
            found[n] = (speaker, paragraph_after(sentences, n)[:_SHOWN])
    return found


_SHOWN = 3
"""The block's sentences read as its words: a block quote may run to a page (raw 212's
McKenna, 24 sentences and his book's reference); its opening says what the person said,
and the rest of it stays on the page the row cites."""


def _speaker(
    shape: re.Match[str], sentences: Sequence[Sentence], texts: Sequence[str], n: int
) -> Attribution | None:
    """Who the introduction names: the name as written, or whom its "he"/"she"/"his"/"her"
    stands for in the paragraph it ends (`_named_before`), or None."""
    named, sentence = shape.groupdict(), sentences[n]
    at = sentence.start + shape.start()
    if named.get("name"):
        return Attribution(named["name"], at, None, sentence.end, sentence.end)
    pronoun = named.get("pronoun") or _PRONOUN_OF[named["owner"]]
    person = _named_before(sentences, texts, n, pronoun)
    return None if person is None else Attribution(person, at, None, sentence.end, sentence.end)


_FULL_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+[A-Z][a-z][\w’'-]*")
_CAPITALISED = re.compile(r"(?<![\w.’'-])[A-Z][\w’'-]*")
_FIRST_WORD = re.compile(r"\W*\w+")
_OWNED = re.compile(r"['’]s$")


def _named_before(
    sentences: Sequence[Sentence], texts: Sequence[str], n: int, pronoun: str
) -> str | None:
    """The person a pronoun in introduction `n` stands for, read in the paragraph it ends:
    the one full name there whose first name tells that pronoun ("So I sought the opinion
    of Mark Cohen, a pioneer in the field of neuroimaging ... (He was also my thesis
    advisor.) Here is part of what he had to say:"), or else the one name the paragraph
    writes inside its sentences ("... further problems with Alexander’s account. ... In his
    online interview we learn ...:"); None where it names none, or several and no one full
    name fits: whom a pronoun after two stands for is a guess."""
    start = n
    while start > 0 and not opens_paragraph(sentences, start):
        start -= 1
    fitting = {
        found[0]
        for m in range(start, n + 1)
        for found in _FULL_NAME.finditer(texts[m])
        if first_name_gender(found[0]) == pronoun
    }
    if fitting:
        return fitting.pop() if len(fitting) == 1 else None
    words = {
        _OWNED.sub("", found[0])
        for m in range(start, n + 1)
        for found in _CAPITALISED.finditer(texts[m], _after_first_word(texts[m]))
        if found[0] != "I"
    }
    return words.pop() if len(words) == 1 else None


def _after_first_word(text: str) -> int:
    """Where a sentence's first word ends: a capital there tells no name."""
    first = _FIRST_WORD.match(text)
    return 0 if first is None else first.end()
