"""Years that date no event a sentence's line would be read for: a thing's year inside a
relative clause about someone ("Goettler called Conrad Anker, who was part of the 1999
expedition": the call was in 2016), and a work's year before its title ("Barrymore, who
starred in 1982's "E.T. the Extra-Terrestrial""). Listed under that year, the line reads
as the main verb's event of it. A relative clause's own dated deed ("Jerry Garcia, who died
in August 1995") is an event of the background and stays: over raw validation and DUC such
clauses held 55 shown dates, nearly all deeds of the clause; one the writer set apart with a
bracket or dashes inside the line is an aside the line passes by ("the Cromartie car park –
which contains the burial place ... of George, first earl of Cromartie, who died in 1714 – as
the site"), not its event. A thing's year ("the 2015 deal",
"a 2000 judgment") as the object of a verb in the present or denied ("saying that the presence
of the statues violates the 2015 agreement"), or in a sentence a date opens ("In 2007 the Privy
Council ... ruled in support of a 2000 judgment"), is no event the line tells: under it the
line reads as its main verb's. A year in a clause about the subject whose main verb has its
own date ("Balin, who co-founded the band in 1965 ..., died Thursday"), or about a quote's
speaker ("said Paul Kantner, who passed away in 2016"), dates the clause's deed, not the line:
under it the line reads as the death or the words of that year. Without either, the clause's
deed stays ("Allen, who co-founded Microsoft with Bill Gates in 1975 ..., said he began
searching": two golds judged it the founding's event). A line opening on a day another
sentence tells ("On that day, ...") is dated by none it writes later."""

from __future__ import annotations

import re

from chorus.analyze.timeline_ahead import PAST
from chorus.analyze.timeline_asides import CLAUSE_END
from chorus.analyze.timeline_forms import DateMatch
from chorus.analyze.timeline_imagined import quoted
from chorus.analyze.timeline_labels import ADJECTIVE_YEAR
from chorus.analyze.timeline_trials import SUFFERED
from chorus.analyze.timeline_weekday import WEEKDAY_DATE

_WHO = re.compile(r", (?:(?:an?|the) [^,;:()—–\"“”]*? )?(?:who|whom|whose) [^,;:()—–\"“”]*$")
"""A relative clause about someone, open up to the date: no comma, dash, bracket or quote
closes it before. It may hang from an apposition ("William McRaven, the retired Navy admiral
who commanded the 2011 raid that killed Osama bin Laden, called ...", raw 227)."""
_REACH = 120
_OPEN_ASIDE = re.compile(r", (?:who|whom|whose|which|an?|the) [^,;:()—–\"“”]*$")
"""A relative clause or an apposition after its subject, open up to the date (", a thesis
supported in part by the House Select Committee on Assassinations in")."""
_SAID_BY = re.compile(r"[”\"](?: [^\"“”.!?]{0,40})?,? (?:said|says|added|wrote) [A-Z][^,;:()]*$")
"""A quote's speaker after its words ("“...,” said Paul Kantner"; "“...” in both business and
politics, said Nick Patterson", raw 227), before the clause."""
_SPEAKER_REACH = 60
"""How far before its clause a quote's speaker and the words' closing mark may stand."""
_COORDINATE = re.compile(r"(\b[a-z]+-[a-z]+), (?=[a-z]+-[a-z]+ )")
"""A comma between two compound adjectives ("the record-breaking, rocket-powered X-15"):
inside a clause, not closing it."""
_CLOSED_BY_A_DAY_S_VERB = re.compile(r", (?:[a-z]+ly )?([a-z]{3,}) (?:on |early |late |last )?$")
"""The clause closed and the subject's main verb right before its own date (", died on")."""
_A_WORK_S_YEAR = re.compile(r"['’]s [\"“‘]")
"""A year's possessive before a quoted title: "1982's "E.T."", the work's year."""
_AFTER_A_TITLE = re.compile(r"[”\"],? (?:the|an?) $")
"""A quoted title and the apposition naming its year after it ("“Triumph of the Will,” the
1935 ode to Hitler", raw 227): the work's year."""


