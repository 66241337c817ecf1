"""Rows whose words mean nothing alone: a bare answer and a fragment of the writer's sentence.

A reply like "No. Certainly not." or "Not that I'm aware of" answers the question its
article asks in the sentence before (an interview's "Did you anticipate anything like
this happening?", raw 37; "Did President Donald Trump know ...?", raw 34): the row is shown
after that question, as a unique item is after what it points back at. A quotation of one
to three words that closes the writer's clause, its attribution set between commas inside it
("The chances of the band performing live again are, he says rolling his eyes, "zero".",
raw 20), is a fragment whose meaning is the writer's: no row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise

from chorus.analyze.model import Quote
from chorus.model import Sentence

_BARE_ANSWER = re.compile(
    r"(?:(?:oh|well),? )?"
    r"(?:(?:no|yes|yeah|yep|nope|sure|absolutely|certainly|definitely|of course|never"
    r"|not really|not at all|not yet)[.,!;]"
    r"|not that (?:i|we)\b"
    r"|(?:i|we) (?:have|haven[’']t|do|don[’']t|did|didn[’']t|am|[’']m not|was|wasn[’']t"
    r"|will|won[’']t|can|can[’']t|had|hadn[’']t)(?: not)?(?: \w+ly)?[.,!])",
    re.IGNORECASE,
)
"""A reply that leans on a yes-or-no question: an answer word, "Not that I ...", or a
subject and its auxiliary alone ("I haven't personally.")."""

_QUESTION_END = re.compile(r"\?[\"”’']?\s*$")

_FRAGMENT_WORDS = 3

_SET_BETWEEN_COMMAS = re.compile(
    r",\s+(?:he|she|they|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s+"
    r"(?:says|said|adds|added|notes|noted|insists|insisted|explains|explained)\b[^,]*,\s"
)
"""An attribution set inside the writer's clause (", he says rolling his eyes, ", ", Houston
said, "): the clause is the writer's, the speaker only vouches for its last words. One whose
speaker is the clause's subject ("Abbott called her filibuster "inconsequential"") keeps
its row: it is their word for a thing the row's sentence names (quote_reader46)."""


def bare_answer(words: str) -> bool:
    """Whether quoted words open on a reply that means nothing without its question."""
    return _BARE_ANSWER.match(words) is not None


def asked(sentence: Sentence) -> bool:
    """Whether a sentence is a question (its own, or the one it quotes, ends on "?")."""
    return "?" in sentence.text and _QUESTION_END.search(sentence.text) is not None


def fragment(quote: Quote) -> bool:
    """Whether a row is a few quoted words closing the writer's clause: one to three words,
    opening in lower case, after an attribution set between commas inside the sentence."""
    words = quote.words
    return (
        quote.kind == "quote"
        and quote.resumed is None
        and words[:1].islower()
        and quote.text.start > quote.sentence.start
        and len(words.split()) <= _FRAGMENT_WORDS
        and _SET_BETWEEN_COMMAS.search(
            quote.sentence.text, 0, quote.text.start - quote.sentence.start
        )
        is not None
    )


def with_questions(
    rows: Iterable[Quote], per_article: Sequence[Sequence[Sentence]]
) -> tuple[Quote, ...]:
    """The rows, fragments left out and each bare answer given the question before it."""
    before = {
        (s.article.id, s.start): previous
        for sentences in per_article
        for previous, s in pairwise(sentences)
    }
    shown = []
    for row in rows:
        if fragment(row):
            continue
        if bare_answer(row.words):
            question = before.get((row.sentence.article.id, row.sentence.start))
            if question is not None and asked(question):
                row = replace(row, context=(question,))
        shown.append(row)
    return tuple(shown)
