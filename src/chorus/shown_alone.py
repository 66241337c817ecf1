"""What a sentence shown alone leans on beyond an opening pronoun or definite description
(`chorus.dangling`): the lone items of the cross-source sections and the headline have no
sentence before them, so these mark the ones that need it shown.

`leans_back` reads the other ways a sentence leans on the one before it: going on from a
moment told there ("Initially, ..."), a likeness without what it is like ("made similar
comments"), ", the diplomat said." after "an EU diplomat said". `unnamed_person` reads a
"he" or "she" met before any name ("“...,” she said.", "... in which he says something"),
only in text that writes names in capitals (`writes_names_in_capitals`). `bare_pointer`
reads a "this", "that", "these", "those" or "such" past an opening phrase or inside the subject that
nothing before it in the sentence gives ("For the Heat, this is the reward ...").
"""

from __future__ import annotations

import re

from chorus.dangling import OPENING, STEM, stems
from chorus.language.quotations import QUOTED
from chorus.language.speakers import OWNED, ROLE_NOUNS

_SEQUENCE = re.compile(
    r"[\s(\[“\"]*(?:Initially|At first|Later|Then|Afterwards?|Eventually|After that"
    r"|(?:Soon|Shortly) after(?:wards?)?,)(?![\w-])(?!\s+(?:this|next|in|on)\b)"
)
"""An opening that goes on from a moment told before ("Initially, they thought ...", "Later
he said ...", "Soon after, they would ..."); not a moment of its own ("Later this year",
"Shortly after the shooting", "Then-President")."""
_SIMILAR = re.compile(r"\b[Ss]imilar(?:ly)?\b(?!\s+(?:[\w-]+\s+){0,2}?to\b)")
"""A likeness without what it is like ("made similar comments", "struck a similar tone");
not "similar to that of those who ..." nor "similar in principle to a radar"."""
_SAME = re.compile(
    r"(?<!\b[Aa]t )\bthe same\b(?=\s+[a-z])(?!\s+(?:time|page|period|day|way|sex|as)\b)"
    r"(?!(?:\s+[\w-]+){0,4}?\s+(?:as|that|who|which|where|when|it|he|she|they)\b)"
)
"""The same as something not in the sentence ("worked in the same office", "the same one
was out of service"); not an idiom ("at the same time", "in the same period last year")
nor a sameness the sentence goes on to tell ("the same problems it could not resolve")."""
_ROLE_CREDIT = re.compile(
    r",\s+the\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:said|says|added|told|noted|wrote)[.”\"’']*\s*$"
)
"""A speaker named by a definite role at a sentence's end (", the diplomat said.")."""
_CREDIT_TAIL = 60
"""The longest such credit read, from its comma to its closing marks."""
_NAMED_CREDIT = re.compile(r"\b(?:said|says|told|added|according to)\b")
_FIRST_WORD = re.compile(r"\W*[A-Z]\w*")
"""A capitalised word opening the text outside its quotations."""
_LINKED_PRONOUN = re.compile(r"[\s(\[]*(?:But|And|Yet|So|Still|Now|Instead)\s+(?:he|she)\b")
_LEADING_PRONOUN = re.compile(r"[^,]{1,40},\s+(?:he|she)\b")
"""A pronoun as the subject after a short opening phrase ("Since the election, he has not
...", "For example, he seized ...")."""
_PRONOUN_CREDIT = re.compile(r"[,\s]\s*(?:he|she)\s+(?:said|says|added|told|wrote|replied)\b")
"""A speaker named by a pronoun only (", he added.", "” she said.")."""
_SPEAKS = re.compile(r"\s+(?:\w+\s+)?(?:said|says|told|added|recalled|wrote)\b")
_SUBJECT_PRONOUN = re.compile(r" s?he ")
"""A "he" or "she" between spaces, as a subject before its verb is written (a search for
the word at any boundary, "he," "he.", cost unique items 3× more)."""
_CAPITAL = re.compile(r"\b[A-Z]")
_PEOPLE = (
    *("man", "woman", "boy", "girl", "teen", "teenager", "student", "couple", "driver"),
    *(
        noun
        for noun in (*ROLE_NOUNS, *OWNED)
        if " " not in noun and noun not in ("court", "agency", "police", "head", "family")
    ),
)
_INTRODUCED_PERSON = re.compile(
    rf"An? (?:[\w’'-]+ ){{0,3}}?(?:{'|'.join(sorted(set(_PEOPLE), key=len, reverse=True))})\b"
    r"(?![’'-]|,? s?he\b)"
)
"""A subject that introduces someone by what they are ("A 33-year-old woman faces sexual
assault of a child charges after allegedly having two children with a teenage boy she met
in a park.", raw validation cluster 59): a "she" or "he" after it stands for them; not
after a description set before its subject ("A brilliant computer scientist, he helped
transform ...", 227), the "he" then the subject, named nowhere."""
OPENERS = (
    "The|An?|In|At|On|Of|For|To|By|From|With|As|If|When|While|After|Before|Since|Until|Although|"
    "Though|Because|During|But|And|So|Yet|Still|Then|Now|Instead|Furthermore|However|Meanwhile|"
    "There|It|This|That|These|Those|What|How|Where|Once"
)
"""Capitalised words that open a sentence without naming anyone ("There is a moment ..."):
any other capitalised first word is most often a name ("Lowe was known ... for his")."""
_NAMED_FIRST = re.compile(rf"\W*(?!(?:{OPENERS})\b)[A-Z]")
"""A capitalised opening word that is no opener (`OPENERS`): most often a name."""