def a_thing_s_year_about_someone(before: str) -> bool:
    """Whether the year, or month and year, after `before` (its sentence's text up to it)
    qualifies a thing ("the 1999 expedition", "a October 2016 tweet") in a relative clause
    about someone."""
    near = before[-_REACH:]
    return (
        " who" in near  # "who", "whom", "whose": a cheap literal before the pattern
        and ADJECTIVE_YEAR.search(near[-8:]) is not None
        and _WHO.search(near) is not None
    )


_ANOTHER_SENTENCE_S_DAY = re.compile(
    r"^\W*(?:(?:[Oo]n|[Ll]ater|[Ee]arlier) )?(?:[Tt]hat|[Tt]he) (?:same )?"
    r"(?:day|night|morning|afternoon|evening|date),"
)
"""An opening that dates its line by a day another sentence tells ("On that day, Cohen
obtained a temporary restraining order ..."), closed by its comma: a date written after it
is a thing's ("the nondisclosure agreement signed in October 2016"), not the line's."""


_BRACKETED_CLAUSE = re.compile(
    r"(?<=[\w”\"’'])\s(?:\(|[–—]\s)[^()–—]*\b(?:who|whom|whose|which)\b[^()–—]*$"
)
"""A relative clause inside a bracket or a pair of dashes after a word of the line, open up to
the date ("the Cromartie car park – which contains the burial place ... of George, first earl
of Cromartie, who died in"). A sentence the writer put whole in brackets is its own line
("... Nikki Haley (R-S.C.). (Haley will handpick a senator who will serve until an election
is held in 2014.)"), and a dash after a dateline's "(AP) —" opens the story's line."""
_CLOSED = re.compile(r"^[^()–—]*(?:\)|\s[–—](?:\s|$))")
"""Its bracket or second dash, after the date."""


def in_a_bracketed_clause(before: str, after: str) -> bool:
    """Whether a date, between `before` and `after` in its sentence, stands in a relative
    clause the writer set apart with a bracket or dashes, closed after it: the clause tells of
    someone or something the line mentions on its way ("pianist Bruce Hornsby (who toured
    with the Dead in 1992) and keyboardist Jeff Chimenti"), and under its date the line reads
    as the main verb's event. A clause set apart by commas only stays (the module's note)."""
    return _BRACKETED_CLAUSE.search(before[-_REACH:]) is not None and (
        _CLOSED.match(after) is not None
    )


_EDITOR_S_BRACKETS = re.compile(r"\[[^\[\]]{0,12}$")
"""A square bracket open before a date, a few words in: "[in " of an editor's insertion."""


def in_an_editor_s_brackets(before: str, after: str) -> bool:
    """Whether a date stands in square brackets inside a quotation: an editor's insertion
    glossing the speaker's word ("It quickly got sexual, obviously. ... I was disappointed in
    him [in 2011], I thought he was a better man.", raw 210, where the article dates what
    the quotation tells "last summer"). The speaker told no date, and under the gloss's year
    the quotation's deeds read as that year's."""
    return (
        "]" in after[:12] and _EDITOR_S_BRACKETS.search(before[-14:]) is not None and quoted(before)
    )


def dated_by_another_sentence(before: str) -> bool:
    """Whether the sentence whose text up to a date is `before` opens on a day another
    sentence tells (`_ANOTHER_SENTENCE_S_DAY`), so the date names no event of its line."""
    return "ay," in before[:30] and _ANOTHER_SENTENCE_S_DAY.match(before) is not None


def dates_a_clause_not_its_line(
    before: str, text: str, year: DateMatch, matches: list[DateMatch]
) -> bool:
    """Whether a `year` (found in its article's `text`, after `before`, its sentence's text
    up to it) stands in a relative clause or an apposition about the subject whose main verb
    has its own date (the next of its sentence's `matches`), or in a relative clause about a
    quote's speaker."""
    near = before[-_REACH:]
    if ", " not in near:
        return False
    if "-" in near:
        near = _COORDINATE.sub(r"\1  ", near)  # its length kept: offsets read into `before`
    if _OPEN_ASIDE.search(near) is None:
        return False
    clause = _WHO.search(near)
    if clause is not None and _about_a_speaker(before, len(before) - len(near) + clause.start()):
        return True
    later = next((m for m in matches if m.start > year.start), None)
    if later is None:
        return False
    verb = _CLOSED_BY_A_DAY_S_VERB.search(text, year.end, later.start)
    return verb is not None and PAST.fullmatch(verb.group(1)) is not None


