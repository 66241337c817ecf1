"""Timeline: sentences that carry a date, with the date resolved.

Date expressions are found by their forms (timeline_forms). Forms that name their year are
read directly; relative forms ("on Tuesday", "yesterday", "April 7") are handed to
dateparser one at a time and resolved against the article's publication date with
PREFER_DATES_FROM="current_period" ("past" puts a weekday a week too early when the article
was published on that weekday). A range of years is one entry, under its first end with the
span in its note, when its clause tells a deed and counts nothing
(timeline_spans.no_deed_over_years).
Vague spans ("a year ago", "recently") are not dated: they would be wrong with confidence;
"last week|month|year" is the period before the writing's, as precise as its date fixes it
(timeline_last: "last week" is a month or a year, never a day; "March this year" that month
of the writing's year). A date expression no form reads (a thing's year, a decade, "this
year") is named in the note (timeline_unread): none is dropped silently.
Neither are the page's own dates (timeline_page: a line that is only a date, a "Published"
stamp, a photo caption's date), and a month and day that falls after the publication date
is dated only when its sentence says the event lies ahead ("will be held on 4-5 May"; a
"will" in a quotation that does not hold the date is the speaker's): "hanged on 31 May" in a
January article is of an earlier year, and which one the sentence does not say. A deadline
still to run near the turn of the year is the next year's ("has until Jan. 1" in December).
A bare weekday is the last one on or before the publication date, unless the words just
before it say the event lies ahead ("is set to return to court Wednesday": the next one);
a weekday or a month and day that is a name ("Holy Thursday", "'Saturday Night Live'", a
holiday's "June 19") or told from another day ("the Friday after Election Day") is none
(timeline_names).
"today" meaning the present ("as few as 32,000 today") is no date, and neither is a date
that names no event of the story: a range's end, a figure's year, a comparison, a
possibility (timeline_asides), which the note names, or a crime a sentence of its verdict
names, but for the story's own (timeline_trials), shown with its words. Neither are the
dates of an article the relevance step is confident tells another event, or of a page it
judged not news (`about_another_event`); the reason counts them.
An event that lies ahead of its article's writing is shown, marked planned
(timeline_ahead), unless a prank claims it (timeline_pranks).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from chorus.analyze.model import Excerpt, Precision, TimelineEntry
from chorus.analyze.timeline_ahead import (
    marked_if_planned,
    period_end,
)
from chorus.analyze.timeline_aside_rows import one_row_a_sentence
from chorus.analyze.timeline_beside import (
    OwnYears,
    Told,
    Written,
    days_written,
    year_beside,
    year_carried,
    year_of_its_article,
    years_lent,
    years_named,
)
from chorus.analyze.timeline_clause_twins import told_as_its_own
from chorus.analyze.timeline_eras import ERA_YEAR, era_year, with_era_years
from chorus.analyze.timeline_forms import DateMatch, absolute, find_dates
from chorus.analyze.timeline_gmt import local_day
from chorus.analyze.timeline_headings import (
    LONGEST,
    Heading,
    heading_of,
    stamped,
    transcript_day,
)
from chorus.analyze.timeline_imagined import quoted
from chorus.analyze.timeline_last import LAST_PERIOD, beside_a_date, last_period, last_periods
from chorus.analyze.timeline_lead_ins import introductions_carried, lead_in, lead_ins_once
from chorus.analyze.timeline_listings import listed_apart
from chorus.analyze.timeline_lower import LOWER_CASE_DAY
from chorus.analyze.timeline_months import MONTH_ALONE, month_alone, months_alone, months_unread
from chorus.analyze.timeline_names import holiday_s_day, is_a_name
from chorus.analyze.timeline_no_event import aside, crime
from chorus.analyze.timeline_page import is_caption
from chorus.analyze.timeline_parts import parts_of_years
from chorus.analyze.timeline_pranks import a_prank_s_plan
from chorus.analyze.timeline_reason import LeftOut, reason, with_word_before
from chorus.analyze.timeline_relative import A_DAY_OF_A_YEAR, placed, today_is_a_day
from chorus.analyze.timeline_reprinted import copies_of_rows, printed_once
from chorus.analyze.timeline_resolve import page_date, picture_date, read_date
from chorus.analyze.timeline_spans import ends_a_span, second_end_of
from chorus.analyze.timeline_standfirst import told_again
from chorus.analyze.timeline_trials import Tried, the_story_s_crimes
from chorus.analyze.timeline_unread import unread_dates
from chorus.analyze.timeline_weekday import (
    WEEKDAY_DATE,
    fixed_by_weekday,
    off_its_day,
    off_its_weekday,
    with_weekday_dates,
)
from chorus.analyze.timeline_weeks import in_its_week, weeks_lent
from chorus.model import Sentence

_COARSEST: tuple[Precision, ...] = ("year", "month", "day")
_NOW = frozenset(("today", "tonight"))


def _dates_below(
    heading: Heading, article_id: str, posted: dict[str, Heading], written: dict[str, dt.date]
) -> None:
    """Records a heading's day, when it names one, as the base of the relative dates after
    it in its reach and as a day its article was written."""
    if heading[0] is not None:
        posted[article_id] = heading
        written[article_id] = max(heading[0], written.get(article_id, dt.date.min))


@dataclass(frozen=True, slots=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]
    reason: str


def timeline(
    sentences: Iterable[Sentence],
    skip_relative: frozenset[str],
    another_event: frozenset[str] = frozenset(),
    not_news_pages: frozenset[str] = frozenset(),
) -> Timeline:
    """Dated sentences in date order. Relative dates of articles in `skip_relative`
    (background articles, whose publication date may not be the story's) are left out, and
    every date of articles in `another_event`; the note names those of `not_news_pages`
    (of them, the pages judged not news) apart."""
    entries: list[TimelineEntry] = []
    left = LeftOut([], [], [])
    # The latest of each article's own dates (a post's, a stamp's): when it was written.
    written: dict[str, dt.date] = {}
    # An article's last post heading whose day its weekday fixed or confirmed
    # (timeline_weekday): the base of the relative dates after it ("euthanized by the
    # veterinarian today"), before its page's publication date (the last update's).
    posted: dict[str, Heading] = {}
    # An undated article's last two sentences with dates: the year they tell with a month
    # dates a month and day after them, its sentence's only date ("On July 25, ...").
    recent: dict[str, tuple[Told | None, Told]] = {}
    previous: Sentence | None = None  # the sentence read last: a line's lead-in, if its own
    # The cluster's full dates, and the undated months and days that may take their year
    # (timeline_beside.year_lent) once every article is read.
    days: Written = {}
    undated: list[tuple[Sentence, DateMatch, list[DateMatch], tuple[Sentence, ...]]] = []
    named: dict[str, OwnYears] = {}  # each undated article's full dates and years named
    tried: list[Tried] = []  # rows of a crime a later step of the law is told of
    unresolved: list[tuple[Sentence, str]] = []  # undated weekdays, "yesterday", ...
    sentences = tuple(sentences)  # read twice: the weeks its dates fix first
    weeks = weeks_lent(sentences, skip_relative | another_event)
    articles = {}
    for sentence in sentences:
        article = articles[sentence.article.id] = sentence.article
        before_it, previous = previous, sentence
        found_dates = find_dates(sentence)
        if parts := parts_of_years(sentence):  # "in the first half of 2011" (timeline_parts)
            found_dates = sorted((*found_dates, *parts), key=lambda m: m.start)
        matches, unread_eras = with_era_years(sentence.text, sentence.start, found_dates)
        if article.id not in another_event:
            left.era += unread_eras
        if article.published is not None:
            matches = months_alone(sentence, matches)
        elif article.id not in skip_relative and article.id not in another_event:
            left.undated += months_unread(sentence, matches)
        # Read after the other forms, and given to none of their checks: no day of its own.
        found = last_periods(sentence)
        periods = [p for p in found if not beside_a_date(p, matches)]
        unread = unread_dates(sentence.text, sentence.start, [*matches, *found])
        if not matches and not periods and not unread:
            continue
        if article.id not in another_event:  # its full dates are another event's days
            full = days_written(article.text, matches, days)
            if article.published is None:
                own = named.setdefault(article.id, ([], set()))
                years_named(article.text, matches, unread, full, own)
        if is_caption(sentence.text):
            continue
        if article.id not in another_event:
            left.unread += unread
        if not matches and not periods:
            continue
        paired = len(matches) > 1  # a weekday and a month and day, or more
        short = sentence.end - sentence.start < LONGEST  # no slice of the text: most are long
        heading = heading_of(sentence, paired, matches) if short and matches else None
        if heading is not None:
            _dates_below(heading, article.id, posted, written)
            continue  # the page's own date, no event's
        if sentence.index == 0 and (said := transcript_day(sentence.text)) is not None:
            # A transcript's heading is a row, read as before; the words below it were said
            # on its day (timeline_headings).
            heading = stamped(sentence, said, len(article.text))
        # What a post tells is read against its heading's day, not its page's last update.
        post = posted.get(article.id)
        headed = post is not None and sentence.start < post[1]
        base = post[0] if headed else article.published
        if base is None and paired:
            matches = with_weekday_dates(article.text, matches)
        shown: DateMatch | None = None  # the sentence's last date shown
        for match in sorted((*matches, *periods), key=lambda m: m.start):
            expression = Excerpt(article, match.start, match.end)
            beside = (article.text, match, matches)
            if second_end_of(article.text, shown, match):
                if ends_a_span(article.text, shown, match) and (
                    end := read_date(sentence, match, None)
                ):  # the span's entry, the last appended (`shown`'s), runs until its end
                    entries[-1] = dataclasses.replace(entries[-1], until=end[0])
                continue
            if page_date(sentence, match):
                # A caption's date may be an old picture's, not the writing's.
                stamp = not match.relative and match.form != LOWER_CASE_DAY
                stamp = stamp and not picture_date(sentence, match)
                if stamp and (page := absolute(expression.text)) is not None:
                    written[article.id] = max(
                        period_end(*page), written.get(article.id, dt.date.min)
                    )
                continue
            word = expression.text.lower()
            if word == "today" and not today_is_a_day(sentence, match, headed):
                continue
            if word in _NOW and article.text.startswith(" than ", match.end):
                continue  # the present compared: "less bad tonight than it was this morning"
            if word == "tonight" and quoted(sentence.text[: match.start - sentence.start]):
                continue  # the speaker's night (timeline_imagined)
            if is_a_name(article.text, sentence.start, sentence.end, match):
                continue
            if article.id in another_event:
                (left.not_news if article.id in not_news_pages else left.another_event).append(
                    expression.text
                )
                continue
            if match.relative and article.id in skip_relative:
                left.background += 1
                continue
            resolved = None
            if match.form == ERA_YEAR:
                resolved = era_year(expression.text)
            elif match.form == WEEKDAY_DATE:
                resolved = fixed_by_weekday(expression.text, article.text)
            elif base is None and paired and match.form in A_DAY_OF_A_YEAR:
                resolved = year_beside(article.text, match, matches)
            elif match.form == MONTH_ALONE and base is not None:
                resolved = month_alone(article.text, match, base)
            elif base is None and match.form in A_DAY_OF_A_YEAR and article.id in recent:
                resolved = year_carried(article.text, match, recent[article.id], sentence.index)
            elif match.form == "weekday" and base is None and article.id in weeks:
                resolved = in_its_week(sentence, match, weeks[article.id])
            elif match.form == LAST_PERIOD and base is not None:
                resolved = last_period(expression.text, base)
                if resolved is None:  # a week of two years: dateparser would give a day
                    left.unreadable += 1
                    continue
            if match.relative and base is None and resolved is None:
                # "Last week" and "last week" named once in the note ("March last year" kept)
                said = expression.text
                said = said.replace("Last", "last", 1) if match.form == LAST_PERIOD else said
                if match.form in A_DAY_OF_A_YEAR:
                    undated.append((sentence, match, matches, lead_in(sentence, before_it)))
                else:  # another article's row may print it alike (timeline_reprinted)
                    unresolved.append((sentence, said))
                left.undated.append(said)
                continue
            resolved = resolved or read_date(sentence, match, base)
            if resolved is None:
                left.unreadable += 1
                continue
            if match.relative and base is not None:
                resolved = placed(resolved, base, sentence, match)
                if resolved is None:
                    left.after += 1
                    continue
                day = resolved[0]
                if match.form != LAST_PERIOD and (
                    off_its_weekday(*beside, day) or off_its_day(*beside, day)
                ):
                    left.unreadable += 1
                    continue
                # A GMT gloss's weekday dates its event by the local clock (timeline_gmt),
                # unless that day is after the writing's: the page then told Greenwich's day.
                local = local_day(article.text, match, day)
                resolved = (local, resolved[1]) if local <= base else resolved
            if aside(sentence, match, matches):  # last: it reads words around the few dates shown
                left.no_event.append(expression.text)
                left.aside_words.append(with_word_before(sentence.text, match, sentence.start))
                continue
            date, precision = resolved
            if match.form == "year":
                before = sentence.text[: match.start - sentence.start]
                if (holiday := holiday_s_day(before, date.year)) is not None:
                    date, precision = holiday, "day"
            relative = match.relative and match.form != WEEKDAY_DATE
            context = lead_in(sentence, before_it)
            own_line = relative and headed and article.published is None
            week = base is None and match.form == "weekday"  # read in its week (timeline_weeks)
            entry = TimelineEntry(
                date,
                precision,
                sentence,
                expression,
                relative,
                context=context,
                lent=week,
                own_line=own_line,
            )
            if (told := crime(sentence, match)) is not None:
                tried.append(Tried(entry, told))  # the story's, or none: once all is read
                left.no_event.append(expression.text)
                continue
            entries.append(entry)
            shown = match
            if base is not None and match.form in A_DAY_OF_A_YEAR and date <= base:
                # A day its publication date placed lends its year (timeline_beside).
                days.setdefault((date.month, date.day), set()).add(date.year)
        if heading is not None:
            _dates_below(heading, article.id, posted, written)
        if base is None:
            recent[article.id] = recent.get(article.id, (None, None))[1], (sentence.index, matches)
    dated = [a.published for i, a in articles.items() if a.published and i not in another_event]
    unplaced = [(s.article.id, s.article.text, m, s.start, s.end) for s, m, _, _ in undated]
    lent_years = years_lent(unplaced, days, max(dated, default=None))
    for (sentence, match, matches, context), lent in zip(undated, lent_years, strict=True):
        # Else the one year its own article names, if it names one (timeline_beside).
        text = sentence.article.text
        day = lent or year_of_its_article(text, match, named.get(sentence.article.id))
        if day is not None and not aside(sentence, match, matches):
            expression = Excerpt(sentence.article, match.start, match.end)
            left.undated.remove(expression.text)
            entry = TimelineEntry(
                *day, sentence, expression, True, context=context, lent=lent is not None
            )
            entries.append(entry)
    if tried:
        texts = {i: a.text.lower() for i, a in articles.items() if i not in another_event}
        crimes, again = the_story_s_crimes(tried, entries, texts)
        for entry in crimes + again:  # shown, or its crime shown at a finer date
            left.no_event.remove(entry.expression.text)
        entries += crimes
    story = [a.text for i, a in articles.items() if i not in another_event]
    rows, listed = listed_apart(entries, story)  # a chart's lines of titles and dates
    left.listed += [e.expression.text for e in listed]
    rows = one_row_a_sentence(
        printed_once(told_again(introductions_carried(rows, sentences))), story
    )
    rows = told_as_its_own(rows)  # a clause's deed another row tells (timeline_clause_twins)
    rows, placed_as_copies = copies_of_rows(rows, unresolved)
    for expression in placed_as_copies:
        left.undated.remove(expression)
    marked = [marked_if_planned(e, written) for e in rows]
    entries = []
    for entry in marked:
        if entry.planned and a_prank_s_plan(entry.sentence):
            left.no_event.append(entry.expression.text)  # a prank's claim (timeline_pranks)
        else:
            entries.append(entry)
    # A year's rows before its first month's and a month's before its first day's: "2013"
    # rows stand together, not around "January 2013" (raw 242).
    entries.sort(
        key=lambda e: (
            e.date,
            _COARSEST.index(e.precision),
            e.sentence.article.id,
            e.sentence.index,
        )
    )
    entries = lead_ins_once(entries)
    return Timeline(tuple(entries), reason(entries, left))
