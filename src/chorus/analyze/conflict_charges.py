"""One named person charged with different offences by two outlets: raw validation 8's WTNH
"Dominic Godi, 21, Bolton, CT. Charged with possession of alcohol by a minor." against the
Hartford Courant's "Dominic Godi, 21, of Meadow Road, Bolton; charged with conspiracy to
commit sale or delivery of alcohol to minor.": one man, two offences.

A charge is read only where a sentence opens on a full name (two capitalised words or
three) and, after an aside on it (an age, a home), says it was "charged with" a list: a
name opening a sentence is the person charged, not a victim nor a witness. Each offence of
the list is named by its head, its first word that is no count ("eight counts of"), degree
("first-degree") or plain modifier ("attempted", "aggravated"). Two outlets charge one
person apart when no head either gives that person is a word (a stem) of any offence the
other gives them: one charge named in two ways shares its head ("murder" / "first-degree
murder"), and one outlet listing more charges than the other shares one (that is "in
part", agreement_charges.charge_untold). The person's every charge in each article is
compared, so an article telling the other's offence anywhere tells no other one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.agreement_charges import STEM, charge_list
from chorus.analyze.model import Conflict
from chorus.model import Sentence

_NAME = r"([A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+){1,2})"
WORD = "harged with"
"""The literal a charge sentence holds: only sentences holding it are read."""
_OPENING = re.compile(
    # a full name opening the sentence, then an aside on it up to its end (",", ".", ";")
    rf"[\"“]?{_NAME}(,[^;:\"“”]{{1,60}}?[,.;])?[ ]+"
    r"(?:(?:was|is|has[ ]+been|had[ ]+been|each|also)[ ]+)*[Cc]harged[ ]+with[ ]"
)
"""A sentence opening on a full name charged: "Dominic Godi, 21, Bolton, CT. Charged with",
"Dominic Godi, 21, of Meadow Road, Bolton; charged with", "John Smith was charged with"."""
_NAME_LINE = re.compile(rf"(?:^|\n){_NAME}(,[^;:\"“”\n]{{1,60}}?\.)\s*$")
"""A line of a list giving a person alone before the sentence that charges them: "Dominic
Godi, 21, Bolton, CT." then "Charged with possession of alcohol by a minor." (raw 8's
WTNH: the splitter ends the name's line at "CT.")."""
_NOT_AN_ASIDE = re.compile(r"\b(?:and|who|whom|which|that|after|when|was|were|said)\b")
"""Words of a clause, not of an aside on the name: "Smith, who was arrested after Jones was
charged with ..." charges Jones, and "Callahan, 21, Matthew Moll, 21, and Dylan Morose"
names three."""
_MODIFIERS = frozenset(
    (
        *("attempted", "aggravated", "criminal", "felony", "misdemeanor", "misdemeanour"),
        *("first", "second", "third", "fourth", "fifth", "sixth", "degree", "first-degree"),
        *("second-degree", "third-degree", "fourth-degree", "fifth-degree", "sixth-degree"),
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("counts", "count", "of", "multiple", "several", "additional", "various"),
        *("related", "alleged", "illegal", "unlawful", "simple", "reckless"),
    )
)
"""Words before an offence's head that name no offence of their own."""


def charged(sentence: Sentence) -> tuple[str, list[str]] | None:
    """The full name a sentence opens on, or a line of a list just before it gives alone
    (`_NAME_LINE`), and the offences it says they were charged with; None when it charges
    no name so."""
    text = sentence.text
    if WORD not in text:
        return None
    found = _OPENING.match(text)
    if found is not None:
        name, aside, listed = found[1], found[2], text[found.end() :]
    elif text.startswith("Charged with "):
        before = max(0, sentence.start - 120)
        line = _NAME_LINE.search(sentence.article.text, before, sentence.start)
        if line is None:
            return None
        name, aside, listed = line[1], line[2], text.removeprefix("Charged with ")
    else:
        return None
    if aside and _NOT_AN_ASIDE.search(aside):
        return None
    offences = charge_list(listed)
    return (name, offences) if offences else None


def _head(offence: str) -> str | None:
    """The stem of an offence's first word that is no count, degree or modifier."""
    for word in re.findall(r"[a-z][a-z-]+", offence.lower()):
        if word not in _MODIFIERS:
            return word[:STEM]
    return None


def _stems(offence: str) -> set[str]:
    return {word[:STEM] for word in re.findall(r"[a-z]{3,}", offence.lower())}


def _apart(ours: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether no head of one side's offences is a word of the other side's."""
    stems_ours = set().union(*map(_stems, ours))
    stems_theirs = set().union(*map(_stems, theirs))
    heads_ours = {_head(offence) for offence in ours} - {None}
    heads_theirs = {_head(offence) for offence in theirs} - {None}
    return (
        bool(heads_ours and heads_theirs)
        and heads_ours.isdisjoint(stems_theirs)
        and heads_theirs.isdisjoint(stems_ours)
    )


def charge_conflicts(story: Sequence[Sentence]) -> list[Conflict]:
    """A conflict for each full name two articles of the `story` charge apart (`_apart`,
    over all the charges each article gives that name), its sides each article's first
    sentence charging them, the reason naming the person and both offences."""
    told: dict[str, dict[str, list[tuple[Sentence, list[str]]]]] = {}
    for sentence in story:
        found = charged(sentence)
        if found is not None:
            name, offences = found
            told.setdefault(name, {}).setdefault(sentence.article.id, []).append(
                (sentence, offences)
            )
    conflicts = []
    for name, by_article in told.items():
        articles = list(by_article.values())
        for n, ours in enumerate(articles):
            for theirs in articles[n + 1 :]:
                offences_ours = [o for _, listed in ours for o in listed]
                offences_theirs = [o for _, listed in theirs for o in listed]
                if not _apart(offences_ours, offences_theirs):
                    continue
                reason = (
                    f"Charged with different offences: {name}, {' and '.join(ours[0][1])} "
                    f"vs {' and '.join(theirs[0][1])}"
                )
                conflicts.append(Conflict("charge", (ours[0][0],), (theirs[0][0],), reason))
    return conflicts
