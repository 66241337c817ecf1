"""What the timeline leaves out, counted by why, and the reason it gives: the expressions
a reader can look for, and what to do about them (a publication date with --date)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from chorus.analyze.model import TimelineEntry
from chorus.analyze.timeline_forms import DateMatch


@dataclass(slots=True)
class LeftOut:
    """Relative date expressions the timeline could not place, by why."""

    undated: list[str]
    """Expressions of articles with no publication date."""
    another_event: list[str]
    """Expressions of articles about another event."""
    no_event: list[str]
    """Dates read, that date no event of the story (timeline_asides): a comparison, a
    figure's year, an example, a possibility."""
    background: int = 0
    after: int = 0
    """Months and days after the publication date in sentences that do not look ahead."""
    unreadable: int = 0
    era: list[str] = field(default_factory=list)
    """Years written with their era ("256 A.D.", "327 BC": timeline_eras), read by no form."""
    not_news: list[str] = field(default_factory=list)
    """Expressions of pages judged not news (a book's page of praise)."""
    unread: list[str] = field(default_factory=list)
    """Years, decades and periods read by no form ("the 2011 album", "the 1930s", "this
    year": timeline_unread)."""
    listed: list[str] = field(default_factory=list)
    """Dates of a list's lines, a title and a date each (timeline_listings)."""
    aside_words: list[tuple[str, str]] = field(default_factory=list)
    """Each date `no_event` holds from the asides' test, with the word before it: how the
    note names one whose words a row also shows (`_told_apart`)."""


_EXAMPLES = 3


def _examples(expressions: Sequence[str]) -> str:
    """The first few distinct expressions, quoted: what the reader can look for. When all are
    named, one told more than once says how often, so that the list adds up to the count
    before it (raw 11's "3 date expression(s) ... ('Sunday', 'Friday')" read as a miscount)."""
    distinct = list(dict.fromkeys(expressions))
    if len(distinct) > _EXAMPLES:
        return ", ".join(f"'{e}'" for e in distinct[:_EXAMPLES]) + " ..."
    return ", ".join(f"'{e}'{_how_often(expressions.count(e))}" for e in distinct)


def _how_often(count: int) -> str:
    return "" if count == 1 else " twice" if count == 2 else f" {count} times"


def _background(left: LeftOut) -> str:
    return (
        f"{left.background} date expression(s) that name no year in background articles "
        "(their publication date may not be the story's)"
    )


def reason(entries: Sequence[TimelineEntry], left: LeftOut) -> str:
    """Why the timeline is empty, or what it leaves out when it is not. A weekday, "today"
    or a month and day is named for what it lacks, a year ("August 12th" is no relative
    date). Background articles' dates are not what empties a timeline: alone, they are no
    reason a reader can use (raw 233's "1 relative date expression(s) of background
    articles", a promotion page's "Tuesday, Feb. 23"), and the note says where no date was
    found instead."""
    left_out = []
    if left.undated:
        left_out.append(
            f"{len(left.undated)} date expression(s) that name no year "
            f"({_examples(left.undated)}) could not be resolved: no publication date is known "
            "for their articles (set one with --date, or the web form's Published on)"
        )
    if left.another_event:
        left_out.append(
            f"{len(left.another_event)} date expression(s) ({_examples(left.another_event)}) "
            "of articles that read as another event than the story (see Background)"
        )
    # A page with no story of its own, as a background article, is no reason a timeline is
    # empty (raw 233's promotion page's "Tuesday, Feb. 23"): named only beside another.
    aside_pages = entries or left_out or left.after
    if left.not_news and aside_pages:
        left_out.append(
            f"{len(left.not_news)} date expression(s) ({_examples(left.not_news)}) "
            "of pages that are not news (see Background)"
        )
    if left.background and aside_pages:
        left_out.append(_background(left))
    if left.after:
        left_out.append(
            f"{left.after} month-and-day date(s) after the publication date in sentences that "
            "do not say the event lies ahead (its year is unknown)"
        )
    if left.era:
        left_out.append(
            f"{len(left.era)} year(s) written with an era ({_examples(left.era)}) are not "
            "placed on the timeline"
        )
    why_empty = bool(left_out)  # a left-out date the reader can act on says why, if any
    shown = {e.expression.text for e in entries}
    named = _told_apart(left.no_event, left.aside_words, entries)
    if named:
        left_out.append(_no_event(named, shown))
    if left.listed:
        left_out.append(
            f"{len(left.listed)} date(s) of a list's lines ({_examples(left.listed)}): a list "
            "of titles and dates, such as a chart's, tells no event of the story"
        )
    if left.unread:
        left_out.append(
            f"{len(left.unread)} date expression(s) the timeline does not read "
            f"({_examples(left.unread)}): a year naming a thing, a decade, a period such as "
            f"'this year'{_other_mentions(left.unread, shown, named)}"
        )
    if entries:
        return "not shown: " + "; ".join(left_out) if left_out else ""
    if why_empty:
        return "; ".join(left_out)
    return "; ".join((_nothing_dated(left), *left_out))


