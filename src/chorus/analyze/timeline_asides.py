"""Dates a sentence names without dating an event of its story: the ends of a range a count is
bounded by ("earned $94 million between May 2010 and May 2011", "arrested several times since
December 2011", "some 20 complaints ... since January 2015"), a range of years no one acted
over (timeline_spans: "malaria cases from 1990 to 2005"), a year a trend runs since ("wages
have been falling since 1970"), the year of a figure (timeline_figures: "up from 49% in 2009",
"from 23 percent in spring 2010", "In 2010, illegal immigrants represented roughly 6 percent",
"assets estimated at $97 billion on Dec. 31, 2016", "estimates that over 11 million women were
raped ... in 2011"; "a 7 % decline from 2012"), a comparison ("than it did in June 2013", "the
most since March 2012", "than they did two years ago thanks ... the 2010 election", "As in
2013, ...", "By comparison, ...", "like the one in 1995", "Like Clinton, who campaigned ... in
1992, ...", '"like the decision by craigslist ... in 2010, this ...', "other major launches
like ... Universal Search in 2007", "the record set in 1978", "the same liability that
capsized ... in 2012"), a possibility ("Nazis who could
be prosecuted in 2016", "if Hillary Clinton is the Democratic nominee in 2016", "considering a
2016 presidential run", "It's entirely possible that ... will win the White House in 2012",
"suggestions that he will run for US president in 2020"), what a thing is of or for
(timeline_labels: the edition of something that holds over a year, "the 2016 guidelines", "the
2015 target"; a bid's prize, a cited document's or piece's date, a link to another piece, "Read
Newsweek's 2007 story") and a plan said to be none ("no more republican primary debates
scheduled for 2012").

Each test reads only the words next to the date, in its clause, but for the frames that
govern a whole sentence ("By comparison,", "It's entirely possible that"): a reader of the
story's timeline wants the dates of its events and background, and these are neither. Ranges
with "from ... until" stay ("worked from April 2015 until June 2016" dates the story's
events), and so do a possibility's past ("may have been stolen from the Mint in 1900") and a
state held since a year ("has been in the House since 1993").
"""

from __future__ import annotations

import re

from chorus.analyze.timeline_figures import names_a_figure
from chorus.analyze.timeline_labels import names_a_label
from chorus.analyze.timeline_parts import PART_OF

