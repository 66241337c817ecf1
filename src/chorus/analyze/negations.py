"""Denials with no denial verb: a party's "never asked Mr. Comey" against a report that
"he asked Comey to stop investigating"; "he didn't kiss the woman" against "dancing with
and kissing a woman".

A negated action is read as a denial only when someone is reported saying it (a speech
verb or a quotation mark in its sentence) and it is no condition ("if they didn't show
up"): "Police didn't identify whose bodies were found" is
the narrator's account of a moment, not one side of a dispute. It answers a sentence of
another article that affirms the same action on the same thing: the verb, with no
negation anywhere in that sentence, followed within a few words by a word of what was
denied ("Mr. Comey" → "asked Comey"). Without the object, "did not report any injuries"
would answer any report.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity, stems
from chorus.model import Sentence

NEGATION_SIMILARITY = 0.30
"""The claim and its denial tell one event: the 250 raw validation clusters' pairs of a
spoken "never asked"/"didn't kiss" and the action affirmed elsewhere score 0.30–0.40."""
OBJECT_WORDS = 3
"""Words after a denied verb that name what it was done to ("never asked Mr. Comey or")."""
REACH = 4
"""Words after the affirmed verb searched for the denied object ("asked Comey at a ...")."""
MAX_CLAIMS = 3

_NEGATED = re.compile(
    r"\b(?:did not|didn[’']t|(?:has |had |have )?never)\s+(?:personally\s+|ever\s+)?"
    rf"([a-z]{{3,}})((?:\s+[\w.’'-]+){{0,{OBJECT_WORDS}}})"
)
"""A negated past action and the words after it: "has never asked Mr. Comey or"."""
NEGATION_WORDS = ("did not", "didn't", "didn’t", "never")
"""What every negated action holds: a literal scan finds the few sentences that do."""
_SPOKEN = re.compile(
    r"\b(?:said|says|told|tells|insist(?:s|ed)?|maintain(?:s|ed)?|statement)\b|[\"“]"
)
"""What makes a negated action someone's denial: a speech verb or a quotation mark."""
_CONDITION = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
"""A negation in a condition denies nothing: "offering ... $3,000 each if they didn't show up"."""
_ANY_NEGATION = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.IGNORECASE)
NOT_ACTIONS = frozenset(
    (
        *("be", "been", "have", "had", "know", "knew", "known", "say", "said", "think"),
        *("thought", "want", "wanted", "like", "need", "see", "seen", "expect", "get"),
        *("got", "go", "went", "come", "came", "mean", "meant", "believe", "believed"),
        *("intend", "intended", "plan", "planned", "realize", "realise", "notice"),
    )
)
"""Verbs of states and intentions: negated, they deny no event another source reports."""
_NO_OBJECT = frozenset(
    stems("the a an his her their its him them me us it to of in on at for with and or")
    + stems("any anyone anything else that this mr mrs ms dr")
)
_WORD = re.compile(r"[\w’'-]+")
_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but)\s|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)\.(?:\s|$)")
"""Where a quoted denial ends: a comma or a full stop, not a title's ("Mr. Comey")."""
QUOTED_WORDS = 12


@dataclass(frozen=True, slots=True)
class Denied:
    """A negated action someone is reported saying: its verb, the stems of what it was done
    to, and the words the reason quotes."""

    verb: str
    done_to: frozenset[str]
    quoted: str


def _quoted(text: str, start: int) -> str:
    """The denial from its negation to the end of its clause, at most `QUOTED_WORDS` words."""
    end = _CLAUSE_END.search(text, start)
    words = text[start : end.start() if end else len(text)].split()
    return " ".join(words[:QUOTED_WORDS]) + ("…" if len(words) > QUOTED_WORDS else "")


def denied_actions(text: str) -> list[Denied]:
    """Each negated action someone is reported saying in the sentence."""
    if not _SPOKEN.search(text):
        return []
    found = []
    for match in _NEGATED.finditer(text):
        verb = match.group(1).lower()
        if verb in NOT_ACTIONS or _CONDITION.search(text, 0, match.start()):
            continue
        done_to = frozenset(stems(match.group(2))) - _NO_OBJECT
        if done_to:
            found.append(Denied(verb, done_to, _quoted(text, match.start())))
    return found


def _affirms(text: str, denied: Denied) -> bool:
    """Whether a sentence does what was denied: a word that starts with the verb's root
    ("kiss" → "kissing", "sign" → "signed") followed within `REACH` words by a word of
    what it was done to."""
    verb, done_to = denied.verb, denied.done_to
    root = verb[:-1] if verb.endswith("e") else verb
    words = _WORD.findall(text.lower())
    return any(
        word.startswith(root)
        and not done_to.isdisjoint(stems(" ".join(words[n + 1 : n + 1 + REACH])))
        for n, word in enumerate(words)
    )


def _negating(similarity: Similarity, rows: Sequence[int]) -> list[int]:
    """The rows whose sentence holds a negation: each article's text is searched for the
    literal words (`str.find`, ~10x cheaper than a pattern of alternatives) and each hit
    placed in its sentence by offset; most sentences hold none."""
    sentences, keep = similarity.sentences, set(rows)
    starts = [sentence.start for sentence in sentences]
    # The sentences stand article by article: each article's are one run of rows.
    bounds = [0, *(np.flatnonzero(np.diff(similarity.article_of)) + 1).tolist(), len(starts)]
    found = set()
    for low, high in pairwise(bounds):
        text = sentences[low].article.text
        for word in NEGATION_WORDS:
            at = text.find(word)
            while at >= 0:
                row = bisect_right(starts, at, low, high) - 1
                if row >= low and at < sentences[row].end and row in keep:
                    found.add(row)
                at = text.find(word, at + len(word))
    return sorted(found)


def negation_conflicts(similarity: Similarity, rows: Sequence[int]) -> list[Conflict]:
    """Each spoken negated action with the sentences of other articles that affirm it, the
    closest `MAX_CLAIMS` of them; a denial repeated by several articles, answering the same
    claims, is shown once."""
    sentences: Sequence[Sentence] = similarity.sentences
    denials = {
        row: found
        for row in _negating(similarity, rows)
        if (found := denied_actions(sentences[row].text))
    }
    if not denials:
        return []
    on_story = np.zeros(len(sentences), dtype=bool)
    on_story[list(rows)] = True
    conflicts = []
    seen: set[tuple[int, ...]] = set()
    for denial, denied in denials.items():
        close = similarity.scores[denial] >= NEGATION_SIMILARITY
        close &= on_story & (similarity.article_of != similarity.article_of[denial])
        claims = [
            row
            for row in np.flatnonzero(close).tolist()
            if not _ANY_NEGATION.search(sentences[row].text)
            and any(_affirms(sentences[row].text, d) for d in denied)
        ]
        closest = sorted(claims, key=lambda r: -similarity.scores[denial, r])[:MAX_CLAIMS]
        key = tuple(sorted(closest))
        if not key or key in seen:
            continue
        seen.add(key)
        quoted = next(d.quoted for d in denied if _affirms(sentences[key[0]].text, d))
        reason = f"One side denies what the other claims: “{quoted}”"
        claimed = tuple(sentences[r] for r in key)
        conflicts.append(Conflict("denial", claimed, (sentences[denial],), reason))
    return conflicts
