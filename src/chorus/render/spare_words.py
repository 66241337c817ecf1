"""Words a headline's cut does not count against its limit: a phrase telling the day ("on
Tuesday", "Saturday night", "yesterday") and a generic source's attribution opening the line
("Authorities say", "Anaheim police said"). A reader gives those up first: a cut that kept
them and stopped before the phrase after them told when or who said so, not what happened
("... is to appear in a Copenhagen court on Tuesday…" for "... over the death of Swedish
journalist Kim Wall", raw validation cluster 38; "Authorities say 13 people are in custody
following a violent altercation that left three people stabbed…" for "... at a Ku Klux Klan
gathering", 35). `render/phrase_cuts.py` lets such a cut run on to the phrase it stopped
before when that phrase fits the limit without them: the line stays one span of its source,
with no part left out and marked inside it."""

from __future__ import annotations

import re

from chorus.language.counts import WEEKDAYS

_DAYS = "|".join(day.capitalize() for day in WEEKDAYS)
# A day, maybe with its part ("on Tuesday", "late Friday", "Saturday night"), or words
# telling the day or the week ("yesterday", "this morning", "last week"), ending the
# opening: not one closed by its comma (a participle's clause may follow) nor a possessive
# ("Tuesday's vote", an event).
_LAST_DAY = re.compile(
    rf" (?:(?:on|late|early|last) )?(?:{_DAYS})(?: (?:morning|afternoon|evening|night))?$"
    r"| (?:yesterday|today|tonight|this (?:morning|afternoon|evening)|last (?:night|week))$"
)
# A generic source's attribution opening a line ("Authorities say", "State police said
# Tuesday that"): who said it tells less than what. Not a named speaker ("Obama said ..."),
# whose words are the news.
_SOURCES = "authorities|police|officials|investigators|prosecutors|officers|deputies"
_GENERIC_CREDIT = re.compile(
    rf"(?:[A-Z][\w.’'-]* ){{0,2}}(?i:{_SOURCES}) (?:say|says|said)"
    rf"(?: (?:on )?(?:{_DAYS}))?(?: that)?(?= )"
)


def spare_chars(opening: str) -> int:
    """How many characters of a cut's `opening` a reader gives up first, each with the space
    before or after it: a generic source's attribution opening it, and a phrase telling the
    day it ends on, after a word written in lower case (not "Super Tuesday", "Black
    Friday")."""
    credit = _GENERIC_CREDIT.match(opening)
    spare = credit.end() + 1 if credit else 0
    day = _LAST_DAY.search(opening, spare)
    if day and opening[: day.start()].rsplit(" ", 1)[-1][:1].islower():
        spare += day.end() - day.start()
    return spare
