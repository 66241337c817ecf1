"""Quotations a verbless lead-in brings in after its colon by naming whose statement they
are: "A statement from Elijah’s parents, following the recent media attention:" ¶ "“My
wife Dina and I spend hours reading your messages. ...”" (raw validation 0-based 122 [2]),
"Bundy's response: "I might be a welfare queen. ..."" (151 [0]), "DURBIN SAVAGES BofA -
From Sen. Dick Durbin’s floor statement: “What I have said in the media ...”" (144 [1]),
and a page's post the sentence before named ("... the Bundy Ranch Facebook page elaborated
on the rancher's "New Day" comments. The post concluded with these sentences:", 151 [0]).
No speech verb is there for a pattern of `quote_patterns.py` to read, and a block quote's
introduction (`quote_blocks.py`) is read only before words without marks; the noun of a
statement and its owner or sender say whose the quotation is as "X said" would. The
statement's later sentences and paragraphs are the speaker going on, as any quotation's
(`quote_articles.py`), up to the mark that closes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.analyze.quote_statements import opens_paragraph
from chorus.language.quote_marks import CLOSE, OPEN, balanced, trim
from chorus.language.speakers import HONORIFIC, NAME
from chorus.model import Sentence

__all__ = ["noun_leads"]

_NOUN = r"(?:statement|response|reply|answer|message|letter|post|tweet|remarks)"
"""Nouns of words given as one's own (not "comments" nor "note": "Editor’s note:" brings in
the page's own words, raw 77 [3])."""
_COLON = rf":\s*(?:(?P<quoted>[{OPEN}])|$)"
_LEADS = (
    re.compile(
        rf"^(?:An?|The)\s+(?:[a-z-]+\s+)?{_NOUN}\s+from\s+"
        rf"(?P<speaker>[^,:;{OPEN}{CLOSE}]{{2,60}}?)(?:,[^:{OPEN}{CLOSE}]{{0,80}})?{_COLON}"
    ),
    re.compile(
        rf"^(?:[^:{OPEN}{CLOSE}]{{0,60}}?\s[-–—]\s+From\s+)?{HONORIFIC}{{0,2}}(?P<speaker>{NAME})"
        rf"['’]s\s+(?:[a-z-]+\s+)?{_NOUN}{_COLON}"
    ),
)
"""A statement from its senders, an aside after them ("A statement from Elijah’s parents,
following the recent media attention:"), or a named owner's statement ("Bundy's response:",
a heading's "... - From Sen. Dick Durbin’s floor statement:", the title no part of the
name), each from the sentence's start, then the quotation or the sentence's end. Not a
statement a name owns inside a clause ("Republicans mocked Obama's response:": whose the
words after it are, the clause does not say)."""

_POST = re.compile(
    rf"^The\s+post\s+(?:concluded|began|ended|read|continued)"
    rf"(?:\s+with\s+(?:these|the\s+following)\s+(?:words|sentences)|\s+in\s+part)?{_COLON}"
)
_PAGE = re.compile(
    rf"\b(?:the\s+)?(?P<speaker>{NAME})\s+(?P<page>Facebook|Twitter|Instagram)\s+(?:page|account)\b"
)
"""A page's post the sentence before named its page of ("On Friday, the Bundy Ranch Facebook
page elaborated on the rancher's "New Day" comments. The post concluded with these
sentences:", 151 [0]): the page's owner speaks, the page its role."""


def noun_leads(sentences: Sequence[Sentence], texts: Sequence[str]) -> dict[int, Attribution]:
    """The attribution of each quotation a verbless lead-in (`_LEADS`) or a page's post
    (`_POST`) brings in, by the index of the sentence that holds the quotation's opening:
    the lead-in's own, or the next where the lead-in ends its paragraph and the next opens
    on a quotation mark. `texts` are the sentences'."""
    found: dict[int, Attribution] = {}
    for n, text in enumerate(texts):
        if ":" not in text:
            continue
        lead = _lead(sentences, texts, n)
        if lead is None:
            continue
        colon, speaker = lead
        if colon["quoted"]:
            words = n
        elif n + 1 < len(texts) and texts[n + 1][:1] in OPEN and opens_paragraph(sentences, n + 1):
            words = n + 1
        else:
            continue
        sentence, article = sentences[words], sentences[words].article.text
        opening = sentence.start + colon.start("quoted") if words == n else sentence.start
        start, end = balanced(article, *trim(article, opening, sentence.end))
        found[words] = replace(speaker, start=start, end=end)
    return found


def _lead(
    sentences: Sequence[Sentence], texts: Sequence[str], n: int
) -> tuple[re.Match[str], Attribution] | None:
    """Sentence `n`'s lead-in, its match, and its speaker (the words' span still to set),
    or None."""
    for shape in _LEADS:
        if (lead := shape.match(texts[n])) is not None:
            at = sentences[n].start + lead.start("speaker")
            return lead, Attribution(lead["speaker"], at, None, at, at)
    if n and (post := _POST.match(texts[n])) and (page := _PAGE.search(texts[n - 1])):
        at = sentences[n - 1].start + page.start("speaker")
        return post, Attribution(page["speaker"], at, f"{page['page']} page", at, at)
    return None