CLAUSE_END = re.compile(r"[,;:(](?!(?<=\d:)\d)")
"""Where a clause ends: the words a date's cues are looked for in stay inside its clause. A
clock time's colon is none ("will emerge from the container at 9:00pm on Sunday"); a comma
between figures still is: "over 12,000 police homicides from 1980-2012" would join the
count to "analyzed" before it, a deed over the years."""
_BETWEEN = re.compile(r"\bbetween (?:[^,;]{1,25}(?:, (?:1[89]|20)\d\d)?(?:, [^,;]{1,40},)? and )?$")
"""A range's end after "between", its first end maybe a full date and followed by an
apposition ("between Sept. 11, 1973, the date he seized power, and Dec. 31, 1983")."""
_CHANGED = re.compile(
    r"\b(?:(?:up|down|cut|rose|fell|grew|since)\b|gain|increas|decreas|declin|drop|chang"
    r"|doubl|tripl|jump|climb|plung|soar|surg|differ|record)"
)
"""A change or a comparison before "from" and a year ("a 200 percent increase from 2007", "a
decrease of 0.1 year from 2014", "several changes from 2011", "has nearly doubled from
2011", "the record from 1992", "the first ... since the Popeye and Son series from 1987"):
the year is what a figure is measured against, not the date of the thing ("footage from
1933", "an old Google maps twist from 2015")."""
_SUPERLATIVE = (
    r"most|least|first time|highest|lowest|biggest|largest|smallest|best|worst|hottest|"
    r"coldest|warmest|wettest|driest|deadliest|longest|shortest|fastest|slowest"
)
_COMPARISON = re.compile(
    r"\bcompared (?:with|to)\b|\bsame period\b|\b[Aa]s was the case\b|^ *[Aa]s in $"
    # "twice as many as in 2015"; another event likened to the story's ("reviving memories
    # of the 2000 presidential recount", "echoes steps taken by Georgia after ... 2008", "a
    # similar EF-5 tornado on May 22, 2011"; "made similar comments on Thursday" is the story's)
    r"|\bas (?:[\w$,.%-]+ ){1,3}as in $|\bmemories of\b|\bechoes\b|\ban? similar\b|\bsimilar to\b"
    r"|\breminiscent of\b"
    rf"|\b(?:{_SUPERLATIVE})\b[^,;]*\bsince\b"
    # "than" before a number or a span is an amount ("more than $30 million", "less than
    # a year after he was elected in 2014"), not another time to compare with.
    r"|\bthan (?!\$?\d|a |an |half |one |two |three |four |five |six |seven |eight |nine |ten "
    r"|\w+ (?:years?|months?|weeks?|days?)\b)"
)
_DATED_RIVALS = re.compile(
    r"\bin (?:1[89]|20)\d\d\b[^,;]* than (?!in\b|those\b|that\b|it\b)(?:[\w.'’-]+ ){1,4}in $"
)
"""Two dated events set against each other, each the story's ("a much larger turnout for the
event hosted by president barack obama in 2015 than president donald trump in 2017"): the
date after "than" is the second event's, no time a figure is measured against ("higher in
2015 than in 2017", "live 10 years longer than those first using it in 1996")."""
COUNT = re.compile(
    r"\$|%|\bper ?cent\b|\b(?:times|twice)\b"
    r"|\b\d[\d,.]*(?: (?:million|billion|more|new))? [a-z]+s\b"
)
"""A count or an amount: "several times", "some 20 complaints", "$1.5 million", "24 percent"
(a number of things, not a year: "in 1996" and "33-year-old" are none)."""
_SINCE = re.compile(r"\bsince (?:the |[A-Z][\w.-]*['’]s )?$")
""""since" before a date, or before a year used as an adjective ("have lost 11 seats since
Clinton's 1992 victory")."""
_SINCE_THEN_IN = re.compile(r"\bsince (?:[\w'’-]+ ){1,8}in $")
"""A time "since" names by what happened then, its year after "in" ("78 percent since their
peak in 2000", "80 percent of the people hired since Vacco took over in 1994", "$ 1 million
... raised since the race's inception as a charity event in 2006")."""
_GREW = re.compile(
    r"\b(?:risen|rose|fallen|fell|grown|grew|gained|doubled|tripled|climbed|dropped|declined"
    r"|increased|decreased|soared|jumped|plunged)\b|-fold\b"
)
"""A figure that changed, before "since" ("shares have risen five-fold since floating on the
Paris stock market in 2010"); "has elected not to change the screen size since it launched
in 2007" tells a state held."""
_FROM_THAT_DAY = re.compile(r"\b[Ff]rom (?:that|the) (?:day|moment|night|time) in $")
_CHANGED_SINCE = re.compile(r"^[^.;:]*?, (?:we|they|I|you|he|she|it)(?:['’]ve| have| has) \w+ed\b")
"""A since told as the day something began ("From that day in 2007 when the Kardashian clan
first landed in our living rooms ..., we've warmed to their peculiar charms"): the main
clause after it, in the perfect, tells a change since then, whose start is no event (as
"wages have been falling since 1970"); "has been" would tell a state held, and stays."""
_SINCE_ENDS = ("since ", "since the ", "s ", "’s ")
SINCE_A_YEAR = re.compile(r"\b[Ss]ince (?:the (?:beginning|start|end) of )?$")
""""since" before a year, or before the start of one ("Since the beginning of 1998, 176
people have been kidnapped"): the year a state began, or a trend's or a count's start."""
_POSSIBLE = re.compile(
    r"\b(?:could|might|may|should)\b(?!n['’]t| not| have been)|\b[Ii]f\b(?! not\b)"
    r"|\b(?:consider(?:s|ing)?|contemplat(?:es|ing)|mull(?:s|ing))\b"
)
"""A modal verb, a condition or a plan weighed before the date ("if Hillary Clinton is the
Democratic nominee in 2016", a wish's "12 things the tsa should stop doing in 2012", "who's
considering a 2016 presidential run", "as she considers a run for president in 2016");
"couldn't attend the premiere ... on Dec. 15, 1939" is a fact, "may have been stolen ... in
1900" a past the story tells, "a playfully reverent if not-overly-so remake of Sam Raimi's
1981 cult favorite" no condition, and "was considered" may mean "was held to be"."""
_POSSIBLE_WORDS = 6
_CONDITION_WORDS = 8
"""How far back an "if" is read (a modal's six words missed raw 198's "if Hillary Clinton is
the Democratic nominee in 2016"; the modals' eight lost right rows, deadlines ahead among
them)."""
_IF = re.compile(r"\b[Ii]f\b(?! not\b)")
_LIKENED = re.compile(
    rf"\b(?:like|as \w+ as) the one\b|\b[Uu]nlike\b|\b(?:{_SUPERLATIVE}) previous\b"
    r"|(?:^|\W)[aà] la\b"
)
"""Another event likened to the story's: "another government shutdown like the one in 1995",
"as good as the one in 1966", "unlike in the 1997 presidential polls", "The worst previous
Swedish fire disaster ... was in 1978" ("the only previous instance" tells one), "a true
one-of-a-kind destination event, a la Led Zeppelin at the O2 in London in 2007"."""
_LIKENED_WORDS = ("the one", "nlike", "previous", "a la ", "à la ")
_THE_SAME_THAT = re.compile(
    r"\b[Tt]he same (?!(?:day|night|week|month|year|time|moment|morning|evening)\b)[\w-]+"
    r" (?:that|which)\b"
)
"""A thing of the story likened to another's, whose date that clause tells ("lacks the 'wow'
factor — the same liability that capsized the GOP candidacy of ... Tim Pawlenty in 2012", raw
238): read over the clause, which runs past `_REACH`; "the same day that" dates the story's."""
_OTHERS_LIKE = re.compile(r"\bother (?:[\w-]+ ){0,3}(?:like|such as)\b")
"""Other events given as examples, read over the whole clause ("in line with other major
launches like Search Plus Your World last January and Universal Search in 2007")."""
_OTHERS_REACH = 160
"""How far before a date "other" is looked for (twice _REACH: the examples run long)."""
_LIKE_OPENING = re.compile(r"(?:^|[.!?][\"”’']?\s|[\"“])\W*[Ll]ike [^,;:.!?]*$")
"""A sentence or a quote opening "Like" with the date in that first clause: what the rest
likens its subject to ('"like the decision by craigslist to remove its adult category in 2010,
this announcement ...'; "Like many others, he was arrested in 2010" dates his, after the
comma)."""
_COMPARISON_FRAME = re.compile(
    r"\b(?:[Bb]y|[Ff]or|[Ii]n) (?:comparison|contrast)\b|^\W*An? similar\b"
    r"|^\W*(?:Like|Unlike) [^.]*?\b(?:who|which)\b"
    r"|\bas (?:many|much|few) [^,;.]{0,60}\bas [^,;.]*, (?:who|which)\b"
)
"""A comparison that frames the rest of its sentence across commas ("By comparison, airlines
canceled more than 13,000 flights ... during a February 2011 snowstorm", "(For comparison,
there were four occasions in 2005-6 when ...", "A similar case of an alleged baby boom made
news last year, when ... Hurricane Sandy hit the region in October 2012", "By contrast, in a
poll conducted in the third week of October of 1992"), or what others did that the
sentence likens its subject to ("Like Clinton, who campaigned in the New Hampshire
Democratic primary in 1992 ..., and Pataki, who ran for New York governor in 1994, D'Amato
and Schumer have defied ..."; "Like many others, he was arrested in 2010" is his), or what
the one it is measured against did ("gives the franchise as many trophies as the Knicks,
who began play in 1946-47 and last won in 1973")."""
_SUPERLATIVE_FIRST = (
    rf"(?:\b(?:{_SUPERLATIVE})\b|(?:\b(?:the|its|their|his|her|our|my)|['’]s) first\b)"
)
_SUPERLATIVE_SINCE = re.compile(rf"{_SUPERLATIVE_FIRST}[^,;]*\bsince\b")
"""A superlative since another time, read over the whole clause, however long ("the most
well-known dissidents China has put on trial since Tiananmen Square student leader Wang Dan
in 1996", "gb men's first olympic team medal since a bronze in 1912"; "who first ran in 1994
and has served since 2011" holds no determiner before "first")."""
_SINCE_S_APPOSITION = re.compile(
    rf"{_SUPERLATIVE_FIRST}[^,;:“]*\bsince (?:“[^”]*”|[^,;:“]*),? (?:the|an?) [^,;:]*$"
)
"""The thing a superlative is measured since, then its apposition ending on the date (raw
213: "the first new Popeye cartoon since “Popeye’s Voygage: The Quest for Pappy,” the 3-D
CGI primetime TV special ... for Popeye’s 75th Anniversary in 2004", as "the first ...
since the Popeye and Son series from 1987"): the year is the thing's, which the story's
deed is measured against; a quoted title's commas and colons end no clause."""
_RECORD_SET = re.compile(r"\b(?:record|mark)s?\b[^;]{0,60}\bset (?:in|on|during) $")
"""A record's year, across a comma: the record the story's event is measured against ("to
break the flight-duration record set in 1978", "The previous mark for September rainfall
was 15.5 inches, set in 1913")."""
_A_RULE = re.compile(
    r" (?:is|are) (?:determined|governed|calculated|defined|set) by\b| (?:is|are) based on\b"
)
"""After "in" and a year, a rule that holds for it, told in the present ("Eligibility for
Medicaid and CHIP in 2018 is determined by the 2018 poverty guidelines", raw 197's table
page): what the year's rule is, no event of it."""
_RECORD_HOLDER = re.compile(r"\b[Rr]ecords? (?:was|were|is|had been) (?:set|held) by\b[^;]*$")
"""A record's holder told, then the year their deed set it (raw 173: "The record was set by
Albuquerqueans Ben Abruzzo, ... who launched from Nagashima, Japan, in November 1981";
Multi-News+ train: "the record was set by jeff koons in 2013"): the record the story's
event is measured against, as `_RECORD_SET`'s "the flight-duration record set in 1978"."""
_A_CHANGE_S_CAUSE = re.compile(
    r"\bthan [^,;:]*?\b(?:years?|months?|decades?) ago,? (?:thanks|because|due to|owing to)\b"
)
"""A comparison with a time ago, then what made the difference (raw 112: "liberals comprise
an even larger chunk of the Democratic caucus in the House than they did two years ago
thanks the destruction of ... Blue Dogs in the 2010 election"): the year dates the cause of
a present figure, told to explain it; "better off than they were four years ago -- the test
Ronald Reagan famously used to defeat ... Carter in the 1980 presidential election" (raw 144)
tells a deed."""
_HELD_SINCE = re.compile(
    r"\b(?:has|have|had|['’]s)(?: not| never| long| also)? "
    r"(?:been\b(?! \w+ing\b)|served|lived|worked)\b"
)
"""A state held since a year, told in the perfect ("has been in the House since 1993", "has
served as governor since 2011", "had lived since 1989"): the year it began. A year after
"since" otherwise bounds a trend or a change ("wages have been falling since 1970", "the
gains it has achieved since 1989"), no event."""
_POSSIBLE_FRAME = re.compile(
    r"\b(?:possible|implausible|conceivable|speculation|suggestions?|rumou?rs?) that\b"
    r"|\b(?:could|might|may) (?:well )?be (?:the case )?that\b"
)
"""A possibility that governs the rest of its sentence across commas ("It's entirely possible
that Republicans will gain control of the House in November ..., and Republicans will win
the White House in 2012", "It could be the case that the Federal Government might only be
able to prove that the coins ... coming from the San Francisco Mint in 1899 must be
returned, while ..."), or talk of one ("even suggestions that he will run for US president
in 2020 - rumours he has flatly denied")."""
_POSSIBLE_FRAME_WORDS = ("ible that", "ion that", "ions that", "rs that", "be that", "case that")
_NO_PLAN = re.compile(
    r"\b[Nn]o (?:more |other |further )?(?:[\w-]+ ){0,4}(?:scheduled|slated|planned) for $"
)
"""A plan said to be none ("There are no more republican primary debates scheduled for 2012", a
debate page's notice): nothing is set for the year."""


