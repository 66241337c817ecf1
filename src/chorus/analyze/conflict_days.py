"""Days of one person's act that differ: "On June 17, detectives executed a search warrant
at the home of Dwight Smith, 30, who was arrested on suspicion of murder" and "A day
later, Kevin Johnson, 25, also was arrested" against "Johnson was arrested June 17" and
"Smith was arrested June 18" (raw validation 161: two men's arrests, told the other way
round by two outlets).

An arrest, a birth or a death of one person happens once in a story; two articles giving
it two days disagree, whatever else their sentences say, so no likeness of the sentences
is asked (161's share only the name and the verb). The act is read only where the name
stands right before its verb ("Smith was arrested", "Dwight Smith, 30, who was arrested",
"Pogue, 84, died") and the day right after it ("arrested June 18", "died on March 3,
2014"), or where the sentence opens on its one day ("On June 17, ...") or on the day after
the one day of the sentence before it ("A day later, ...", "The next day, ..."), no
telling leads from that day to the name (it may date the telling: "On June 17, police
said Smith, who was arrested ...") and nothing after the verb dates the act otherwise
("... who was arrested last month"). The name is
a word the story writes capitalised inside a sentence (not "He" opening one). Acts that
recur in one story are left out: a charge (one suspect charged with witness intimidation
on June 2, with murder later), a release (on bail, from hospital), a shooting. A pair is
shown only when no article gives the act two days (one that does tells two acts), two
given years agree, and the story gives it two days, no more. Months are read capitalised,
so lower-case text (Multi-News+) gives no day.

Over every article of raw validation 250, DUC 30 and Multi-News+ validation 0-999 the
reading dates one person's act in two articles only in raw 161; a lower-case census of the
same shapes over all of Multi-News+ finds two more, each dated alike by its articles
(train 37839's arrest, validation 3466's death).

A story's indictment is read the same way, by its day alone: "were indicted Thursday"
against "an indictment handed up Tuesday and unsealed Thursday" (raw validation 58: the
grand jury's day, and the day the indictment was made public, which one outlet told as
the day of the indictment). Its reading names no one (58's "Two former staff members ...
were indicted Thursday"), so the story's indictment is one thing: a "superseding", "new",
"original" or "second" one is not read, an article giving two days tells two, and a
weekday is set only against a weekday, a month's day against a month's day of the same
year or none (raw articles carry no date to put a weekday on the calendar). Pleas and
sentencings are left out: one man "pleaded not guilty monday to extortion" and "pleaded
not guilty friday to four new felony counts" (Multi-News+ train 7506). A lower-case census
of the shapes over every article of the data finds one indictment dated two ways only in
raw 58, and dated alike by two articles in nine Multi-News+ clusters."""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from chorus.analyze.conflict_sides import told_two_ways, two_values
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.model import Sentence

ACTS = {
    "arrested": "arrest",
    "detained": "detention",
    "born": "birth",
    "killed": "killing",
    "stabbed": "stabbing",
    "kidnapped": "kidnapping",
    "abducted": "abduction",
    "executed": "execution",
    "extradited": "extradition",
    "died": "death",
    "disappeared": "disappearance",
}
"""The acts read, each with the noun a reason names it by: each happens to one person once
in a story ("shot" is left out: a person shot May 29 may be shot at again)."""
WORDS = tuple(f" {verb}" for verb in ACTS)
"""The literals of the acts: only the sentences holding one are scanned."""

