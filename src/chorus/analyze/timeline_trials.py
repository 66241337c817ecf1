"""A year (or a month and year) that dates a crime or a disaster a sentence about a later
step of the law names:
"Jurors found Dunn guilty on four of five charges ... in the 2012 incident", "was convicted
in the 1990 murder of a sandy contractor", "two suspects wanted in the 1988 bombing", "is on
trial for the 2013 rape". The year is used as an adjective and dates the noun it stands
before; the sentence's own event (a verdict, a charge, a sentence, a hunt for suspects) is
another and later one. Listed under that year, the line reads as if the verdict came then.
The timeline shows nothing for it: whether the sentence says when the crime happened is
another sentence's work ("Dunn killed 17-year-old Jordan Davis ... on the evening of Nov.
23, 2012"), and no line says which of the two events a year beside a whole sentence dates.
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

_NAMED_BY_ITS_YEAR = re.compile(
    r"\b(?:in|for|over|from|with) (?:the|an?|his|her|their|its|[A-Z][\w-]*['’]s) $"
)
"""A year used as an adjective after a preposition of what a charge or a verdict is for:
"convicted in the", "on trial for a", "a heavy sentence over the", "charged with the",
"convictions for Kercher's"."""
_AN_OFFENCE = re.compile(
    r"^ (?:[\w'’-]+ ){0,3}(?:murders?|killings?|slayings?|deaths?|shootings?|bombings?|attacks?"
    r"|rapes?|assaults?|incidents?|crash|robbery|heist|massacre|mutiny|kidnapping|abduction"
    r"|disappearance|stabbing|beating)\b"
)
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


_CRIME_THEN_ITS_YEAR = re.compile(
    r"\b(?:(?:in|for|of|with|including) (?:(?:the|an?|his|her|their|its) )?(?:[\w'’-]+ ){0,2}?"
    r"(?:murders?|killings?|slayings?|deaths?|shootings?|bombings?|attacks?|rapes?|assaults?"
    r"|kidnappings?|abduction|disappearance|stabbings?|massacre|beating|murdering|raping"
    r"|abusing|blowing up|attacking)"
    rf"|for (?!(?:no|some|any|every)thing\b|morning\b|evening\b|during\b|{_STEPS_AFTER_THE_CRIME})"
    r"[a-z]{2,}ing)\b"
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


def _where_the_crime_s_words_start(before: str) -> int | None:
    """Where in `before` start the crime's words a year after "in" ends, when no other clause
    stands between them and the year."""
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
    return crime.start()


def dates_a_crime_tried_later(before: str, after: str) -> bool:
    """Whether a year, between the text `before` and `after` it in its sentence, dates a crime
    or a disaster the sentence names while telling a later step of the law about it."""
    if _NAMED_BY_ITS_YEAR.search(before[-32:]) is not None and _AN_OFFENCE.match(after):
        told = _A_STEP_DESCRIBED.sub("", before[-_REACH:])
        return _A_STEP_OF_THE_LAW.search(told) is not None
    if not before.endswith("in ") or (crime := _where_the_crime_s_words_start(before)) is None:
        return False
    if _THEN_A_LATER_STEP.match(after) is not None:
        return False
    return _A_LATER_STEP.search(before, max(0, crime - _REACH), crime) is not None
