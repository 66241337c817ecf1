"""Denials with no denial verb against what another article affirms: a party's "never
asked Mr. Comey" against a report that "he asked Comey to stop investigating"; "he didn't
kiss the woman" against "dancing with and kissing a woman"; a state, "polar bears were
not considered to be in danger of extinction", against one affirmed that does not itself
go on to the other side's word.

The denials are those someone is reported saying (spoken_denials.py). One answers a
sentence of another article, close to it, that affirms the same thing and holds no
negation or denial itself: the verb followed within a few words by a word of what was
denied ("Mr. Comey" → "asked Comey"; without the object, "did not report any injuries"
would answer any report), done for the purpose the denial names ("did not use the header
for tracking"), or the same predicate after "is"/"was" ("was never dry cleaned" too; two
content words at least: "not true" says too little of what).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence, Set

from chorus.analyze.claims import ONE_TELLING
from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity, stems
from chorus.analyze.spoken_denials import Denied, content, spoken_denials
from chorus.model import Sentence

REACH = 4
"""Words after the affirmed verb searched for the denied object ("asked Comey at a ...")."""
MAX_CLAIMS = 3
"""Claims shown with one denial, the closest first."""

_STATE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+([^,;:.]*)")
"""A state affirmed: "shows that the bear is in danger of extinction"."""
NEGATING = (
    *("not ", "n't", "n’t", "never", "no ", "none", "nothing", "deny", "denie", "denial"),
    "refut",
)
"""What a sentence that affirms may not hold, lowercased: "denied his country was involved
in any way" agrees with "Israel is not involved in any way", "morgans flat denials that he
ever hacked a phone" reports the denial, it does not affirm, and "none of the criminal
sexual activity occurred at the school" agrees with "did not occur at the school".
(Substring tests: a case-insensitive pattern of these words cost ~70 µs a sentence.)"""
NOT_DONE = frozenset(
    ("without", "to", "should", "would", "could", "might", "may", "must", "can", "than")
)
"""Words before a verb that say the act was not done, or not yet: "without mentioning",
"failed to remove the adrenal gland" (agrees with "didn't remove the gland"), "should be
allowed to throw snowballs" (no answer to "he'd never throw a snowball at a window"),
"more focused on criticizing the administration than condemning the attackers" (agrees
with "did not condemn the attack", Multi-News+ train 4392)."""
NAMING = frozenset(("the", "a", "an", "its", "his", "their", "own"))
"""Words before a noun: the verb's root after one names a thing, no act done ("verizon's own
use of the header", Multi-News+ train 36345; "to " the drop gun", a command garbled,
38569)."""
_WORD = re.compile(r"[\w’'-]+")


def denial_reason(quoted: str) -> str:
    """The reason a denial's conflict shows, quoting what is denied."""
    return f"One side denies what the other claims: “{quoted}”"


def _in_place(words: Sequence[str], denied: Denied) -> bool:
    """Whether an affirmed act, its words after the verb, was done where the denied one
    was not, when the denial names a place: "filed taxes in california" and "was registered
    to vote there" answer no "did not file his taxes in new jersey", "was not registered to
    vote in new jersey"."""
    if not denied.where:
        return True
    if "in" not in words:
        return False
    named = frozenset(stems(" ".join(words[words.index("in") + 1 :][:2])))
    return not named.isdisjoint(denied.where)


def _may_negate(lowered: str) -> bool:
    """Whether a sentence, in lower case, holds what every negation the patterns read holds
    (an `or` of `in` tests: ~2x cheaper than `any` over a tuple of the words)."""
    return " not " in lowered or "n't " in lowered or "n’t " in lowered or "never " in lowered


_BOTH_SIDES = re.compile(
    r"\b(?:but|while|whereas) (?:[\w'’.-]+ ){1,4}?"
    r"(?:maintain|insist|argue|contend|counter)(?:s|ed)?\b"
)
"""In a sentence that affirms, the other side's word: "Environmentalists have presented
evidence that they say shows that the bear is in danger of extinction, but FWS maintains
that ..." reports the dispute itself, which the agency's "not in danger of extinction"
elsewhere only restates (raw validation 114): no conflict between the sources, and no
agreement either (`denies` still reads the pair as a denial)."""


def _negates(lowered: str) -> bool:
    """Whether a sentence, in lower case, holds a negation or a denial."""
    return any(word in lowered for word in NEGATING)