def leans_back(text: str, before: str) -> bool:
    """Whether a text leans on the sentence `before` in its article other than by an opening
    pronoun or definite description: it goes on from a moment told there ("Initially, they
    thought ..."), compares with it ("made similar comments", "in the same office"), is said
    by a role that sentence names or by someone it credits by name ("..., the diplomat said."
    after "..., an EU diplomat said.")."""
    # the words' own searches first: each item is read, and the patterns cost ~10× more
    if (
        _SEQUENCE.match(text)
        or ("imilar" in text and _SIMILAR.search(text))
        or ("the same" in text and _SAME.search(text))
    ):
        return True
    tail = max(0, len(text) - _CREDIT_TAIL)
    credit = _ROLE_CREDIT.search(text, tail) if text.find(", the ", tail) >= 0 else None
    return credit is not None and _credits(credit.group(1), before)


def _credits(role: str, before: str) -> bool:
    """Whether `before` names a role ("an EU diplomat") or credits someone by name ("the
    Japanese coast guard said"): whom a later ", the service said" stands for."""
    if role[:STEM] in stems(before):
        return True
    return bool(_NAMED_CREDIT.search(before)) and bool(_CAPITAL.search(before, 1))


_MID_CAPITAL = re.compile(r"[a-z,] [A-Z][a-z]")


def writes_names_in_capitals(text: str) -> bool:
    """Whether a text capitalises words inside its sentences ("... said Sarah Sanders"):
    Multi-News+ lowercases every name, where a sentence naming no one in capitals may name
    anyone, so `unnamed_person` cannot be read."""
    return _MID_CAPITAL.search(text) is not None


def unnamed_person(text: str) -> bool:
    """Whether a text speaks of "he" or "she" where the reader of it alone meets no name
    first: after an opening "But" ("But he has scotched rumours"), as the subject after a
    short opening phrase that names no one ("Since the election, he has not ..."), as the
    speaker of a sentence that names no one past its first word ("“...,” she said.",
    "Party discipline ... will be even weaker ..., he added."), or anywhere in one that opens
    naming no one and names no one ("There is a moment ... in which he says something");
    not after a subject that introduces the person ("A 33-year-old woman ... she met",
    `_INTRODUCED_PERSON`)."""
    if _LINKED_PRONOUN.match(text):
        return True
    if not _SUBJECT_PRONOUN.search(text) or _INTRODUCED_PERSON.match(text):
        return False
    outside = QUOTED.sub(" ", text)
    pronoun = _SUBJECT_PRONOUN.search(outside)
    if pronoun is None:
        return False
    first = _FIRST_WORD.match(outside)
    start = first.end() if first is not None else 0
    leading = _LEADING_PRONOUN.match(outside)
    if leading is not None and leading.end() == pronoun.end() - 1:
        return not _CAPITAL.search(outside, start, pronoun.start())
    # a capitalised first word is most often a name, surely one that speaks ("Horsley said
    # ..., he said"); a speaker named only by a pronoun is not ("Party discipline ..., he
    # added.")
    named = _NAMED_FIRST.match(outside) is not None
    if named and (_SPEAKS.match(outside, start) or not _PRONOUN_CREDIT.search(outside)):
        return False
    return not _CAPITAL.search(outside, start)