def _about_a_speaker(before: str, at: int) -> bool:
    """Whether the relative clause open at the end of `before` (from `at`, its comma)
    follows a quote's speaker, whose words may close farther back than the clause's reach."""
    return _SAID_BY.search(before, max(0, at - _SPEAKER_REACH), at) is not None


def of_a_work(before: str, after: str) -> bool:
    """Whether the year between `before` and `after` is a quoted work's ("1982's "E.T."",
    "“Triumph of the Will,” the 1935 ode"), not an event's: under it the line reads as the
    year's deed ("After Caddell saw the film, he pointed out to Bannon that its opening
    imitated that of ..." in 1935)."""
    if after[:1] in "'’" and _A_WORK_S_YEAR.match(after) is not None:
        return True
    return before.endswith((" the ", " a ", " an ")) and _AFTER_A_TITLE.search(before) is not None


_OBJECT_OF_A_VERB = re.compile(
    r"(?:\b(?!(?:was|has|is|does|this|its|his)\b)[a-z]{2,}[^\Wsu]s|\bnot [a-z]+) (?:the|an?) $"
)
"""A verb in the present or denied before a thing and its year: "saying that the presence of
the statues violates the 2015 agreement", "most South Koreans did not accept the 2015 deal"
tell the present and a refusal, the thing their object."""
_OPENING = 4
"""How far into its sentence a date opening it stands ("In 2007 the Privy Council")."""


_OPENED_BY_A_THING_S_YEAR = re.compile(r"^(?:The|An?) (?:1[5-9]|20)\d\d (?=\w)")
"""A sentence whose subject a year names ("The 1970 World Conference of the Community of
Christ concluded that ..."): its line is of that year, read or not."""


def a_thing_s_year_of_another_time(before: str, text: str, start: int, first: DateMatch) -> bool:
    """Whether the year after `before` (its sentence's text, which starts at `start` in its
    article's `text`) qualifies a thing ("the 2015 deal") as the object of a verb in the
    present or denied, or in a sentence another date opens (its `first`), or a thing's year
    opens ("The 1970 World Conference ... concluded that sections ... had been added to the
    1844 edition", raw 106: under 1844 the line read as the conclusion's), which dates its
    line."""
    if ADJECTIVE_YEAR.search(before[-8:]) is None:
        return False
    if first.start < start + len(before) and _opens_its_line(text, start, first):
        return True
    if before[:1] in "TA" and _OPENED_BY_A_THING_S_YEAR.match(before) is not None:
        return True
    return _OBJECT_OF_A_VERB.search(before[-24:]) is not None


_A_DAY_S_FORMS = frozenset(
    ("weekday", "yesterday or today", "month day", "day month", "month day year")
) | {"day month year", "iso date", WEEKDAY_DATE}
"""The forms that name a day: a line holding one tells that day's deed."""


_THIS_WEEK = re.compile(r"\b(?:[Ll]ast|[Tt]his) week\b")
"""A week just past or under way: as near as a day ("Comey's firing last week")."""


def a_thing_s_year_beside_a_day(before: str, matches: list[DateMatch], text: str) -> bool:
    """Whether the year after `before` qualifies a thing in a sentence (`text`) that names a
    day (`matches`, its dates) or the week just past: the line tells that day's deed, which
    the thing's year would show again, misdated ("said Thursday that ... amid a federal probe
    into Russian interference in the 2016 election", "signed ... on Oct. 28, 2016, just days
    before the 2016 presidential election", "Port authority police spotted a 2000 volkswagen
    beetle ... Saturday", "reasons for Comey's firing last week, the ongoing FBI probe into
    Russian influence on the 2016 election was cited", raw 9)."""
    if ADJECTIVE_YEAR.search(before[-8:]) is None:
        return False
    if any(m.form in _A_DAY_S_FORMS for m in matches):
        return True
    return " week" in text and _THIS_WEEK.search(text) is not None


