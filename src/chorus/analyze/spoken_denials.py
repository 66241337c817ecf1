"""Spoken denials with no denial verb, read in one sentence: a party's "never asked Mr.
Comey", "he didn't kiss the woman", a state, "polar bears were not considered to be in
danger of extinction" (negations.py sets them against what other articles affirm).

A negated action or state is read as a denial only when someone is reported saying it (a
speech verb or a quotation mark in its sentence) and it is no condition ("if they didn't
show up"), no group ("those who did not support repeal") and no promise ("he'll never
sign"): "Police didn't identify whose bodies were found" is the narrator's account of
a moment, not one side of a dispute. What was denied is the verb with a few words of
its object after it, the purpose it names ("did not use the header for tracking") and the
place ("in new jersey"), or a state's predicate after "is"/"was".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from chorus.analyze.similarity import stems

OBJECT_WORDS = 3
"""Words after a denied verb that name what it was done to ("never asked Mr. Comey or")."""
_LY_VERBS = r"(?:apply|reply|rely|supply|comply|imply|multiply|fly|ally|rally|tally|bully)"
"""Verbs that end as adverbs do: "did not apply for" is no adverb before "for"."""
_ACTION = re.compile(
    rf"\s+(?:ever\s+|(?!{_LY_VERBS}\s)[a-z]+ly\s+)?([a-z]{{3,}})"
    rf"((?:\s+[\w.’'-]+){{0,{OBJECT_WORDS}}})"
)
"""After a negation of an action, the verb and the words after it: "never| asked Mr. Comey
or"; an adverb before the verb is none ("did not specifically mention the rohingya" denies
mentioning, which "without referring specifically to its muslim rohingya" does not
affirm: Multi-News+ train 9348)."""
_PURPOSE = re.compile(r"(?:\s+[\w.’'-]+){0,3}?\s+for\s+([a-z]+)ing\b")
"""After a negated verb, what the act was not done for: "did not use| the header for
tracking" denies tracking, not the use of the header (Multi-News+ train 36345)."""
_WHERE = re.compile(r"(?:\s+[\w.’'-]+){0,3}?\s+in\s+([\w’'-]+(?:\s+[\w’'-]+)?)")
"""After a negated verb, where the act was not done: "did not| file his taxes in new jersey"."""
PREDICATE_WORDS = 4
BEING = frozenset(("is", "are", "was", "were"))
"""Verbs whose negation ("were not", "wasn't") denies a state."""
_PREDICATE = re.compile(
    r"\s+(?:(?:considered|deemed|thought|believed|known)\s+(?:to\s+be\s+)?)?([^,;:.]*)"
)
"""After a negation of a state, its clause: "polar bears were not| considered to be in
danger of extinction", whose first `PREDICATE_WORDS` words are what is denied."""
SPOKEN = ("said", "says", "told", "tells", "insist", "maintain", "statement", '"', "“")
"""What makes a negated action someone's denial: a speech verb or a quotation mark.
(Substring tests: a pattern of these words cost ~9 µs a sentence.)"""
CONDITIONS = frozenset(("if", "unless", "whether", "whose", "when"))
"""A negation in a condition denies nothing: "offering ... $3,000 each if they didn't show
up"; nor one in a clause that says whom it is about: "than babies whose parents did not use
the cleaning technique" (a group of a study), nor one saying when something else happened:
"when he didn't cross that line after making the threat, i think that set us back" (Trump
of Obama, against "it crossed a lot of lines for me", Multi-News+ train 11057)."""
WISHES = frozenset(("wish", "wished", "wishes"))
"""A negation after a wish is a regret, no denial: "i wish i had never used the term" (he
did use it, Multi-News+ train 8553)."""
_FIRST_TIME = re.compile(
    r"(?:\s+[\w’'-]+){1,6}?\s+before(?=\s+(?:with|since|in|at|and|but)\b|\s*[,.;:]|\s*$)"
)
"""After "never", an act told as not done until now: "had never caught a shark before with
human parts inside" says this catch is his first, it denies none (train 18793)."""
GROUPS = (["those", "who"], ["anyone", "who"], ["people", "who"], ["all", "who"])
"""Words right before a negation that make it say whom a clause is about."""
PROMISING = frozenset(("will", "would", "shall", "can", "could", "ll"))
"""Words before "never" ("'ll" too, and "ll" as tokenised text writes it) that make it a
promise or a stance, not a denial of an act: "Trump says he ' ll never sign a spending
bill like this one again" (he had just signed it, Multi-News+ train 39665)."""
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
    + stems("out up off down over back away")
)
"""Words after a denied verb that name nothing it was done to: a particle ("did not carry
out" names no act: Marquez's plot "conceived but did not carry out" answered Farook's
"considering carrying out a terrorist attack", Multi-News+ train 35645)."""
_NO_PLACE = _NO_OBJECT | frozenset(
    stems("way ways fact order time part addition response case connection general public")
)
"""Words after "in" that name no place."""
_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but)\s|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)\.(?:\s|$)")
"""Where a quoted denial ends: a comma or a full stop, not a title's ("Mr. Comey")."""
QUOTED_WORDS = 12


