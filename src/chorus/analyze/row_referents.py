"""A reported row whose words open on a demonstrative and a noun for something said or done
("that statement was not accurate", raw 149; "that order will likely be overturned by the
courts", raw 167): what the noun stands for is told before the words, and the row, read alone
in Who said what, leaves it dangling.

The pronoun rows' lead-in (row_lead_ins.row_lead_in) reads only words opening their sentence:
a "he" after "O'Mara said" stands for the speaker. A demonstrative noun stands for no speaker,
so a row whose words open on one is read wherever the credit puts them (`points_at_said`).
What it stands for is told either in the row's own sentence before the credit ("Trump signed
an executive order Wednesday that he said would end the practice, but ... Tom Bossert said
Sunday that order ...": `own_referent`, the clause naming it shown as the lead-in), or in the
sentence before ("In a statement, the California Democrat said ..." before "The
administration official said that statement was not accurate": `carries_referent`, that
sentence shown only when it names the noun or, for a noun for words, credits words)."""

from __future__ import annotations

import re

from chorus.model import Sentence

_MODALS = r"had|did|will|would|could|should|might|may|can|must"
_POINTING_NOUN = re.compile(
    r"[\s“\"‘']*(?:(?:that|this)\s+(?P<one>[a-z]+(?:ss|[a-rt-z]))\s+"
    rf"(?:was|is|has|does|remains|{_MODALS})"
    rf"|(?:these|those)\s+(?P<many>[a-z]+)\s+(?:were|are|have|do|remain|{_MODALS}))\b"
)
"""A row's words opening on a demonstrative, its noun and a verb agreeing with it ("that
statement was", "that patient was then shot", "those groups should"): not "that teachers
may", whose "that" is the conjunction before a plural."""
_NO_NOUN = frozenset(
    (
        *("he", "she", "it", "they", "we", "you", "i", "there", "who", "which", "one", "these"),
        *("week", "weekend", "year", "month", "day", "night", "morning", "afternoon"),
        *("evening", "time", "season", "summer", "spring", "fall", "winter", "point"),
        *("moment", "story", "post", "page", "photo", "picture", "video", "article"),
    )
)
"""Words after a demonstrative that are no noun told before: a pronoun ("that he did", "that
these could": the conjunction), a time ("this year was"), the page itself ("this story")."""
_WORDS_NOUNS = frozenset(
    (
        "statement",
        "claim",
        "comment",
        "remark",
        "assertion",
        "allegation",
        "accusation",
        "account",
        "characterization",
        "description",
        "assessment",
        "argument",
        "suggestion",
    )
)
"""Nouns for words someone said: a sentence crediting words gives what they stand for."""
_CREDITS_WORDS = re.compile(
    r"\b(?:said|says|told|tells|stated|claimed|claims|wrote|writes|announced|insisted|"
    r"asserted|argued|suggested|alleged|accused)\b"
)
_CLAUSE_BREAK = re.compile(r"(?:,\s+(?:but|and|while|although|though|yet)|;|\s+—|\s+–)\s")
"""Where a clause of the row's sentence ends and the credit's clause opens ("..., but former
homeland security adviser Tom Bossert said ...")."""


def points_at_said(words: str) -> str | None:
    """The noun a row's words open on after a demonstrative (`_POINTING_NOUN`), or None."""
    # a substring test spares most rows the pattern
    if "th" not in words[:12]:
        return None
    found = _POINTING_NOUN.match(words)
    if found is None:
        return None
    one, many = found.group("one", "many")
    # a plural's ending off, as `_noun` reads either ("groups" → "group")
    noun = one or many.removesuffix("s")
    return None if noun in _NO_NOUN else noun


def carries_referent(lead: str, noun: str) -> bool:
    """Whether a lead-in's text gives what a demonstrative noun stands for: it names the noun,
    or, for a noun for words (`_WORDS_NOUNS`), credits words to someone."""
    return names_noun(lead, noun) or (
        noun in _WORDS_NOUNS and _CREDITS_WORDS.search(lead) is not None
    )


def own_referent(sentence: Sentence, opening: int, noun: str) -> Sentence | None:
    """The clause of the row's `sentence` before its credit that names the noun its words open
    on (`opening`: where the words start in the sentence), as a part of the sentence: it ends
    where the credit's clause opens (`_CLAUSE_BREAK`) after the noun; None when the sentence
    names no noun before the words or no such break follows it."""
    head = sentence.text[:opening]
    named = _noun(noun).search(head)
    if named is None:
        return None
    breaks = [b.start() for b in _CLAUSE_BREAK.finditer(head, named.end())]
    if not breaks:
        return None
    return Sentence(sentence.article, sentence.index, sentence.start, sentence.start + breaks[-1])


def names_noun(text: str, noun: str) -> bool:
    """Whether a text names a noun as a word of its own ("an executive order", not "border")."""
    # the substring test spares most texts the search
    return noun in text.lower() and _noun(noun).search(text) is not None


def _noun(noun: str) -> re.Pattern[str]:
    """A noun as a word of its own, singular or plural ("order", not "border", "ordered")."""
    return re.compile(rf"\b{noun}(?:e?s)?\b", re.IGNORECASE)
