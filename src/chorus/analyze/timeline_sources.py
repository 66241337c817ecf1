"""Dates of where a line's words come from, not of an event it tells: the year of the
survey, poll or memo a figure is credited to ("guests spend around $592 per wedding,
according to a 2014 survey by American Express", raw 18 [0]; "'... $1 billion has been
spent on this program,' according to a 2013 memo by the House Committee ...", raw 134 [1]),
and any date of a press release's "About ..." section, the boilerplate on its survey or its
company after the news ("All qualified respondents attested that they were 18 or older and
had a wedding in 2014", raw 18 [2], under "About The Knot 2014 Real Weddings Survey"). Under
the year the line reads as that year's event: the figure is a state, the survey's method no
deed of the story. A day's reports, revelations or disclosures, named as a thing ("Tuesday's
reports that the President tried to get him to shelve the Flynn probe only thicken the plot",
raw 9 [2]; "Gergen suggested the situation was so serious following Tuesday's revelations"),
are the news another line tells on its day: this line tells what they mean or what followed
them, an opinion or a reaction, which under that day reads as its event."""

from __future__ import annotations

import re

_CREDITED = re.compile(r"\baccording to (?:an?|the) $")
"""A figure's credit opening right before the year of the source it names ("according to a
2014 survey", "according to the 2010 census")."""
_ABOUT = re.compile(r"About (?:the )?[A-Z][^.!?:\n]{0,60}\n")
"""A press release's section heading, a line of its own: "About The Knot", "About Lieff
Cabraser and Counsel"."""

_A_DAY_S_NEWS = re.compile(r"['’]s (?:reports?|revelations?|disclosures?)\b")
"""After a day, its news named as a thing: "Tuesday's reports", "Tuesday's disclosures"."""


def a_day_s_news(after: str) -> bool:
    """Whether a day, before the text `after` it in its sentence, names that day's reports
    as a thing ("Tuesday's revelations"), not the line's event."""
    return after[:1] in "'’" and _A_DAY_S_NEWS.match(after) is not None


def a_source_s_year(before: str) -> bool:
    """Whether a year, after the text `before` it in its sentence, names the source a figure
    is credited to ("according to a 2014 survey"). A substring test first: few lines credit."""
    return "ccording to " in before[-20:] and _CREDITED.search(before) is not None


def in_an_about_section(text: str, start: int) -> bool:
    """Whether the sentence at `start` in its article's `text` stands under an "About ..."
    heading: a press release's boilerplate, which runs to the page's end."""
    heading = text.rfind("\nAbout ", 0, start)
    if heading < 0 and not text.startswith("About "):
        return False
    return _ABOUT.match(text, heading + 1) is not None
