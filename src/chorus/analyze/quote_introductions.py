"""A quotation that a sentence about a named person introduces with a colon, no speech
verb between: "Rick Perry was somehow not convinced: “President Obama’s call ...”", "Jon
Huntsman stuck to Twitter: "@BarackObama's tired rhetoric ..."" (multi_news-val-5196, a
round-up of reactions): the words of that person."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.attribution import Attribution
from chorus.analyze.subject_names import ORGANISATION, opening_word, person_named, subject_run
from chorus.language.quote_marks import CLOSE, OPEN, balanced, trim
from chorus.model import Sentence

__all__ = ["introduced"]

_COLON = re.compile(rf":\s+[{OPEN}](?!\[)[^{OPEN}{CLOSE}]{{8,}}[{CLOSE}]\.?$")
"""A colon and one quotation that ends the sentence; not one that opens on the writer's
bracket ("Newt Gingrich was pedantic: "[He] had more of a procedural issue ...": words
about him, in which his are quoted)."""
_ANOTHER_NAME = re.compile(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
"""Two capitalised words after the subject's: someone else the person may be quoting."""
_OTHERS_WORDS = re.compile(r"\b(?:quot|cit|read|recit|ask|told|tell|hear|heard|sign|post)")
"""Verbs of words the person did not say: quoted, cited, read, was asked or told, heard, a
sign or a post that is someone else's."""
_NO_SUBJECT = ("He ", "She ", "They ", "It ", "The ")
_PRONOUN_NEXT = re.compile(r",\s+(?:he|she|they|it|I|we)\b")
"""A pronoun after the name: the name is the opening phrase's ("In the conversation with his
fiancee, Rhonda Rouer, he also complained ..., but added: "..."": multi_news-val-1212)."""


def introduced(
    sentences: Sequence[Sentence], texts: Sequence[str], said: Sequence[tuple[Attribution, ...]]
) -> dict[int, Attribution]:
    """Each sentence with no attribution of its own that opens on a person's full name and
    ends on a quotation after a colon, by index, given to that person."""
    found: dict[int, Attribution] = {}
    for n, text in enumerate(texts):
        if said[n] or ": " not in text or text.startswith(_NO_SUBJECT):
            continue
        colon = _COLON.search(text)
        if colon is None:
            continue
        before = text[: colon.start()]
        run = subject_run(before)
        name = person_named(run[0]) if run is not None else None
        if name is None or " " not in name or ORGANISATION.search(run[0]):
            continue
        if opening_word(run[0]):
            continue  # "Their Sprayable Energy website also clearly states: ..." (2559)
        rest = before[run[1] :]
        if _ANOTHER_NAME.search(rest) or _OTHERS_WORDS.search(rest) or _PRONOUN_NEXT.match(rest):
            continue
        sentence = sentences[n]
        article = sentence.article.text
        name = _without_job(name, article)
        start, end = balanced(
            article, *trim(article, sentence.start + colon.start() + 1, sentence.end)
        )
        found[n] = Attribution(name, sentence.start + before.find(name), None, start, end)
    return found


def _without_job(name: str, article: str) -> str:
    """The name without a first word that is a job the article writes in lower case too
    ("Producer Fred Berger takes over the mic ..., finishing with: “We lost.”", where the
    page writes "La La Land producers": multi_news-val-4411), where two names remain."""
    first, _, rest = name.partition(" ")
    word = first.lower()
    written = any(f" {word}{end}" in article for end in (" ", "s ", ",", "."))
    return rest if written and " " in rest else name
