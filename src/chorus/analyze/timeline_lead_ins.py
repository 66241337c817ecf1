"""The sentence a timeline line leans on: "However, he said some cases had been
scientifically corroborated, including a rise in births ... after the bombings in 1995" says
neither who "he" is nor what it answers; the sentence before it in its article does ("UNC's
Morgan said such events were unlikely to affect the birthrate ..."). The line carries it,
as a unique item carries its lead-in (lead_ins.py), by the same tests: an opening pronoun,
a connective ("However, ...", "But ..."), or a "he" or "she" before any name.

A line before it that ends no sentence is a heading or a related link's title ("Celebrities
who beamed aboard the 'Star Trek' franchise" above Takei's "No, I'm not running for
Congress...", raw validation 88; "Analysis: Khuram Butt showed his extremist colours", 27):
it says nothing the line leans on, and none is carried.

A line that introduces the next ("The New Baltimore Police Department, where Rose worked as a
cadet in 2010, released the following statement:", raw 50) and dates it as the next does
(the statement's "served ... as a Cadet in 2010") is one row: the statement's, carrying it.

A row's own date is no name: "In November 2009, one of the tickets he bought hit the $38.5
million jackpot." (raw 115) speaks of "he" before naming anyone, its month capitalised; the
line before names him ("They relied on one member of their group, Americo Lopes, to purchase
the tickets."), and is carried, unless the row names after its "he" whom that line names (its
"he" told ahead of the name). Nor is a date a name in the line before: "The verdicts on the
appeal of those convictions will be issued on 3 December." names no "she" (raw 127's "On 17
November, she will appeal ...")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from chorus.analyze.lead_in_carries import SOMEONE, leans_on_someone, names_in, names_no_one
from chorus.analyze.lead_in_links import leans_by_link_alone
from chorus.analyze.lead_ins import goes_on_from, refers_before
from chorus.analyze.model import TimelineEntry
from chorus.dangling import opens_with_pronoun
from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.model import Sentence

_ENDS_A_SENTENCE = re.compile(r"[.!?][\"”’')\]]*\s*$|[\"”]\s*$")
"""A sentence's end: a stop, maybe inside its closing quotation mark or bracket, or a quote's
closing mark alone (a quotation that ends the sentence without a stop)."""


_DATE_WORD = re.compile(
    rf"\b(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})\b"
    rf"|(?<=\d\s)(?:{'|'.join(MONTHS)})\b|\b(?:{'|'.join(MONTHS)})(?=\s\d)"
    rf"|\b(?:{'|'.join(month[:3] for month in MONTHS)}|Sept)\."
)
"""A weekday's name, a month's name beside a number, or a month's abbreviation ("Oct."),
capitalised as a name is: in a row it is most often the row's own date ("On the afternoon of
May 20, 1936, she fired off ..."). A month's name with no number beside it may be a
person's ("May told lawmakers the deal was done.")."""


def lead_in(sentence: Sentence, before: Sentence | None) -> tuple[Sentence, ...]:
    """`before` (the sentence read before `sentence`, if any) when it is the one right before
    it in its article and `sentence` leans on it; else none. The sentence's own words are read
    last: few lines lean."""
    if before is None or before.article is not sentence.article:
        return ()
    if before.index != sentence.index - 1:
        return ()
    text = sentence.text
    # a month or a weekday is no name before a "he" (most often the row's own date)
    undated = _undated(text) if SOMEONE.search(text) else text
    unnamed = leans_on_someone(undated)
    leans = _leans(text)
    if not leans and unnamed and undated != text:
        # the "he" a date hid: unless the row names after it whom the line before names
        # ("... between Sept. 11 1973, the year he seized power, and Dec. 31, 1983, Pinochet
        # murdered ..." after "Pinochet, 82, ...": DUC 0, d30003t)
        leans = names_in(undated).isdisjoint(names_in(_undated(before.text)))
    if not leans or not _ENDS_A_SENTENCE.search(before.text):
        return ()
    # a line leaning by its opening "But" or "And" alone reads whole (lead_in_links.py)
    if leans_by_link_alone(text, before.text, _leans):
        return ()
    # a line before that names no one either is none for a "he" (lead_in_carries.py), a
    # date no name in it either ("... will be issued on 3 December.")
    if unnamed and names_no_one(_undated(before.text)):
        return ()
    return (before,)


def _leans(text: str) -> bool:
    """Whether a line leans on the one before by this module's tests."""
    return opens_with_pronoun(text) or goes_on_from(text) or refers_before(text)


def _undated(text: str) -> str:
    """A text, its months' and weekdays' names in lower case: no names."""
    return _DATE_WORD.sub(_lower, text)


def _lower(found: re.Match[str]) -> str:
    """A name matched, in lower case."""
    return found.group(0).lower()


def introductions_carried(
    entries: list[TimelineEntry], sentences: Sequence[Sentence]
) -> list[TimelineEntry]:
    """The entries, a line ending in ":" left out where the line after it in its article is a
    row of the same date, which carries it as its lead-in; any other such line carries the
    line after it (`TimelineEntry.goes_on`): alone, "... released this statement regarding
    the deadly shooting:" (raw 95) promised what it did not show; a line after it that ends
    in a colon too is no such line. Of `sentences` (every sentence read), only the line after
    one is looked up."""
    if not any(entry.sentence.text.rstrip().endswith(":") for entry in entries):
        return entries
    rows = {(e.sentence.article.id, e.sentence.index, e.when) for e in entries}
    after = {(s.article.id, s.index - 1): s for s in sentences}
    kept: list[TimelineEntry] = []
    carried: dict[tuple[str, int], Sentence] = {}
    for entry in entries:
        sentence = entry.sentence
        if not sentence.text.rstrip().endswith(":"):
            kept.append(entry)
        elif (sentence.article.id, sentence.index + 1, entry.when) in rows:
            carried[(sentence.article.id, sentence.index + 1)] = sentence
        else:
            # A line after it that introduces another ("Reactions from Hollywood ... started
            # pouring in almost immediately:", raw 205, its tweet cleaned away) is not what
            # this one promised.
            told = after.get(sentence.key)
            told = told if told and not told.text.rstrip().endswith(":") else None
            kept.append(dataclasses.replace(entry, goes_on=(told,) if told else ()))
    return [
        dataclasses.replace(e, context=(carried[key],))
        if (key := (e.sentence.article.id, e.sentence.index)) in carried
        else e
        for e in kept
    ]


def lead_ins_once(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """The entries, a lead-in kept only where the reader has not just met it: not on a
    sentence's later rows (69's one sentence under 1998, 1999 and 2000), nor when it is the
    row right above (69's 1997 test of the tape, above the 1998 leak that goes on from it).
    One met farther up stays: a reader of the 2008 row may not recall the 1989 one."""
    if not any(entry.context for entry in entries):
        return entries  # most timelines: no line leans on another
    rows: set[tuple[str, int]] = set()
    kept: list[TimelineEntry] = []
    for entry in entries:
        above = kept[-1].sentence.key if kept else None
        if entry.context and (entry.sentence.key in rows or entry.context[0].key == above):
            entry = dataclasses.replace(entry, context=())
        rows.add(entry.sentence.key)
        kept.append(entry)
    return kept
