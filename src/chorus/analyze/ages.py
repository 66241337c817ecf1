"""Ages of named people that two articles give differently.

An age names its person: "66-year-old Frank Macomber" and "Macomber, 65, was found
fatally shot" are one man given two ages, though the two sentences tell different things
and no similarity score pairs them. So ages are read wherever a name holds them, and
compared by person, not by sentence pair. One age before two names ("13-year-olds Liberty
German and Abigail Williams") is each one's.

A person is their first name and surname, middle names aside ("Kevin Deon Johnson" is
"Kevin Johnson"). A bare surname ("Macomber, 65,") stands for the one first name the
articles write before it, and is left out when they write several (a family: "Amber
Pasztor", "Rene Pasztor") or none. A person given two ages in one article (two people of
one name, or a bare surname for two of a family) is left out too. In lower-case text
(Multi-News+), a name is the two words before an age set off after it ("desiree strout,
27,"), neither a function word, kin or a role ("his wife, 34," is none). An age told as a
sentence of its own ("Kroll was 34.") names its person too, and a "He was 35." the one
whose name opens the sentence before it ("NEW YORK (AP) — Colin Kroll, ... has died.").

Two ages of one person are shown only as two claims about one moment. Left out: a
sentence that gives the other age too, unnamed ("ehlena fry, 12, ... in october, when her
case was argued ... a 13-year-old girl"), and an age at a sentencing against a younger
one from an article that tells of none (written before it, or telling the crime:
"timothy jones, 18, opened fire" against "timothy jones, 23," at his sentencing).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate

from chorus.analyze.model import Conflict
from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.model import Sentence

_NAME_WORD = r"[A-Z][a-z'’-]+"
_NAME = rf"({_NAME_WORD}(?: (?:[“\"]{_NAME_WORD}[”\"] )?{_NAME_WORD})*)"
"""A name, a nickname in quotation marks inside it ("Liberty “Libby” German, 14,": Liberty
German, whom another outlet names so)."""
_AGED_NAME = re.compile(rf"\b(\d{{1,3}})-year-old (?:[a-z]+ ){{0,2}}?{_NAME}")
"""An age before its name: "66-year-old Frank Macomber", "the 29-year-old teacher Jo Lee"."""
_AGED_PAIR = re.compile(rf"\b(\d{{1,3}})-year-olds {_NAME},? and {_NAME}")
"""One age before two names it gives alike: "13-year-olds Liberty German and Abigail
Williams" (raw validation 153, where the other outlets give her 14)."""
_NAME_AGED = re.compile(rf"{_NAME}, ?(\d{{1,3}})(?:[,;](?!\d)|\.(?:\s|$))")
"""An age set off after its name: "Macomber, 65, was found", "Kevin Deon Johnson, 24;",
the space after the comma left out too ("Liberty "Libby" German,14,": raw validation 153's
RTV6, whose "Williams,13," and "German,14" were read as no age); not a list of numbers,
a paper's authors' affiliations ("Jaime E. Hart,2,3", Multi-News+ train 28900)."""
_AGE_AFTER = re.compile(r",(?: |(?<=[a-z],))\d{1,3}[,;.]")
"""What an age set off after its name holds, a comma after a letter needing no space; with
"-year-old", found in the joined texts it picks the few sentences the name patterns read
(a literal start: ~4x cheaper than both in one alternation; "1,000," is no age)."""
_AGE_ALONE = re.compile(rf"(?:(He|She)|{_NAME}) (?:was|is) (\d{{1,3}})(?: years old)?\.$")
"""An age told as a sentence of its own: "Kroll was 34.", "He was 35." (raw validation 73)."""
ALONE_LENGTH = 48
"""Characters a sentence that only tells an age holds at most ("Mary Ann Smith was 100 years
old."): a length test and a substring test (" was ", " is ") pick the few the pattern reads
(a pattern over the joined texts, tried at every line, cost ~8% of `conflicts()`)."""
_OPENING_NAME = re.compile(rf"[^a-z\n]*?\b({_NAME_WORD}(?: {_NAME_WORD})+)\b")
"""A name of two words or more opening a sentence, after a dateline at most ("NEW YORK (AP)
— Colin Kroll, a tech executive who co-founded the HQ Trivia app, has died.")."""
_NAMES_BEFORE = re.compile(rf"((?:{_NAME_WORD} )+)$")
NOT_NAMES = frozenset(
    (
        *MONTHS,
        *(day.title() for day in WEEKDAYS),
        *("On", "In", "At", "By", "The", "A", "An", "Since", "Until", "Last", "When"),
        *("After", "Before", "And", "But", "Mr", "Mrs", "Ms", "Dr", "Officer", "Judge"),
        *("President", "Sen", "Rep", "Gov", "Sgt", "Capt", "Lt", "Chief", "Deputy"),
        *("Sheriff", "Detective", "Former", "Coach", "Rev", "Pastor", "Professor"),
    )
)
"""Capitalised words that are no part of a person's name: dates ("On July 19, 2016,"),
words that open a sentence, titles (which would make "Officer Rose" a second Rose)."""
_LOWER_NAME_AGED = re.compile(
    r"(?<![\w'’-])([A-Za-z][a-z'’-]+) ([a-z][a-z'’-]+), ?(\d{1,3})(?:[,;](?!\d)|\.(?:\s|$))"
)
"""In lower-case text (Multi-News+), an age set off after the two words of a name:
"desiree strout, 27, was on her way", "Tammy lee hinton, 50, was busted"."""
_INNER_CAPITAL = re.compile(r"(?<![.!?\"”] )[A-Z]")
"""A capital that opens no sentence: text that has one is not lower-cased."""
NOT_LOWER_NAMES = frozenset(
    (
        *("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"),
        *("and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as"),
        *("said", "says", "told", "was", "is", "were", "are", "who", "whose", "when", "while"),
        *("man", "woman", "boy", "girl", "son", "daughter", "wife", "husband", "mother"),
        *("father", "brother", "sister", "friend", "victim", "suspect", "driver", "officer"),
        *("mr", "mrs", "ms", "dr", "jr", "sr", "st", "child", "baby", "teen", "student"),
    )
)
"""Words of lower-case text before ", 27," that are no name ("the victim, 27,", "his wife,
34,"); a name's words are all else, so both of them must be none of these."""
_RECORD = re.compile(
    r"according to (?:the |a |an |his |her |their )?(?:[\w-]+ )?(?:lawsuit|suit|complaint|"
    r"indictment|affidavit|petition|(?:court )?(?:documents|records|papers)),",
    re.IGNORECASE,
)
"""A sentence opening on a record ("According to the lawsuit, celaida lissabet, 15, was
dressed in the inflatable suit"): its ages are the record's, of the moment it tells or was
filed, where another article gives the age now (16, Multi-News+ train 44346)."""
_THEN = ("then-", "then ")
"""Before an age, the mark of another moment: "the then-15-year-old"."""
_AT_THE_TIME = " at the time"
"""After an age set off, the mark of another moment: "Hannah cohen, 18, at the time of her
arrest on 30 june 2015"."""
_UNNAMED_AGE = re.compile(r"\b(\d{1,3})-year-old\b")
_SENTENCED = re.compile(
    r"\b(?:sentenced|sentencing|convicted|pleaded guilty|found guilty|jailed)\b", re.IGNORECASE
)
"""A sentence telling a sentencing or a verdict: its ages are those of the case's end, months
or years after the arrest or the crime another article may tell."""
OLDEST = 120
_NAME_RUN = 60
"""Characters before a surname read for the names that go with it."""