def _affirms(lowered: str, denied: Denied, reach: int = REACH) -> bool:
    """Whether a sentence, in lower case, does what was denied: a word that starts with the
    verb's root ("kiss" → "kissing", "sign" → "signed"), not after "instead of", a word of
    `NOT_DONE` nor one of `NAMING` ("without mentioning the president by name" agrees with
    "did not mention president trump", "instead of calling 911" with "did not call 911"),
    followed within `reach` words by a word of what it was done to, in the place the denial
    names if it names one (`_in_place`), for the purpose it names if it names one
    ("tracking": "verizon's own use of the header" affirms none); or a state whose
    predicate opens with the denied one's words ("is in danger of extinction, but")."""
    if denied.cue not in lowered:  # a substring test rules most sentences out
        return False
    if denied.predicate:
        wanted = len(denied.predicate)
        return any(
            content(match.group(1))[:wanted] == denied.predicate
            and _in_place(match.group(1).split(), denied)
            for match in _STATE.finditer(lowered)
        )
    if denied.purpose not in lowered:
        return False
    words = _WORD.findall(lowered)
    return any(
        word.startswith(denied.cue)
        and (n == 0 or (words[n - 1] not in NOT_DONE and words[n - 1] not in NAMING))
        and words[max(0, n - 2) : n] != ["instead", "of"]
        and not denied.done_to.isdisjoint(stems(" ".join(words[n + 1 : n + 1 + reach])))
        and _in_place(words[n + 1 : n + 1 + reach + 2], denied)
        for n, word in enumerate(words)
    )


def denies(denial: str, claim: str, reach: int = REACH) -> bool:
    """Whether `denial` is someone's denial (`spoken_denials`) of what `claim`, negating
    and denying nothing, affirms (`_affirms`, the object within `reach` words of the verb):
    "the president has never asked Mr. Comey or anyone else to end an investigation" of
    "Trump asked former FBI Director James Comey to end the criminal investigation"."""
    # the denial first, with what every negation spoken_denials reads holds: most
    # sentences deny nothing, and the claim's reading costs more
    if not (" not" in denial or "n't" in denial or "n’t" in denial or "never" in denial):
        return False
    found = spoken_denials(denial)
    if not found:
        return False
    lowered = claim.lower()
    return not _negates(lowered) and any(_affirms(lowered, d, reach) for d in found)


def negation_conflicts(
    similarity: Similarity,
    pairs: Sequence[tuple[int, int, float]],
    paired: Set[int],
    rows: Sequence[int],
    lowered: Sequence[str],
) -> list[Conflict]:
    """Each spoken negated action or state with the sentences of other articles that affirm
    it, the closest `MAX_CLAIMS` of them; a denial repeated by several articles, answering
    the same claims, is shown once. `pairs` are the close pairs of sentences of different
    articles on the story (the claim and its denial tell one event, but not `ONE_TELLING`
    alike: then one thing), `paired` their rows, `rows` the story's sentences in order and
    `lowered` their texts in lower case."""
    sentences: Sequence[Sentence] = similarity.sentences
    # Only sentences with a close pair can deny one: ~50 of a cluster's ~200.
    lowered_of = dict(zip(rows, lowered, strict=True))
    negating = {row for row in paired if _may_negate(lowered_of[row])}
    partners: dict[int, list[int]] = defaultdict(list)
    for i, j, score in pairs:
        if score >= ONE_TELLING:
            continue
        if i in negating:
            partners[i].append(j)
        if j in negating:
            partners[j].append(i)
    conflicts = []
    seen: set[tuple[int, ...]] = set()
    for denial in sorted(partners):
        denied = spoken_denials(sentences[denial].text)
        if not denied:
            continue
        claims = [
            row
            for row in partners[denial]
            if any(_affirms(lowered_of[row], d) for d in denied)
            and not _negates(lowered_of[row])
            and not _BOTH_SIDES.search(lowered_of[row])
        ]
        closest = sorted(claims, key=lambda r: -similarity.scores[denial, r])[:MAX_CLAIMS]
        key = tuple(sorted(closest))
        if not key or key in seen:
            continue
        seen.add(key)
        quoted = next(d.quoted for d in denied if _affirms(lowered_of[key[0]], d))
        reason = denial_reason(quoted)
        claimed = tuple(sentences[r] for r in key)
        conflicts.append(Conflict("denial", claimed, (sentences[denial],), reason))
    return conflicts
