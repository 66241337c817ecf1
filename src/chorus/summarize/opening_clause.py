"""A sentence whose opening clause ("Before he came out, ...", "When injected into ...,
these ...") leans on the sentence before (docs/journal/summary.md, "Summary a reader sees,
twenty-sixth pass (stop 36)").

`dangling_inside.unnamed_subject` reads a "he" or "she" as the subject after the comma, and
`dangling_inside.points_back_inside` a demonstrative there after at most 40 characters. Raw
119's "Before he came out, his court clerk cautioned ..." holds its "he" (the judge) inside
the clause, and raw 200's "When injected into the testes of mice unable to produce their
own sperm, these primordial germ cells matured ..." has 71 characters before its "these":
shown apart from the sentences before, the judge read as the lawyer named above, and the
cells were never made.
"""

from __future__ import annotations

import re

_CONJUNCTIONS = "When|While|Once|After|Before|As|Until|Since|Because|Although|Though|If"
_CLAUSE_LEANING = re.compile(
    rf"[\s(\[]*(?:{_CONJUNCTIONS})\s+"
    r"(?:(?:he|she)\s+[^,A-Z“”\"]{1,60},\s+(?=[a-z])"
    r"|[^,A-Z“”\"]{1,100},\s+(?:these|those)\s+[a-z])"
)
"""An opening clause whose subject is a "he" or "she", and a main clause not opening on a
name ("Before he came out, his court clerk ..."; not "When she was 12, Jane ..."); or an
opening clause naming no one and a main clause opening on "these" or "those" and a noun
("When injected into ..., these primordial germ cells ..."). One pattern reads both, the
conjunction once."""
_PARTICIPLE_CLAUSE = re.compile(
    r"[\s(\[]*(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned)\s+[^,“”\"]{1,140},\s+(?:he|she)\s+[a-z]"
)
"""An opening phrase on a participle whose subject is the "he" or "she" after it ("Responding
to the Italian reporter's question of ..., he said: ...", raw 133; "According to Whelan, he
shot Hunt ...", 95): a name in the phrase is its object, never who "he" is, so it may hold
capitals and run longer than `dangling_inside.unnamed_subject` reads."""


def clause_leans_back(text: str) -> bool:
    """Whether a text's opening clause speaks of a "he" or "she" the main clause does not
    name, opens on a participle whose subject is a "he" or "she", or is followed by
    "these"/"those" things told before: it waits for the sentence before it."""
    # one substring test passes over most texts before any pattern runs
    if ", " not in text:
        return False
    return bool(
        _CLAUSE_LEANING.match(text)
        or ((" he " in text or " she " in text) and _PARTICIPLE_CLAUSE.match(text))
    )