_A_CLAUSE_OPENED = re.compile(r", (?:who|whom|whose|which) (?:[^.!?\"“”]|(?<=\b[A-Z])\.)*$")
"""A relative clause open up to the date: no sentence's end or quotation inside (a run of
sentences glued without a break, Multi-News+ validation 4103, holds a later line's own year);
an initial's stop is none ("the George W. Bush administration", "U.S.")."""
_A_PERIOD_JUST_PAST = re.compile(r"\b[Ll]ast (?:week|month|year)\b")
"""A period just past the writing, which its line tells as it tells a day ("Last month, ...
Judge Emmet Sullivan ... ordered FWS to provide ..., which is in line with the stance taken by
the George W. Bush administration when it first listed polar bears as threatened in 2008", raw
114 [2]). Not "this year", a period under way that a forecast names ("the Leonid storm this
year will be as good as the one in 1966, which was ..., but we think the 1998 shower will be
more modest", DUC), whose clause may close unmarked."""


def a_clause_s_year_after_a_day(before: str, start: int, matches: list[DateMatch]) -> bool:
    """Whether the year after `before` (its sentence's text, which starts at `start` in its
    article) stands in a relative clause opened after a day its sentence names (`matches`) or
    a period just past (`_A_PERIOD_JUST_PAST`): the line tells that day's deed, the year a
    deed of someone it names on the way ("action is to be announced on Monday involving
    Michael Koskoff, ..., who three years ago represented the Jackson family ... when he died
    in 2009", raw 191; "The pope arrived in Croatia ... on Friday to beatify ... Stepinac,
    who ... died under house arrest in 1960", DUC): under the year the line reads as that
    year's event."""
    if ", wh" not in before:  # a cheap literal before the pattern
        return False
    end = start + len(before)
    days = [m.end - start for m in matches if m.end <= end and m.form in _A_DAY_S_FORMS]
    days += [found.end() for found in _A_PERIOD_JUST_PAST.finditer(before)]
    return bool(days) and _A_CLAUSE_OPENED.search(before, max(days)) is not None


_APPRAISED = re.compile(
    r"It (?:is|was),? (?!(?:there|here|then|at|in|on|inside|outside|near)\b)"
    r"[^.!?]{0,120}?\b(?:that|who) [^.!?]*\b(?:his|her|their|its|the) $"
)
"""A cleft on a place tells a deed: "It was there, in jersey city, ... that a muslim cell
plotted the 1993 bombing" (Multi-News+ train 23240) stays."""


def a_thing_s_year_appraised(before: str) -> bool:
    """Whether the year after `before` qualifies a thing named in the clause of a sentence
    whose subject is "It is|was ...", a writer's appraisal rather than a deed ("It was, after
    all, a consistent pattern of gender-based disrespect that helped land Democrats their 2012
    election victories": raw 230's opinion; "It is a decision that would cost him his 2010
    title"): under the thing's year the line reads as that year's event."""
    return before.startswith("It ") and _APPRAISED.match(before) is not None


def _opens_its_line(text: str, start: int, match: DateMatch) -> bool:
    """Whether a date found in `text` (its article) opens the sentence starting at `start`,
    and so dates its line: any date but a thing's year."""
    return match.start - start <= _OPENING and (
        match.form != "year" or ADJECTIVE_YEAR.search(text, match.start - 8, match.start) is None
    )


