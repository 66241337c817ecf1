"""Dates that date a figure, not an event: a percentage or a figure a change runs from or to
("up from 49% in 2009", "fallen from a peak of 1.9 million in 2005", "a sharp jump from the
figure in 1994"), a market's close, a count in millions, what a figure was in a year, a value
or a total on a day, a period's last day, an amount right after the year, an estimate's
figure, an average's or a median's year, and a share or a count after "In YEAR," ("In
2010, illegal immigrants represented roughly 6 percent"). Split from timeline_asides, which
asks this module first.
"""

from __future__ import annotations

import re

_FIGURE = re.compile(
    r"(?:\d%|\bper ?cent|\b(?:from|to) (?:(?:an? (?:(?:recent|all-time|record) )?(?:peak|high|low"
    r"|record) of )?(?:\$ ?)?\d[\d,.]*"
    r"(?: (?:million|billion|trillion))?|(?:the|its|their) (?:figure|level|number|total"
    r"|rate)s?)) (?:in|during|on) $"
)
"""A percentage, or a figure a change runs from or to ("fallen from a peak of 1.9 million in
2005", "an increase of 16% from a recent low of $26,984 in 2010", raw 18; '"Dow goes from
18,589 on November 9, 2016, to 25,075 today', "a sharp jump from the figure in 1994", in
Multi-News+'s spacing "down 11.5 % from $ 52 million in 2015"), dated by the date after it."""
_FIGURE_BY_NUMBER = re.compile(
    r"\b(?:closed|opened|ended|finished|stood|traded) at \$? ?\d[\d,.]*"
    r"(?: (?:million|billion|trillion|points))? (?:in|during|on) $"
    r"|\b\d[\d,.]* (?:million|billion) [a-z]*[a-rtv-z]s(?: [\w-]+){0,2} (?:in|during) $"
    r"|\b(?:[Tt]otall?ed|amounted to) \$? ?\d[\d,.]* (?:million|billion|trillion) (?:in|on) $"
    r"|\bgross(?:ed|ing) (?:(?:more|less) than |over |about |nearly )?\$ ?\d[\d,.]*"
    r" (?:million|billion) in $"
)
"""A market's close ("The Dow closed at 18,589.69 on November 9, 2016"), a count of things
in millions ("207 million cases of malaria in 2012", "13.3 billion gallons in 2013"; not "the
$ 787 billion stimulus package passed in 2009"), a total ("common shares ... totaled 488
million on june 30, 2015") or a year's gross ("Phish ... grossing more than $30 million in
2014"; a film's "grossed $30 million on Friday" may be its opening, the story's), dated by
the date after it: looked for only after " at ", "illion" or "on", as most dates stand
after none."""
_PERIOD_ENDED = re.compile(
    r"\b(?:quarter|year|months|weeks|period|half)(?: that)? end(?:ed|ing|s)(?: on)? $"
)
"""The last day of a period a report's figures cover ("results for its second quarter ended
june 30, 2015", "the twelve months ended june 30, 2014", "the fiscal year ending Sept. 30"):
no event; the report is."""
_ESTIMATE_FRAME = re.compile(r"\bestimat(?:es?|ed|ing) that\b")
"""An estimate that frames the rest of its sentence: what it dates is a figure, in digits or
in words ("The cdc estimates that over 11 million women were raped ... in 2011", "Alpha
estimates that, in 2015, Mercer earned a hundred and thirty-five million dollars")."""
_WHAT_IT_WAS = re.compile(r"\bwhat (?:it|they|he|she|we|this|that) (?:was|were|had been) in $")
"""What a figure stood at in a year, to compare with ("close to half of what they were in
2005")."""
_SIZE_WHEN = re.compile(
    r"\b(?:half|twice|double|triple|a third|a quarter) (?:of )?(?:its|their) (?:size|level|value"
    r"|price) when\b[^,;]* in $"
)
"""A part or a multiple of what a figure was when something happened ("less than half its
size when it was created in 2009"): the year dates the figure compared with."""
_SIZE_WORDS = ("size when", "level when", "value when", "price when")
_VALUE = re.compile(
    r"\b(?:estimated|valued|worth) (?:at )?\$ ?\d[\d,.]*(?: (?:million|billion|trillion))?"
    r" (?:in|during|on|as of) $"
)
"""A value, dated by the date after it ("assets estimated at $97 billion on Dec. 31, 2016")."""
_VALUE_ENDS = ("in ", "during ", "on ", "as of ")
_AMOUNT_AFTER = (" of $", " of US$")
"""An amount right after a year: the year dates a figure ("an estimated cost to victoria in
2016 of $ 2 548 000")."""
_MEAN = re.compile(
    r"\b(?:[Aa]verage|[Mm]edian) (?:cost|price|age|income|salary|wage|size|spend(?:ing)?)\b"
    r"[^.,;:]{0,40} in $"
)
"""An average or a median dated by the year it is of ("Based on average cost of a wedding in
2014, couples spend the most on their weddings in the following areas in the US", raw 18
[2], a table's heading): the figure's year, not a deed's."""
_MEAN_WORDS = ("verage ", "edian ")
_SHARE = re.compile(r"\d ?%|\bper ?cent\b")
"""A share, which a year opening its sentence dates as a figure's ("In 2010, illegal
immigrants represented roughly 6 percent of the state's population", "In 2014, 45% of
couples went over budget")."""
_COUNT_OPENING = re.compile(
    r"^, (?:(?:more|fewer|less) than |about |nearly |almost |some |over |roughly )?"
    r"\d[\d,.]*(?: (?:million|billion))? (?!(?:years|months|weeks|days|decades)\b)"
    r"(?:[a-z]+s|people|children|men|women)\b"
)
"""A count of things opening the rest of a sentence that a year opens, as a share does: the
year dates a figure ("In 2013, more than 540,000 people finished a marathon"); a span is no
count ("In 1848, 15 years before President Lincoln signed ...")."""


