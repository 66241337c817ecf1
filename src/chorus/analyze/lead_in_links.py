"""Whether a row leans on its line before by its opening link word alone ("But", "And",
"However,", "In fact,"): such a row reads whole without its lead-in, which the readers of
stops 50-53 found made the sections hard to scan ("(after: “Area 51, about 125 miles
northwest of Las Vegas, is synonymous in popular culture with government secrecy, ...”) But
the newly released documents make no mention of alien autopsy rooms ...", raw 138; "(after:
“The candidates and their Democratic and Republican allies have built out sophisticated
models ... But they are riding the same emotional roller-coaster ...”) And then there are
the legal challenges ...", raw 248). A lead-in is kept for a real pointer back past the link
word: a pronoun or demonstrative ("But the Vatican made clear they probably wouldn't see
anything.", raw 237), "he" or "her" before any name ("But what happened next left her in
tears.", raw 239), "the <noun>" standing alone ("Sandoval returned the favor", raw 193), a
surname the line before gives in full ("Otherwise, Draghi warned ..." after "Central Bank
chief Mario Draghi ...", raw 78), or any of the row's own tests."""

from __future__ import annotations

import re
from collections.abc import Callable

from chorus.analyze.lead_in_carries import names_in
from chorus.dangling import CONNECTIVES
from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.language.quotations import QUOTED

_LINK = re.compile(
    r"[\s(\[]*(?:(?:And|But|Yet|Or)\s+(?:then\s+)?)?"
    rf"(?:(?:{CONNECTIVES}|(?:Even|Perhaps)\s+(?:more|less|most)\s+[a-z]+ly),\s+)?"
)
"""An opening link word: "But", "And" (and "And then", which lists one more thing: "And then
there are the legal challenges ...", raw 248), "Yet", "Or", a connective set off by a comma
(dangling.CONNECTIVES: "However,", "In fact,", "Specifically,") or an adverb of degree
("Even more simply,"), one or two of them ("But even so," reads as "Even so,")."""
_THING = re.compile(
    r"\b(?:[Ii]ts?|[Tt]hey|[Tt]heir|[Tt]hem|[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch|[Nn]either)\b"
)
"""A pronoun or demonstrative for a thing or a group ("But the bank did this ...", raw 78;
"it's wayyy cheaper than Red Bull", raw 222; "But neither camp can adequately explain
...", raw 79): what it stands for is told before."""
_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b")
"""A pronoun for a person: told before unless the row names someone ahead of it
("Specifically, Graham said he was opposed ...", raw 86)."""
_BARE_THE = re.compile(
    r"\bthe\s+[a-z][a-z-]+(?:’s|'s\b|(?=\s*[,.;:!?]|\s*$|\s+(?:is|was|are|were|has|have|had|"
    r"will|would|could|can|may|might|must|should|by)\b))"
)
"""A definite description of one word, followed by a verb, "by", a stop or a possessive's
"s" ("at the location.", raw 30; "returned the favor by praising", raw 193; "the island's
main resort", DUC 24): what it is, the line before tells; not one a word after may define
("the possibility of a link", "the lawsuit filed Tuesday", "the base in officially released
documents") nor one with its modifier ("the final standards")."""
_DATES = frozenset((*(d.title() for d in WEEKDAYS), *MONTHS))
"""A weekday's or a month's name: capitalised, but no name ("But the lawsuit filed Tuesday
refers to her ...", raw 34)."""


def leans_by_link_alone(text: str, before: str, leans: Callable[[str], bool]) -> bool:
    """Whether `text` opens with a link word (`_LINK`) and what follows it, outside its
    quotations, leans on nothing `before` tells: no pronoun or demonstrative for a thing
    (`_THING`), no person's pronoun before any name (`_PERSON`), no bare definite
    description (`_BARE_THE`), no surname `before` gives in full and the row does not, and
    none of the caller's tests (`leans`: the row's own, read on the words past the link,
    first letter capitalised)."""
    found = _LINK.match(text)
    if found is None or not found.group(0).strip(" ([") or not text[found.end() :][:1].isalpha():
        return False
    rest = text[found.end() :]
    outside = QUOTED.sub(" ", rest)
    if _THING.search(outside) or _BARE_THE.search(outside):
        return False
    person = _PERSON.search(outside)
    if person is not None and not names_in(outside[: person.start()]) - _DATES:
        return False
    if any(_in_full(name, before) and not _in_full(name, rest) for name in names_in(rest)):
        return False
    return not leans(rest[0].upper() + rest[1:])


def _in_full(name: str, text: str) -> bool:
    """Whether `text` writes `name` as a word right after a first name (a pattern per name:
    read only on rows leaning by a link word, a few a cluster)."""
    if name not in text:
        return False
    return re.search(rf"\b[A-Z][a-z][\w'’.-]* {re.escape(name)}\b", text) is not None
