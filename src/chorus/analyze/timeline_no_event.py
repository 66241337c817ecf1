"""Whether a date the timeline read dates no event of the story, by the words around it
(timeline_asides, timeline_clauses, timeline_spans and the rest: each module says what it
sets aside), and the crime a date dates in a sentence of a later step of the law
(timeline_trials), whose row is shown only when the crime is the story's."""

from __future__ import annotations

from chorus.analyze.timeline_asides import (
    SINCE_A_YEAR,
    a_record_s_holder_year,
    no_state_held_since,
    not_an_event,
)
from chorus.analyze.timeline_biographies import a_career_s_year
from chorus.analyze.timeline_clauses import (
    a_clause_s_year_after_a_day,
    a_thing_s_year_about_someone,
    a_thing_s_year_appraised,
    a_thing_s_year_beside_a_day,
    a_thing_s_year_of_another_time,
    a_thing_told_of,
    before_the_opening_date,
    dated_by_another_sentence,
    dates_a_clause_not_its_line,
    in_a_bracketed_clause,
    in_an_editor_s_brackets,
    of_a_work,
)
from chorus.analyze.timeline_examples import opens_an_example
from chorus.analyze.timeline_form_patterns import YEAR_RANGE
from chorus.analyze.timeline_forms import DateMatch
from chorus.analyze.timeline_imagined import imagined
from chorus.analyze.timeline_relative import A_DAY_OF_A_YEAR
from chorus.analyze.timeline_settings import a_work_s_own_time, an_earlier_work_s_year
from chorus.analyze.timeline_sources import a_day_s_news, a_source_s_year, in_an_about_section
from chorus.analyze.timeline_spans import a_tally_s_period, no_deed_over_years, without_between
from chorus.analyze.timeline_subject_clauses import dates_a_subject_s_clause
from chorus.analyze.timeline_trials import Crime, crime_its_people_live_after, crime_tried_later
from chorus.model import Sentence
from chorus.summarize.newsroom import correction_note

_A_THING_S_DATE = frozenset(("year", "month year", "month day year", "day month year"))
"""The forms that may date a thing ("the 2012 attack", "the December 2012 shooting", "the
Dec. 14, 2012, carnage"): those naming their year, but a page's ISO date."""


_A_YEAR = frozenset(("year", YEAR_RANGE, "month year"))
"""The forms a career's step is dated by ("from 2007-2014", "in 2001", "in March 2010")."""


def aside(sentence: Sentence, match: DateMatch, matches: list[DateMatch]) -> bool:
    """Whether a date names no event: a range's end, a figure's year, a comparison, a
    possibility or one of two dates, a range of years nobody acted over, a year after
    "since" that starts no state held (timeline_asides), a tally's period of days
    (timeline_spans), what a question asks will be or a scenario imagines
    (timeline_imagined), any date of a line opening on another sentence's day or in a
    relative clause set apart by a bracket or dashes, or a thing's year (or month) in a
    relative clause about someone, the object of a verb in the present or denied or in a
    sentence the first of its `matches` opens or that names a day or appraises ("It was
    ... that ... their 2012 election victories"), or a quoted work's
    (timeline_clauses), the year (or month) of a record's holder's deed (timeline_asides),
    a date opening an example (timeline_examples) or closing a relative clause inside
    the subject of the verb after it (timeline_subject_clauses), or a work's
    setting or the year of the work it remakes (timeline_settings), the year of a figure's
    source, a day naming its reports as a thing or any date of a press release's "About ..."
    section (timeline_sources), or any date of the page's note of its own correction ("This
    article was amended on 9 June 2016.", raw 103 [4]: the note's day, no event's)."""
    text, offset = sentence.text, sentence.start
    if correction_note(text):
        return True
    before, after = text[: match.start - offset], text[match.end - offset :]
    if match.form == YEAR_RANGE:
        if no_deed_over_years(before):
            return True
        before = without_between(before)  # its "between" opens it: no end of another range
    since = match.form == "year" and "ince " in before[-25:] and SINCE_A_YEAR.search(before)
    if since and no_state_held_since(before):
        return True
    if match.form in A_DAY_OF_A_YEAR and a_tally_s_period(before, after):
        return True
    if dated_by_another_sentence(before) or in_a_bracketed_clause(before, after):
        return True
    if in_an_about_section(sentence.article.text, offset):
        return True
    if match.form == "year" and a_source_s_year(before):
        return True
    if match.form == "weekday" and a_day_s_news(after):
        return True
    if "[" in before[-14:] and in_an_editor_s_brackets(before, after):
        return True
    if opens_an_example(before, after) or dates_a_subject_s_clause(before, after):
        return True
    if match.form == "year" and (
        a_work_s_own_time(before) or an_earlier_work_s_year(before, after, text)
    ):
        return True
    if match.form in ("year", "month year") and (
        a_thing_s_year_about_someone(before) or a_record_s_holder_year(before)
    ):
        return True
    if match.form in _A_YEAR and a_career_s_year(before):
        return True
    if match.form == "year" and (
        of_a_work(before, after)
        or dates_a_clause_not_its_line(before, sentence.article.text, match, matches)
    ):
        return True
    if match.form in _A_THING_S_DATE and a_thing_told_of(before, after, match.form == "year"):
        # The story's crime, named by the people it left, is shown with its words (`crime`).
        return crime_its_people_live_after(before, after) is None
    if match.form == "year" and (
        a_thing_s_year_of_another_time(before, sentence.article.text, offset, matches[0])
        or a_thing_s_year_beside_a_day(before, matches, text)
        or a_clause_s_year_after_a_day(before, offset, matches)
        or a_thing_s_year_appraised(before)
        or before_the_opening_date(before, sentence.article.text, offset, matches[0])
    ):
        return True
    return not_an_event(before, after) or imagined(before, after)


def crime(sentence: Sentence, match: DateMatch) -> Crime | None:
    """The crime a year (or a month and year) dates in a sentence telling a later step of
    the law about it (timeline_trials): its row is the story's own crime's, or none."""
    if match.form not in _A_THING_S_DATE:
        return None
    text, offset = sentence.text, sentence.start
    before, after = text[: match.start - offset], text[match.end - offset :]
    if (people := crime_its_people_live_after(before, after)) is not None:
        return people
    return crime_tried_later(before, after) if match.form in ("year", "month year") else None
