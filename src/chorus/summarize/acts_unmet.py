"""Summary sentences opening on "The" and a noun naming an act or a document ("The
designation", "The investigation", "The statement") that no line shown before them tells.

"The investigation revealed a need to make some changes, which we did." (raw validation 220)
follows "I and fellow Damon outside board members ... hired an independent law firm to
examine Damon's own practices.": shown below lines on Staples and Steel Dynamics, it names
an inquiry the reader never met. So does "The statement, by Deputy Foreign Minister Sergei
Ryabkov, appeared to be the most serious threat of reprisal ..." (249) without its lead's
warning of "retaliatory measures". A noun is met when a line shown before writes a word of
its kin (`_KIN`: "the study" after "a new study finds", "the findings" after "according to
the report", "the measure" after "the bill", "the new rules" after "the policy"); most are:
of the 28 such openings in the 280 summaries at main, 18 stood right below their line
before and 8 below a word of their kin (journal "Summary a reader sees, sixty-first pass").

So does "the murder charge" inside a line ("A judge Wednesday afternoon set no bond for the
murder charge ...", raw 141, shown second, the arrest and charge sixth) where no line shown
before tells of a charge (`charges_unmet`).

Such a line is taken with its line before, or left out when that cannot be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.summarize.steps_apart import rows_apart

_KIN = (
    # a study and what it gives
    ("stud", "report", "finding", "research", "survey", "review", "analy", "paper"),
    # a law, its drafts and its rules
    ("bill", "measure", "law", "legislat", "propos", "rule", "polic", "regulat", "guideline"),
    # a deal
    ("agree", "deal", "pact", "accord", "plan", "contract", "settle"),
    # words given out
    ("statement", "letter", "announc", "memo", "declar"),
    # a suit
    ("suit", "lawsuit", "sue", "complaint", "filing"),
    # an inquiry
    ("investigat", "probe", "inquir", "examin"),
    # a decision and its kinds
    ("decid", "decision", "ruling", "ruled", "designat", "verdict"),
    # a change
    ("chang",),
)
"""Families of word openings: a noun of one is met by any word of its family shown before."""

_NOUNS = {
    "study": 0,
    "report": 0,
    "findings": 0,
    "bill": 1,
    "measure": 1,
    "measures": 1,
    "law": 1,
    "legislation": 1,
    "proposal": 1,
    "rules": 1,
    "agreement": 2,
    "statement": 3,
    "letter": 3,
    "announcement": 3,
    "suit": 4,
    "lawsuit": 4,
    "investigation": 5,
    "probe": 5,
    "decision": 6,
    "ruling": 6,
    "designation": 6,
    "change": 7,
    "changes": 7,
}
"""Nouns naming an act or a document, and their family in `_KIN`. "The move", "the plan"
and "the deal" are not read: each stands for any act or arrangement a line before tells, in
words no family holds ("The plan calls for sentences to be served in a British prison."
below "... very happy to be tried in the Netherlands", DUC's tenth cluster)."""

_ACT_OPENING = re.compile(
    r"[\s(\[“\"]*The\s+(?:(?:new|latest|proposed|final|recent|original|revised)\s+)?"
    rf"({'|'.join(_NOUNS)})\b(?![’'-])"
    # a word after it saying which one ("The decision to ...", "The ruling by ...", "The
    # deal Trump struck ..."), an apposition naming it ("The bill, H.R. 1, ...") or a name it
    # qualifies ("The ruling Communist Party", DUC)
    r"(?!\s+(?:to|of|by|that|which|from|for|on|against|in|at|with|who|between|over)\b|,?\s+[A-Z])"
)
_KIN_WRITTEN = tuple(re.compile(rf"\b(?:{'|'.join(family)})") for family in _KIN)
"""Per family, a word of it written (in a lower-cased text)."""


def acts_unmet(texts: Sequence[str], shown: Sequence[int], starts: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order), apart from the row before them in
    their article, that open on an act or a document no line shown before them tells (see
    the module docstring)."""
    first_rows = {int(start) for start in starts}
    marked = []
    for n, row in rows_apart(shown):
        # literals first: an opening "The", then the pattern
        if row in first_rows or "The " not in texts[row][:6]:
            continue
        found = _ACT_OPENING.match(texts[row])
        if found is None:
            continue
        kin = _KIN_WRITTEN[_NOUNS[found.group(1)]]
        if not any(kin.search(texts[other].lower()) for other in shown[:n]):
            marked.append(row)
    return marked


_THE_CHARGE = re.compile(
    r"(?<!\blead )(?<!\bleading )(?<!\bleads )(?<!\bled )"
    r"\bthe\s+(?:[a-z-]+\s+){0,2}(?<!\bin )(?<!\bfree of )(?<!\btook )(?<!\btake )(?<!\btakes )"
    r"charges?\b(?!\s+(?:of|that|against)\b)"
)
"""A charge spoken of by "the" and no word after it saying which ("A judge Wednesday
afternoon set no bond for the murder charge and $500 on the child abuse charge.", raw 141
[1], whose line before, "Charisse Stinson, 21, faces aggravated child abuse and first degree
murder charges ...", brings the charges in); not one led ("... a few other activists leading
the charge.", 37). Over raw validation and DUC, 31 lines write one, most of them in an
article telling the charge before; in the 280 summaries at main only 141's is shown with
none told above it. Nor a post, a price or a lead taken, whose "charge" is no accusation:
"the officer in charge" (Kelley, "the officer in charge, said ...", a Multi-News+ validation
article; none over raw and DUC), "the rides free of charge", "the coach took charge"."""
_CHARGED = re.compile(r"\b(?:charg|indict)")
"""A word telling of a charge (in a lower-cased text): "charged with", "charges", "indicted"."""


def charges_unmet(texts: Sequence[str], shown: Sequence[int], starts: Sequence[int]) -> list[int]:
    """The rows of `shown` (a summary in its shown order), apart from the row before them in
    their article, that speak of "the" charge (`_THE_CHARGE`) where neither their own words
    before it nor a line shown before them tells of one: the bond set for "the murder
    charge" shown second, the arrest and the charge sixth (raw 141), is set for a charge the
    reader never met."""
    first_rows = {int(start) for start in starts}
    marked = []
    for n, row in rows_apart(shown):
        # literal first: "charge" is in about one line in a hundred
        if row in first_rows or "charge" not in texts[row]:
            continue
        found = _THE_CHARGE.search(texts[row])
        if found is None or _CHARGED.search(texts[row][: found.start()].lower()):
            continue
        if not any(_CHARGED.search(texts[other].lower()) for other in shown[:n]):
            marked.append(row)
    return marked