_PART_OF_A_YEAR = re.compile(
    r"(?:\b(?:early|late|(?:the )?(?i:spring|summer|fall|autumn|winter)(?: of)?) |\bmid-"
    rf"|\bthe {PART_OF})$"
)
"""A part of the year before its year ("from 23 percent in spring 2010", "worth $208,700 in
the fourth quarter of 2014": timeline_parts): the cues are read before it."""

_REACH = 80
"""How many characters before a date the cues are looked for in (a clause's last words)."""
_COMPARISON_WORDS = ("compar", "period", "case", "s in", "since", "than", "memor", "echo")
_COMPARISON_WORDS += ("similar", "reminisc")
"""Substrings every comparison cue holds: its regex runs only where one stands."""
_MODALS = ("could", "might", "may", "should", " if ", " If ", "consider", "contemplat", "mull")
"""Substrings every possibility cue holds (the last words are read with a space before)."""


def _range_end(near: str, after: str) -> bool:
    """Whether a date ends a "between ... and ..." range (the first end needs its "and") and
    names no event: "between May 10 of this year and Nov. 6, the day of the third fire" tells
    the fire's day."""
    if _BETWEEN.search(near) is None or after.startswith(", the day of "):
        return False
    return not near.endswith("between ") or after.startswith(" and ")


