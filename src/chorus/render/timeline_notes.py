"""What a timeline line says after its date, in brackets, each sentence once under each date
(Markdown and HTML; the JSON reads `timeline_once` too), and its sentence without an
encyclopedia's footnote marks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from chorus.analyze.model import TimelineEntry
from chorus.model import Sentence
from chorus.render.dates import says_only

LENT = "year from the other articles"
"""Said of a month and day whose year its own undated article does not give
(timeline_beside.years_lent): the reader can weigh it."""

WEEK_LENT = "week from its own date and the other articles"
"""Said of a weekday of an undated article read within three days of the one full date it
writes, a dated article of the cluster telling that day by its weekday
(timeline_weeks.weeks_lent)."""

OWN_LINE = "read against its article's own dated line"
"""Said of a relative date read against a stamp or a post's heading in an article with no
publication date (TimelineEntry.own_line): the header and Sources say "date unknown", and
the row says where its day came from."""

_FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[])\[\d{1,3}\](?:\[\d{1,3}\])*")
"""A Wikipedia footnote mark inside its sentence, glued to the word or comma before it:
"Young's own assertions,[24] an 1877 recollection of Anson Call,[25] and ..." (raw 106).
Cleaning takes those after a stop only (clean_pages: a mark inside a sentence stays in the
text the summary reads); a row shows its sentence without them. The briefing's own "[2]"
follows a space."""

_BOUNDS = ("since", "until", "till", "through", "before", "after", "by", "from")
"""Words that make a date one end of a span ("executive officer ... since November 2015"):
listed under that date alone, the line would read as an event of that month. "as of" is
read too."""


def timeline_note(entry: TimelineEntry, background: Mapping[str, str] | None = None) -> str:
    """What a timeline line says after its date, in brackets: the words a date was read
    from when they are relative and say more than the date ("2018-04-10 (Tuesday)", not
    "2018-04-07 (April 7)": the reader can check it, and a sentence listed under two days
    says which is which), bound a span ("2015-11 (since
    November 2015)") or date a state, not an event ("(as of Friday)"), the range an end
    belongs to ("2017-03-23 (March 8 to 23, 2017)", "2014 (from 2010 to 2014)"), the weekday
    that fixed a year no publication date gave ("Wednesday, November 21: a Wednesday in 2018
    alone, near the article's 2017"), what the date dates in a sentence of a later event
    ("2007 (Kercher's 2007 murder)": the appeal's line under the murder's year), and
    "planned" for an event ahead of its article's writing, "year from the other articles"
    for a month and day of an undated article placed by the cluster's dates, WEEK_LENT for
    a weekday of one placed by its own full date and the cluster's, OWN_LINE for a
    relative date an undated article's own stamp placed, and the kind of an article set
    aside for its line ("background", "not news": `background` maps their ids to it)
    (Markdown and HTML)."""
    # Imported here: the Markdown of a briefing without the analysis loads none of it.
    from chorus.analyze.timeline_gmt import gloss_words
    from chorus.analyze.timeline_range_words import from_a_thing_s_year, range_words
    from chorus.analyze.timeline_weekday import weekday_note

    sentence, expression = entry.sentence, entry.expression
    text, start = sentence.text, expression.start - sentence.start
    before = text[:start]
    last = before.split()[-2:]
    bound = " ".join(last[-1:]) if last and last[-1].lower() in _BOUNDS else ""
    after = text[start + len(expression.text) :]
    bound = "" if bound.lower() == "from" and from_a_thing_s_year(expression.text, after) else bound
    # "As of Friday, the state had licensed 44 dispensaries": a state on that day, no
    # event of it.
    bound = "as of" if [w.lower() for w in last] == ["as", "of"] else bound
    span = range_words(before, expression.text, after)
    told = bound or (entry.relative and not says_only(expression.text, entry.date, entry.precision))
    words = span or (f"{bound} {expression.text}".strip() if told else "")
    # A GMT gloss's weekday under the local day: the gloss's words, "1720 GMT Friday".
    words = gloss_words(sentence.article.text, expression.start, expression.end) or words
    if not entry.relative:  # a weekday that fixed the year: its words, the years it fit
        words = words or weekday_note(expression.text, sentence.article.text)
    if entry.dates is not None:  # the crime a verdict's line dates: "Kercher's 2007 murder"
        words = entry.dates.text
    from_background = (background or {}).get(sentence.article.id, "")
    lent = OWN_LINE if entry.own_line else ""
    if entry.lent:  # a month and day's year, or a weekday's week
        lent = WEEK_LENT if entry.week_lent else LENT
    notes = [n for n in (words, "planned" if entry.planned else "", lent, from_background) if n]
    return f" ({', '.join(notes)})" if notes else ""


def timeline_once(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """Each sentence once under each date (Markdown, HTML and JSON): a sentence naming one
    day twice, "as of Thursday afternoon, but the new votes counted Thursday" or "died
    Tuesday (June 20)" (raw 248, 21), stood twice in a row under that day. The entry kept,
    where the first stood, is the one whose words say most ("as of Thursday" rather than
    "Thursday")."""
    kept: dict[tuple[Sentence, str], TimelineEntry] = {}
    for entry in entries:
        key = (entry.sentence, entry.when)
        if key not in kept or len(timeline_note(entry)) > len(timeline_note(kept[key])):
            kept[key] = entry
    return list(kept.values())


def without_footnote_marks(text: str) -> str:
    """A timeline line's words without the footnote marks glued inside them."""
    return _FOOTNOTE_MARK.sub("", text) if "[" in text else text
