"""A "he", "she" or "they" opening a line, standing for someone its line before brings in by
what they are, never by name, or names as its subject.

"Paula saw a woman." / "She was a stranger, but her symptoms were all too familiar to
Paula." (raw 55 [3]): the "She" is the woman just brought in. Shown apart from that line, it
reads as whoever the line above it names ("Anne Ziegenhorn lives in Florida, but shares a
connection with Paula Blades."); no other line can say who she is, since no line names her.
So with "Through Dr. Kolb, Anne Ziegenhorn met other women suffering the same frightening
symptoms." / "They formed "The Implant Truth Survivors Committee" ..." (raw 55 [1]): the
"They" are the women met (docs/journal/summary.md, "Summary a reader sees,
hundred-and-sixth pass").

"Streep has been nominated for 16 Oscars, ..." / "She has won two, for Kramer vs. Kramer and
Sophie's Choice." (raw 135 [2]): shown below "Lloyd previously directed Streep in ...", the
"She" reads as Lloyd, the subject of the line above, and "two" as nothing told
(`subject_apart`).

"Jeff Delacruz, ..." / "“She keeps saying, ...,” said Delacruz, 28." / "His wife said the
elevators are always out of service." (raw 17 [1]): shown below "“She’s in the hospital.
She’s injured,” Ali told reporters at the scene.", the wife reads as the grandfather's; so
"Her son, Mike Lyons, 27, ..." (187 [2], Linda Lyons's) below a line on a child and a
contractor reads as no one's (`possessive_apart`; hundred-and-fifteenth pass).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.quotations import QUOTED
from chorus.summarize.steps_apart import rows_apart
from chorus.summarize.surnames import GIVEN_NAME, NAME, unowned

_MODIFIERS = (
    r"(?:(?!(?:the|a|an|his|her|their|its|who|that|which|and|or|of|to)\b)[\w’'-]+\s+){0,3}?"
)
"""Up to three words before the noun ("a 27-year-old woman", "A Shalimar woman", "a bar
girl"), none a determiner, a relative or a conjunction: "a man the mother claimed ..." (raw
141) brings in a man, not the mother."""
_ONE_BROUGHT_IN = {
    "she": re.compile(
        rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+{_MODIFIERS}"
        r"(?:woman|girl|lady|mother|daughter|wife|sister|widow|actress|grandmother)\b(?![’']s)"
    ),
    "he": re.compile(
        rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+{_MODIFIERS}"
        r"(?:man|boy|guy|father|son|husband|brother|widower|actor|grandfather)\b(?![’']s)"
    ),
}
"""A woman or a man brought in by an indefinite article ("a woman", "A fourth person, a
27-year-old woman, ...", raw 161; "a young woman", 210); not one whose something the line
tells ("a woman's car")."""
_PEOPLE_BROUGHT_IN = re.compile(
    r"\b(?:[Oo]ther|[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens\s+of"
    r"|[Hh]undreds\s+of)\s+(?:[a-z-]+\s+){0,2}?"
    r"(women|men|people|patients|survivors|victims|families|parents|mothers|fathers|girls|boys"
    r"|students|friends)\b"
)
"""People brought in by a count or as "other" ("met other women suffering the same
frightening symptoms", raw 55; "Only two people know the names ...", 205; "Parents of some
of the victims ...", 191): an opening "They" after it stands for them."""


def brings_in_one(text: str, one: str) -> bool:
    """Whether a text brings in, outside its quotations, a woman (`one` "she") or a man
    ("he") by what they are (`_ONE_BROUGHT_IN`): an opening "She" or "He" after it stands
    for that one."""
    return _ONE_BROUGHT_IN[one].search(QUOTED.sub(" ", text)) is not None


def people_brought_in(text: str) -> str | None:
    """The plural of the people a text brings in by a count or as "other" outside its
    quotations (`_PEOPLE_BROUGHT_IN`: "women" of "met other women ..."), or None."""
    found = _PEOPLE_BROUGHT_IN.search(QUOTED.sub(" ", text))
    return None if found is None else found.group(1)


_CONNECTIVES = r"(?:But|And|Yet|So|Still|Now|Then|Instead|However,)"
"""Words opening a line before its subject pronoun ("But he is a lesser-known figure on Wall
Street.", raw 19): the connective names no one either."""


def he_or_she_opening(*, after_connective: bool = False) -> re.Pattern[str]:
    """The pattern of a line opening on "He" or "She" (group 1) as its subject, "He's" and
    "She's" too, after white space or an opening bracket: the one pattern leaning.py, this
    module, introduced_first.py and stands_on.py read. With `after_connective`, a connective
    (`_CONNECTIVES`) may come first, the pronoun then in lower case ("But he ...", as the
    pages write it: raw and DUC open 63 lines on "But/And/Yet he/she" and none on "But
    He"), as introduced_first.py and stands_on.py read it. leaning.py and this module read
    the pronoun alone, as their rules were written and measured (a "But he ..." line shown
    apart is `steps_apart`'s contrast)."""
    connective = rf"{_CONNECTIVES}\s+(?=[hs])|" if after_connective else ""
    # the lookaheads keep the pronoun's case to its place: lower after a connective,
    # capital opening the line
    return re.compile(rf"[\s(\[]*(?:{connective}(?=[HS]))([Hh]e|[Ss]he)\b")


_HE_SHE = he_or_she_opening()
_NAMED_SUBJECT = re.compile(rf"[\s(\[]*((?:{GIVEN_NAME}\s+)?{NAME})\s+[a-z]")
"""A line opening on a person's name as its subject, a first name before it or not ("Streep
has been nominated ...", "Anne Ziegenhorn lives in Florida, ...")."""


def _subject_names(text: str) -> set[str]:
    """The words of the name a text opens on as its subject (`_NAMED_SUBJECT`), outside its
    quotations; none for a possessive ("Paula's implants were removed ...")."""
    found = _NAMED_SUBJECT.match(QUOTED.sub(" ", text))
    if found is None or found.group(1).endswith(("’s", "'s")):
        return set()
    return {unowned(word) for word in found.group(1).split()}


_KIN = (
    "wife|husband|son|sons|daughter|daughters|mother|father|parents|brother|brothers|sister"
    "|sisters|siblings|family|children|kids|girlfriend|boyfriend|fiancée|fiancee|fiance|fiancé"
    "|partner|widow|widower|grandfather|grandmother|grandson|granddaughter|grandchildren|uncle"
    "|aunt|cousin|nephew|niece|stepfather|stepmother|stepson|stepdaughter"
    "|lawyer|lawyers|attorney|attorneys|spokesman|spokeswoman|manager|doctor|bandmate"
)
_POSSESSIVE_KIN = re.compile(rf"[\s(\[]*(His|Her)\s+(?:{_KIN})\b(?![’'-])")
"""A line opening on someone's kin, partner or representative by a possessive ("His wife
said ...", "Her son, Mike Lyons, 27, ...", "His lawyer ..."): the person is whoever the line
before goes on about."""
_NAMED_IN_FULL = re.compile(rf"[\s(\[]*{GIVEN_NAME}\s+(?:[A-Z]\.\s+)?{NAME}\b")
"""A line opening on a person's first and last name ("Carl Conyers was found ..."): not a
quotation's speaker ("“...,” Ali told ...") nor one capitalised word ("One child was taken
...", raw 187)."""
_ONE_OF = {
    "His": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"),
    "Her": re.compile(r"\b(?:[Ss]he|[Hh]er)\b"),
}


def possessive_apart(texts: Sequence[str], shown: Sequence[int]) -> tuple[list[int], set[int]]:
    """The rows of `shown` (a summary in its shown order) opening on "His" or "Her" and a
    relation (`_POSSESSIVE_KIN`) shown first or below a line other than their line before,
    where that line speaks of no "he" (for "His") or "she" (for "Her") outside its
    quotations and opens on no one's full name (`_NAMED_IN_FULL`): the reader takes the one
    it names or no one (raw 17's "His wife said ..." below "“...,” Ali told reporters ...").
    Below "He'd been the subject of a search ..." (raw 54's "His girlfriend, Daisha Lewis,
    ...") the man is the one the run tells of. With them, those of them whose line before
    opens on "He" or "She" itself, whose one is named further back ("She immediately called
    9-1-1." / "Her son, Mike Lyons, ...", raw 187): pulled in, it says no more who."""
    marked = []
    for n, row in rows_apart(shown):
        found = _POSSESSIVE_KIN.match(texts[row])
        if found is None:
            continue
        if n:
            above = texts[shown[n - 1]]
            if _ONE_OF[found.group(1)].search(QUOTED.sub(" ", above)) or _NAMED_IN_FULL.match(
                above
            ):
                continue
        marked.append(row)
    return marked, {row for row in marked if row and _HE_SHE.match(texts[row - 1])}


def subject_apart(
    texts: Sequence[str], shown: Sequence[int], first_rows: Sequence[int]
) -> list[int]:
    """The rows of `shown` (a summary in its shown order; `first_rows` are the articles'
    first rows) opening on "He" or "She" below a line other than their line before, where
    their line before opens on one person's name and the line shown above them on another's:
    the pronoun reads as the one above (raw 135's "She has won two, ..." below "Lloyd
    previously directed Streep ...", its line before "Streep has been nominated ...")."""
    marked = []
    for n, row in rows_apart(shown):
        # the pattern before the article's first rows: `first_rows` is an array, whose `in`
        # costs more than the match nearly every row fails
        if not n or not _HE_SHE.match(texts[row]) or row in first_rows:
            continue
        before = _subject_names(texts[row - 1])
        above = _subject_names(texts[shown[n - 1]])
        if before and above and before.isdisjoint(above):
            marked.append(row)
    return marked
