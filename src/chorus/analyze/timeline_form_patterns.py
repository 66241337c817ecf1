"""The patterns of the date forms timeline_forms finds, named, one per form; earlier forms
win where two overlap. A year alone is read after "in", a part of the year ("early 2013",
"the spring of 2018", "In Fall 2016"), another year ("in 2014 and 2015"), a determiner ("the
1899 heist"; not an address's "the 2000 block of 84th street") or "from" where no range runs
on ("tracks from 1970", the thing's date; not "from 1982 until he stepped aside"), both ends
of a range of years ("served from 2010 to 2014", "from 2007-2014", "from 2007-09", "in
2000-2001"; not a season's "in 1988-89"); a range within a year is read beside its month's
forms (timeline_forms). A month may name its year with "of" ("August of 2017"); a decade
written "the late 1970's" is no year. A month in lower case, as Multi-News+ writes every
one, is read only with its year and after a word that makes it a time ("was arrested in
april 2015"; timeline_lower, with dates in figures).
"""

from __future__ import annotations

import re

from chorus.analyze.timeline_lower import DAY, WEEKDAY

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
YEAR = r"(?:1[89]\d\d|20\d\d)"
LAST_YEAR = "2100"
"""The one year past 2099 read, alone after "in" and the like ("sometime around 2100", a
plan's end), with the old years: in `YEAR` or `timeline_forms._YEAR_LIKE` it cost
`timeline()` 1-5% (every sentence with a digit is searched with them)."""
OLD_YEAR = r"1[0-7]\d\d"
"""A year before 1800, read only on its own after "in" and the like ("In 1798 Thomas Malthus",
"in the fall of 1677"): after a determiner a number that size is more often none ("the 1500
block", "the 1200 residents"); months and ranges are read from 1800 on."""
OLD = "year before 1800"
"""The pattern of an old year (or 2100), searched only where one may stand; its matches are
"year"s."""
_NO_OLD_YEAR_AFTER = (
    r"(?![,.]?\d| ?%| (?:(?!(?:as|is|was|has|his|its|this|thus|does|plus|across|unless)\b)[a-z]+s"
    r"|[AaBb]\.?[CcDd]\.?E?)\b)"
)
"""After an old year, what makes it none: a count of things ("in 1000 years"; "as" is no
plural: "was able to retire in 1613 as the largest property owner"), an era ("1500 BC"), a
figure ("1,500", "1500%")."""

_DETERMINERS = ("[Tt]he", "an", "a", "his", "her", "their", "its", "our", "[Ii]n that")
_BEFORE_A_YEAR = (
    "(?:" + "|".join(rf"(?<=\b{w} )" for w in _DETERMINERS) + r"|(?<=['’]s )|(?<=[a-z]s ' ))"
)
"""A determiner before a year used as an adjective ("the 1899 heist", "his 1966 bestseller",
"In that 2009 speech, Holder scolded"),
a possessive too as Multi-News+ spaces a plural's ("the beastie boys ' 2012 rock and roll
hall of fame induction")."""
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_LASTED = ("continued", "lasted", "stretched", "extended", "dragged on", "went on", "carried on")
"""Verbs of a deed running on, before "into" and the year it ran into."""
_BEFORE_A_BARE_YEAR = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w} )"
        for w in (
            *("[Ii]n", "[Ee]arly", "[Ll]ate", *_SEASONS, *(f"{s} of" for s in _SEASONS)),
            *(f"{s}s of" for s in _SEASONS),
            *(rf"{s}s of \d{{4}} and" for s in _SEASONS),
        )
    )
    + r"|(?<=\bsince )|(?<=\bend of )|(?<=\bstart of )|(?<=\bbeginning of )|(?<=\bmid-)"
    + r"|(?<=\bas early as )|(?<=\bscheduled for )|(?<=\bslated for )|(?<=\bplanned for )"
    + r"|(?<=\buntil the year )|(?<=\bsometime around )|(?<=\b[Nn]ight, )|(?<=\b[Ee]ve, )"
    + r"|(?<=\b[Tt]hanksgiving )"
    + r"|(?<=\b[Ii]n (?:1[89]|20)\d\d and )|(?<=\b[Ii]n (?:1[89]|20)\d\d[-–])"
    + "".join(rf"|(?<=\b{verb} into )" for verb in _LASTED)
    + ")"
)
"""What names a year on its own: "in 2016", "since 1993" (timeline_asides says which start a
state held), a part of the year ("early 2013", "mid-2016", "in spring 2017", "the spring of
2018", "at the end of 2018"), the second of two ("in 2014 and 2015"; "during the summers of
2007 and 2008", each summer's fieldwork a row), the end of a span ("in 2000-2001"), the time
a plan is set for ("is scheduled for 2022", "is footing the entire bill until the year
2033", "sometime around 2100"), the first time known ("learned as early as 2003 of extensive
foreclosure abuses"), a holiday's night or eve ("death on Christmas night, 1996":
timeline_names), a Thanksgiving ("spent Thanksgiving 2011 with him", raw 155: the year; its
day moves, and "before christmas 2012" is a season's), the year a lasting deed ran into ("the
affair continued into 2008, she claimed", raw 175; not "the deal he needs heading into 2012",
a plan's). "in the year" is left: a film's plot,
a speculation ("In the year 2011, charles dies in a hovercraft", "sex will be like in the
year 2050")."""
_A_NAMED_RULING = r" (?:[A-Z][\w.&-]* ){1,4}(?:decision|ruling|verdict|judgment|[Ll]aw|Act)\b"
"""After a determiner and a year, the capitalised words of a court or a law, then what it
decided or passed: the year dates that deed ("after discovering the 1964 Supreme Court
decision Brulotte v. Thys", raw 188; "who wrote the 1994 Violence Against Women Act", raw
103), where capitals alone name a thing ("the 2014 Winter Olympics") and are not read."""
_NO_DECADE = r"(?!(?<=0)['’]s\b)"
"""A year ending in 0 written with "'s" is a decade ("from the late 1970's to early 1990's"),
no year: read as 1970 it would be a wrong date."""
_CAPITAL_SEASON = (
    "(?:"
    + "|".join(rf"(?<=\b[Ii]n {s.title()} )" for s in _SEASONS)
    + "|"
    + "|".join(rf"(?<=\b[Tt]he {s.title()} of )" for s in _SEASONS)
    + ")"
)
"""A capitalised season after "in" ("In Fall 2016", "in Spring 2015") or "the ... of": a
season with a capital after "the" or before another capital names games or an issue ("the
Summer 2012 Olympics", "our Spring 2009 article") and is not read."""
_NOT_FROM_A_YEAR_ALONE = r"(?: to | through | until |[-–/]|['’]s\b| on(?:wards?)?\b)"
"""After "from" and a year, what makes the year a span's start, no date of its own: a range's
join ("from 1982 until he stepped aside", "from 2004 to '07", "from 2005 onwards"), read by
the range of years' form where both ends are years; or a decade ("from 1970's")."""
_RANGE_JOINS = (" to ", " through ", " until ", "-", "–")
"""What joins the ends of a range of years ("from 2010 to 2012", "from 2007-2014")."""
YEAR_RANGE = "range of years"
"""The form of either end of "from 2010 to 2012": each end is a date of the span; whether
the span is the story's is asked of the clause (timeline_spans.no_deed_over_years)."""
SHORT_END = r"\d\d\b(?![-–/]\d)"
"""A range's end written with two digits ("from 2007-09"), not a month ("2016-05-01")."""
_YEAR_RANGE_ENDS = (
    rf"(?<=\b[Ff]rom ){YEAR}(?=(?:{'|'.join(_RANGE_JOINS)}){YEAR}\b|[-–]{SHORT_END})"
    + "|(?:"
    + "|".join(rf"(?<=\b[Ff]rom \d{{4}}{j})" for j in _RANGE_JOINS)
    + rf"){YEAR}"
    + rf"|(?<=\bbetween ){YEAR}(?= and {YEAR}\b)|(?<=\bbetween \d{{4}} and ){YEAR}"
)