@dataclass(frozen=True, slots=True)
class Denied:
    """A negated action or state someone is reported saying: an action's verb and the stems
    of what it was done to ("never asked" Comey), or a state's predicate, the stems of its
    content words in order ("not ... in danger of extinction": danger, extinction), and the
    words the reason quotes."""

    verb: str
    done_to: frozenset[str]
    quoted: str
    predicate: tuple[str, ...] = ()
    where: frozenset[str] = frozenset()
    """The stems of the place it names the act or state was not in ("new jersey"), if any."""
    purpose: str = ""
    """The stem of the purpose it names the act was not done for ("did not use the header
    for tracking": track), if any."""

    @property
    def cue(self) -> str:
        """What a sentence that affirms it must hold: the verb's root ("kiss", "sign" of
        "signed") or the predicate's first stem."""
        if self.predicate:
            return self.predicate[0]
        return self.verb[:-1] if self.verb.endswith("e") else self.verb


def quoted_clause(
    text: str, start: int, clause_end: re.Pattern[str], after: int | None = None
) -> str:
    """The words of `text` from `start` to where `clause_end` first matches (searched from
    `after`, else from `start`), at most `QUOTED_WORDS` of them: what a reason quotes."""
    end = clause_end.search(text, start if after is None else after)
    words = text[start : end.start() if end else len(text)].split()
    return " ".join(words[:QUOTED_WORDS]) + ("…" if len(words) > QUOTED_WORDS else "")


def _negations(text: str) -> Iterator[tuple[bool, int, int]]:
    """(of an action, start, end) of each negation in the text: "did not", "didn't" and
    "never" negate an action, "were not", "wasn't", "was never" ... a state. Found with
    `find` and the word before read (a pattern of the alternatives, tried at every
    position, cost ~10x more)."""
    for word in (" not", "n't", "n’t"):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            # the word before " not", or the verb that "n't" ends ("did" of "didn't")
            start = text.rfind(" ", 0, at) + 1
            head = text[start:at]
            if head == "did":
                yield True, start, end
            elif head in BEING:
                yield False, start, end
            at = text.find(word, end)
    at = text.find("never")
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            # after "was", "were" ... a state: "the shirt was never dry cleaned" (no verb
            # "dry" done to "cleaned", Multi-News+ train 37509); after "will", "'ll" ... a
            # promise, no past act denied (`PROMISING`)
            head = text[text.rfind(" ", 0, at - 1) + 1 : at - 1] if at else ""
            if head not in PROMISING and not head.endswith(("'ll", "’ll")):
                yield head not in BEING, at, at + len("never")
        at = text.find("never", at + 1)


def _conditional(text: str, start: int) -> bool:
    """Whether the negation at `start` is in a condition or a wish or says whom a clause is
    about: "if", "whose" or "wish" within four words before, or "those who" ... right
    before ("for those who did not support repeal the last time", a group, Multi-News+
    train 40208)."""
    before = text[max(0, start - 60) : start].lower().split()[-4:]
    return (
        not CONDITIONS.isdisjoint(before) or not WISHES.isdisjoint(before) or before[-2:] in GROUPS
    )


def spoken_denials(text: str) -> list[Denied]:
    """Each negated action or state someone is reported saying in the sentence: none
    without a speech verb or a quotation mark."""
    if not any(word in text for word in SPOKEN):
        return []
    found = []
    for action, start, end in _negations(text):
        if _conditional(text, start):
            continue
        if action:
            if text.startswith("never", start) and _FIRST_TIME.match(text, end):
                continue
            match = _ACTION.match(text, end)
            if not match or match.group(1) in NOT_ACTIONS:
                continue
            done_to = frozenset(stems(match.group(2))) - _NO_OBJECT
            if done_to:
                words = quoted_clause(text, start, _CLAUSE_END)
                purpose = _PURPOSE.match(text, match.end(1))
                found.append(
                    Denied(
                        match.group(1),
                        done_to,
                        words,
                        where=_where(text, end),
                        purpose=purpose.group(1) if purpose else "",
                    )
                )
            continue
        match = _PREDICATE.match(text, end)
        predicate = content(match.group(1)) if match else ()
        # one content word ("not true", "not available") says too little of what is denied
        if len(predicate) > 1:
            words = quoted_clause(text, start, _CLAUSE_END)
            found.append(Denied("", frozenset(), words, predicate, _where(text, end)))
    return found


def _where(text: str, at: int) -> frozenset[str]:
    """The stems of the place named after a verb at `at` ("file his taxes in new jersey"),
    but words that name none ("in the", "in any way", "in fact")."""
    if " in " not in text[at : at + 80]:  # a substring test rules out most denials
        return frozenset()
    match = _WHERE.match(text, at)
    return frozenset(stems(match.group(1))) - _NO_PLACE if match else frozenset()


def content(clause: str) -> tuple[str, ...]:
    """The stems of the content words of a clause's first `PREDICATE_WORDS` words."""
    words = stems(" ".join(clause.split()[:PREDICATE_WORDS]))
    return tuple(word for word in words if word not in _NO_OBJECT)