def _counted_since(before: str) -> bool:
    """Whether the clause ending `before` "since" counts or sums something the date bounds,
    anywhere in the clause: the count may stand far before ("found that 33 percent of the
    women surveyed felt that the party had drifted even further away from them since the
    2012 election")."""
    clause = CLAUSE_END.split(_SINCE.sub("", _PART_OF_A_YEAR.sub("", before)))[-1]
    return COUNT.search(clause) is not None


def _counted_since_then(before: str, near: str) -> bool:
    """Whether a year after "since ... in" (among the `near` words) bounds a count or a
    change told before "since" anywhere in its clause ("a 78 percent decline since their
    peak in 2000")."""
    if _SINCE_THEN_IN.search(near) is None:
        return False
    clause = CLAUSE_END.split(before)[-1]
    clause = clause[: clause.rfind("since ")]
    return COUNT.search(clause) is not None or _GREW.search(clause) is not None


def _measured_from(near: str) -> bool:
    """Whether the clause before "from" and a date counts or changes something (COUNT,
    _CHANGED): the date is a figure's point of comparison ("grew an astounding 63 % from
    2013", "owed $ 149,511 in unpaid state taxes from 2013")."""
    clause = CLAUSE_END.split(near)[-1]
    return COUNT.search(clause) is not None or _CHANGED.search(clause) is not None