def _named_ages(text: str) -> list[tuple[str, str, int]]:
    """(first name or "", surname, age) for each age a name holds in a sentence; in
    lower-case text, names of two words lowercased."""
    if _RECORD.match(text):
        return []
    found = [] if _INNER_CAPITAL.search(text, 1) else _lower_named_ages(text)
    for pattern, name_group, age_group in ((_AGED_NAME, 2, 1), (_NAME_AGED, 1, 2)):
        for match in pattern.finditer(text):
            words = _names(match.group(name_group))
            age = int(match.group(age_group))
            if words and 0 < age <= OLDEST and not _another_moment(text, match):
                surname = words[-1].removesuffix("’s").removesuffix("'s")
                found.append((words[0] if len(words) > 1 else "", surname, age))
    for match in _AGED_PAIR.finditer(text) if "-year-olds " in text else ():
        age = int(match.group(1))
        for run in match.group(2, 3):
            words = _names(run)
            if len(words) > 1 and 0 < age <= OLDEST and not _another_moment(text, match):
                found.append((words[0], words[-1], age))
    return found


def _age_alone(text: str, before: str) -> list[tuple[str, str, int]]:
    """(first name or "", surname, age) of an age told as a sentence of its own
    (`_AGE_ALONE`): a "he" or "she" is the person whose name opens the sentence `before`
    it in its article (`_OPENING_NAME`), none when that opens on no name."""
    match = _AGE_ALONE.match(text)
    if match is None or not 0 < (age := int(match.group(3))) <= OLDEST:
        return []
    if match.group(1):
        opening = _OPENING_NAME.match(before)
        words = _names(opening.group(1)) if opening else []
        if len(words) < 2:
            return []
    else:
        words = _names(match.group(2))
    return [(words[0] if len(words) > 1 else "", words[-1], age)] if words else []


def _lower_named_ages(text: str) -> list[tuple[str, str, int]]:
    """(first name, surname, age) for each age set off after a name of two words in
    lower-case text (`_LOWER_NAME_AGED`), no word of it one of `NOT_LOWER_NAMES`."""
    found = []
    for match in _LOWER_NAME_AGED.finditer(text):
        first, surname = match.group(1).lower(), match.group(2)
        age = int(match.group(3))
        if (
            first not in NOT_LOWER_NAMES
            and surname not in NOT_LOWER_NAMES
            and 0 < age <= OLDEST
            and not _another_moment(text, match)
        ):
            found.append((first, surname, age))
    return found