_TOLD_OF = re.compile(
    r"\babout (?:the|an?|his|her|their|its|our) $"
    r"|\b(?:[a-z]+s up|prepares|braces|readies) for (?:the|an?) $"
    r"|^\W*(?:After|Following) (?:(?:the|an?|his|her|their|its)|[A-Z][\w.-]*['’]s) $"
    r"|(?<!day )(?<!days )(?<!hour )(?<!hours )(?<!weeks )(?<!shortly )(?<!just )"
    r"\b(?:[Bb]efore|[Aa]head of) "
    r"(?:(?:the|an?|his|her|their|its|our)|[A-Z][\w.-]*['’]s) $"
    r"|\b(?:victims|survivors|families|relatives|parents|widows) of (?:the|an?) $"
    r"|\b(?P<hurt>killed|slain|murdered|wounded|injured|orphaned) in (?:the|an?) $"
    r"|\b(?P<inquiry>investigat(?:ing|ion into|ions into)) (?:the|an?|his|her|their|its) $"
)
"""Before a thing and its year: a talk about it ("she talked about her 2011 filibuster": the
talk was Thursday), a preparation for it now ("as it gears up for the 2014 midterm
elections"; not a noun's "preparations for the 2016 Rio Olympics"), or an opening "After"
("After his 1851 coup d'état, Louis-Napoleon ... pronounced himself Napoleon III": the deed
came after it), or a deed told before it ("ahead of his 2016 run", "before Walker's 2016
announcement": the budget fight was in 2015; the year names the race), or the people it left
("Parents of some of the victims of the 2012 school shooting ... will on Monday announce",
"suing ... victims of the 2017 las vegas mass shooting", "Parents of ... the 20 young children
killed in the December 2012 shooting have in the past two weeks opened estates": what they do
came later; a crime so named, the story's, is shown with its words, timeline_trials; a
passive's "was also wounded in the 2012 incident" is the deed, `SUFFERED`), or an
inquiry into it ("appointed ... a special committee investigating the 2012 attack on the
diplomatic mission", "plays a cop investigating the 2013 boston marathon bombing"). "days
before the 2016 presidential election" and "one day before the april 2014 tornado outbreak" stay:
a deed so close falls in the thing's year (or month)."""
_DESCRIBED = re.compile(
    r"^(?: [\w-]+){1,2}?(?: (?:was|is|were|are) not| (?:wasn|isn|weren|aren)['’]t)"
    r" (?![a-z]+(?:ed|en)\b)"
    r"|^[^,;.]{0,60}\b(?:indicates?|shows?|suggests?|reveals?) that\b"
)
"""After a thing and its year: a denied description ("the 2009 stimulus wasn't big
enough"), or a finding told now ("melt inclusions from the 1980 and 2008 eruption cycles
indicate that"): what is said of the thing, not what happened in its year."""


def a_thing_told_of(before: str, after: str, a_year: bool) -> bool:
    """Whether the date between `before` and `after` qualifies a thing ("the 2011
    filibuster", "the December 2012 shooting") that its sentence talks about, prepares for,
    tells a deed after, describes as it was not, or draws a finding from (`_TOLD_OF`,
    `_DESCRIBED`). An inquiry into a thing of a month (not `a_year`) is its own time's: "Soon
    after detectives began investigating the october 2012 kidnapping ..., nayeri ... fled"."""
    if ADJECTIVE_YEAR.search(before[-8:]) is None:
        return False
    told = _TOLD_OF.search(before[-40:])
    if told is not None and told["inquiry"] and not a_year:
        return False
    if told is not None and told["hurt"]:
        return SUFFERED.search(before[-40:]) is None
    return told is not None or _DESCRIBED.search(after) is not None


_PAST_PERFECT = re.compile(r"\bhad (?:not |never |already |just )?[a-z]+\b")
"""A clause in the past perfect ("after a blackout had hit the city in the fall of 1965"):
what it tells came before the time its sentence opens with."""


def before_the_opening_date(before: str, text: str, start: int, first: DateMatch) -> bool:
    """Whether the year after `before` (its sentence's text, which starts at `start` in its
    article's `text`) is told in a past perfect clause of a sentence another date opens ("In
    1970, statistician Richard Udry published an analysis ... after a blackout had hit the
    city in the fall of 1965"): the line is the opening date's; under the earlier year the
    same sentence would stand twice."""
    if first.start >= start + len(before) or "had " not in before:
        return False
    clause = CLAUSE_END.split(before)[-1]
    return _PAST_PERFECT.search(clause) is not None and _opens_its_line(text, start, first)
