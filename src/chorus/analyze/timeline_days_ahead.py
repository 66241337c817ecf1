"""Whether a weekday or a month and day with no year lies ahead of its article's writing,
the checks timeline_relative asks: a future cue farther back in the clause that still
governs a weekday ("will begin the Church's most important liturgical season on Sunday"),
a condition opening its sentence whose main clause says what will follow ("If their demands
are not met by Friday, they will ..."), a weekday naming a deadline or a schedule ("With a
Friday deadline rapidly approaching"), a future cue outside the quotations of the sentence,
a time still to run up to the day ("has until Jan. 1", "funding the government until March
23"), a year given by "of last year" or "of next year", and a verb in the present after its
subject pronoun or a relative ("Draghi, who takes over the helm of the European Central Bank
on Nov. 1", "when he meets Abe on Friday") or a hope for an event ("hopes for a vote on
Tuesday"), or the time before an event named by its weekday ("in the run-up to Thursday's
general election"). Split from timeline_ahead, which marks an entry planned and holds the cues both
read (AHEAD, PAST)."""

from __future__ import annotations

import datetime as dt
import re

from chorus.analyze.timeline_ahead import AHEAD, PAST, looks_ahead
from chorus.analyze.timeline_asides import CLAUSE_END

_FAR_WORDS = 10
"""How far back a cue may stand before a weekday, with no verb in the past after it, and
still govern it: "will begin the Church's most important liturgical season on Sunday" (9)."""
_FARTHEST_WORDS = 18
"""How far back a cue may stand when no word between it and the weekday ties the weekday to
another event: "plan to have counselors and pastors available for those who need them on
Wednesday" (12), "Frost will cover patches of the landscape from the western Great Lakes to
the northern Ohio Valley on Friday morning" (17); "will for the first time receive extensive
lessons on climate change following the adoption on Tuesday" (13) dates a past adoption."""
_ANOTHER_EVENT = re.compile(r"\b(?:following|after|since|before|during)\b")
_CAUSES_AND_THINGS = ("due", "sched")
"""Cues that, farther back, are as often a cause or a thing's schedule as a plan:
"impassible due to snow and ice buildup late Thursday", "cancelled flights scheduled to
depart after 8 p.m. CT on Thursday"."""


def _governing_cue(words: str) -> int | None:
    """The end of the last future cue in `words`, no cause's nor schedule's, when no verb in
    the past stands after it; else None."""
    cues = [c for c in AHEAD.finditer(words) if not c.group().startswith(_CAUSES_AND_THINGS)]
    if not cues or PAST.search(words, cues[-1].end()) is not None:
        return None
    return cues[-1].end()


def far_cue_ahead(clause: str) -> bool:
    """Whether a future cue among a weekday's last `_FAR_WORDS` words in its clause governs
    it (`_governing_cue`), or one among its last `_FARTHEST_WORDS` with no word of time
    before another event after it."""
    words = clause.split()
    if _governing_cue(" ".join(words[-_FAR_WORDS:])) is not None:
        return True
    farther = " ".join(words[-_FARTHEST_WORDS:])
    cue = _governing_cue(farther)
    return cue is not None and _ANOTHER_EVENT.search(farther, cue) is None


_CONDITION = re.compile(r"^\W*(?:If|Unless)\b[^,;:(]*$")
"""A sentence opening with a condition, the date inside it: "If their demands are not met
by Friday, they will call for ... resignation"."""
_THEN = re.compile(r"^[^,;:(]*[,;:] (?:[a-z]+ ){0,3}?(?:will|shall)\b|^[^,;:(]*, \w+['’]ll\b")
"""The main clause after the condition's date, saying what follows it in the future within
its first few words."""


def condition_ahead(before: str, after: str) -> bool:
    """Whether a date in a condition opening its sentence lies ahead: the clause after it
    says what will follow (a deadline); "If he had left by Friday, he would have" does not."""
    return _CONDITION.match(before) is not None and _THEN.match(after) is not None


_QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
"""A quotation, closed or running to the sentence's end."""


def says_ahead(sentence: str, at: int) -> bool:
    """Whether a sentence says an event lies ahead with a future cue outside the quotations
    that do not hold its date (at `at`): "During an interview with the Associated Press on Nov.
    6, Cosby ... : “If you want to consider yourself to be serious, it will not appear
    anywhere.”" tells the interview of the autumn before."""
    if AHEAD.search(sentence) is None:
        return False
    spoken = [q.span() for q in _QUOTATION.finditer(sentence) if not q.start() <= at < q.end()]
    return any(not any(a <= c.start() < b for a, b in spoken) for c in AHEAD.finditer(sentence))


_DEADLINE = re.compile(
    r"^(?:['’]s)? (?:(?:night|morning|evening|afternoon|midnight) )?(?:scheduled\b|deadline"
    r"(?=[^\w ]|$| (?:[a-z]+ly )?(?:approach|loom|near)| (?:to|for|at|of)\b))"
)
"""A weekday as the adjective of a deadline or a schedule: "With a Friday deadline rapidly
approaching", "by Friday's scheduled adjournment"; not of a noun the deadline qualifies in
turn ("Friday's deadline extension is the second that Congress has sought": a past act)."""


def deadline_ahead(before: str, after: str) -> bool:
    """Whether a weekday names a deadline or a schedule (`_DEADLINE`) its clause tells with
    no verb in the past, before or after it: one still to come ("missed Friday's deadline",
    "the Friday deadline passed" tell the past)."""
    if (deadline := _DEADLINE.match(after)) is None:
        return False
    rest = CLAUSE_END.split(after[deadline.end() :], maxsplit=1)[0]
    clause = f"{CLAUSE_END.split(before)[-1]} {rest}"
    return all(p.group().startswith("be") for p in PAST.finditer(clause))