_FRONTED_POINTER = re.compile(
    r"[\s(\[]*(?P<first>[A-Z][\w’'-]*)(?P<phrase>[^,;:“”\"()]{0,60}),\s+"
    r"(?P<pointer>this|that|these|those|such)(?:(?P<contracted>[’']s)\b|\s+(?P<next>[\w’'-]+))"
)
"""A demonstrative opening the clause after an opening phrase ("For the Heat, this is the
reward for an impossibly wacky two years ...", raw validation cluster 226)."""
_HELD_POINTER = re.compile(
    r"[\s(\[]*(?:The|An?) (?:[a-z][\w’'-]* ){1,3}(?:of|from|behind|about|for|to|in) "
    r"(?P<pointer>this|that|these|those|such) (?P<next>[a-z][\w’'-]*)"
    r"(?= (?:[a-z][\w’'-]* )?(?:is|was|are|were|has|have|had|will|would|can|could|may|might)\b)"
)
"""A subject holding a demonstrative before its verb ("The success of this program is about
to be celebrated ...")."""
_CLAUSE_OPENERS = frozenset(
    ("if", "when", "whenever", "once", "because", "although", "though", "while", "unless")
)
"""Conjunctions opening a clause a pronoun after it may stand for ("If you're more likely
to share a story after reading it, that's often a sign ...", raw validation cluster 26;
"Even if the Republicans could win control of 60 seats, that would be ...", DUC 2003
cluster 13), "since" too when three words or more follow it ("Since the Olympics take place
between Feb. 7 and Feb. 23, that means ...", raw 184; not "Since 2010, this has ...")."""
_PHRASE_FIRST = _CLAUSE_OPENERS | frozenset(
    (
        *("for", "in", "at", "on", "with", "to", "from", "by", "like", "unlike", "despite"),
        *("during", "after", "before", "since", "among", "under", "over", "beyond", "besides"),
        *("without", "within", "following", "according", "regardless", "given", "even", "as"),
    )
)
"""The first words of an opening phrase (a preposition, a conjunction); an adverb in "-ly"
opens one too ("Rather incredibly, this wasn't even a friendly.")."""
_CLAUSE_WORDS = 3
_POINTER_VERBS = frozenset(
    (
        *("is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could"),
        *("may", "might", "must", "should", "does", "did", "means", "meant", "seems", "isn’t"),
        *("isn't", "wasn’t", "wasn't", "results", "makes", "made", "happens", "happened"),
    )
)
"""Verbs after a demonstrative standing alone as the subject ("this is", "that means")."""


def bare_pointer(text: str) -> bool:
    """Whether a text's clause opens, past an opening phrase, on a "this", "that", "these",
    "those" or "such" standing for nothing the text gives before it ("For the Heat, this is the
    reward ...", raw validation cluster 226; "When we began, this idea was not
    controversial.", 26), or its subject holds one ("The success of this program is ...",
    67): read alone, the text never says what. Not a pronoun after a clause it stands for
    ("If you're more likely to share a story after reading it, that's often a sign ...",
    26), nor one before a noun the text wrote before ("Though the trigger would force cuts
    to Medicare, those cuts would come ...", 112), an aside's "such as" or a time ("In 2012,
    this week ...")."""
    # the words' own searches first: the patterns cost ~2 µs a sentence, most have neither
    fronted = _FRONTED_POINTER.match(text) if ", th" in text or ", such" in text else None
    if fronted is not None:
        return _fronted_bare(fronted, text)
    held = _HELD_POINTER.match(text) if " th" in text or " such " in text else None
    return held is not None and not _given(held.group("next"), text[: held.start("pointer")])


def _fronted_bare(fronted: re.Match[str], text: str) -> bool:
    """Whether a demonstrative after an opening phrase (`_FRONTED_POINTER`) is bare."""
    first = fronted.group("first").casefold()
    if first not in _PHRASE_FIRST and not first.endswith("ly"):
        return False  # a clause of its own before the comma ("She says ..., that make them")
    rest = text[fronted.start("pointer") :]
    if not OPENING.match(rest[:1].upper() + rest[1:]) or fronted.group("next") == "as":
        return False
    after = fronted.group("next")
    if fronted.group("contracted") or after in _POINTER_VERBS:
        return not _resumes_clause(first, fronted.group("phrase").split())
    return not _given(after, text[: fronted.start("pointer")])


def _resumes_clause(first: str, phrase: list[str]) -> bool:
    """Whether an opening phrase (its first word, then the rest's words) is a clause a
    pronoun after it stands for."""
    if first == "even" and phrase:
        first, phrase = phrase[0].casefold(), phrase[1:]
    if first == "since":
        return len(phrase) >= _CLAUSE_WORDS
    return first in _CLAUSE_OPENERS and len(phrase) >= _CLAUSE_WORDS - 1


def _given(word: str, before: str) -> bool:
    """Whether `before` writes `word` (by its stem): a demonstrative before it points there."""
    return word[:STEM].casefold() in stems(before)
