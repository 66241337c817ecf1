"""The words a quote row shows, past what the patterns' spans hold of the writer's or leave
out of the speaker's: a "that" that opens the subject of what was said, not the clause
("said that statement was not accurate": `that_kept`), the circumstance the writer sets a
statement in ("Faced with a flood of revelations ..., the White House is considering ...":
`past_circumstance`) and the writer's account of what the speaker did as they spoke ("...,
criticizing Democratic congressional leaders for ...": `act_cut`), and the quoted name
of a programme they were told ("told "Today" that ...": `past_addressee`, raw 34).
`quote_attributions.py` applies them to a hit's words; raw validation 0-based clusters 140
and 149 (reader46).
"""

from __future__ import annotations

import re

from chorus.language.quote_marks import CLOSE, OPEN, inside_quotation

_NO_NOUN = (
    "there|this|these|those|it|he|she|they|we|you|i|one|neither|either|each|such|all|both"
    "|every(?:thing|one|body)?|no(?:thing|body|ne)?|some(?:thing|one|body)?"
    "|any(?:thing|one|body)?|most|much|more|little|few|many|police|people|what|which|who"
    "|if|when|while|because|as|so|in|on|at|by|for|of|to|the|an?"
)
_THAT_NOUN = re.compile(
    rf"(?!(?:{_NO_NOUN})\b)(?P<noun>[a-z]+)(?<![^s]s)\s+"
    r"(?:is|was|has|had|will|would|could|can|should|may|might|must|does|did)\b"
)
"""A singular noun alone and its verb after "that": "that" may be its determiner."""


def that_kept(text: str, start: int, article: str, at: int) -> int:
    """Where the words start when the "that" before them is their subject's determiner,
    the noun after it one the article named just before (`at`, where the sentence `text`
    starts): at the "that" ("The administration official said that statement was not
    accurate": 5261, after "In a statement, the California Democrat said ...", whose
    statement the words would lose; "Officials say that patient was then shot": 4840, after
    "a psychiatric patient"). "an MP has claimed that support is rising" (655, after "in
    support of"), "warned that antisemitism was again growing" (79): a noun the article
    names no thing by before, the clause's "that"."""
    if text[start - 5 : start] != "that ":
        return start
    found = _THAT_NOUN.match(text, start)
    if found is None or not _named_before(article, " " + found["noun"], at + start):
        return start
    return start - 5


_DETERMINERS = frozenset(("a", "an", "the", "this", "his", "her", "its", "their", "our"))


_RECENT = 300
"""How far back "that" points: a sentence or two, as a reader holds them ("In a statement"
154 characters before 5261's "that statement"; "a legal action" 445 before 584's "The
Guardian has confirmed that action is to be announced", action as a mass noun)."""


def _named_before(article: str, noun: str, end: int) -> bool:
    """Whether the article names `noun` (with its space) in the `_RECENT` characters before
    `end` as a thing, a determiner one or two words before it ("In a statement", "an
    executive order"; not "in support of")."""
    at = article.find(noun, max(0, end - _RECENT), end)
    while at >= 0:
        if _DETERMINERS.intersection(article[max(0, at - 30) : at].lower().split()[-2:]):
            return True
        at = article.find(noun, at + 1, end)
    return False


_CIRCUMSTANCE = re.compile(
    r"(?:(?:Faced|Confronted)\s+(?:with|by)|Facing|Amidst|Amid|In\s+the\s+wake\s+of"
    r"|Under\s+(?:\w+\s+)?pressure|Stung\s+by"
    r"|As\s+(?:details|news|word|reports?)(?=\s+(?:trickled|emerged|filtered|leaked|spread)\b))\s"
    rf"[^,{OPEN}”’]{{2,120}},\s+(?=(?:[A-Z]|the\s|an?\s))"
)
"""A circumstance the writer sets a statement in, before its subject: "Faced with a flood of
revelations about U.S. spying practices, the White House is considering ending its
eavesdropping ..., a senior administration official said." (5261): the official told of
what the White House considers; so too the news coming out as the writer reports it ("As
details trickled out Sunday, the deal framework appeared to give Republicans most of what
they were seeking ..., Senate Minority Leader Mitch McConnell said Sunday.": raw 112 [3])."""


def past_circumstance(text: str, start: int) -> int:
    """Where words that open on the writer's circumstance (`_CIRCUMSTANCE`) start: at the
    subject after its comma; else `start`."""
    if text[start : start + 1] not in "FCAIUS":
        return start
    found = _CIRCUMSTANCE.match(text, start)
    return start if found is None else found.end()


_ACT = re.compile(
    r",\s+(?:criticiz|criticis|blam|accus|prais|tout|slamm|lambast|chid|fault)ing\s"
    r"|,\s+pointing\s+to\s"
)
"""The writer's account of what the speaker did as they spoke, after a comma: "President
Donald Trump on Wednesday said he would move to fortify U.S. borders “even more” ...,
criticizing Democratic congressional leaders for pushing back on his requests ..." (4085),
"..., touting wage boosts by major companies ..." (5041). Not "citing", whose subject may
be the words' own ("20 jurors refused to serve ..., citing the judge as a hardship": 1839)."""


def act_cut(text: str, start: int, end: int) -> int:
    """Where reported words end before the writer's account of the speaker's act
    (`_ACT`), outside a quotation and with no quotation after it (whose words, "slamming
    the plan as “reckless”", are the speaker's); else `end`. Words that open on a
    quotation are the speaker's own to its close."""
    if (start > 0 and text[start - 1] in OPEN) or text.find("ing ", start, end) < 0:
        return end
    found = _ACT.search(text, start, end)
    if found is None or inside_quotation(text, found.start()):
        return end
    if any(text.find(mark, found.end(), end) >= 0 for mark in OPEN):
        return end
    return found.start()


_ADDRESSEE = re.compile(
    rf"(?:on\s+)?[{OPEN}][A-Z][^{OPEN}{CLOSE}.!?]{{0,40}}?,?[{CLOSE}]"
    rf"(?:,\s[^,.{OPEN}{CLOSE}]{{1,80}},)?\s+that\s+(?=\S)"
)
"""A quoted name after "told", or after "on" where words start, then "that": the programme
or paper told or spoken on, its description between commas maybe, not the words ("Avenatti
told "Today" that Clifford's lawsuit ...": raw validation 0-based 34 [4]; "McCaul ... said
on "Fox News Sunday" that he talked to the White House ...": 167 [0])."""


def past_doubled_that(text: str, start: int) -> int:
    """Where words start past a "that" the writer set twice, the second before a capital
    (no thing's determiner can stand before a name or "I"): "confirms that that Longacre did
    nothing wrong" (raw 16 [1]); else `start`."""
    if text.startswith("that ", start) and text.endswith("that ", 0, start):
        return start + 5 if text[start + 5 : start + 6].isupper() else start
    return start


def past_addressee(text: str, start: int) -> int:
    """Where words start past the quoted name of the programme they were told or said on
    and its "that" (`_ADDRESSEE`); else `start`."""
    if not (text.startswith("on ", start) or text.endswith(("told ", "tells "), 0, start)):
        return start
    told = _ADDRESSEE.match(text, start)
    return start if told is None else told.end()