_HAS_UNTIL = re.compile(r"\b(?:has|have|given|gets?) until $")
_BOUND = ("until ", "by ", "before ")
_TURN_OF_THE_YEAR = dt.timedelta(days=92)
"""How far into the next year a deadline read in December may lie: "Congress has until Jan. 1
to extend the payroll tax holiday" in mid-December is the coming January 1."""


def next_year_s(date: dt.date, written: dt.date, clause: str) -> dt.date | None:
    """The next year's month and day a deadline written before the turn of the year names,
    when its clause bounds a time still to run ("has until Jan. 1", "will ... by Jan. 15")
    and the day lies within `_TURN_OF_THE_YEAR` of the writing; else None."""
    if not clause.endswith(_BOUND) or date.year != written.year:
        return None
    if _HAS_UNTIL.search(clause) is None and not looks_ahead(clause):
        return None
    try:
        coming = date.replace(year=date.year + 1)
    except ValueError:  # February 29
        return None
    return coming if written < coming <= written + _TURN_OF_THE_YEAR else None


_YEAR_TOLD = re.compile(r" of (last|this|next) year\b")


def year_told(text: str, end: int, written: dt.date) -> int | None:
    """The year the words after a month and day ending at `end` of `text` give it, read from
    the writing's ("on Nov. 27 of last year", "between May 10 of this year and Nov. 6"), else
    None."""
    told = _YEAR_TOLD.match(text, end)
    if told is None:
        return None
    return written.year + ("last", "this", "next").index(told.group(1)) - 1


_RUNS_UNTIL = re.compile(
    r"\b(?:(?!(?:during|morning|evening|spring|nothing|something|anything|everything|building"
    r"|meeting|ceiling|king|ring|thing|string|wing)\b)[a-z]+ing|keep|keeps|extend|extends)"
    r"(?: [\w’'-]+){0,4} (?:until|through) $"
)
"""A time still to run up to a day: a participle or "keep"/"extend" a few words before
"until"/"through" ("The House passed a bill Tuesday funding the government until March 23",
"keep the government running through March 23"); "was held until" tells the past."""


def runs_until(date: dt.date, written: dt.date, clause: str) -> bool:
    """Whether a month and day after the writing ends a time still to run (`_RUNS_UNTIL`),
    within `_TURN_OF_THE_YEAR` of the writing: this year's, not the year before's."""
    return date <= written + _TURN_OF_THE_YEAR and _RUNS_UNTIL.search(clause[-80:]) is not None


_PRESENT_OF_A_PLAN = re.compile(
    r"\b(?:who|which|when|once|he|she|it) (?!(?:says|tells|adds|notes|writes|thinks|knows"
    r"|believes|claims|insists|was|has|does|is)\b)[a-z]+[^\Wsu]s\b|\bhopes? for (?:an?|the)\b"
    r"|\b(?:is|are|['’]re) (?:[a-z]+ )?due (?:back )?(?:in|at|before)\b"
    r"|\b(?:is|are) to (?:be [a-z]+ed|appear)\b"
    r"|\b(?:have|has|is|are|remains?|stays?)\b[^,;]* until$"
)
"""A verb in the present after its subject pronoun or a relative, which with a day tells a
schedule ("Mario Draghi, who takes over the helm of the European Central Bank on Nov. 1",
"when he meets Abe on Friday"); or a hope for an event ("Paris hopes for a vote on Tuesday");
or a date in court or an act set for someone ("All of the men are due in court on March 8",
"are to be arraigned March 8", "is to appear in a Copenhagen court on Tuesday"); or a
state in the present that lasts until the date ("she and her daughters have a place to stay
until Sunday": the stay's end, ahead).
A reporting verb in the present tells of the past ("he says Friday's vote")."""
_PRESENT_WORDS = 12


def present_ahead(clause: str) -> bool:
    """Whether a present-tense schedule or a hope (`_PRESENT_OF_A_PLAN`) among the last
    `_PRESENT_WORDS` words of a date's clause governs it: no verb in the past after it."""
    words = " ".join(clause.split()[-_PRESENT_WORDS:])
    cues = list(_PRESENT_OF_A_PLAN.finditer(words))
    return bool(cues) and PAST.search(words, cues[-1].end()) is None


def scheduled_soon(date: dt.date, written: dt.date, clause: str) -> bool:
    """Whether a month and day after the writing, within `_TURN_OF_THE_YEAR`, is a schedule
    told in the present (`present_ahead`): this year's, not the year before's."""
    return date <= written + _TURN_OF_THE_YEAR and present_ahead(clause)


_LEAD_UP = re.compile(
    r"\b(?:the (?:run|build|lead)-up to|ahead of|in advance of|on the eve of|before|prior to) $"
)
_POSSESSIVE = re.compile(r"^(?: (?:night|morning|afternoon|evening))?['’]s ")
_LEAD_UP_REACH = 24
"""How many characters before a weekday "the run-up to" and its like are looked for."""


def lead_up_ahead(before: str, after: str) -> bool:
    """Whether a weekday's event is one the sentence tells the time before (`_LEAD_UP` and the
    weekday's possessive: "The issue has become a key one in the run-up to Thursday's general
    election", raw 27 [1]), with no verb in the past anywhere in the sentence: the event is
    still to come. A past verb leaves it the past weekday ("had been dropped from the ballot
    in advance of Friday's election", DUC; "had been addressed prior to Sunday's game")."""
    if _POSSESSIVE.match(after) is None or _LEAD_UP.search(before[-_LEAD_UP_REACH:]) is None:
        return False
    return PAST.search(before) is None and PAST.search(after) is None
