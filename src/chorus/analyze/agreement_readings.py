"""Readings of a statement and a linked sentence that tell two facts however alike their
words (agreement_supports.agrees): a comparison run the other way ("would learn in more
detail about the human role" / "less explicit than earlier drafts about the human role",
raw 68), a span in figures against the same unit unmeasured ("in two to three years" / "It
will take years to know", raw 56), a thing converted into another product ("the carbon
monoxide gas was converted into ethanol" / "water is converted to oxygen gas", a
conventional cell's, raw 56), and a breakdown in shares against a sentence giving no
figure ("32.1 percent ... 31.6 ... 14 percent" / "the first time since at least 1880 that
...", raw 145), and distances from two named places ("a half to three-quarters of a mile
upstream from Monon High Bridge" / "about a mile east of the Freedom Bridge", raw 153) and a
rank in a top number against no rank ("not even in the world's top 20 countries" / "The Good
Country Index doesn't measure what countries do at home", raw 0), and a record said not to
tell it ("issued a temporary restraining order last week" / "the court papers did not say
what was at issue or refer to the restraining order", raw 34)."""

from __future__ import annotations

import re

from chorus.analyze.similarity import STOP_WORDS
from chorus.language.numbers import figures

_MORE = frozenset({"more", "greater", "higher", "larger", "bigger"})
_LESS = frozenset({"less", "fewer", "lower", "smaller"})
_COMPARATIVE = re.compile(
    r"\b(more|greater|higher|larger|bigger|less|fewer|lower|smaller)\b"
    # a bound of a figure ("more than 50 residents", "less than a third") is a figure's,
    # read by facts.supports; "more and more", "no more", "more or less" compare nothing
    r"(?!\s+than\s+(?:\d|a\b|an\b|one\b|two\b|three\b|half\b))(?!\s+(?:and|or)\s+\w)",
    re.IGNORECASE,
)
_NOT_COMPARING = re.compile(r"\b(?:no|any)\s+(?:more|less|longer)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
COMPARED_REACH = 8
"""Words after a comparative read as what it compares: "less explicit than earlier drafts
about the human role" names its thing seven words on."""
_CONVERTED = re.compile(
    r"\b(?:convert(?:s|ed|ing)?|transform(?:s|ed|ing)?)\s+(?:\w+\s+){0,4}?"
    r"(?:in)?to\s+(?:the\s+|a\s+|an\s+)?([\w-]+)",
    re.IGNORECASE,
)
"""What a thing is converted into: its first word."""
_COUNTED_SPAN = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+(years|months|weeks)\b",
    re.IGNORECASE,
)
"""A span counted in its unit: "three years", "18 months"."""
_SHARE = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
"""A share in figures: "32.1 percent", "14%"."""
_YEARS = re.compile(r"\b(?:18|19|20)\d\d\b")
_DIGITS = re.compile(r"\d")
MIN_BREAKDOWN = 2
"""Shares that make a sentence's fact a breakdown: with one figure, most supports tell the
fact without it (reader 24's "$3.4 million", twenty-ninth pass)."""
_DISTANCE_FROM = re.compile(
    r"\b(?:miles?|kilometres?|kilometers?|km|feet|yards|blocks)\s+"
    r"(?:(?:north|south|east|west|upstream|downstream|away|outside|short)\s+)?(?:from|of)\s+"
    r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
"""A distance from a named place, its name: "a mile east of the Freedom Bridge"."""
_DISTANCE_UNITS = ("mile", "kilomet", "km", "feet", "yards", "blocks")
_TOP_RANK = re.compile(r"\btop\s+(?:\d+|three|five|ten|twenty|fifty|hundred)\b", re.IGNORECASE)
"""A place among the first so many: "the world's top 20 countries"."""
_UNMENTIONED = re.compile(
    r"\b(?:did not|didn['’]t|does not|doesn['’]t|do not|don['’]t|never)\s+(?:\w+\s+){0,6}?"
    r"(?:mention|refer to|say what)",
    re.IGNORECASE,
)
"""A record said not to tell something: "did not say what was at issue or refer to"."""
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
_RANKED = re.compile(r"\b(?:top|rank\w*|No\.)", re.IGNORECASE)


def _compared(text: str) -> dict[str, set[str]]:
    """Per way a sentence compares ("more" and its kin, "less" and its kin), the words of
    what it compares: those in the COMPARED_REACH words after the comparative."""
    if _NOT_COMPARING.search(text):
        return {}
    found: dict[str, set[str]] = {}
    for match in _COMPARATIVE.finditer(text):
        way = "more" if match.group(1).lower() in _MORE else "less"
        after = _WORD.findall(text, match.end())[:COMPARED_REACH]
        found.setdefault(way, set()).update(w.lower() for w in after if w.lower() not in STOP_WORDS)
    return found


def compared_apart(statement: str, support: str) -> bool:
    """Whether one compares only one way and the other only the other way, of the same
    thing (a word in common after both): "more detail about the human role" against "less
    explicit than earlier drafts about the human role" tells the opposite. "in higher
    numbers ... because they're delaying marriage" and "fewer young people are married"
    compare two things, and agree (raw 145)."""
    ways = _compared(statement)
    if len(ways) != 1:
        return False
    other = _compared(support)
    if len(other) != 1 or other.keys() == ways.keys():
        return False
    return bool(next(iter(ways.values())) & next(iter(other.values())))


def converted_apart(statement: str, support: str) -> bool:
    """Whether both tell a thing converted into something and the products differ, the
    statement's named nowhere in the support: two reactions, not one told twice."""
    if "onvert" not in statement and "ransform" not in statement:
        return False
    products = {m.group(1).lower() for m in _CONVERTED.finditer(statement)}
    others = {m.group(1).lower() for m in _CONVERTED.finditer(support)}
    if not products or not others or products & others:
        return False
    lowered = support.lower()
    return not any(re.search(rf"\b{re.escape(p)}\b", lowered) for p in products)


def span_unsupported(statement: str, support: str) -> bool:
    """Whether the statement gives a span in figures ("could be ready in two to three
    years") and the support the same unit with no figure ("It will take years to know
    whether ...", raw 56): an unmeasured time tells of another wait."""
    units = {m.group(2).lower() for m in _COUNTED_SPAN.finditer(statement)}
    if not units:
        return False
    if not any(re.search(rf"\b{unit}\b", support, re.IGNORECASE) for unit in units):
        return False
    return not _DIGITS.search(support) and not figures(support)


def breakdown_unsupported(statement: str, support: str) -> bool:
    """Whether one breaks something down in shares (MIN_BREAKDOWN or more) and the other
    gives no figure but years: the fact is the shares, and the other tells another. Read
    both ways: a statement opening on "It" shows its support in its place (agreement._fact),
    so "It was also the first time since at least 1880 ..." stood as the statement of "32.1
    percent ... 14 percent" (raw 145)."""
    return _breaks_down_alone(statement, support) or _breaks_down_alone(support, statement)


def _breaks_down_alone(shares: str, other: str) -> bool:
    if len(_SHARE.findall(shares)) < MIN_BREAKDOWN:
        return False
    # a year dates a fact ("since at least 1880"); it is not the fact. A figure
    # numbers.figures does not read ("49-45 percent") is still a figure.
    if _DIGITS.search(_YEARS.sub("", other)):
        return False
    return all(1800 <= f.low <= 2100 and f.low.is_integer() for f in figures(other))


def located_apart(statement: str, support: str) -> bool:
    """Whether both measure a distance from a named place and the places differ, the
    statement's named nowhere in the support: "upstream from Monon High Bridge" and "east of
    the Freedom Bridge" place a find from two bridges (raw 153), two facts whatever the
    miles."""
    # most sentences measure no distance: a substring test rules them out
    if not any(unit in statement for unit in _DISTANCE_UNITS):
        return False
    places = {m.group(1) for m in _DISTANCE_FROM.finditer(statement)}
    if not places:
        return False
    others = {m.group(1) for m in _DISTANCE_FROM.finditer(support)}
    return bool(others) and not others & places and not any(p in support for p in places)


def rank_unsupported(statement: str, support: str) -> bool:
    """Whether the statement places something in a top number ("not even in the world's top
    20 countries") and the support ranks nothing and gives no figure: what the index
    measures is not where a country stands in it (raw 0)."""
    if "op " not in statement or not _TOP_RANK.search(statement) or _RANKED.search(support):
        return False
    return not _DIGITS.search(support) and not figures(support)


def unmentioned(statement: str, support: str) -> bool:
    """Whether the support tells that something did not mention or refer to what it names
    and the statement negates nothing: "the court papers did not ... refer to the
    restraining order" is no report that an order was issued (raw 34)."""
    if "mention" not in support and "refer" not in support and "say what" not in support:
        return False
    return bool(_UNMENTIONED.search(support)) and not _NEGATED.search(statement)