def _another_moment(text: str, match: re.Match[str]) -> bool:
    """Whether an age is marked as one of another moment than the story's: "then-15-year-old"
    before it, "at the time" right after it."""
    return text.endswith(_THEN, 0, match.start()) or text.startswith(_AT_THE_TIME, match.end())


def _person(first: str, surname: str, joined: str, known: dict[str, str | None]) -> str | None:
    """The person a name stands for: first name and surname; for a bare surname, the one
    first name the joined texts write before it (None when they write several or none)."""
    if first:
        return f"{first} {surname}"
    if surname not in known:
        firsts = _first_names(surname, joined)
        known[surname] = f"{firsts.pop()} {surname}" if len(firsts) == 1 else None
    return known[surname]


def _first_names(surname: str, joined: str) -> set[str]:
    """The first names written before a surname in the joined texts: each place it stands
    (a `find`, where a pattern would try every capital) and the run of names before it."""
    firsts = set()
    start = joined.find(surname)
    while start >= 0:
        end = start + len(surname)
        run = _NAMES_BEFORE.search(joined, max(0, start - _NAME_RUN), start)
        # a run that opens a sentence may open with no name: "Like Wang and Wei, ..."
        opens = run is not None and joined[run.start() - 1 : run.start()] in ("", "\n")
        names = _names(run.group(1)) if run and not opens else []
        if names and not joined[end : end + 1].isalpha():
            firsts.add(names[0])
        start = joined.find(surname, end)
    return firsts


def _names(run: str) -> list[str]:
    """The words of a run of capitalised words that can be names."""
    return [w for w in run.split() if w not in NOT_NAMES]


def _age_starts(joined: str) -> list[int]:
    """Where ages may stand in the joined texts."""
    starts = [m.start() for m in _AGE_AFTER.finditer(joined)]
    start = joined.find("-year-old")
    while start >= 0:
        # before a name, or a plural before two: "13-year-olds Liberty German and ..."
        if joined.startswith((" ", "s "), start + 9):
            starts.append(start)
        start = joined.find("-year-old", start + 1)
    return starts


def age_conflicts(sentences: Sequence[Sentence], texts: Sequence[str]) -> list[Conflict]:
    """Each person two articles give different ages, with the sentences that give them
    (`texts`, theirs: conflicts.py slices them from the articles once for every rule)."""
    joined = "\n".join(texts)
    ends = list(accumulate(len(text) + 1 for text in texts))
    aged = {bisect_right(ends, start) for start in _age_starts(joined)}
    alone = {
        n
        for n, text in enumerate(texts)
        if len(text) <= ALONE_LENGTH and (" was " in text or " is " in text)
    }
    known: dict[str, str | None] = {}
    # person → article id → age → sentences giving it
    given: dict[str, dict[str, dict[int, list[Sentence]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for row in sorted(aged | alone):
        sentence = sentences[row]
        found = _named_ages(texts[row]) if row in aged else []
        if row in alone:
            before = sentences[row - 1] if row else sentence
            same = before.article is sentence.article and before is not sentence
            found += _age_alone(texts[row], texts[row - 1] if same else "")
        for first, surname, age in found:
            person = _person(first, surname, joined, known)
            if person:
                given[person][sentence.article.id][age].append(sentence)
    conflicts = []
    for person, by_article in given.items():
        if any(len(ages) > 1 for ages in by_article.values()):
            continue  # two ages in one article: two people of one name, or a family
        sides: dict[int, list[Sentence]] = defaultdict(list)
        for ages in by_article.values():
            for age, said in ages.items():
                sides[age] += said
        if len(sides) > 1 and not _two_moments(sides):
            (youngest, side_a), *older = sorted(sides.items())
            side_b = tuple(s for _, said in older for s in said)
            others = ", ".join(str(age) for age, _ in older)
            reason = f"Different ages for {person}: {youngest} vs {others}"
            conflicts.append(Conflict("number", tuple(side_a), side_b, reason))
    return conflicts


def _two_moments(sides: dict[int, list[Sentence]]) -> bool:
    """Whether a person's ages are told of two moments: a sentence giving one age writes
    another of them unnamed ("a 13-year-old girl"), or an age told at a sentencing is
    above one from articles that tell no sentencing (`_SENTENCED`)."""
    for age, said in sides.items():
        others = sides.keys() - {age}
        unnamed = {int(m.group(1)) for s in said for m in _UNNAMED_AGE.finditer(s.text)}
        if not others.isdisjoint(unnamed):
            return True
        if any(_SENTENCED.search(s.text) for s in said) and any(
            younger < age and not any(_SENTENCED.search(s.article.text) for s in sides[younger])
            for younger in others
        ):
            return True
    return False
