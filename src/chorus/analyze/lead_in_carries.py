"""Whether a lead-in carries what its row leans on: a row leaning on someone needs a line
that names them, a row opening on a definite description one that introduces it.

The readers of stop 48 read lead-ins that quote a line the row does not lean on: "“The
political wind has changed direction,” he said ..." (raw 235) after a quotation and "The
74-year-old, who has visited North Korea 32 times, said ...", neither naming whom "he" stands
for; "The suspect was taken to Highland Hospital in Oakland." (raw 189) after a line that
says only "the suspect" too; "The main psychoactive ingredient in marijuana makes lab rats
lazy ..." (raw 98) after "THC, the main psychoactive ingredient in cannabis, makes rats
...". Such a lead-in tells the reader nothing the row lacks, and is none."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.lead_in_pointers import points_to_before
from chorus.analyze.lead_ins import goes_on_from
from chorus.analyze.unnamed_people import unnamed_inside
from chorus.dangling import STEM, stems
from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.language.found_speakers import PLURAL_SPEAKERS
from chorus.language.quotations import QUOTED
from chorus.language.speakers import ROLE_NOUNS
from chorus.model import Sentence
from chorus.shown_alone import OPENERS, leans_back

SOMEONE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im)\b|^[\s(\[]*(?:His|Her)\b")
"""A pronoun standing for a person; "his" or "her" only opening the text ("Her condition
took a turn ..."), not one whose owner the text names before it ("a woman in her 40s")."""
_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b")
"""A pronoun standing for a person, wherever it stands."""
_DESCRIBED_SPEAKER = re.compile(
    r"\b(?:said|says|added|told|wrote|asked)\s+(?:the|an?)\s+[a-z]"
    r"|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w-]*\s+(?:said|says|added|told|wrote|asked)\b"
)
"""A speaker credited by a description ("..., says the suit.", "..., her husband said.",
"... the pope asked"): whose words a quotation after it carries."""
_CREDITED_NAME = re.compile(
    r"\b(?:said|says|told|added|wrote|asked)\s+(?!(?:The|An?|His|Her)\b)([A-Z][a-z][\w'’-]*)"
    r"|\b(?!(?:He|She|They|It)\b)([A-Z][a-z][\w'’-]*)\s+(?:said|says|told|added|wrote|asked)\b"
)
"""A speaker credited by name ("..., said Inoki, who met ...", "..., Allen said in a
statement.", "Ewunnet told us"), the name's word captured: a group or a day is no name
(`_NO_NAME`)."""
_NO_NAME = frozenset((*PLURAL_SPEAKERS, *ROLE_NOUNS, *WEEKDAYS, *(m.lower() for m in MONTHS)))
"""Lower-case words a capitalised word before or after "said" is no name as ("Police said
...", "Officials said he fled.", "Monday said"): the lead's review, stop 48."""
_CREDIT_VERBS = ("said", "says", "told", "added", "wrote", "asked")
_SHORT_QUOTE = 8
"""Words up to which a quotation is a name or a title as written, read as text ("“Adolf
Eichmann Jerusalem, May 29, 1962.”", the letter's signature), not a speaker's words."""
_CAPITALISED = re.compile(r"\b[A-Z][a-z]\w*")
_NOT_NAMES = frozenset(
    (*OPENERS.replace("An?", "A|An").split("|"), "He", "She", "His", "Her", "They", "Their")
).union(("We", "Our", "You", "Your", "My"))
"""Capitalised words that open a clause (shown_alone.OPENERS) or are pronouns: any other is
most often a name (a set looked up word by word: a pattern's look-ahead at every word cost
~40 µs a sentence)."""
_THING = re.compile(
    r"\b(?:[Ii]ts?|[Tt]hey|[Tt]heir|[Tt]hem|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|then)\b"
)
"""A pronoun or demonstrative for a thing or a group, or "then": what it stands for, or
what came first, is told before."""
_THE_WORDS = re.compile(r"[\s(\[]*The\s+([a-z][\w’'-]*)(?:\s+([a-z][\w’'-]*))?")
"""A definite description opening a row and its first one or two words ("The suspect was",
"The main psychoactive")."""
_VERBS = frozenset(("were", "have", "will", "would", "could", "should", "said", "says", "been"))
"""Verbs after the noun, not compared (as dangling.names_again)."""
_THE_BEFORE = re.compile(
    r"\b[Tt]he\s+((?:(?!(?:of|in|on|at|to|for|from|by|with|and|or)\s)[a-z][\w’'-]*\s+){0,2})$"
)
""""the" and up to two lower-case words that are no preposition, right before a word: the
description it is part of opens with "the"."""
_OTHER_THE = re.compile(r"\b[Tt]he\s+([a-z][\w’'-]*)")
"""A description further in a row ("the court's decision")."""
_REACH = 40
"""Characters before a word within which `_THE_BEFORE` is searched."""
_DEFINED_AFTER = re.compile(r"\s+(?:where|that|which|who|whose|of)\b")
"""A clause or an "of" after a description's word, which defines what "the" means ("the
market where Microsoft does not appear to be quickly gaining ground")."""
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def leans_on_someone(text: str) -> bool:
    """Whether a text, outside its quotations, speaks of "he" or "she" before it names anyone
    ("“...,” he said", "Her condition took a turn ..."), or is a quotation with no one
    credited ("“What’s particularly interesting is ...”"): who is meant, or whose words
    they are, must be named before."""
    outside = QUOTED.sub(" ", text)
    if not any(c.isalpha() for c in outside):
        return True
    return _pronoun_first(outside, SOMEONE)


def pronoun_before_name(text: str) -> bool:
    """Whether a text, outside its quotations, writes a person's pronoun anywhere ("The main
    evidence comes from his appearance ...") before it names anyone: it leans on a line
    before it for whom it speaks of. `leans_on_someone` reads "his" and "her" only opening a
    row's text (its lead-in's business); a line chosen over another to support a statement
    leans on its line before wherever it writes one (agreement_choice.py)."""
    return _pronoun_first(QUOTED.sub(" ", text), _PERSON)


def _pronoun_first(outside: str, pronouns: re.Pattern[str]) -> bool:
    """Whether `outside` (a text, its quotations blanked) writes one of `pronouns` before it
    names anyone."""
    pronoun = pronouns.search(outside)
    return pronoun is not None and not _names(outside, pronoun.start())


def names_no_one(text: str) -> bool:
    """Whether a lead-in's sentence names no one: no capitalised word outside a speaker's
    quotations (a short one is read as text, `_SHORT_QUOTE`) but an opener or a pronoun
    ("“...,” he said.", "Then her son."), and no speaker credited by a description ("says
    the suit"); or someone told of by an age alone ("The 74-year-old, who has visited North
    Korea 32 times, said ...": unnamed_inside)."""
    unquoted = QUOTED.sub(_long_quote, text)
    if _DESCRIBED_SPEAKER.search(unquoted):
        return False
    return not _names(unquoted, len(unquoted)) or unnamed_inside(text)


def names_in(text: str) -> set[str]:
    """The capitalised words a text writes outside its quotations that may be names
    (`_NOT_NAMES` aside)."""
    outside = QUOTED.sub(" ", text)
    return {w.group(0) for w in _CAPITALISED.finditer(outside)} - _NOT_NAMES


def _names(text: str, end: int) -> bool:
    """Whether a text writes a name (`_NOT_NAMES`) before `end`."""
    return any(w.group(0) not in _NOT_NAMES for w in _CAPITALISED.finditer(text, 0, end))


def _long_quote(found: re.Match[str]) -> str:
    """A quotation taken out as a speaker's words, kept when short (`_SHORT_QUOTE`)."""
    quoted = found.group(0)
    return quoted if len(quoted.split()) <= _SHORT_QUOTE else " "


def credits_a_name(text: str) -> bool:
    """Whether a sentence credits words, outside its quotations, to someone by name
    (`_CREDITED_NAME`): the line that tells whom a later "he said" stands for."""
    # the verbs' own searches first: most sentences credit no one
    if not any(verb in text for verb in _CREDIT_VERBS):
        return False
    for found in _CREDITED_NAME.finditer(QUOTED.sub(" ", text)):
        word = found.group(1) or found.group(2)
        if word not in _NOT_NAMES and word.lower() not in _NO_NAME:
            return True
    return False


def repeats_description(text: str, before: str) -> bool:
    """Whether a text opens with "The" and words (`_described`) that the lead-in `before`
    writes only in a description opened by "the" too, not defined there by a clause after
    them ("The suspect was taken ..." after "... the police order the suspect to lower his
    gun."), and leans on it by nothing else (no pronoun outside its quotations, no
    comparison, no going on): `before` names it no more than the text does."""
    match = _THE_WORDS.match(text)
    if match is None:
        return False
    described = _described(match)
    seen = False
    for word in _WORD.finditer(before):
        if word.group(0).lower()[:STEM] in described:
            # "a deal", "the new tax law", "the market where ...": the lead-in introduces
            # it or tells more of it; "the main psychoactive ingredient" says it again
            the = _THE_BEFORE.search(before, max(0, word.start() - _REACH), word.start())
            if (
                the is None
                or not described.issuperset(w[:STEM] for w in the.group(1).lower().split())
                or _DEFINED_AFTER.match(before, word.end())
            ):
                return False
            seen = True
    outside = QUOTED.sub(" ", text[match.end() :])
    named = stems(before)
    return seen and not (
        # another description the lead-in names ("... appealed the court's decision" after
        # "an 11th hour court battle")
        any(w[:STEM] in named for w in _OTHER_THE.findall(outside))
        or SOMEONE.search(outside)
        or _THING.search(outside)
        or goes_on_from(text)
        or leans_back(text, before)
        or points_to_before(text, before)
    )


def _described(match: re.Match[str]) -> set[str]:
    """The stems of a definite description's first word and of its second unless short or
    a verb ("The suspect was" → "suspe"; "The final guidelines" → "final", "guide")."""
    first, second = match.groups()
    words = [first, *([second] if second and len(second) > 3 and second not in _VERBS else [])]
    return {w[:STEM] for w in words}


def names_whom(found: Sequence[Sentence], text: str) -> bool:
    """Whether a lead-in `found` (its sentences in article order) names someone a row
    (`text`) speaks of unnamed, or the row speaks of no one so: one of its sentences must
    not itself stand for someone unnamed."""
    return not leans_on_someone(text) or not all(names_no_one(s.text) for s in found)


def carries_lean(found: Sequence[Sentence], text: str) -> bool:
    """Whether a row's lead-in `found` carries what the row (`text`) leans on: someone it
    speaks of unnamed (`names_whom`), a definite description one of its sentences
    introduces (not `repeats_description`)."""
    lead = " ".join(s.text for s in found)
    return names_whom(found, text) and not repeats_description(text, lead)
