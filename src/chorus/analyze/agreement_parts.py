"""Which outlets of an agreed item tell only a part of its statement (agreement_items.py
shows an item): a support is linked to a statement by the words they share, and a long
statement most often says more than its support. Shown as "(all)" alone, the item told a
reader that every outlet reports the whole sentence: raw 213's "“Dawned on Me” is one of
the more lighthearted songs on Wilco's new album, “The Whole Love,” although lyrically it
has a slightly dark undercurrent in its midsection." stood on "The song is from the
band's Grammy-nominated 2011 album, “The Whole Love.”" alone.

An outlet tells the statement in part when its supports, read together, leave out a clause of it
(`_untold_clause`; a name the statement gives in another clause too tells no clause alone: raw
58's "... about her knowledge of McCullum’s actions."), what it says of a subject it opens by
describing (`_untold_predicate`: "Jimmy Choo, which shot to prominence thanks to celebrity
patrons ..., could give Michael Kors a new avenue for growth", raw 15), one of its figures
(`_untold_figure`: raw 195's "the hides of 5,000 mink", which the other outlet never gives; not
an age after a name when they write most of its words), a ratio they give as no multiple (raw
216's "at least 50 times lower" beside "50 percent": agreement_multiples.py), the degree it
claims (`_untold_degree`: raw 227's "to become majority owner of far-right Breitbart News" told
by "... in exchange for a large stake"), how many times someone was shot (`_untold_times`: "was
shot once in the right leg", raw 32), a time of day (`_untold_clock`: "from 7:30 a.m. to noon",
raw 128), one of the charges it lists (raw 141: agreement_charges.charge_untold) or a plea in
court ("has pleaded not guilty", raw 58: agreement_charges.plea_untold), a claim of record (the
first, the only, never before: raw 65, agreement_records.py), an organisation its deed is done
to that they never name (raw 116's Crossroads GPS: agreement_organisations.py) or the body its
deed goes to where they give the deed to another (raw 60's surrender: agreement_bodies.py), a
theft they never tell or tell of an earlier day (raw 50's "car break-ins": agreement_thefts.py),
what a blow was struck with that they never name (raw 35's flagpole: agreement_instruments.py),
when the deed was done (a weekday, "immediate", "nearly a month ago": raw 180, 112,
agreement_when.py), one of two ways it lists after "by" (raw 13's "by considering adopting a dog
or donating ...": agreement_means.py), the month it was done in or the law it stands under (raw
201, 132: agreement_settings.py), a job an aside gives its subject where they give other jobs
(raw 58: agreement_jobs.py) or its deed in another mood, what should be for what will be or what
would be for what was (agreement_moods.py: "should run" / "will run", raw 198), or a denial it
reports ("..., a claim Fitbit denies.", raw 142: agreement_denials.py), the names of a list of
examples they never name ("including at Ithaca College and Yale University", raw 206) or what a
long subject came to ("... has prompted press speculation ...", raw 224):
agreement_specifics.py; or, saying it names no one ("He was not named.", raw 110), a name the
statement gives (agreement_withheld.py).
Words alone cannot say that a support tells the rest in other words: over the raw validation
clusters, half the supports write fewer than half the stems of their statement, paraphrases
among them ("They dined on delivery pizza ..." for "... eating delivery pizza ..."). A
clause none of whose words a support writes, or a figure it does not give, it does not
tell."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from chorus.analyze.agreement_bodies import body_given_apart
from chorus.analyze.agreement_charges import charge_untold, plea_untold
from chorus.analyze.agreement_denials import denial_untold
from chorus.analyze.agreement_figure_words import title_numbers, worded_sums
from chorus.analyze.agreement_instruments import instrument_untold
from chorus.analyze.agreement_jobs import job_untold
from chorus.analyze.agreement_means import means_untold
from chorus.analyze.agreement_moods import done_told_to_come, told_in_another_mood
from chorus.analyze.agreement_multiples import multiple_untold
from chorus.analyze.agreement_organisations import organisation_untold
from chorus.analyze.agreement_records import record_untold
from chorus.analyze.agreement_settings import setting_untold
from chorus.analyze.agreement_specifics import examples_untold, outcome_untold
from chorus.analyze.agreement_thefts import theft_untold
from chorus.analyze.agreement_when import when_untold
from chorus.analyze.agreement_withheld import name_withheld
from chorus.analyze.similarity import stems
from chorus.language.numbers import Figure, figures
from chorus.model import Sentence

_CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:—–()…]|\.\.\.|\s-\s|\b(?:although|though|but|while|whereas)\b"
    r"|\band(?= (?:has|have|had|was|were|is|are|will|would|did)\b)"
)
"""Where a statement's clauses and phrases part: punctuation (not a comma inside a figure,
"1,087"), an ellipsis, the conjunctions that join a second thought to the first ("...,
although lyrically it has a slightly dark undercurrent", ", but she didn't mention the
subject Thursday", raw 213, 230) and an "and" opening a second predicate ("... has gone on
for a long time and has had depressing as well as uplifting aspects", raw 120; "... was
arrested Sunday ... and did not enter a plea ...", raw 32)."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAME = re.compile(r"\b[A-Z][\w'’-]*")
"""A capitalised word: a name, or a sentence's first word."""
MIN_WORDS = 3
"""Lowercase content words a clause needs to tell something of its own: a name ("Kansas"),
a speech tag ("she recalls him saying") or a date alone says who, where or who told it.
Over the raw validation clusters, clauses of three such words or more that a support
leaves out are mostly facts its outlet does not give ("and a large cloud of smoke
engulfed the area", "who ruled Chile as a despot for 17 years")."""
_CREDIT = re.compile(
    r"^\W*according to\b|\banonym"
    r"|\b(?:alleges?|said|says?|stated|writes|wrote|recall(?:s|ed)?|report(?:s|ed)?)\W*$",
    re.IGNORECASE,
)
"""A clause that says who told it ("according to court documents", "who spoke on the
condition of anonymity", "cited anonymous ...", "court documents allege"): another outlet
telling the fact tells what it is told of."""
_SETTING = re.compile(
    r"\W*(?:in|on|at|for|among|after|before|during|with|by|to|from|as|since|when)\b",
    re.IGNORECASE,
)
"""A sentence's opening phrase that sets the scene ("In yet another instance", "Among their
other exploits", "After days of on-campus protests"): how a writer leads in, told by
another outlet in other words or not at all."""


def partial_articles(statement: Sentence, support: Iterable[Sentence]) -> tuple[str, ...]:
    """The articles, other than the statement's, whose supports together tell only a part of
    the statement (a quotation in two sentences, raw 198's "“Don’t lose too much weight
    now,” ..." and "“I like my girls chubby.”", tells it whole), in the supports' order."""
    told: dict[str, list[Sentence]] = {}
    for sentence in support:
        if sentence.article.id != statement.article.id:
            told.setdefault(sentence.article.id, []).append(sentence)
    return tuple(
        article
        for article, sentences in told.items()
        if told_in_part(statement.text, [sentence.text for sentence in sentences])
        # an outlet saying it does not name someone the statement names (agreement_withheld.py)
        or name_withheld(statement.text, sentences)
    )


def told_in_part(statement: str, supports: Sequence[str]) -> bool:
    """Whether `supports` (one outlet's sentences) leave out a clause, a figure, a ratio
    (agreement_multiples.py), a time of day, a degree, a charge, a plea, a claim of record, an
    organisation, the body a deed goes to or is done by, a theft, what a blow was struck with,
    when the deed was done, one of two ways, the month, the law or a job of `statement`, or
    tell its deed in another mood, or a denial it reports, or the names of its list of
    examples or what its long subject came to (agreement_specifics.py)."""
    return (
        _untold_clause(statement, supports)
        or _untold_predicate(statement, supports)
        or _untold_figure(statement, supports)
        or multiple_untold(statement, supports)
        or _untold_degree(statement, supports)
        or charge_untold(statement, supports)
        or plea_untold(statement, supports)
        or record_untold(statement, supports)
        or organisation_untold(statement, supports)
        or body_given_apart(statement, supports)
        or theft_untold(statement, supports)
        or instrument_untold(statement, supports)
        or _untold_times(statement, supports)
        or _untold_clock(statement, supports)
        or when_untold(statement, supports)
        or means_untold(statement, supports)
        or setting_untold(statement, supports)
        or job_untold(statement, supports)
        or told_in_another_mood(statement, supports)
        or done_told_to_come(statement, supports)
        or denial_untold(statement, supports)
        or examples_untold(statement, supports)
        or outcome_untold(statement, supports)
    )


def _untold_clause(statement: str, supports: Sequence[str]) -> bool:
    """Whether a clause of `statement` with MIN_WORDS lowercase content words, no credit,
    shares no word (a stem, names and figures too) with `supports`."""
    told = _told_stems(supports)
    clauses = _CLAUSE_BREAK.split(statement)
    if len(clauses) > 1 and _SETTING.match(clauses[0]):
        clauses = clauses[1:]
    for clause in clauses:
        # most clauses share a word: their words are not counted
        if (
            _told_by_name_alone(clause, told, clauses)
            and len(_plain_words(clause)) >= MIN_WORDS
            and not _CREDIT.search(clause)
        ):
            return True
    return False


def _told_by_name_alone(clause: str, told: set[str], clauses: Sequence[str]) -> bool:
    """Whether the supports (`told` stems) write no word of `clause` but names that another
    of the statement's `clauses` writes too: a name the statement gives twice says whom it
    tells of, not this clause's deed (raw 58's "... and misleading statements” to law
    enforcement about her knowledge of McCullum’s actions." beside a support naming
    McCullum, "... had deleted multiple texts and emails from McCullum ...")."""
    shared = told.intersection(stems(clause))
    if not shared:
        return True
    # an aside on a thing named ("which has a network of activists throughout Syria", raw 76)
    # describes it: no deed of the statement's
    if clause.lstrip().startswith("which "):
        return False
    names = set(stems(" ".join(_NAME.findall(clause))))
    if not shared <= names:
        return False
    others = {stem for other in clauses if other is not clause for stem in stems(other)}
    return shared <= others


def _told_stems(supports: Sequence[str]) -> set[str]:
    """The stems one outlet's supports write, names and figures too."""
    return {stem for text in supports for stem in stems(text)}


def _plain_words(text: str) -> list[str]:
    """A text's lowercase content words (no name, no stop word)."""
    return [w for w in _WORD.findall(text) if w[0].islower() and stems(w)]


_ASIDE_OPENING = re.compile(
    r"[^,;:“\"]{0,60}?[A-Z][\w.'’-]*,\s+(?:who|which|an?|the|[a-z]+ing)\s[^,;:—()]*,\s+(?=[a-z])"
)
"""A sentence's subject, ending in a capitalised word, and an aside on it set off by commas,
the predicate after it (own_words' opening aside, quotation marks allowed inside): "Jimmy
Choo, which shot to prominence thanks to ... the “Sex and the City” star Sarah Jessica
Parker, could give Michael Kors a new avenue for growth" (raw 15)."""


def _untold_predicate(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` opens with an aside on its subject (`_ASIDE_OPENING`) and its
    predicate after it has MIN_WORDS lowercase content words of which `supports` write none:
    supports linked by the aside's words tell who the subject is, not what the statement
    says of it, though they write the names the predicate gives ("Michael Kors agreed to buy
    luxury shoemaker Jimmy Choo ..., made famous by celebrity customers from Princess Diana
    ..." does not tell that Jimmy Choo "could give Michael Kors a new avenue for growth", raw
    15). `_untold_clause` counts a name as told: a clause is most often told in other words
    around the names both give ("LFO are best known for their 1999 single “Summer Girls.”" /
    "Their biggest hit was "Summer Girls" in 1999", raw 111)."""
    # a count spares most statements the pattern: the aside closes with a second comma
    if statement.count(",") < 2:
        return False
    opening = _ASIDE_OPENING.match(statement)
    if opening is None:
        return False
    plain = _plain_words(statement[opening.end() :])
    return len(plain) >= MIN_WORDS and _told_stems(supports).isdisjoint(stems(" ".join(plain)))


_DEGREE = re.compile(r"\b(?:majority|largest|biggest|smallest)\b", re.IGNORECASE)
"""A claim of degree ("majority owner", "the largest stake", "second-largest city") a
support may leave out: "a large stake" is no majority. Not "highest", most often a court's
("maryland's highest court" is its "court of appeals", Multi-News+ validation 463)."""
_ANY_DEGREE = re.compile(
    r"\b(?:most|majority|largest|biggest|smallest|highest|lowest)\b", re.IGNORECASE
)


def _untold_degree(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` claims a degree (`_DEGREE`) and its supports claim none, "most"
    neither: "the largest party in parliament" is told by "it has the most seats in
    Parliament" (DUC 18), "Mercer owns the largest stake" not by "Bannon who urged the
    Mercers to invest in a data-analytics firm" (raw 227)."""
    # one of its literals spares most statements the search
    lowered = statement.lower()
    if "majorit" not in lowered and "gest" not in lowered and "lest" not in lowered:
        return False
    if not _DEGREE.search(statement):
        return False
    return not any(_ANY_DEGREE.search(text) for text in supports)


def _untold_figure(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` gives a figure that no support gives ("5,000 mink", "July 6";
    facts.supports already keeps out a support giving another): written in words or in
    digits alike. A lone "one" is no count here, nor is a figure in brackets ("at 8:30 a.m.
    (0630 gmt)", DUC 9: the same time in another zone)."""
    told = _told_figures(statement)
    if not told:
        return False
    # read in compounds too ("33-year-old" for "Stoffel, 33") and without a bound ("Some 15")
    given = {float(d.replace(",", "")) for text in supports for d in _DIGITS.findall(text)}
    untold = [f for f in told if f.low not in given and f.high not in given]
    if not untold:
        return False  # the digits give them all: the supports' figures are not read
    given = {value for text in supports for f in figures(text) for value in (f.low, f.high)}
    given |= worded_sums(supports)
    untold = [f for f in untold if f.low not in given and f.high not in given]
    if not untold or "," not in statement:
        return bool(untold)
    # an age set after a name ("Charisse Stinson, 21,") tells who, as the name does: a
    # support writing most of the statement's words tells its fact without it
    ages = {found.start(1) for found in _AGE_AFTER_NAME.finditer(statement)}
    return not all(f.start in ages for f in untold) or not _mostly_told(statement, supports)


def _mostly_told(statement: str, supports: Sequence[str]) -> bool:
    """Whether `supports` write more than half the stems of the statement's lowercase words.
    Over the raw, DUC and Multi-News+ items whose mark rested on an age alone, those
    writing half or less of them left out a deed the clauses do not part ("Jarrett faces
    one count of dissuading a witness ..." never tells that she "was arrested", raw 161;
    "... issued the international arrest warrant against Pinochet" not the arrest in
    London, DUC 0)."""
    plain = set(stems(" ".join(_plain_words(statement))))
    return len(plain & _told_stems(supports)) * 2 > len(plain)


def _told_figures(statement: str) -> list[Figure]:
    """The figures of `statement` a support must give: no lone "one", none in brackets, none
    closing a quoted title ("“Furious 7”")."""
    told = [f for f in figures(statement) if not _ONE.fullmatch(statement, f.start, f.end)]
    if told and (titles := title_numbers(statement)):
        told = [f for f in told if f.start not in titles]
    if told and "(" in statement:
        brackets = [m.span() for m in _BRACKETS.finditer(statement)]
        told = [f for f in told if not any(a < f.start < b for a, b in brackets)]
    return told


_TIMES = re.compile(
    r"\b(?:shot|stabbed|struck|hit|punched|kicked)[ ]+(?:[a-z]+[ ]+){0,2}?"
    r"(once|twice|several[ ]+times|multiple[ ]+times)\b",
    re.IGNORECASE,
)
"""How many times someone was shot or struck, in words a figure does not read: "was shot once
in the right leg" (raw 32), "shot several times"."""


def _untold_times(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` tells how many times someone was shot or struck (`_TIMES`) and no
    support writes those words: "Smith's wife, Racquel Smith, was also shot during the
    incident." tells in part that she "was shot once in the right leg" (raw 32)."""
    # its literals spare most statements the search
    lowered = statement.lower()
    if "once" not in lowered and "twice" not in lowered and "times" not in lowered:
        return False
    counts = {found[1].lower() for found in _TIMES.finditer(statement)}
    return any(all(count not in text.lower() for text in supports) for count in counts)


_CLOCK = re.compile(r"(?<![\d.:])(\d{1,2})[:.](\d{2})(?![\d.:]\d)")
"""A time of day, "7:30 a.m." or "2.16pm" (figures read no such time)."""


def _untold_clock(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` gives a time of day, outside brackets ("at 8:30 a.m. (0630 gmt)",
    DUC 9), that no support writes: "... the fake embassy, which only operated on Monday,
    Tuesday and Friday, from 7:30 a.m. to noon." is told in part by "They would shuttle the
    customers to Accra, and rent them a room at a hotel nearby." (raw 128)."""
    outside = _BRACKETS.sub("", statement) if "(" in statement else statement
    told = {
        (int(found[1]), found[2]) for found in _CLOCK.finditer(outside) if _is_clock(outside, found)
    }
    if not told:
        return False  # most statements give no time: their supports are not read
    given = {(int(found[1]), found[2]) for text in supports for found in _CLOCK.finditer(text)}
    # an hour alone tells its times: "11 a.m." is "11:00 BST" (raw 27), "around 5 a.m." the
    # warrant served "at 5:02 a.m." (raw 180)
    hours = {int(found[1]) for text in supports for found in _HOUR.finditer(text)}
    return any(time not in given and time[0] not in hours for time in told)


def _is_clock(text: str, found: re.Match[str]) -> bool:
    """Whether a match of _CLOCK is a time: written with a colon, or followed by "a.m."/"pm"."""
    return ":" in found[0] or bool(_MERIDIEM.match(text, found.end()))


_MERIDIEM = re.compile(r"\s?[ap]\.?m\b", re.IGNORECASE)
_HOUR = re.compile(r"(?<![\d.:])(\d{1,2})\s?[ap]\.?m\b", re.IGNORECASE)
"""An hour without its minutes: "11 a.m.", "around 5 a.m."."""
_AGE_AFTER_NAME = re.compile(r"[A-Z][\w'’-]+,[ ](\d{1,3}),")
"""An age set between commas after a name: "Hayes, 28, was arrested ..."."""
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_BRACKETS = re.compile(r"\([^()]*\)")
_ONE = re.compile(r"one", re.IGNORECASE)
"""A lone "one" is most often no count ("one of the more lighthearted songs", "one of her
fellow Senate members")."""
