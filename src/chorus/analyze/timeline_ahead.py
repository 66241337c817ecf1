"""What lies ahead of its article's writing: a planned event ("will run for president in
2020", "a comeback to participate in the Tokyo Olympics in 2020" in an April 2017 piece).

A schedule is an event of the story (a trial set for May, an election next year), so it is
shown; marked, because a reader takes an unmarked line of a timeline for something that
happened, and a plan may not happen (2017's April Fools' pranks: Google's "data center on
Mars in 2018", Phelps' comeback "in 2020").
An entry is planned when its date, at its precision, lies wholly after the time its article
was written: the publication date when one is known; otherwise the latest of the page's
own dates (a post's date, a "Published" stamp, a tweet's dateline: timeline_page), or,
with none, words before the date in its clause that look ahead ("will", "set to", "ready
to", "intends to") with no verb in the past after them ("will not change because polar
bears were not considered ... in 2008" tells the past), or a progressive of the present,
or of the past after a verb of saying, shortly before "in" a year or a month ("Reid is
retiring in 2016", "tweeted that he was running for Congress ... in 2018").
A verb in the present after its subject pronoun or a relative ("Draghi, who takes over the
helm of the European Central Bank on Nov. 1", "when he meets Abe on Friday") or a hope for
an event ("hopes for a vote on Tuesday") puts a weekday or a month and day ahead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping

from chorus.analyze.model import Precision, TimelineEntry
from chorus.analyze.timeline_asides import CLAUSE_END

AHEAD = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bas )(?<!originally )(?<!initially )(?<!previously )"
    r"\b(?:(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bthe )(?<!\bown )(?<!\bfree )will|shall|set to"
    r"|due to(?! (?:an?|the|his|her|their|its|this|that)\b)|scheduled"
    r"|expected to|plans? to|planned)\b|['’]ll\b"
)
"""Words that put an event after the time of writing ("was scheduled for Wednesday", a plan
since changed ("was originally scheduled to launch on january 11, 2001") and "took place as
scheduled Monday" do not, nor "due to" before a noun, a cause: "due to a prior dwi
conviction in 2006", nor "will" after a possessive, "the", "own" or "free", a noun: "was
placed into a psychiatric clinic against her will in late 2016")."""
_INTENT = re.compile(r"\b(?:ready (?:to|for)|(?:intend|hope|aim)s? to)\b|^ ?to be [a-z]+ed\b")
"""Words of an intention, which points ahead whatever the tense of the verb reporting it
("saying he was ready for a comeback to participate in the Tokyo Olympics in 2020"), or a
clause that opens with a passive infinitive, a thing's plan ("beck hansen's song reader, to
be released december 2012 by mcsweeney's")."""
PAST = re.compile(
    r"\b(?:was|were|had|did|took|came|went|began|became|made|left|met|won|lost|saw|told|said"
    r"|gave|got|ran|fell|broke|struck|brought|sent|spent|built|found|kept)\b"
    r"|\b(?:be(?:en)? (?:[a-z]+ly )?)?[a-z]*[a-df-z]ed\b"
)
"""A verb in the past, regular or among the common irregular ones ("the raid that took place
in may 2011" after "will describe"; "need" and "speed" are none); a participle after "be" is
a passive ("will be completely released to the public in 2017"), and the match then starts
with "be"."""


def after(date: dt.date, precision: Precision, written: dt.date) -> bool:
    """Whether a date, at its precision, lies wholly after the day `written` ("2020" after
    2017-04-01; "2017-04" is not after 2017-04-01: its days run on both sides)."""
    if precision == "year":
        return date.year > written.year
    if precision == "month":
        return (date.year, date.month) > (written.year, written.month)
    return date > written


def period_end(date: dt.date, precision: Precision) -> dt.date:
    """The last day of a date's period: a page "Published: January 2011" was written by
    2011-01-31."""
    if precision == "year":
        return date.replace(month=12, day=31)
    if precision == "month":
        following = date.replace(day=28) + dt.timedelta(days=4)
        return following - dt.timedelta(days=following.day)
    return date


_PROGRESSIVE = re.compile(
    r"\b(?:is|are|am|(?:said|says|tweeted|announced|wrote|claimed|claims)(?: that)? "
    r"(?:he|she|it|they|we|I) (?:was|were))(?: [a-z]+ly)? (?!(?:no|some|any|every)thing\b)"
    r"(?P<verb>[a-z]{2,}ing)\b"
)
"""A progressive that tells a plan: of the present ("is launching a data center on Mars in
2018"), or of the past reported ("tweeted that he was running for Congress")."""
_PROGRESSIVE_WORDS = 9
"""How many words, from its verb to the date, a progressive may stand before a date and
still govern it: "launching a data center on Mars in 2018" (7) and "running for Congress
in California against Devin Nunes in 2018" (9) do; "serving a life sentence for his role
in pro-democracy protests in 2011" (11) and "denying criminal charges of having the
substance for supply in 2012" (10) do not."""
_IN_A_PERIOD = re.compile(r"\b(?:in|by)(?: (?:early|late))? $")
"""What stands before a year or a month a progressive's plan is dated by; "are appealing
their most recent convictions for Kercher's 2007 murder" dates the murder."""
_PERIOD_ENDS = ("in ", "by ", "early ", "late ")
_PERIOD_REACH = 12
_CUE_WORDS = ("will", "shall", "ll", "set to", "due to", "schedul", "expected to", "plan")
_CUE_WORDS += ("ready", "intend", "hope", "aim", "to be")
"""Substrings every cue holds: the regexes run only where one stands (a third of the
cost of marking, and most clauses hold none)."""


_SINCE = ("since ", "Since ")
"""Before a date, what makes it lie behind the writing whatever cue stands earlier (Multi-News+
glues a quote's "I will truly miss everyone" to "has been with the e! news team since
2014")."""


def looks_ahead(clause: str) -> bool:
    """Whether the words of a clause before its date say the event lies ahead: a future
    cue, and no verb in the past after it ("a planned tour for which Jackson was
    rehearsing when he died in 2009")."""
    if not any(w in clause for w in _CUE_WORDS):
        return False
    cues = [*AHEAD.finditer(clause), *_INTENT.finditer(clause)]
    if not cues:
        return False
    after_cue = max(c.end() for c in cues)
    return not any(not p.group().startswith("be") for p in PAST.finditer(clause, after_cue))


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


def progressive_ahead(clause: str) -> bool:
    """Whether a clause ending "in" before a year or a month tells a plan with a
    progressive among its last words, and no verb in the past after it."""
    if not clause.endswith(_PERIOD_ENDS) or "ing " not in clause:
        return False
    if _IN_A_PERIOD.search(clause[-_PERIOD_REACH:]) is None:
        return False
    # The auxiliary and a reporting verb may stand up to five words before the verb.
    words = " ".join(clause.split()[-_PROGRESSIVE_WORDS - 5 :])
    cues = [c for c in _PROGRESSIVE.finditer(words)]
    if not cues or len(words[cues[-1].start("verb") :].split()) > _PROGRESSIVE_WORDS:
        return False
    after_cue = cues[-1].end()
    return not any(not p.group().startswith("be") for p in PAST.finditer(words, after_cue))


_LATE = ("late ", "late in ", "Late ", "Late in ")
_SECOND_HALF = 7
"""The month the late part of a year starts by, at the latest: "late 2011" in a page written
in January 2011 lies ahead of it; in one written in August it may not."""
_OPENING_TIME = re.compile(
    r"^\W*(?:(?:[Ss]ome ?time|[Aa]t some point) )?(?:(?:[Ee]arly|[Ll]ate|[Ii]n|[Bb]y) ){1,2}$"
)
"""A sentence opening with its time alone ("Some time late in 2011—... —humanity will reach
a new demographic milestone"): its main clause, after the date, says whether it lies ahead."""
_MAIN_CLAUSE_REACH = 120


def _late_in_its_year(date: dt.date, precision: Precision, written: dt.date, before: str) -> bool:
    """Whether a year read after "late" is the writing's own, written before the late part:
    "Sometime in late 2011 ... there will be seven billion of us" in January 2011."""
    late = precision == "year" and before.endswith(_LATE)
    return late and date.year == written.year and written.month < _SECOND_HALF


def _main_clause_ahead(before: str, after_date: str) -> bool:
    """Whether a sentence opening with its time alone goes on to say the event lies ahead: a
    future cue in the words after the date, with no verb in the past before it ("In 2008, he
    said he will ..." tells a past saying)."""
    if _OPENING_TIME.match(before) is None:
        return False
    words = after_date[:_MAIN_CLAUSE_REACH]
    cue = AHEAD.search(words)
    return cue is not None and PAST.search(words, 0, cue.start()) is None


_HOPED = re.compile(r"(?<!\bhad )(?<!\boriginally )\bhoped to\b")
_BY_A_PERIOD = ("by ", "by early ", "by late ", "by mid-", "by the end of ")
"""A hope told in the past for a deadline, a year or a month: "Carmat hoped to finish human
trials ... and to obtain approval to market them in the EU by early 2015". Without the
deadline a past intent is often the past's ("he had intended to sell the vessel in 2012",
"originally intended to launch it in time for the 2013 holiday season", "he intended to
reverse course on a 2016 policy"), so only "hoped to ... by" counts."""


def _hoped_by(clause: str) -> bool:
    """Whether a clause ending "by" before its date tells a hope for that deadline
    (`_HOPED`), with no verb in the past after the hope."""
    if not clause.endswith(_BY_A_PERIOD) or "hoped to" not in clause:
        return False
    hopes = list(_HOPED.finditer(clause))
    return bool(hopes) and PAST.search(clause, hopes[-1].end()) is None


def planned(
    date: dt.date, precision: Precision, written: dt.date | None, clause_before: str
) -> bool:
    """Whether a dated event lies ahead of its article's writing: after `written` when that
    is known, or as a cue says when its period holds the writing ("He will retire from
    Congress at the end of 2018" on a page of 2018), else as the clause before the date says
    (a progressive only before a year or a month: a caption tells its picture's day in the
    present)."""
    if written is not None:
        if after(date, precision, written) or _late_in_its_year(
            date, precision, written, clause_before
        ):
            return True
        return not after(written, precision, date) and _cue_ahead(clause_before)
    return _cue_ahead(clause_before) or (
        precision != "day" and (progressive_ahead(clause_before) or _hoped_by(clause_before))
    )


def _cue_ahead(clause_before: str) -> bool:
    """Whether the clause before a date says it lies ahead (no state held "since" it)."""
    return not clause_before.endswith(_SINCE) and looks_ahead(clause_before)


_QUOTE_CLOSED = re.compile(r"[\"”]| ' ")
"""A quotation mark between a cue and a date, as Multi-News+ spaces a single one: the cue is
the quotation's (val 1191: "' we will not forget ' in october 2010, the runner is reported to
have moved"); a quote that runs on to the date keeps its cue ("\" we will be there in 2016")."""


def marked_if_planned(entry: TimelineEntry, written: Mapping[str, dt.date]) -> TimelineEntry:
    """The entry, marked planned when it lies ahead of its article's writing: its
    publication date, else the latest of its own dates in `written` (by article id)."""
    article, sentence = entry.sentence.article, entry.sentence
    clause = CLAUSE_END.split(sentence.text[: entry.expression.start - sentence.start])[-1]
    clause = _QUOTE_CLOSED.split(clause)[-1]
    when = article.published or written.get(article.id)
    if planned(entry.date, entry.precision, when, clause):
        return dataclasses.replace(entry, planned=True)
    if when is not None:
        return entry
    text = sentence.article.text
    before = text[sentence.start : entry.expression.start]
    if _main_clause_ahead(before, text[entry.expression.end : sentence.end]):
        return dataclasses.replace(entry, planned=True)
    return entry
