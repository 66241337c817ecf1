"""Dates that name what a thing is of or for, not when an event happened: a year used as an
adjective for the edition of something that holds over the year ("the 2016 guidelines", "the
2012 election cycle", "the 2015 target"), what is aimed at or owed for a year ("budget targets
in 2011", "unpaid taxes in 2009"), the prize a bid is made for ("his bid for the 2020
presidential election"), a cited document's date ("302, February 2, 2009, p. 7"), a cited
piece's ("according to a may 1912 article") and a link to another piece ("Read Newsweek's 2007
story"). Split from timeline_asides, which asks this module too."""

from __future__ import annotations

import re

ADJECTIVE_YEAR = re.compile(r"(?:\b(?:[Tt]he|an?|his|her|their|its|our)|['’]s) $")
_LABELLED = re.compile(
    r"^ (?:and (?:1[89]|20)\d\d )?(?:[a-z]+ ){0,2}(?:guidelines|budget|model|class"
    r"|election cycles?|(?:coverage|fiscal|tax|school|model) year|electorate|campaign manager"
    r"|tax returns?|targets?|roles?|data(?! breach)|issues?)\b"
)
"""What a year used as an adjective names when it is the edition of something that holds
over a year, no event: "the 2016 guidelines", "the 2018 federal poverty guidelines", "the
2017 budget", "the 2018 coverage year", "the 2016 model", "the 2012 election cycle", "the
2010 and 2012 election cycles", "the 2000 electorate", "her 1992 campaign manager", "his 2011
tax return", "the 2015 target", "the 2011 data"; an actor's "his 2018 role as skell"; a
journal's "the march 2013 issue of the journal"."""
_LABEL_WORDS = ("guideline", "budget", "model", "class", "year", "cycle", "electorate")
_LABEL_WORDS += ("manager", "return", "target", "role", "data", "issue")
_AIMED_OR_OWED = re.compile(
    r"\b(?:targets?|goals?|(?:unpaid|back|delinquent) (?:[a-z]+ )?taxes) (?:in|from) $"
)
"""What is aimed at or owed for a year, no event of it: "failure to hit budget targets in
2011", "unpaid taxes in 2009", "settle ... for unpaid taxes from 2012"."""
_AIMED_OR_OWED_WORDS = ("target", "goal", "taxes")
_SOUGHT = re.compile(r"\b(?:[Bb]ids?|[Rr]uns?|[Cc]andidacy|[Cc]ampaigns?|[Rr]ace) for the $")
"""What a bid or a run is made for: "announce his bid for the 2020 presidential election"
(made in 2017), "the race for the 2016 presidential nomination", "a bid for the 2018 world
cup". The year names the prize, not when the bid was made."""
_CITATION = re.compile(r"^,? pp?\. ?\d")
"""A page number after a date: a citation of a document of that day ("(Labor union president
302, February 2, 2009, p. 7)"), whose date is the document's, not an event's."""
_LINK = re.compile(r"\bRead (?:[\w.]+['’]s |the |our |this |an? )$")
"""A link to another piece, an imperative "Read" before its date ("Read Newsweek's 2007
story on how science is bringing ... back to life")."""
_CITED = re.compile(
    r"\b(?:[Aa]ccording to|cited|cites|citing|link(?:ed|s)? to|quoted in|quoting"
    r"|(?:article|story|report|piece) in) (?:an?|the) $"
)
_CITED_PIECE = re.compile(
    r"^ (?:[a-z]+ ){0,2}(?:article|story|report|column|editorial|piece|op-ed|post|study|paper"
    r"|edition|issue)s?\b"
)
"""A piece cited as a source, dated as an adjective ("according to a may 1912 article in the
standard union", "the complaint also cited an august 2016 article", "tweeted a link to a
september 2016 story"), or the edition a cited piece ran in ("This link to an article in the
July 9, 1901 edition of the San Francisco Chronicle", "According to the 1906 edition of the
official Hearings"): the date is the source's, not an event's. A piece someone of the story
wrote or gave ("in a 2008 article he wrote", "during a 2009 interview") is no source."""
_CITING_ENDS = (" a ", " an ", " the ")


def _labels_a_period(before: str, after: str) -> bool:
    """Whether a year used as an adjective names the edition of something that holds over
    the year ("the 2016 guidelines"), not an event ("the 1899 heist")."""
    if not after[1:2].islower() or not any(w in after[:40] for w in _LABEL_WORDS):
        return False
    return ADJECTIVE_YEAR.search(before[-8:]) is not None and _LABELLED.match(after) is not None


def names_a_label(before: str, near: str, after: str) -> bool:
    """Whether a date, between the text `before` and `after` it in its sentence (`near`: the
    last words before it), labels an edition, a target or a debt, a bid's prize, a cited
    document or piece, or a link. Each regex runs only after a substring test says its words
    are there."""
    if _labels_a_period(before, after):
        return True
    aimed = near.endswith(("s in ", "s from ")) and any(
        w in near[-32:] for w in _AIMED_OR_OWED_WORDS
    )
    if aimed and _AIMED_OR_OWED.search(near):
        return True
    if near.endswith(" for the ") and _SOUGHT.search(near):
        return True
    if "p." in after[:5] and _CITATION.match(after):
        return True
    if "Read " in near and _LINK.search(near):
        return True
    cited = near.endswith(_CITING_ENDS) and _CITED.search(near) is not None
    return cited and _CITED_PIECE.match(after) is not None
