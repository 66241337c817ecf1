"""A quotation that is a sentence of its own right after a sentence whose subject, named,
speaks without quoting: "Jewell noted the film was brilliantly cast. “Clark Gable was
absolutely the right person ...”" (multi_news-val-3098), the words of that subject."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.attribution import Attribution
from chorus.analyze.quote_paragraph_leads import about_in_paragraph
from chorus.language.non_speakers import NOT_SPEAKERS
from chorus.language.quote_marks import CLOSE, OPEN, balanced, trim
from chorus.language.speaker_appositions import KIN
from chorus.model import Sentence

__all__ = ["led"]

_WHOLE_QUOTATION = re.compile(rf"[{OPEN}][^{OPEN}{CLOSE}]{{8,}}[{CLOSE}]")
_OPENED = re.compile(rf"[{OPEN}][^{OPEN}{CLOSE}]{{8,}}")
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,2}"
_LEAD = re.compile(
    rf"(?P<name>{_NAME})(?:,[^,{OPEN}{CLOSE}]{{3,90}},)?\s+(?:also\s+|later\s+)?"
    r"(?:noted|said|says|added|adds|explained|explains|confirmed|stressed|recalled"
    r"|acknowledged|admitted|insisted|argued|told|agreed|agrees|wrote|writes|tweeted)\b"
)
"""The lead sentence's opening: a name, maybe a description between commas, and a speech
verb that tells what the subject said ("Steve Klein, a spokesman for The King Center,
confirmed ..."). Not "asked" (the quotation is the answer, another's) nor "reported" or
"posted" (what a paper or an account printed, often others' words)."""
_KIN_LEAD = re.compile(
    rf"(?P<kin>(?:His|Her|Their)\s+(?:{'|'.join(KIN)})),\s+(?P<name>{_NAME}),\s+(?:also\s+)?"
    r"(?:remembers|remembered|recalls|recalled|said|says|added|explained|agreed|wrote)\b"
)
"""A lead opening on whose relation the subject is and their name between commas, and a
verb that tells or remembers: "His mother, Maria Feng, remembers that breakthrough. “We were
so proud ...”" (multi_news-val-5488); the relation is the speaker's role."""
_NO_NAME = NOT_SPEAKERS | {"He", "She", "The"}
"""Openings no named subject has: a pronoun, whose person `pronouns.py` resolves only
inside an attribution, and a paper's or group's "The", whose report quotes others."""


def led(
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    said: Sequence[tuple[Attribution, ...]],
    people: frozenset[str] = frozenset(),
) -> dict[int, Attribution]:
    """A whole-quotation sentence with no attribution of its own, by sentence index, given to
    the named subject of the sentence before it in its paragraph, when that sentence speaks
    with no quotation or attribution of its own, to the named speaker of the quotation
    before an aside of the writer's (`_after_an_aside`), or, opening a paragraph, to the
    person the paragraph before is about (`about_in_paragraph`)."""
    found: dict[int, Attribution] = {}
    for n in range(1, len(texts)):
        lead, quoted = texts[n - 1], texts[n]
        if said[n] or said[n - 1] or not quoted.startswith(tuple(OPEN)):
            continue
        if not _quoted_alone(sentences, texts, n):
            continue
        text = sentences[n].article.text
        if "\n" in text[sentences[n - 1].end : sentences[n].start]:
            # a new paragraph may be a new speaker: only one the paragraph before is about
            if people and (about := about_in_paragraph(sentences, texts, said, n, people)):
                found[n] = about
            continue
        if any(mark in lead for mark in OPEN + CLOSE):
            continue
        opening = _LEAD.match(lead) or _KIN_LEAD.match(lead)
        if opening is None:
            if (aside := _after_an_aside(sentences, texts, said, n)) is not None:
                found[n] = aside
            continue
        name = opening["name"]
        if name.split()[0] in _NO_NAME:
            continue
        start, end = balanced(text, *trim(text, sentences[n].start, sentences[n].end))
        at = sentences[n - 1].start + opening.start("name")
        found[n] = Attribution(name, at, opening.groupdict().get("kin"), start, end)
    return found


def _quoted_alone(sentences: Sequence[Sentence], texts: Sequence[str], n: int) -> bool:
    """Whether sentence `n` is a quotation with nothing of the writer's: whole, or opened
    and left open to its paragraph's end, as a quotation going on in the next paragraph is
    ("“Clark Gable was absolutely the right person ... every one gets a hit. ¶ “It's a
    testament ...”")."""
    if _WHOLE_QUOTATION.fullmatch(texts[n].rstrip(".")) is not None:
        return True
    end = sentences[n].end
    paragraph_ends = sentences[n].article.text[end : end + 2].lstrip(" ").startswith("\n")
    return paragraph_ends and _OPENED.fullmatch(texts[n]) is not None


_NAMES_SOMEONE = re.compile(r"(?<=\s)(?:[A-Z]|(?:he|she|they|his|her|their|him|them)\b)")
"""A capitalised word after the first, or a person's pronoun: an aside that may bring in
another speaker."""


def _after_an_aside(
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    said: Sequence[tuple[Attribution, ...]],
    n: int,
) -> Attribution | None:
    """The named speaker of a quotation two sentences before `n` in its paragraph, where the
    sentence between is the writer's aside naming no one: '"The mechanism suggests that it
    could be helpful," McTiernan said. Alcohol increases estrogen, ... while physical
    activity reduces it. "But I can't say that for someone who drinks five drinks ..."'
    (multi_news-val-4008)."""
    if n < 2 or not said[n - 2] or _NAMES_SOMEONE.search(texts[n - 1]) is not None:
        return None
    before = said[n - 2][-1]
    if before.refers_back or before.speaker.split()[0] in _NO_NAME:
        return None
    if not before.speaker[:1].isupper() or not any(mark in texts[n - 2] for mark in OPEN):
        return None
    text = sentences[n].article.text
    if "\n" in text[sentences[n - 2].end : sentences[n - 1].start]:
        return None
    start, end = balanced(text, *trim(text, sentences[n].start, sentences[n].end))
    return Attribution(before.speaker, before.speaker_start, None, start, end)
