"""Statements printed after their colon: "The New Baltimore Police Department ... released
the following statement:" ¶ "“The New Baltimore Police Department was saddened ...”"
(multi_news-val-3544). The announcing sentence says whose the statement is and the
quotation that opens the next paragraph is its words, so the two are read as one sentence
by the pattern of a speech verb and its quotation; the statement's later paragraphs are
the speaker going on, as any quotation's (`quotes.py`), up to the mark that closes it, past
the headings a page sets between them (`heading_line`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.language.quote_marks import CLOSE, OPEN
from chorus.language.quote_pattern_needs import PARTICIPLES
from chorus.language.quote_verbs import GIVEN_STATEMENT
from chorus.model import Sentence

__all__ = [
    "PRINTED",
    "STATEMENT_PATTERNS",
    "announced",
    "heading_line",
    "opens_paragraph",
    "paragraph_after",
    "unheaded",
]

STATEMENT_PATTERNS = ("speaker verb quote", *PARTICIPLES)
"""The patterns that read a statement given and its quotation (`GIVEN_STATEMENT` is one of
the first's verbs), or a body's statement written after its participle (`PARTICIPLES`: "The
Trump administration is denying Trump made the request, writing in an unsigned statement:"
¶ "“The president has never asked ...”", raw validation 0-based 9 [5]), where the first
reads none."""
_ANNOUNCED = re.compile(
    rf"\b(?:{GIVEN_STATEMENT}\b[^.:{OPEN}{CLOSE}]{{0,60}}"
    rf"|(?:saying|writing)\s+in\s+an?\s+(?:[\w-]+\s+){{0,2}}?statement"
    rf"|(?:wrote|posted|vented|tweeted)\s+(?:on|in)\s+[^.:{OPEN}{CLOSE}]{{0,40}}?\b(?:page|post)"
    rf"|^In\s+an?\s+(?:[a-z]+\s+)?statement\s+to\s+[^,.:{OPEN}{CLOSE}]{{1,40}},\s+[^.:{OPEN}{CLOSE}]{{0,100}})"
    rf":\s*(?:(?P<quoted>[{OPEN}])|$)"
)
"""A statement given, or words written on a page ("Rhonda Ungericht, among many others,
vented on Keurig’s Facebook page:": multi_news-val-4775), a statement the subject is
"writing" or "saying" in (raw 9 [5]), or a sentence opening on the
statement one gave and its speaker ("In a statement to CBS12, McDowell explained her side
of the story, which read in part:": raw validation 0-based 225), then its colon, and its
quotation or the sentence's end."""
_NOUNS = ("statement", "message", "page:", "post:")


def announced(
    sentences: Sequence[Sentence], texts: Sequence[str]
) -> tuple[dict[int, Sentence], dict[int, range]]:
    """The sentences that hold a statement announced by a colon, by index, each as the
    sentence to read: the announcement and its quotation when the quotation opens the next
    sentence, the sentence itself when both are in one ("Mint spokesman Adam Stump issued
    this statement when contacted today by ABC News: “We do not ...”": 2031, which no cue
    of `quote_cues.py` tells); and the announcements of a statement printed without
    quotation marks, each with the indexes of the paragraph after it that is the statement
    (that one paragraph only: a later one may be the writer's again). `texts` are the
    sentences'."""
    found: dict[int, Sentence] = {}
    unquoted: dict[int, range] = {}
    article = sentences[0].article.text if sentences else ""
    if ":" not in article:
        return found, unquoted  # an article's test first, one character's (a third have
        # none): the nouns' search of every article cost more than the sentences' tests
    for n, text in enumerate(texts):
        if ":" not in text or not any(noun in text for noun in _NOUNS):
            continue
        given = _ANNOUNCED.search(text)
        if given is None:
            continue
        if given["quoted"]:
            found[n] = sentences[n]
        elif n + 1 < len(texts) and texts[n + 1][:1] in OPEN:
            found[n + 1] = replace(sentences[n + 1], start=sentences[n].start)
        elif n + 1 < len(texts) and opens_paragraph(sentences, n + 1):
            unquoted[n] = paragraph_after(sentences, n)
    return found, unquoted


PRINTED = " “The statement.”"
"""A quotation set after an announcement whose statement is printed unquoted, for the
pattern of a speech verb and its quotation to read the announcement's speaker (the words
are the paragraph's, not these)."""


def opens_paragraph(sentences: Sequence[Sentence], n: int) -> bool:
    """Whether sentence `n` opens a paragraph."""
    return "\n" in sentences[n].article.text[sentences[n - 1].end : sentences[n].start]


def paragraph_after(sentences: Sequence[Sentence], n: int) -> range:
    """The indexes of the paragraph that sentence `n + 1` opens."""
    end = n + 2
    while end < len(sentences) and not opens_paragraph(sentences, end):
        end += 1
    return range(n + 1, end)


_ENDS = (".", "!", "?", ":", *CLOSE)


def heading_line(sentence: Sentence) -> bool:
    """Whether the sentence is a line of its own that ends with no stop, a
    heading or a link the page set between two paragraphs of one quotation ("► Related:
    Wayne State suspect has history of assaulting cops": multi_news-val-3544), which goes on
    after it."""
    text, start, end = sentence.article.text, sentence.start, sentence.end
    return (
        not text[start:end].endswith(_ENDS)
        and (start == 0 or text[start - 1] == "\n")
        and text[end : end + 1] in ("", "\n")
    )


_PRESENT = re.compile(r"\bsays?\b")


def unheaded(sentences: Sequence[Sentence], verbs: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The patterns worth trying on each sentence (`verbs`, one per sentence), none on the
    page's headlines: heading lines before an article's first finished sentence whose verb is
    a headline's present "says" ("We will sink Japan and turn US to 'ashes and darkness',
    says North Korea": multi_news-val-655, the headline writer's words). A summary box's
    "..., police said" (multi_news-val-5473) is told as the police told it."""
    for n, sentence in enumerate(sentences):
        if not heading_line(sentence):
            break
        if verbs[n] and _PRESENT.search(sentence.text):
            verbs[n] = ()
    return verbs
