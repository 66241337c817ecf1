"""A year (or a month and year) that dates a crime or a disaster a sentence about a later
step of the law names:
"Jurors found Dunn guilty on four of five charges ... in the 2012 incident", "was convicted
in the 1990 murder of a sandy contractor", "two suspects wanted in the 1988 bombing", "is on
trial for the 2013 rape". The year is used as an adjective and dates the noun it stands
before; the sentence's own event (a verdict, a charge, a sentence, a hunt for suspects) is
another and later one. Listed under that year, the line reads as if the verdict came then.
The timeline shows it only when the crime is the story's own, one another article names,
and no row dates its period yet ("Dunn killed 17-year-old Jordan Davis ... on the evening of
Nov. 23, 2012" does), with the crime's words beside the date, which say which of the two
events the year dates ("2007 (Kercher's 2007 murder)": `the_story_s_crimes`).
So is the crime a sentence names by the people it left, telling what they do later ("The
parents of eight of the children killed in the Dec. 14, 2012, carnage ... have notified
Connecticut courts": `crime_its_people_live_after`).
A year told in a sentence of the event itself stays ("A third man was also wounded in the
2012 incident", "killed in the 2017 crash", "was acquitted in a 2001 trial").
The year may also end the crime's own words, after "in": "two suspects wanted in the bombing
of Pam Am flight 103 over ... Lockerbie in 1988", "accused ... of blowing up a Pan Am jumbo
jet over Lockerbie, Scotland, in 1988", "Texas executed a man ... for murdering a 21-year-old
police drug informant in 1992". A verb between the crime and the year is another clause, whose
time the year may be ("charges of assault ... laid against him by his wife, renata, in 2008",
"soldier gilad shalit who was captured by hamas in 2006"), and the year then stays; a clause
that tells the crime itself ("which killed 270 people in 1988") does not stop it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from chorus.analyze.model import Excerpt, TimelineEntry
from chorus.analyze.timeline_ahead import period_end

_NAMED_BY_ITS_YEAR = re.compile(
    r"\b(?:in|for|over|from|with) (?P<words>the|an?|his|her|their|its|[A-Z][\w-]*['’]s) $"
)
"""A year used as an adjective after a preposition of what a charge or a verdict is for:
"convicted in the", "on trial for a", "a heavy sentence over the", "charged with the",
"convictions for Kercher's"."""
_OFFENCES = (
    r"murders?|killings?|slayings?|deaths?|shootings?|bombings?"
    r"|attacks?|rapes?|assaults?|incidents?|crash|robbery|heist|massacre|mutiny|kidnapping"
    r"|abduction|disappearance|stabbing|beating"
)
_AN_OFFENCE = re.compile(rf"^ (?:[\w'’-]+ ){{0,3}}(?P<word>{_OFFENCES})\b")
"""The crime or the disaster the year dates, up to three words after it ("the 2014 shooting
deaths", "the 1982 ira hyde park bombing", "a 1986 double murder"). A trial's year is the
verdict's own ("was acquitted in a 2001 trial") and is not listed."""
_STEPS_AFTER_THE_CRIME = (
    r"convict|charg|guilty|sentenc|accus|suspect|wanted\b|acquit|executed\b|indict|trial\b"
    r"|parole|jail|imprison|prosecut|arraign|plead|pled\b"
)
_A_STEP_OF_THE_LAW = re.compile(rf"\b(?:{_STEPS_AFTER_THE_CRIME}|arrest)", re.IGNORECASE)
"""What the sentence tells of the crime before its year: a verdict, a charge, a sentence, a
hunt ("found Dunn guilty", "was convicted", "suspects wanted", "denied parole 13 times")."""
_A_STEP_DESCRIBED = re.compile(
    rf"\b(?:{_STEPS_AFTER_THE_CRIME})\w* (?:is|are|was|were) for (?:the|an?|his|her|their) $",
    re.IGNORECASE,
)
"""A step of the law named only to say what it is for ("The third-degree murder charge is for
the 2009 death of Karnamaya Mongar"): the line tells the crime, and its year is the line's."""
_REACH = 200
"""How far before the year the sentence's verb of the law is looked for: the verdict may
stand clauses before the crime it is about (121's "guilty ... as well as firing a gun into a
car in the 2012 incident")."""


_ITS_PEOPLE = re.compile(
    r"\b(?:victims|survivors|families|relatives|parents|widows) of (?P<words>the|an?) $"
    r"|\b(?P<hurt>killed|slain|murdered|wounded|injured|orphaned) in (?P<hurt_words>the|an?) $"
)
"""The people a crime left, before its date ("Parents of some of the victims of the 2012
school shooting", "the children killed in the Dec. 14, 2012, carnage"): what they do came
later, and the date is the crime's."""
SUFFERED = re.compile(
    r"\b(?:was|were|been|be|being|is|are|get|got|gets)(?: [a-z]+ly| also| not| all| both)?"
    r" [a-z]+ in (?:the|an?) $"
)
"""A passive's auxiliary before "killed in the": "A third man was also wounded in the 2012
incident" tells the wounding, a deed of the thing's year."""
_THE_CRIME = re.compile(rf"^,? (?:[\w'’-]+ ){{0,3}}?(?P<word>{_OFFENCES}|carnage)\b")
"""The crime after its date, a full date's comma before it ("the Dec. 14, 2012, carnage")."""
_CRIME_THEN_ITS_YEAR = re.compile(
    r"\b(?:(?:in|for|of|with|including) (?P<words>(?:(?:the|an?|his|her|their|its) )?"
    r"(?:[\w'’-]+ ){0,2}?(?P<word>murders?|killings?|slayings?|deaths?|shootings?|bombings?"
    r"|attacks?|rapes?|assaults?|kidnappings?|abduction|disappearance|stabbings?|massacre"
    r"|beating|murdering|raping|abusing|blowing up|attacking))"
    rf"|for (?P<deed>(?!(?:no|some|any|every)thing\b|morning\b|evening\b|during\b"
    rf"|{_STEPS_AFTER_THE_CRIME})[a-z]{{2,}}ing))\b"
    r"(?P<between>[^;:!?]{0,140}) in $"
)
"""The crime's words, then what it was, where and whom, up to "in" and the year. An offence
told by what was done, after "for", is one too ("sentenced ... to one year in prison for
ripping up a photo of the king in court in 2014", "a conviction for ripping up a photo of
the King in court in October 2014": the verdict came later), unless it is the later step
itself ("known for prosecuting two kkk members for the bombing of ... church in 1963")."""
_KILLED_THEN = re.compile(
    r"\b(?:which|who|that) (?:was |were )?(?:killed|gunned down|shot|stabbed|murdered|bombed)\b"
)
"""A clause that tells the crime itself ("which killed 270 people")."""
_A_LATER_STEP = re.compile(rf"\b(?:{_STEPS_AFTER_THE_CRIME})", re.IGNORECASE)
"""A step of the law the year after the crime's words cannot be: an arrest often follows the
crime within its year ("arrested on suspicion of domestic assault in 2014")."""
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|been|became|went|laid|made|took|came|[a-z]+ed)\b"
)
"""A verb between the crime and its year: the year may be that clause's."""