DATE_PATTERNS: tuple[tuple[str, bool, str], ...] = (
    # (form, relative to the publication date?, pattern); earlier forms win on overlap.
    ("iso date", False, rf"\b{YEAR}-[01]\d-[0-3]\d\b"),
    ("month day year", False, rf"\b{MONTH},? {DAY},? {YEAR}\b"),  # "November, 4 2008" too
    ("day month year", False, rf"\b{DAY} {MONTH},? {YEAR}\b"),
    ("month year", False, rf"\b{MONTH},? (?:of )?{YEAR}\b"),  # "August of 2017" too
    ("month day", True, rf"\b{MONTH} {DAY}\b(?!,? \d)"),
    ("day month", True, rf"\b{DAY} {MONTH}\b"),
    ("weekday", True, rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his) )?{WEEKDAY}\b"),
    ("yesterday or today", True, r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight)\b"),
    # "in 2016", "early 2013", or a year used as an adjective ("the 1899 heist").
    (
        "year",
        False,
        rf"(?=1[89]|20)(?:{_BEFORE_A_BARE_YEAR}{YEAR}\b{_NO_DECADE}"
        rf"|{_BEFORE_A_YEAR}{YEAR}(?= [a-z]|{_A_NAMED_RULING})(?! block\b)"
        rf"|{_CAPITAL_SEASON}{YEAR}\b(?! [A-Z])"
        rf"|(?<=\b[Ff]rom ){YEAR}\b(?!{_NOT_FROM_A_YEAR_ALONE}))",
    ),
    # A year before 1800 (or 2100) on its own after "in" ("In 1798 Thomas Malthus ...", "in
    # the fall of 1677"): not before a plural, an era or a figure ("in 1000 years", "1500 BC").
    (
        OLD,
        False,
        rf"(?=1[0-7]|{LAST_YEAR}){_BEFORE_A_BARE_YEAR}(?:{OLD_YEAR}|{LAST_YEAR})\b"
        + _NO_OLD_YEAR_AFTER,
    ),
    (YEAR_RANGE, False, rf"(?=1[89]|20)(?:{_YEAR_RANGE_ENDS})\b"),
)
_SHORT_RANGE_END = rf"(?<=\b[Ff]rom \d{{4}}[-–]){SHORT_END}"
"""The end of "from 2007-09", a form of its own: it never starts a sentence's first date
(its start does), so the search for that one leaves it out. "in 1988-89" names a season,
whose second year is no date of its own."""
COMPILED = tuple(
    (form, relative, re.compile(f"{p}|{_SHORT_RANGE_END}" if form == YEAR_RANGE else p))
    for form, relative, p in DATE_PATTERNS
)
_FIRST_CHARACTERS = r"[\dJFMASONDTWYlnty]"
"""What a form can start with: a digit, a month's or weekday's capital, "last", "next",
"this", "yesterday", "today" or "tonight"."""
ANY = re.compile(
    f"(?={_FIRST_CHARACTERS})(?:"
    + "|".join(f"(?:{p})" for form, _, p in DATE_PATTERNS if form != OLD)
    + ")"
)
"""One search that rules out the many sentences without a date before each form is tried;
the lookahead spares the ten forms every other position (3x)."""
