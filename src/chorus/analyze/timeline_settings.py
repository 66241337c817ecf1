"""A work's own time: the years a film, a book or a show is set in, and the year of the work
it remakes. In a review the story's news is the work's release; "The whole movie is set in
1973", "set this version of “Kong” in the summer of 1973" and "a reboot of the original King
Kong from 1933" (raw 46, a review of 2017's Kong: Skull Island) date the fiction and an
earlier film, no event of the story.

Only a setting told in the present passive ("is set in", "it's set in": "atomic blonde is
set in 1989", Multi-News+ train 14025; "It's set in the summer of 1963", validation 2217) or
by its makers setting the work ("set this version of ..."). "Was set in" dates a deed as
often ("the previous record was set in 1996", "the f.d.a. standard was set in 1957":
Multi-News+ train 16718, 12740), and stays.
"""

from __future__ import annotations

import re

from chorus.analyze.timeline_labels import ADJECTIVE_YEAR

_LEAD_IN = r"(?:the (?:\w+ )?(?:of )?|early |late |mid-)?$"
"""Words between "in" and a year: "in the summer of 1973", "in early 1970"."""
_SET_IN = re.compile(rf"(?:\b(?:is|are)|\w['’]s) set (?:entirely |largely |mostly )?in {_LEAD_IN}")
_MADE_SET = re.compile(
    r"\bset (?:this|the|its|his|her|their) (?:[\w-]+ )?(?:version|film|movie|story|novel|book"
    rf"|series|show|play|adaptation|remake|reboot)\b[^.;:!?]{{0,40}} in {_LEAD_IN}"
)
_REMADE = re.compile(r"\b(?:remake|reboot) of (?:the )?(?:original )?[^,.;:!?]{1,40} from $")


def a_work_s_own_time(before: str) -> bool:
    """Whether a year, after the text `before` it in its sentence, is a work's setting or
    the year of the work a remake redoes; a substring test first, as both are rare."""
    if "set " not in before and "from " not in before[-6:]:
        return False
    return any(p.search(before) for p in (_SET_IN, _MADE_SET, _REMADE))


_A_NEW_VERSION = re.compile(r"\b(?:[Rr]emake|[Rr]eboot|[Tt]he new (?:film|movie|version))\b")
"""A line about a work made again: its news is the new version."""
_A_WORK_NAMED = re.compile(r"^ (?:[a-z-]+ )?(?:film|movie|original|version|favou?rite|classic)\b")
"""After a year used as an adjective, the work it dates ("Sam Raimi's 1981 horror film",
"the 1981 movie", "Sam Raimi's 1981 cult favorite")."""


def an_earlier_work_s_year(before: str, after: str, text: str) -> bool:
    """Whether a year, between `before` and `after` in its sentence `text`, names the work a
    remake redoes ("The remake of “The Evil Dead,” Sam Raimi's 1981 horror film ...", "The
    new film is produced by ... star of the 1981 movie", raw 70): the line tells the new
    version, and under the old one's year it reads as that year's news."""
    if ADJECTIVE_YEAR.search(before[-8:]) is None or _A_WORK_NAMED.match(after) is None:
        return False
    return _A_NEW_VERSION.search(text) is not None
