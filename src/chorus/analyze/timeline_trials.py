"""A year that dates a crime or a disaster a sentence about a later step of the law names:
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
"""

from __future__ import annotations

import re

_NAMED_BY_ITS_YEAR = re.compile(r"\b(?:in|for|over|from|with) (?:the|an?|his|her|their|its) $")
"""A year used as an adjective after a preposition of what a charge or a verdict is for:
"convicted in the", "on trial for a", "a heavy sentence over the", "charged with the"."""
_AN_OFFENCE = re.compile(
    r"^ (?:[\w'’-]+ ){0,3}(?:murders?|killings?|slayings?|deaths?|shootings?|bombings?|attacks?"
    r"|rapes?|assaults?|incidents?|crash|robbery|heist|massacre|mutiny|kidnapping|abduction"
    r"|disappearance|stabbing|beating)\b"
)
"""The crime or the disaster the year dates, up to three words after it ("the 2014 shooting
deaths", "the 1982 ira hyde park bombing", "a 1986 double murder"). A trial's year is the
verdict's own ("was acquitted in a 2001 trial") and is not listed."""
_A_STEP_OF_THE_LAW = re.compile(
    r"\b(?:convict|charg|guilty|sentenc|accus|suspect|wanted\b|arrest|acquit|executed\b"
    r"|indict|trial\b|parole|jail|imprison|prosecut|arraign|plead|pled\b)",
    re.IGNORECASE,
)
"""What the sentence tells of the crime before its year: a verdict, a charge, a sentence, a
hunt ("found Dunn guilty", "was convicted", "suspects wanted", "denied parole 13 times")."""
_REACH = 200
"""How far before the year the sentence's verb of the law is looked for: the verdict may
stand clauses before the crime it is about (121's "guilty ... as well as firing a gun into a
car in the 2012 incident")."""


def dates_a_crime_tried_later(before: str, after: str) -> bool:
    """Whether a year, between the text `before` and `after` it in its sentence, dates a crime
    or a disaster the sentence names while telling a later step of the law about it."""
    if _NAMED_BY_ITS_YEAR.search(before[-12:]) is None or _AN_OFFENCE.match(after) is None:
        return False
    return _A_STEP_OF_THE_LAW.search(before[-_REACH:]) is not None