def _possibility_framed(before: str) -> bool:
    """Whether a possibility, or talk of one, frames the words before a date
    (_POSSIBLE_FRAME); substring tests first, as the frame is rare."""
    cued = any(w in before for w in _POSSIBLE_FRAME_WORDS)
    return cued and _POSSIBLE_FRAME.search(before) is not None


def _others_given_as_examples(before: str) -> bool:
    """Whether the clause ending `before` gives other events as examples (_OTHERS_LIKE), or
    gives examples in a sentence about others ("Other types of artificial heart have been
    constructed ..., such as Robert Jarvik's device first implanted in 1982")."""
    clause = CLAUSE_END.split(before[-_OTHERS_REACH:])[-1]
    if "like " not in clause and "such as" not in clause:
        return False
    opening = before.startswith("Other ") and not before.startswith("Other than")
    return opening or _OTHERS_LIKE.search(clause) is not None


def _framed_as_a_comparison(before: str, near: str) -> bool:
    """Whether the words before a date open a comparison that governs them across commas
    (_COMPARISON_FRAME) or a likening that holds it (_LIKE_OPENING, its "like" looked for
    among the `near` words); substring tests first, as both are rare."""
    if "ike " in near and _LIKE_OPENING.search(before):
        return True
    opening = before[:12]
    cued = "omparison" in before or "ontrast" in before or "imilar" in opening
    cued = cued or "as many " in before or "as much " in before or "as few " in before
    if not cued and "ike " not in opening:
        return False
    return _COMPARISON_FRAME.search(before) is not None


