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
Whether a weekday or a month and day with no year lies ahead is read in timeline_days_ahead,
with the cues (AHEAD, PAST) this module holds.
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
    r"|gave|got|ran|fell|broke|struck|brought|sent|spent|built|found|kept|rose|led|held|wrote"
    r"|grew|drew|fled|flew|spoke|stood|sold|paid|knew|thought|bought|caught|fought|sought)\b"
    r"|\b(?:be(?:en)? (?:[a-z]+ly )?)?[a-z]*[a-df-z]ed\b"
)
"""A verb in the past, regular or among the common irregular ones ("the raid that took place
in may 2011" after "will describe"; "Davis rose to national prominence in June", raw 230;
"need" and "speed" are none); a participle after "be" is a passive ("will be completely
released to the public in 2017"), and the match then starts with "be"."""


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


_RUNNING_UNTIL = re.compile(
    r"\b(?:is|are|am)(?: [a-z]+ly)? (?P<verb>[a-z]{2,}ing)\b[^.]*\buntil (?:the year )?$"
)
"""A state of the present that runs until a date, which then lies ahead: "LKAB ... is footing
the entire bill until the year 2033" (raw 158, undated). The present only: "was working
there until 2010" tells the past."""
_UNTIL_ENDS = ("until ", "until the year ")


def _running_until(clause: str) -> bool:
    """Whether a clause ending "until" before its date holds a progressive of the present,
    with no verb in the past after it."""
    if not clause.endswith(_UNTIL_ENDS) or "ing " not in clause:
        return False
    found = _RUNNING_UNTIL.search(clause)
    return found is not None and PAST.search(clause, found.end("verb")) is None


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
        precision != "day"
        and (
            progressive_ahead(clause_before)
            or _hoped_by(clause_before)
            or _running_until(clause_before)
        )
    )


def _cue_ahead(clause_before: str) -> bool:
    """Whether the clause before a date says it lies ahead (no state held "since" it)."""
    return not clause_before.endswith(_SINCE) and looks_ahead(clause_before)


_QUOTE_CLOSED = re.compile(r"[\"”]| ' ")
"""A quotation mark between a cue and a date, as Multi-News+ spaces a single one: the cue is
the quotation's (val 1191: "' we will not forget ' in october 2010, the runner is reported to
have moved"); a quote that runs on to the date keeps its cue ("\" we will be there in 2016")."""


_ENDING = re.compile(r"^ (?:concluding|ending|finishing|completing|culminating)\b")
"""A clause that tells when the deed of the clause before it ends, whose cue is then its own:
"plans to migrate the city center over the next five years, concluding sometime between 2019
and 2021" (raw 158). A participle of another kind tells another deed ("is aiming for a
comeback, beginning with reissues of his 1982 solo debut"), and one with a verb in the past
a past span ("the last that will carry an image ... , ending a convention that began in
1970", Multi-News+ train 1228)."""


def _its_clause(before: str) -> str:
    """The clause a date stands in (the words before it), with the clause before it when it
    only tells when that one's deed ends (`_ENDING`)."""
    clauses = CLAUSE_END.split(before)
    ending = len(clauses) > 1 and _ENDING.match(clauses[-1]) is not None
    # "ending a convention that began in 1970" tells the past's span, whatever came before.
    if ending and PAST.search(clauses[-1]) is None:
        return f"{clauses[-2]},{clauses[-1]}"
    return clauses[-1]


def marked_if_planned(entry: TimelineEntry, written: Mapping[str, dt.date]) -> TimelineEntry:
    """The entry, marked planned when it lies ahead of its article's writing: its
    publication date, else the latest of its own dates in `written` (by article id)."""
    article, sentence = entry.sentence.article, entry.sentence
    clause = _its_clause(sentence.text[: entry.expression.start - sentence.start])
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
