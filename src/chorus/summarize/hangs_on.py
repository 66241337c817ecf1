"""Summary sentences that answer, weigh or finish a line before them: a supposition on
what it told, a comparison with no "than", and a bare "The ones ..." phrase.

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
  was behind Zirkle and fared worse." with it.

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


def hangs_on_before(text: str) -> bool:
    """Whether a text supposes what the line before told, or compares with it and no
    "than" (see the module docstring): it waits for the sentence before it."""
    # literals first: "If" opens about one sentence in 60, " better"/" worse" in fewer
    if "If " in text[:12] and _SUPPOSES.match(text) is not None:
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
