"""Years of a person's career told in a biography's line, which date no event of the story:
a press release's paragraph on its counsel, "Robert Klonoff is the Jordan D. Schnitzer
Professor of Law at Lewis & Clark Law School and served as Dean of the Law School from
2007-2014" (raw 142), or "Lerner is an attorney who joined the IRS in 2001" (raw 116). The
shape is a line that presents a person by what they are now ("X is the ...") and goes on to
the posts they held, joined or graduated from. An obituary's or a profile's past tense ("He
joined the band as a full member in 1975", "Gorsuch was appointed to the circuit court in
2006") tells the life the story is about, and is not read here."""

from __future__ import annotations

import re

_CAREER_VERBS = ("served as", "joined", "graduated", "was named", "was appointed")
_BIOGRAPHY = re.compile(
    r"^(?:[A-Z][\w.'’-]*,? ){1,4}is (?:a|an|the) [^;:]*?(?:\band|\bwho|,)(?: has)?"
    r" (?:served as|joined|graduated|was (?:named|appointed))\b[^;:.?!]*$"
)
"""A person presented by what they are ("Robert Klonoff is the ... Professor of Law", "Lerner
is an attorney"), then a post held, joined or graduated from in the clause the year ends:
"... and served as Dean of the Law School from", "... who joined the IRS in"."""


def a_career_s_year(before: str) -> bool:
    """Whether a year, after the text `before` it in its sentence, dates a step of a career
    in a biography's line. Its literals are looked for before the pattern runs."""
    if " is " not in before or not any(verb in before for verb in _CAREER_VERBS):
        return False
    return _BIOGRAPHY.search(before) is not None