def no_state_held_since(before: str) -> bool:
    """Whether a year read after "since", after the text `before` it, ends its clause's
    trend or change rather than starting a state someone or something held (_HELD_SINCE)."""
    return _HELD_SINCE.search(CLAUSE_END.split(before[-_REACH:])[-1]) is None


def not_an_event(before: str, after: str) -> bool:
    """Whether a date, between the text `before` and `after` it in its sentence, is a
    range's end, a count's start, a figure's year, a comparison, a possibility, a label
    (timeline_labels: an edition, a cited piece's date) or a rule's year; one of two years
    ("met the boy ... in 2011 or 2012") dates its event, shown under the first with both in
    its note (timeline_range_words). Each regex runs only after a substring test says its
    words are there."""
    near = _PART_OF_A_YEAR.sub("", before[-_REACH:])
    if "between" in near and _range_end(near, after):
        return True
    if names_a_figure(before, near, after):
        return True
    if near.endswith(("from ", "From ")) and _measured_from(near):
        return True
    if near.endswith(_SINCE_ENDS) and _SINCE.search(near) and _counted_since(before):
        return True
    if "since " in near and near.endswith(" in ") and _counted_since_then(before, near):
        return True
    if near.endswith(" in ") and _FROM_THAT_DAY.search(near) and _CHANGED_SINCE.match(after):
        return True
    if names_a_label(before, near, after):
        return True
    if near.endswith(("led for ", "ned for ")) and _NO_PLAN.search(near):
        return True
    if "that" in before and _possibility_framed(before):
        return True
    if _framed_as_a_comparison(before, near):
        return True
    if "since" in near and _SUPERLATIVE_SINCE.search(CLAUSE_END.split(before)[-1]):
        return True
    if "since " in before and _SINCE_S_APPOSITION.search(before):
        return True
    if " ago " in before and _A_CHANGE_S_CAUSE.search(CLAUSE_END.split(before)[-1]):
        return True
    if near.endswith("set in ") and _RECORD_SET.search(near):
        return True
    if near.endswith(" in ") and after.startswith((" is ", " are ")) and _A_RULE.match(after):
        return True
    clause = CLAUSE_END.split(near)[-1]
    compared = any(w in clause for w in _COMPARISON_WORDS) and _COMPARISON.search(clause)
    if compared and (" than " not in clause or _DATED_RIVALS.search(clause) is None):
        return True
    if any(w in clause for w in _LIKENED_WORDS) and _LIKENED.search(clause):
        return True
    if "same " in before and _THE_SAME_THAT.search(CLAUSE_END.split(before)[-1]):
        return True
    others = " other " in before[-_OTHERS_REACH:] or before.startswith("Other ")
    if others and _others_given_as_examples(before):
        return True
    words = clause.split()
    last_words = " " + " ".join(words[-_POSSIBLE_WORDS:])
    if any(m in last_words for m in _MODALS) and _POSSIBLE.search(last_words) is not None:
        return True
    further = " ".join(words[-_CONDITION_WORDS:-_POSSIBLE_WORDS])
    return "f " in further and _IF.search(further) is not None


def a_record_s_holder_year(before: str) -> bool:
    """Whether a year (or a month and year) dates the deed of a record's holder, told after
    "the record was set by" in its sentence (`_RECORD_HOLDER`)."""
    return "ecord" in before and " by " in before and _RECORD_HOLDER.search(before) is not None