_THEN_A_LATER_STEP = re.compile(
    r"^,? and (?:was |were )?(?:later|then|subsequently) (?:[\w'’-]+ )?"
    rf"(?:{_STEPS_AFTER_THE_CRIME})",
    re.IGNORECASE,
)
"""A later step told after the year ("convicted of the murder of her son in 1990 and later
sentenced to death"): the year is the first step's, told in sequence (the crime, December
1989, the next sentence's)."""
_A_STEP_JUST_BEFORE = re.compile(rf"\b(?:{_STEPS_AFTER_THE_CRIME})\w* $", re.IGNORECASE)
"""A step of the law right before the bare name of the offence, the year right after it
("davis was initially charged with first-degree murder in january 2014"): the year is the
charge's own, as nothing of the crime (whom, where) is told for it to date."""
_CRIME_REACH = 180
"""How far before the year the crime's words are looked for."""


def _the_crime_s_words(before: str) -> re.Match[str] | None:
    """The crime's words a year after "in" ends, in `before`, when no other clause stands
    between them and the year."""
    start = max(0, len(before) - _CRIME_REACH)
    crime = _CRIME_THEN_ITS_YEAR.search(before, start)
    if crime is None:
        return None
    between = _KILLED_THEN.sub("", crime.group("between"))
    # A verb or a step of the law between may be what the year dates ("overturning their
    # acquittals in the gruesome 2007 slaying ... of an appeals court acquittal in 2011").
    if _ANOTHER_CLAUSE.search(between) or _A_STEP_OF_THE_LAW.search(between):
        return None
    if not between.strip() and _A_STEP_JUST_BEFORE.search(before, 0, crime.start()):
        return None
    return crime


@dataclass(frozen=True, slots=True)
class Crime:
    """The crime a date dates in a sentence telling a later step of the law about it."""

    start: int
    """Where its words start, before the date ("Kercher's 2007 murder", "ripping up a photo
    of the King in court in October 2014"), counted back from the date."""
    end: int
    """Where they end, after it ("2012 incident"), counted on from the date."""
    word: str
    """Its noun or the deed's verb, which the story's other articles name if it is theirs
    ("murder", "ripping")."""


