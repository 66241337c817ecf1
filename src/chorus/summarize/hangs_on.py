"""Summary sentences that answer, weigh or finish a line before them: a supposition on
what it told, a comparison with no "than", a denial added to one told ("not ... either"),
and a bare "The ones ..." phrase.

Read over the 250 raw validation and 30 DUC clusters, cleaned and split (journal/summary.md,
"Summary a reader sees, fifty-ninth pass"):

- an opening "If" ("Even if", "If only") on "that", "this", "these", "those", "so" or
  "true" supposes what the line before told ("If only that were true — frustrated neighbors
  of 64 and 66 Perry are fed up ...", raw 48, answering "In the series, Carrie was said to
  live on the upper East Side."; "If so, then any of us could have been Trayvon Martin.",
  102; "If this continues ...", 26): 17 sentences, each pointing at something told before;
- "fared better", "did worse", "performed better" with no "than" in the sentence weigh its
  subject against one the line before told ("Light joggers and moderate joggers fared
  better, in that order, Marott's team found.", raw 74, after the strenuous joggers set
  against the sedentary): three sentences, 40's "And so we ... did better." and 196's "...
  was behind Zirkle and fared worse." with it;
- "not ... either", its one negation before an "either" closing its clause and no "or" in
  the sentence, adds its denial to one told before ("So it's not surprising either that
  scientists have been trying to find out ...", raw 131, after "It's not for nothing that
  19th century British colonists would build hill stations ..."; "Nevada isn't exactly
  inventing the wheel here, either.", 77): 11 sentences (10 and a DUC copy), each adding
  to a denial or a point told before it (hundred-and-second pass).

Each waits for the sentence before it (`hangs_on_before`).

A line opening "The ones" or "The one" and a contact clause ("we have", "I love") whose
words after it hold no verb is a phrase answering the line before, never a sentence ("The
ones we have with our environment, and the people closest to us.", raw 48 [3], after "Later
today, I got to thinking about relationships."; `ones_fragment`): no summary line. Over raw
and DUC it is the one such line; "The one certain thing is that ..." (47) opens on no
clause and tells its news.
"""

from __future__ import annotations

import re

_SUPPOSES = re.compile(
    r"[\s(\[“\"]*(?:Even\s+if|If)\s+(?:only\s+)?(?:that|this|these|those|so|true)\b(?![’'-])"
)
"""An opening supposition on what was told before ("If only that were true", "If so,",
"If this continues"); not "If only a half-dozen Democrats join ..." (DUC), which tells its
own case."""
_COMPARES = re.compile(r"\b(?:fared|did|performed)\s+(?:better|worse)\b")
"""A comparison of what happened that needs its other side ("fared better", "did worse");
not a hope to improve, "hope we can continue to do better on them" (raw 26)."""
_ONES_CLAUSE = re.compile(r"The ones?\s+(?:I|we|you|they|he|she)\s+[a-z]+\b")
"""An opening "The ones" and a contact clause ("The ones we have")."""
_VERB_AFTER = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|can|could|may|might|must|shall|should|has|have|"
    r"had|do|does|did|[a-z]+ed|[a-z]{2,}[^s\W]s)\b|[’']s\b"
)
"""A word after the clause that may be the sentence's verb (an auxiliary, a "be", a word in
"-ed" or in "-s"): a line writing one may be a sentence."""


_STOP_CLOSING = re.compile(r"[.!?][\"”’')\]]*\Z")
"""A sentence's stop closing a line, a closing quotation mark or bracket after it."""


_EITHER = re.compile(r"\seither(?=[.,;!?”\"’']|\s+that\b|\Z)")
"""An "either" closing its clause ("... aren't pushovers either.", "So it's not surprising
either that ..."): no "either ... or" choice, no "either of"."""
_NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|cannot)\b|n[’']t\b")
"""A negation ("not", "no", "never", a "-n't")."""


def _additive_either(text: str) -> bool:
    """Whether a text says "not ... either" of its one negation, and writes no "or": the
    "either" adds its denial to one told before ("Nevada isn't exactly inventing the wheel
    here, either.", raw 77); two negations or an "or" may give the other side in the
    sentence itself ("... and don't pretend you aren't either.", raw 28)."""
    found = _EITHER.search(text)
    if found is None or " or " in text:
        return False
    return len(_NEGATION.findall(text, 0, found.start())) == 1


def hangs_on_before(text: str) -> bool:
    """Whether a text supposes what the line before told, compares with it and no "than",
    or adds its denial to one told there ("not ... either") (see the module docstring): it
    waits for the sentence before it."""
    # literals first: "If" opens about one sentence in 60, " better"/" worse" in fewer,
    # "either" about one in 230 (109 of raw and DUC's 25,151 article sentences)
    if "If " in text[:12] and _SUPPOSES.match(text) is not None:
        return True
    if "either" in text and _additive_either(text):
        return True
    return (
        (" better" in text or " worse" in text)
        and " than " not in text
        and _COMPARES.search(text) is not None
    )


def ones_fragment(text: str) -> bool:
    """Whether a text is "The ones ..." and a contact clause with no verb after it (see the
    module docstring): no summary line."""
    if not text.startswith("The one"):
        return False
    found = _ONES_CLAUSE.match(text)
    return found is not None and _VERB_AFTER.search(text, found.end()) is None


def broken_off(text: str) -> bool:
    """Whether a text opens on a small letter and closes on no sentence's stop: a piece of a
    sentence broken over lines (see the module docstring), no summary line."""
    return text[:1].islower() and _STOP_CLOSING.search(text) is None
