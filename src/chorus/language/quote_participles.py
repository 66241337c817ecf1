"""What a speaker says as it acts, after a comma: "..., adding that ...", "..., saying ...",
"..., insisting that ...", "..., telling Kreiss the campaign had ...". Split from
`quote_patterns.py`, whose patterns end with these pieces.
"""

from __future__ import annotations

import re

from chorus.language.quote_alternation import by_first_letter
from chorus.language.quote_marks import CLOSE, ENDS, OPEN, STATEMENT_END, WORDS, lazy_up_to
from chorus.language.quote_verbs import ARGUING

CLAUSE_VERBS = "was|were|is|are|had|has|have|would|will|could|can|may|might|did|does|do"
ADDING = rf",?\s+adding(?:\s+that\s+|:\s*(?=[{OPEN}]))(?P<text>{WORDS}){STATEMENT_END}"
"""A second thing the speaker said, after the first: "..., said Sarah Sanders, the White
House press secretary, adding that the White House was holding “ongoing meetings”", or
"..., Graham said, adding: “You don’t recuse somebody ...”"."""
_TOLD = (
    r"(?:him|her|them|us|me|reporters|(?:the|an?)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})"
)
"""Whom a speaker tells: a pronoun, "reporters", a description of up to four words or a
name of up to three ("Kreiss", "Boat International")."""
_TOLD_CLAUSE = (
    rf"\s+(?=(?:he|she|they|it|we|I|(?:the|his|her|their|its)\s+[\w’'-]+)\s+"
    rf"(?:{CLAUSE_VERBS}|[a-z]+ed)\b)"
)
"""A clause after whom a speaker tells, with no "that": a subject and its verb ("telling
Kreiss the campaign had ...", "telling the senator he found ..."), not a thing told
("telling the audience a story about her daughter", "telling him not to make ...")."""
TELLING = rf"telling\s+{_TOLD}(?:\s+that\s+|[:,]\s*(?=[{OPEN}])|{_TOLD_CLAUSE})"
"""What a subject told someone as it acted (multi_news-val-2464's "Romney's digital director
Zac Moffatt concurred, telling Kreiss the campaign had “the best tweets ever ...”")."""
SAYING = (
    rf",\s+(?:saying(?:\s+that\s+|:\s*|\s+[^.,:{OPEN}{CLOSE}]{{1,40}}?[:,]\s*(?=[{OPEN}])|\s+)"
    rf"|(?:[a-z]+ly\s+)?(?:{by_first_letter(ARGUING)})(?:(?:\s+[^.,:{OPEN}{CLOSE}]{{1,40}}?)?\s+that\s+"
    rf"|\s+(?=(?:he|she|they|it|we)\b[^.,:{OPEN}{CLOSE}‘]{{0,40}}?[{OPEN}‘]))"
    rf"|{TELLING}|tweeting[,:]\s*(?=[{OPEN}])"
    rf"|writing\s+in\s+an?\s+(?:[\w-]+\s+){{0,2}}?statement:\s*(?=[{OPEN}]))"
    rf"(?P<text>\S{lazy_up_to(ENDS, 7)}){STATEMENT_END}"
)
"""What a sentence's subject said as it acted: "White House officials are downplaying the
recent chaos in the stock market, saying it's a short-term wobble" (multi_news-val-5041),
"The Chilean government has protested Pinochet's arrest, insisting that ..." (DUC d30003t);
where it said it is no part of a quotation ("saying onstage: “Very clearly, ...”"); a tweet
quoted after its comma or colon ("President Donald Trump on Sunday continued escalating his
rhetoric about migrants, tweeting, “We cannot allow ...”": multi_news-val-1186); a
statement written after its colon ("..., writing in an unsigned statement: “The president has
never asked ...”": raw validation 0-based 9 [5], its two paragraphs joined by
`quote_statements.announced`)."""
SECOND_PARTICIPLE = re.compile(
    rf"\s+and\s+(?:saying|adding|{'|'.join(ARGUING)})\s+(?:that\s+)?(?=[a-z{OPEN}])"
)
"""A second thing said as the subject acted, with no comma: "..., saying it's a short-term
wobble and insisting the US economy remains resilient" (multi_news-val-5041): the writer's
"and insisting" is no part of either's words."""
