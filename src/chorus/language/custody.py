"""Those "in custody" as a count of arrests: "13 people are in custody", "Three suspects
were taken into custody" (counts.py reads them as "12 people were arrested" is read).

Only a count the verb "to be" puts in custody is one (raw validation 35: AP's "13 people
are in custody", whose next line splits "those arrested" six and seven, against the
Register's "12 people were arrested"); "remain in custody" and "are still in custody"
count who is left after some went free, and a time someone spent there ("the 49 days she
was in custody", Multi-News+ train 23082) counts no one: a pronoun before the verb ends
the counted noun's phrase. "In protective custody" and "in custody of the Texas
Department of Family and Protective Services" (Multi-News+ validation 557) are care, not
arrest, and are not read.
"""

CUSTODY = (
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )"
    r"(?:is|are|was|were|been)(?: now)? (?:taken )?in(?:to)? custody(?! of\b)"
)
"""After a number and its noun, the words that put it in custody."""
