"""When, where and how something was said: the words a quote pattern reads between a
speaker's verb and what was said, or after an inverted speaker, and that are no part of
the words ("said on Tuesday morning", "said in a statement.", "said by email", "on
condition of anonymity"). Split from `quote_patterns.py`, whose patterns are built with
them.
"""

from __future__ import annotations

from chorus.language.quote_marks import CLOSE, OPEN
from chorus.language.quote_participles import CLAUSE_VERBS

ANONYMOUS = r"(?:,?\s+(?:speaking\s+)?on\s+condition\s+of\s+anonymity)?"
"""How an inverted speaker spoke: "..., said the diplomats on condition of anonymity."."""
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_PERIOD = (
    r"(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn"
    rf"|winter|season|time|{DAYS}|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b"
)
"""What "this" or "last" makes a time of: "this technology" is a subject ("He says this
technology has the potential ...": multi_news-val-5202, whose words lost it)."""
WHEN = (
    rf"(?:(?=[oeltMTWFSy])(?:(?:(?:on|earlier|later)\s+(?!(?:an?|the)\s)\w+|(?:last|this)\s+{_PERIOD})"
    rf"(?!\s+\d\d?,)(?:\s+\d\d?\b(?!,))?|{DAYS}){PART_OF_DAY}\s+)?"
)
"""A time between a speaker and the verb, or a verb and the words ("Trump on Friday
repeatedly claimed", "said Tuesday morning", "said on January 31 that"); a date and its
comma open the words ("State Police say on January 31, they applied ...": multi_news-val-
3340, not cut inside the date); "on" before an article is a place ("said on a conference
call")."""

TIME_BEFORE_QUOTATION = rf"(?:(?:on|earlier|later|last|this)\s+\w+|{DAYS}){PART_OF_DAY},\s+[{OPEN}]"
"""A time and its comma before a quotation: "as Whoopi Goldberg said this morning, “It’s a
huge day ...”" (multi_news-val-2531) gives the quotation, not words that open on the time."""

WHERE_SAID = (
    r"(?:in|at|on|during|to|from|with)\s+(?:an?|the|his|her|their|its|[A-Z])"
    r"(?:[\w’'.-]*\s+){0,8}[\w’'.-]*[.!?]?$"
)
"""Where or when something was said, and nothing much after it, is not what was said: "Dave
Camp (R-Mich.) says in his letter to Holder.", "Chief Mitch Celaya said at a news
conference." (but "says in a Facebook posting the dogs are being evaluated ...")."""

IN_A_PAPER = (
    r"(?:\s+(?:(?:in|at|on|during)\s+(?:an?|the|its|their|his|her)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?"
    r"|(?:by|via)\s+(?:e-?mail|phone|telephone)|(?:in|on|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?"
)
"""Where or how a speaker after its statement said it: "..., the research team said in a
statement." (multi_news-val-3822), "..., Kors said on a conference call." (4826), "...,
spokeswoman Megan Peters said by email." (3613), "..., MarketWatch's Dan Gallagher reports
on Markets Hub." (15)."""

IN_THEIR_PAPER = rf"\s+in\s+(?:an?|the|their|his|her|its)\s+[^,{OPEN}{CLOSE}]{{3,120}}?"
"""Where an inverted speaker said it, to the sentence's end: "..., wrote El Molto and Dr.
Peter Sheldrick in a paper published in a special cancer issue of ..." (2526)."""

_TO_WHOM = (
    r"(?:(?:the\s+)?(?:police|investigators|officers|detectives|deputies|reporters)"
    r"|(?:[A-Z][a-z]+\s+|local\s+)?(?:media|journalists)"
    r"|[A-Z][\w.&'’-]*+(?:\s+\d{1,2}\b)?(?:\s+[A-Z][\w.&'’-]*+){0,2}(?:\s+\d{1,2}\b)?"
    r"(?:\s+in\s+[A-Z][\w.-]*+)?)"
)
_ACCOUNT_OPENS = (
    r"(?=\s+(?:he|she|they|it|I|we|his|her|the)\b"
    rf"|\s+[A-Z][\w.&'’-]*\s+(?:{CLAUSE_VERBS}|should)\b)"
)
"""The account's first words: a pronoun or "the", or a one-word name and a finite verb, which
no one told comes before ("told KOIN 6 News BOLI would hold ...")."""
TOLD_AN_ACCOUNT = (
    rf"t(?:old|ells)\s+(?:{_TO_WHOM}{_ACCOUNT_OPENS}"
    rf"|(?:me|us)(?=\s+(?:he|she|they|his|her|the)\b|\s+(?!(?:{DAYS})\b)[A-Z][a-z]+\s+[a-z]))"
)
"""Told, with no "that", to whom an account is given, then its words: "She told police she
accepted the ride because ..." (multi_news-val-2067), "Noel, 37, told reporters they've had
problems ..." (1397), "Daisha Lewis, told WWJ-AM in Detroit she was supposed to meet him"
(4100), "Ahmad Seth ... told Malaysian media he has paid no attention to ..." (5309),
a station with its channel, "Charlie Burr, ..., told KOIN 6 News the agency received ..."
and "Burr told KOIN 6 News BOLI would hold onto all the money ..." (2654),
"Eastwood told me Morgan doesn't believe in an afterlife." (4531, the writer told); not
"told him to leave"."""
TELL_AN_ACCOUNT = (
    rf"t(?:old|ells?)\s+{_TO_WHOM}(?:{_ACCOUNT_OPENS}|(?=,\s+[A-Z][\w-]*['’]s\s+[a-z]))"
)
"""What a group told, or tells, whom: "Law enforcement sources tell TMZ, Kroll's girlfriend
called police ..." (multi_news-val-2404), past an outlet's comma before whose deed it
tells. A person's "tells" is not read: inside a quotation ("Trump said, "... — Trump tells
CNBC he's buying stock — ..."") it took the quotation's tail for his words."""

SETTING_LAST = (
    r"\s+(?:during|in|at|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:interview|appearance|speech|broadcast|address|conference|hearing|show|program|rally)"
    r"[.!?]?$"
)
"""Where words were said, after their last quotation (matched right after its closing
mark), is the writer's: "Heller ... said
Bundy and his makeshift militia were “patriots” during a local news interview."
(multi_news-val-4378)."""

NOT_A_TIME = r"(?!(?:day|night|morning|afternoon|evening|week|weekend|month|year)\b)"
"""A "that" before a time points at it, no words follow: "Craig Harvey said later that day
that the director's family ..." (multi_news-val-3563) says what after the second "that"."""