def _figure_by_number(near: str) -> bool:
    """Whether a market's close, a count in millions (_FIGURE_BY_NUMBER) or, before "on", a
    figure (_FIGURE) stands just before the date; "on DATE", common, only after a digit."""
    if near.endswith(" on "):
        if not any(c.isdigit() for c in near[-24:]):
            return False
        if _FIGURE.search(near) is not None:
            return True
    return _FIGURE_BY_NUMBER.search(near) is not None


def _figure_of_a_year(after: str) -> bool:
    """Whether the rest of a sentence opening "In YEAR" gives a share or a count of things
    (a figure of that year, not an event)."""
    return _SHARE.search(after) is not None or _COUNT_OPENING.match(after) is not None


def _figure_after_in(before: str, after: str) -> bool:
    """Whether "In YEAR," opens a sentence or, in Multi-News+'s lower case, a clause after a
    colon ("have been on the decline in recent decades: in 1993, 17 states had conjugal
    programs") before a figure (_figure_of_a_year; after a colon, a count only)."""
    if before.strip() in ("In", "in"):
        return _figure_of_a_year(after)
    return before.endswith((": in ", "; in ")) and _COUNT_OPENING.match(after) is not None


def names_a_figure(before: str, near: str, after: str) -> bool:
    """Whether a date, between the text `before` and `after` it in its sentence (`near`: the
    last words before it, a part of the year taken out), dates a figure. Each regex runs
    only after a substring test says its words are there."""
    if near.endswith(("in ", "during ")) and _FIGURE.search(near):
        return True
    if "end" in near[-20:] and _PERIOD_ENDED.search(near):
        return True
    numbered = "illion" in near or " at " in near[-40:] or near.endswith(" on ")
    if numbered and _figure_by_number(near):
        return True
    if near.endswith(("in ", "during ")) and "stimat" in before and _ESTIMATE_FRAME.search(before):
        return True
    if "what " in near and _WHAT_IT_WAS.search(near):
        return True
    sized = near.endswith(" in ") and " when " in near and any(w in near for w in _SIZE_WORDS)
    if sized and _SIZE_WHEN.search(near):
        return True
    if "$" in near and near.endswith(_VALUE_ENDS) and _VALUE.search(near):
        return True
    averaged = near.endswith(" in ") and any(w in near for w in _MEAN_WORDS)
    if averaged and _MEAN.search(near):
        return True
    if after.startswith(_AMOUNT_AFTER):
        return True
    return after.startswith(",") and _figure_after_in(before, after)