_PASSIVE = "arrested|detained|born|killed|stabbed|kidnapped|abducted|executed|extradited"
MONTH = (
    r"(Jan(?:uary|\.)|Feb(?:ruary|\.)|March|April|May|June|July|Aug(?:ust|\.)"
    r"|Sept?(?:ember|\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.))"
)
_DAY = rf"{MONTH} (3[01]|[12]\d|0?[1-9])\b(?!:)(?:,? ((?:19|20)\d\d)\b)?"
_DAYS = re.compile(_DAY)
_WEEKDAY_NAME = r"((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
MONTHS = [name[:3] for name in calendar.month_name[1:]]
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
_ACT = (
    r"\b([A-Z][\w'’-]+)(?:, \d{1,3},)?(?:,? who)?(?: also)?"
    rf"(?: (?:was|were|had been|has been) ({_PASSIVE})| (died|disappeared))\b"
)
"""A name right before its act: "Smith was arrested", "Dwight Smith, 30, who was
arrested", "Pogue, 84, died" (the verb passive, or one a person does alone)."""
_ACT_THEN_DAY = re.compile(rf"{_ACT} (?:on )?{_WEEKDAY}{_DAY}")
_OPENING_DAY = rf"On {_WEEKDAY}{_DAY}|(A day later|The (?:next|following) day)"
_DAY_THEN_ACT = re.compile(rf"^(?:{_OPENING_DAY}), (?P<between>.*?){_ACT}(?P<rest>[^,.;]*)")
"""A sentence opening on the day of its act, or on the day after its sentence before's
("A day later, Kevin Johnson, 25, also was arrested"); `between` leads from the day to the
name, `rest` is the act's clause after its verb."""
TELLING = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|revealed|learned)\b")
"""Words by which an opening day may date a telling of the act, not the act ("On June 17,
police said Smith, who was arrested ...")."""
OTHER_TIME = re.compile(
    rf"{MONTH}|\b(?:last|earlier|before|after|ago|previous|later|since|until|yesterday"
    r"|week|month|year|day)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
"""Words that date an act's clause otherwise than its sentence's opening day."""

_INDICTED = re.compile(
    r"(?<![\w-])(?:indicted|indictment(?: was)? (?:handed up|returned))"
    rf"(?: by an? (?:[\w-]+ ){{0,2}}grand jury)? (?:on )?(?:{_WEEKDAY_NAME}|{_DAY})"
)
"""The day of the story's indictment, right after its verb: "were indicted Thursday", "an
indictment handed up Tuesday", "was indicted by a federal grand jury on June 5"."""
_ANOTHER_INDICTMENT = re.compile(
    r"\b(?:superseding|new|second|original|earlier|first|previous|another) $"
)
"""A word right before an indictment that makes it one of two: DUC d30005t tells of Bin Laden
"indicted Wednesday" and of "the original indictment", returned before the embassy
bombings and kept secret for months."""
INDICTMENT_WORDS = ("indict",)
"""The literal of an indictment, lowercased: only the sentences holding it are read (one
`find` over the story; four of its shapes' own literals took twice as long)."""

Day = tuple[int, int]
"""A month's number and a day of it."""


def _day(month: str, number: str) -> Day:
    return MONTHS.index(month[:3]) + 1, int(number)


def _day_after(day: Day) -> Day | None:
    """The day after `day`; none after a day no calendar has ("June 31")."""
    try:
        after = date(2000, *day) + timedelta(days=1)  # a leap year: February 29 is a day
    except ValueError:
        return None
    return after.month, after.day


def _dated_acts(text: str, before: str) -> list[tuple[str, str, Day, str | None]]:
    """Each (name, act, day, year) a sentence tells; `before` is the sentence before it
    in its article ("" for none), which dates its "A day later"."""
    found = [(m[1], m[2] or m[3], _day(m[4], m[5]), m[6]) for m in _ACT_THEN_DAY.finditer(text)]
    opening = _DAY_THEN_ACT.match(text)
    if (
        found
        or not opening
        or OTHER_TIME.search(opening["rest"])
        or TELLING.search(opening["between"])
    ):
        return found
    month, number, year, later, name, passive, alone = opening.group(1, 2, 3, 4, 6, 7, 8)
    days = _DAYS.findall(text)
    if not later and len(days) == 1:
        found.append((name, passive or alone, _day(month, number), year))
    elif later and not days and len(previous := _DAYS.findall(before)) == 1:
        (month, number, year), *_ = previous
        if after := _day_after(_day(month, number)):
            found.append((name, passive or alone, after, year or None))
    return found


def written_inside(name: str, texts: Sequence[str]) -> bool:
    """Whether some sentence writes `name` as a word after its first: a name, not a
    pronoun or any word capitalised for opening a sentence."""
    for text in texts:
        at = text.find(f" {name}")
        while at >= 0:
            end = at + 1 + len(name)
            if end == len(text) or not text[end].isalpha():
                return True
            at = text.find(f" {name}", end)
    return False


def day_conflicts(
    story: Sequence[Sentence], texts: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict for each person whose one act two articles date two different days
    (`texts` are the `story` sentences' texts, `joined` them lower-cased and joined)."""
    found: list[tuple[tuple[str, str], Day, Sentence]] = []
    years: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in sorted(joined.holding(WORDS)):
        sentence = story[row]
        ours = row > 0 and story[row - 1].article.id == sentence.article.id
        for name, act, day, year in _dated_acts(texts[row], texts[row - 1] if ours else ""):
            found.append(((name, act), day, sentence))
            if year:
                years[name, act].add(year)
    return [
        two_values("date", by_day, f"Different dates for {name}'s {ACTS[act]}", _shown)
        for (name, act), by_day in told_two_ways(found).items()
        if len(years[name, act]) < 2 and written_inside(name, texts)
    ]


def _shown(day: str | Day) -> str:
    """A day as a reason shows it: "June 17", "Tuesday"."""
    if isinstance(day, str):
        return day
    return f"{calendar.month_name[day[0]]} {day[1]}"


def indictment_days(text: str) -> list[tuple[str | None, str | Day]]:
    """The days a sentence gives the story's indictment, each with what it can be set
    against: ("weekday", "Tuesday"), or its year (none when not given) and a month's number
    and day."""
    return [
        ("weekday", match[1]) if match[1] else (match[4], _day(match[2], match[3]))
        for match in _INDICTED.finditer(text)
        if not _ANOTHER_INDICTMENT.search(text, 0, match.start())
    ]


def indictment_conflicts(
    story: Sequence[Sentence], texts: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict when two articles date the story's indictment two days, both weekdays or
    both a month's day of one year or none (`texts` are the `story` sentences' texts,
    `joined` them lower-cased and joined)."""
    found = [
        (kind, day, story[row])
        for row in sorted(joined.holding(INDICTMENT_WORDS))
        for kind, day in indictment_days(texts[row])
    ]
    return [
        _caveated(two_values("date", by_day, "Different dates for the indictment", _shown), by_day)
        for by_day in told_two_ways(found).values()
    ]


def _caveated(conflict: Conflict, by_day: dict[str | Day, list[Sentence]]) -> Conflict:
    """The conflict, its reason saying so when a side's own sentence writes the other
    side's day for another step ("handed up Tuesday and unsealed Thursday", raw 58)."""
    (first, ours), (second, theirs) = by_day.items()
    for day, sentences, other in ((first, ours, second), (second, theirs, first)):
        shown = _shown(other)
        for sentence in sentences:
            step = re.search(rf"\b(\w+) (?:on )?{shown}\b", sentence.text)
            if step:
                return Conflict(
                    conflict.kind,
                    conflict.side_a,
                    conflict.side_b,
                    f"{conflict.reason}; the {_shown(day)} side gives {shown} as the day it was"
                    f" {step[1]}: they may be two steps of one indictment",
                )
    return conflict
