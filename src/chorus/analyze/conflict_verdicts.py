"""Denials by their verdict: someone reported saying that what their article just told is
false. "The administration official said that statement was not accurate" answers the
sentence before it, "... the California Democrat said the White House had informed her that
"collection on our allies will not continue."", and another article's telling of that
claim, "... said she expected that the White House would end all spying on leaders of
allied countries" (raw validation 149). No denial verb stands there, so denials.py does not
read it, and the verdict shares almost nothing with the claim (0.11 alike to the other
article's telling): the sentence its pointer answers is what finds the claim elsewhere.
A verdict may also open its sentence on the word of who is named after it: "The story
though was all a lie according to police" answers the mother's "When she woke up in Largo
Central Park, Jordan was gone, she said." before it and [3]'s "She told police the next
thing she knew, she woke up in Largo Central Park and the child was missing." (raw
validation 141).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.claims import name_stems, own_start
from chorus.analyze.denials import DENIAL_SIMILARITY, MAX_CLAIMS_PER_DENIAL
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.analyze.negations import denial_reason
from chorus.analyze.similarity import Similarity, stems

VERDICT_WORDS = ("accurate", "false", "true", "wrong", "correct")
"""Words, lowercased, a sentence must hold for `_VERDICT` to be tried ("inaccurate",
"untrue", "incorrect" hold them): five searches of the story; the rule costs ~0.05 ms a
raw validation cluster."""
_VERDICT = re.compile(
    r"\b(?:said|says|told|tells|stated|added|insisted|maintained|confirmed)\b"
    r"[^,.;:\"“”]{0,40}?\s(?:that\s+)?((?:this|that|these|those)\s+(?:statements?|claims?|"
    r"reports?|accounts?|stor(?:y|ies)|allegations?|accusations?)\s+(?:was|is|were|are)\s+"
    r"(?:not\s+(?:accurate|true|correct)|inaccurate|false|untrue|wrong|incorrect))\b",
    re.IGNORECASE,
)
"""A verdict someone is reported giving on what was just told: "said that statement was not
accurate", "said that that claim was false" (Multi-News+ train 30602). Only a demonstrative
points back at the sentence before: "the report is not accurate" (Multi-News+ validation
98) and "the reports were not true" (train 6924) answer a report told elsewhere in the
article, and the tellings found for them were other things (the president's rant, a
campaign's finance reports). Nor rumours or figures: "At the time, nbc ... said those rumors
were not true" (train 41619) is an old denial of what has since come true, "this figure was
incorrect" (train 36046) corrects a toll its own sentence gives. Nor a stressed verdict,
"these claims are absolutely false" (train 25714): a blanket denial of "reports that bobbi
kristina was taken off life support", whose tellings elsewhere were other things (her
mother's will; doctors telling her father "it's time to withdraw life support", which the
denier's own article tells too)."""
ATTRIBUTED_WORDS = ("according to",)
"""The literal of a verdict told on someone's word after it (`_ATTRIBUTED`)."""
_ATTRIBUTED = re.compile(
    r"((?:the|this|that|these|those|her|his|their)\s+(?:stor(?:y|ies)|accounts?|claims?)"
    r"(?:\s+(?:though|however))?\s+(?:was|is|were|are)\s+(?:all\s+)?"
    r"(?:a\s+lie|lies|fabricated|made\s+up|false|untrue),?\s+according\s+to\s+[^,.;:]+)",
    re.IGNORECASE,
)
"""A verdict opening its sentence on someone's word told after it: "The story though was
all a lie according to police, who added that Stinson's wounds were self-inflicted" (raw
validation 141, after the mother's "When she woke up in Largo Central Park, Jordan was
gone, she said."). Over every article of the data a pointer to a story, an account or a
claim opening a sentence and called a lie, fabricated, made up, false or untrue is
141's and Multi-News+ train 2056's "These stories are all fabricated", Trump's own
blanket denial in his quoted words: only 141's names whose verdict it is."""
TOLD_WORDS = (
    *("said", "says", "told", "tells", "statement", "report", "according to", '"', "“"),
    *("alleg", "claim", "accus"),
)
"""Words, lowercased, of a sentence that tells what someone said or alleged."""
DENYING_WORDS = (
    *("accurate", "false", "untrue", "not true", "wrong", "incorrect", "not correct"),
    *("deny", "denie", "denial", "refut", "disput", "baseless", "unfounded", "not the case"),
)
"""Words, lowercased, of a sentence that takes the verdict's side itself, or retells it."""
_TELLING = frozenset(stems("said says told tells statement report reported according"))
"""Stems of the telling, not of what was told."""


def _tells(text: str) -> bool:
    """Whether a sentence tells what someone said or alleged and takes no denying side."""
    lowered = text.lower()
    return any(w in lowered for w in TOLD_WORDS) and not any(w in lowered for w in DENYING_WORDS)


def verdict_conflicts(
    similarity: Similarity, rows: Sequence[int], texts: Sequence[str], lowered: Joined
) -> list[Conflict]:
    """Each verdict on what its article just told (`_VERDICT`, or `_ATTRIBUTED` on the
    word of who is named after it, opening a sentence of its own: a line the splitter left
    whole holds the claim and the verdict together), with that sentence and the tellings
    of other articles: alike to it (`DENIAL_SIMILARITY` or more), telling what someone
    said, sharing a stem other than a name or the telling's with it, taking no denying
    side. None when no other article tells it: one article telling both sides is no
    conflict between the sources."""
    sentences = similarity.sentences
    conflicts = []
    verdicts = lowered.holding(VERDICT_WORDS)
    for n in sorted(verdicts | lowered.holding(ATTRIBUTED_WORDS)):
        verdict = _ATTRIBUTED.match(texts[n]) or (
            _VERDICT.search(texts[n]) if n in verdicts else None
        )
        if verdict is None or n == 0 or own_start(texts[n], verdict.start()) > 0:
            continue
        row, before = rows[n], rows[n - 1]
        article = sentences[row].article
        told = texts[n - 1]
        if sentences[before].article is not article or not _tells(told):
            continue
        said = frozenset(stems(told)) - name_stems(told) - _TELLING
        answered = sorted(
            (
                r
                for m, r in enumerate(rows)
                if sentences[r].article is not article
                and similarity.scores[before, r] >= DENIAL_SIMILARITY
                and not said.isdisjoint(similarity.stems[r])
                and _tells(texts[m])
            ),
            key=lambda r: -similarity.scores[before, r],
        )[:MAX_CLAIMS_PER_DENIAL]
        if answered:
            claims = (sentences[before], *(sentences[r] for r in sorted(answered)))
            reason = denial_reason(verdict.group(1))
            conflicts.append(Conflict("denial", claims, (sentences[row],), reason))
    return conflicts
