"""Dates of what is asked or imagined, no event of the story: a question about what will be
("“In 2050 will there be enough people working to pay for pensions?” asks Frans Willekens",
"Will the united states enter a recession in 2013?") and a scenario's year ("In that
optimistic scenario, Bangladesh has a fertility rate of 1.35 in 2050") or a counterfactual's
("had we faced today's anti-business environment", "Even if this theory had been proven back
in 1996, ... Burke would have been too young") or one contrary to the present ("if they had
a mulligan for the 2012 presidential election"). Shown, the first stood marked planned
as if a plan were set for the year, the others as facts of theirs.

A "tonight" inside a quotation is the speaker's night ("I miss her but I know she's here
tonight", at an awards show an article tells the next day) or a motto's ("Ready to Fight
Tonight"), not the night of the article's writing.

A question about the past stays ("When did he decide to become one of the dividers he spoke
of so eloquently in 2004?", "How could I know that in 1998 I'd be stopped dead?": its date is
the event's).
"""

from __future__ import annotations

import re

_QUESTION_END = re.compile(r"[.!?]")
_ASKS_WHAT_WILL_BE = re.compile(r"\b(?:[Ww]ill|[Ss]hall|[Ww]ould(?! have))\b|['’]ll\b")
"""A question's future or hypothetical ("will there be", "would greenlight"); "would have" looks
back."""
_QUESTION_OPENS = re.compile(r"[.!?][\"”’']?\s|[\"“]")
"""Where a question opens inside its sentence: after an earlier sentence's end the splitter
kept, or at an opening quotation mark."""
_QUESTION_LENGTH = 120
"""The longest question read as one: Multi-News+ glues a page's highlights to a question
("... 464 complaints to remove books filed in 2012 sexually explicit ... what would you do if
you went to the library ...?"), whose "would" is not the date's; the questions that ask about
a year run 40 to 100 characters."""
_SCENARIO = re.compile(
    r"^\W*(?:[Ii]n|[Uu]nder) (?:th(?:at|is|e)|an?|its|their|one) (?:[\w-]+ ){0,2}scenarios?\b"
)
"""A sentence opening with a scenario, whose dates it imagines."""


_COUNTERFACTUAL = re.compile(r"\b[Hh]ad (?:we|I|you|he|she|they) [a-z]+(?:ed|en|wn|t)\b[^,;:(]*$")
"""A condition told by inversion ("could have grown ... had we faced today's anti-business
environment"): what it supposes did not happen, and its date names no event. Not "had it":
"he had it removed in 2008" is a causative, told."""
_UNREAL_IF = re.compile(
    r"\b[Ii]f (?:[\w'’-]+ ){0,4}had (?:not |never )?(?:been )?[a-z]+(?:ed|en|wn|t)\b[^,;:(]*$"
)
_UNREAL_THEN = re.compile(r"\b(?:would|could|might)(?:n['’]t| not)? have\b")
"""A condition contrary to fact told with "if" ("Even if this theory had been proven back in
1996, at age nine, Burke would have been too young to be legally prosecuted"): "had" and a
participle in the date's clause, and a "would have" in its sentence. Without the "would
have", "asked if she had left in 2008" reports a past."""
_UNREAL_NOW = re.compile(r"\b[Ii]f (?:[\w'’-]+ ){0,4}(?:had|were) (?:a|an|the|to)\b[^,;:(]*$")
"""A condition contrary to the present ("registered voters divide ... in Mitt Romney's favor,
49-45 percent, if they had a mulligan for the 2012 presidential election", "if trump were to
run against any old nameless democrat in 2020"): "had" or "were" as the clause's own verb
before a determiner or "to". Its date is the supposition's; Multi-News+ train's seven all
suppose."""


def _asked_ahead(before: str, after: str) -> bool:
    """Whether the date stands in a question that asks what will be: a "?" ends its words,
    and a future or a hypothetical stands in the question."""
    end = _QUESTION_END.search(after)
    if end is None or end.group() != "?":
        return False
    opening = [m.end() for m in _QUESTION_OPENS.finditer(before)]
    question = before[opening[-1] if opening else 0 :] + after[: end.start()]
    if len(question) > _QUESTION_LENGTH:
        return False
    return _ASKS_WHAT_WILL_BE.search(question) is not None


def imagined(before: str, after: str) -> bool:
    """Whether a date, between the text `before` and `after` it in its sentence, is a
    question's about what will be or a scenario's (substring tests first: both are rare)."""
    if "?" in after and _asked_ahead(before, after):
        return True
    if "ad " in before and (
        _COUNTERFACTUAL.search(before)
        or (_UNREAL_IF.search(before) and _UNREAL_THEN.search(before + after))
    ):
        return True
    if ("if " in before or "If " in before) and _UNREAL_NOW.search(before):
        return True
    return "cenario" in before and _SCENARIO.match(before) is not None


def quoted(before: str) -> bool:
    """Whether a quotation opened in the sentence's text `before` a date is still open."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