def crime_tried_later(before: str, after: str) -> Crime | None:
    """The crime or the disaster a year (or a month and year) between the text `before` and
    `after` it in its sentence dates, when the sentence tells a later step of the law about
    it; else None."""
    named = _NAMED_BY_ITS_YEAR.search(before[-32:])
    if named is not None and (offence := _AN_OFFENCE.match(after)) is not None:
        told = _A_STEP_DESCRIBED.sub("", before[-_REACH:])
        if _A_STEP_OF_THE_LAW.search(told) is None:
            return None
        word = offence.group("word")
        return Crime(
            len(before[-32:]) - named.start("words"), offence.end(), word.removesuffix("s")
        )
    if not before.endswith("in ") or (crime := _the_crime_s_words(before)) is None:
        return None
    if _THEN_A_LATER_STEP.match(after) is not None:
        return None
    if _A_LATER_STEP.search(before, max(0, crime.start() - _REACH), crime.start()) is None:
        return None
    word = crime.group("word") or crime.group("deed")
    starts = crime.start("words") if crime.group("words") else crime.start("deed")
    return Crime(len(before) - starts, 0, word.removesuffix("s"))


def crime_its_people_live_after(before: str, after: str) -> Crime | None:
    """The crime a date between `before` and `after` dates when the sentence names the people
    it left (`_ITS_PEOPLE`) and tells what they do later: shown as the story's crime, with
    its words, like a verdict's (`the_story_s_crimes`). A passive's "was wounded in the 2012
    incident" tells the crime itself (`SUFFERED`), and its line stays under the date."""
    if not before.endswith(("the ", "a ", "an ")):  # a cheap literal before the patterns
        return None
    window = before[-40:]
    people = _ITS_PEOPLE.search(window)
    if people is None or (people["hurt"] and SUFFERED.search(window) is not None):
        return None
    if (thing := _THE_CRIME.match(after)) is None:
        return None
    words = people.start("words") if people["words"] else people.start("hurt_words")
    return Crime(len(window) - words, thing.end(), thing.group("word").removesuffix("s"))


@dataclass(frozen=True, slots=True)
class Tried:
    """A row set aside until the cluster is read: its date dates a crime (`crime`) its
    sentence tells a later step of the law about."""

    entry: TimelineEntry
    crime: Crime


def the_story_s_crimes(
    tried: Iterable[Tried], entries: Iterable[TimelineEntry], texts: Mapping[str, str]
) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """The rows of `tried` that date the story's own crime, with the crime's words beside the
    date, and those that date it again, coarser or in a line shown (the rest date no event of
    the story). A crime is the story's when another article (of `texts`, lower-cased, by id)
    names it ("Kercher's 2007 murder" in a sentence of the appeal, the murder in Knox's own
    post; "a conviction for ripping up a photo of the King in court in October 2014", the
    ripping in the other outlet), and its row is shown when no row yet dates its period or a day
    or a month within it (raw 121's "the 2012 incident" beside the shooting's Nov. 23, 2012: a
    verdict under the year would tell nothing more) and its line stands under no other date (raw
    127's "a four-month sentence ... for ripping up photos of the King of Bahrain in May 2012
    and a one-year sentence ... in June 2013": a side case's line, shown once, under June 2013).
    The finer dates first, so that "October 2014" stands, not the other outlet's "in 2014",
    which dates the same ripping: a row within its period whose line names the crime tells it
    already, and the note does not call it no event; nor when the story's crime stands in a line
    shown under another date (127's May 2012: the line is shown under June 2013, and [0]'s
    "another photo-ripping protest in 2012" dates the same ripping)."""
    shown, again = [], []
    rows = list(entries)
    lines = {(e.sentence.article.id, e.sentence.index) for e in rows}
    for row in sorted(tried, key=lambda t: _PRECISION.index(t.entry.precision)):
        entry, word = row.entry, row.crime.word.lower()
        first, last = entry.date, period_end(entry.date, entry.precision)
        others = (t for i, t in texts.items() if i != entry.sentence.article.id)
        within = [e for e in rows if first <= e.date <= last]
        its_line = (entry.sentence.article.id, entry.sentence.index) in lines
        named = any(_names(t, word) for t in others)
        if within or its_line or not named:
            if (its_line and named) or any(_names(e.sentence.text.lower(), word) for e in within):
                again.append(entry)
            continue
        read = entry.expression
        words = Excerpt(read.article, read.start - row.crime.start, read.end + row.crime.end)
        shown.append(replace(entry, dates=words))
        rows.append(shown[-1])
    return shown, again


_PRECISION = ("day", "month", "year")


def _names(text: str, word: str) -> bool:
    """Whether a lower-cased `text` holds `word` at the start of a word ("murder" in "the
    murders", "ripping" in "photo-ripping")."""
    at = text.find(word)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            return True
        at = text.find(word, at + 1)
    return False
