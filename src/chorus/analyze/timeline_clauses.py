"""Years that date no event a sentence's line would be read for: a thing's year inside a
relative clause about someone ("Goettler called Conrad Anker, who was part of the 1999
expedition": the call was in 2016), and a work's year before its title ("Barrymore, who
starred in 1982's "E.T. the Extra-Terrestrial""). Listed under that year, the line reads
as the main verb's event of it. A relative clause's own dated deed ("Jerry Garcia, who died
in August 1995") is an event of the background and stays: over raw validation and DUC such
clauses held 55 shown dates, nearly all deeds of the clause."""

from __future__ import annotations

import re

from chorus.analyze.timeline_asides import ADJECTIVE_YEAR

_WHO = re.compile(r", (?:who|whom|whose) [^,;:()—–\"“”]*$")
"""A relative clause about someone, open up to the date: no comma, dash, bracket or quote
closes it before."""
_REACH = 120
_A_WORK_S_YEAR = re.compile(r"['’]s [\"“‘]")
"""A year's possessive before a quoted title: "1982's "E.T."", the work's year."""


def a_thing_s_year_about_someone(before: str) -> bool:
    """Whether the year after `before` (its sentence's text up to it) qualifies a thing
    ("the 1999 expedition") in a relative clause about someone."""
    near = before[-_REACH:]
    return (
        ", wh" in near
        and ADJECTIVE_YEAR.search(near[-8:]) is not None
        and _WHO.search(near) is not None
    )


def of_a_work(after: str) -> bool:
    """Whether the year before `after` is a quoted work's ("1982's "E.T.""), not an event's."""
    return after[:1] in "'’" and _A_WORK_S_YEAR.match(after) is not None