_BOUNDING = frozenset(("since", "before", "after", "until", "by"))
"""Words that make a date a comparison's or a state's bound ("the fastest pace ... since
2009"): named with it, the date set aside is told apart from a row of the same year."""


def with_word_before(text: str, match: DateMatch, start: int) -> tuple[str, str]:
    """A date's words in its sentence's `text` (which starts at `start` in its article) and
    the same with the word before it when that word bounds it ("since 2009")."""
    words = text[match.start - start : match.end - start]
    before = text[: match.start - start].split()[-1:]
    bound = [w for w in before if w.lower() in _BOUNDING]
    return words, " ".join((*bound, words))


def _told_apart(
    expressions: Sequence[str], words: Sequence[tuple[str, str]], entries: Sequence[TimelineEntry]
) -> list[str]:
    """The dates set aside, each whose words a row also shows named with the word before it:
    "'2009' ... read as dating no event" beside two rows of 2009 read as a note denying its
    rows (raw 19: Shah's "since 2009" set aside, Yardeni's "in 2009" shown)."""
    shown = {e.expression.text for e in entries}
    longer: dict[str, list[str]] = {}
    for said, phrase in words:
        if said in shown:
            longer.setdefault(said, []).append(phrase)
    return [longer[e].pop(0) if longer.get(e) else e for e in expressions]


def _no_event(expressions: Sequence[str], shown: set[str]) -> str:
    """The dates the timeline read and judged no event of the story, named so that a reader
    who meets one in an article knows it was not missed (raw 179's "Robert Jarvik's device
    first implanted in 1982", 86's "a similar EF-5 tornado on May 22, 2011"). A date whose
    words rows also show, no bounding word telling them apart, is said to be so: raw 177's
    "'2012' ... read as dating no event" beside seven rows of 2012 (two mentions of "the 2012
    election" in a conditional set aside, the others shown) read as a note denying its rows."""
    rows = _other_mentions(expressions, shown)
    return (
        f"{len(expressions)} date(s) ({_examples(expressions)}) read as dating no event of the "
        f"story (such as a comparison, a figure's year or an example{rows})"
    )


_SET_ASIDE = "among those read as dating no event"


def _other_mentions(
    expressions: Sequence[str], shown: set[str], set_aside: Sequence[str] = ()
) -> str:
    """What a note naming dates left out adds when rows show the same words, or the note of
    dates judged no event names them (`set_aside`): that those are other mentions. Without
    it the note denied its rows (raw 177's "'2012' ... read as dating no event" beside seven
    rows of 2012; 163's '2004' the timeline "does not read", "the 2004 Ansari X Prize", beside
    SpaceShipOne's flight "in 2004") or gave one date two reasons (120's '1989', "since 1989"
    and "going back to 1989", in both lists). Each group named once, in the order written."""
    where: dict[str, list[str]] = {}
    for said in dict.fromkeys(expressions):
        places = [
            place for place, held in (("shown", shown), (_SET_ASIDE, set_aside)) if said in held
        ]
        if places:
            where.setdefault(" or ".join(places), []).append("'" + said + "'")
    return "".join(
        f"; other mentions of {', '.join(quoted)} are {place}" for place, quoted in where.items()
    )


def _nothing_dated(left: LeftOut) -> str:
    """Why an empty timeline is empty when no left-out date names the reason."""
    if left.background or left.not_news:
        return "no dated events found in the articles on the story"
    if left.unreadable:
        return f"{left.unreadable} date expression(s) could not be read"
    return "no dated events found"
