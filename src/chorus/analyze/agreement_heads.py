"""What a sentence says of its subject, which another must say too to tell its fact.

A short sentence of the shape "<subject> is/are/was/were [adverb] <word>." says one thing of
its subject, that word: "The black leopards of Peninsular Malaysia are extremely rare." A
sentence naming the subject without writing the word tells something else of it: "The only
'black panther' recorded in Peninsular Malaysia so far has been the black leopard ()." (raw
186, 0.536 by its score alone on the leopards' and the peninsula's words), or "Turkish
officials claim that Ocalan is currently hiding in Russia." beside "Ocalan's current
whereabouts are unclear." (DUC 11, 0.407 on "current"). Of the 22,361 sentences reaching the
agreement over the raw and DUC clusters, 35 have the shape; those two pairs are all the
links it refuses. The word is no participle ("was injured", a deed told as often by another
verb: "was hurt in the attack", raw 196) and no function word ("Here are some."); the
subject names no one saying or believing it ("Jewell noted the film was brilliantly cast").

A degree, "most" or "least", grades the word after it: "the most commonly reported tick-borne
illness" and "the tick most closely associated with RMSF" (raw 159) share the degree, not
what each grades. Written by both as their one own word in common, it linked them (0.429). As
a quantity ("most of them Albanian civilians", DUC 14) it is a fact, which is why "most"
stays an own word (own_words.FUNCTION_WORDS): only a superlative ("the most", or of a word
in -ly) beside a degree of another word is set aside. Of 716 sentences writing a degree (245
a superlative), 36 links share one as an own word; the rule reads two, 159's and DUC 17's
"For most Croats, ..." / "... one of the most divisive ..." (which formed no row).

Linked by score alone, a short sentence saying one thing of its subject, perhaps credited ("Valencia
del Toro's ex-fiance is cooperating with authorities, police said."), and one writing none of
what it says, sharing only the subject's words, the credit's and names, tell two things of one
subject ("... and said he apparently was upset over a fight with his ex-fiancee earlier in the
day.", raw 156, 0.450): `predicate_untold`. Two short sentences of one subject may say one
thing in two verbs ("was hurt in the attack" / "also was injured", raw 196), and are left."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.own_words import FUNCTION_STEMS, names_in_common
from chorus.analyze.similarity import STEM_LENGTH, stems

_PROPERTY = re.compile(
    # a subject of a few words opening the sentence, no clause of its own before the verb
    r"[A-Z][^,;:“”\"()—–]{2,90}?\s(?:is|are|was|were)\s"
    r"(?:(?:[a-z]+ly|very|so|too|quite|still|now|also|not|never)\s)?([a-z][a-z-]+)\.?"
)
"""A short copular sentence and the word it closes on: "... are extremely rare."."""
_NOT_A_SUBJECT = re.compile(
    r"\b(?:that|says?|said|told|claims?|believes?|thinks?|knows?|has|have|had|\w+ed)\b"
)
"""A word showing the words before the verb are no bare subject: "Jewell noted the film
was ...", "Police said the suspect was ..."."""
_PARTICIPLE = re.compile(r"(?:ed|en|ing)$")
"""A property word that is a verb's form: a deed done ("was injured"), not a state."""
_COPULAS = (" is ", " are ", " was ", " were ")
SUBJECT_WORDS = 8
"""The most words of a subject with its copula (and an adverb): "The black leopards of
Peninsular Malaysia are extremely" is eight; longer, the words before the verb hold a clause
of their own ("Will Smith drove a Mercedes G63 SUV on the night he was fatally shot.")."""


@lru_cache(maxsize=4096)
def _property(text: str) -> frozenset[str]:
    """The stems of the one word a short copular sentence says of its subject, none where
    the sentence has no such shape."""
    # most sentences are long or have no copula: the search is skipped
    if len(text) > 120 or not any(copula in text for copula in _COPULAS):
        return frozenset()
    found = _PROPERTY.fullmatch(text.strip())
    if found is None or _PARTICIPLE.search(found[1]):
        return frozenset()
    # the match is of the stripped text: its offsets index that
    subject = found.string[: found.start(1)]
    if subject.count(" ") > SUBJECT_WORDS or _NOT_A_SUBJECT.search(subject):
        return frozenset()
    return frozenset(stems(found[1])) - FUNCTION_STEMS


def property_untold(a: str, b: str) -> bool:
    """Whether one of two sentences says one thing of its subject (`_property`) that the
    other does not write."""
    for ours, theirs in ((a, b), (b, a)):
        said = _property(ours)
        if said and said.isdisjoint(stems(theirs)):
            return True
    return False


_DEGREE = re.compile(r"\b(the\s+)?(most|least)\s+([A-Za-z][\w-]*)", re.IGNORECASE)
"""A degree and the word it grades: "the most commonly", "most closely"."""
_DEGREE_STEMS = frozenset(("most", "least"))


def _graded(text: str) -> tuple[set[str], bool]:
    """The stems of the words a sentence's degrees grade, and whether one of them is a
    superlative (after "the", or of a word in -ly), not a quantity ("most of them")."""
    found = _DEGREE.findall(text)
    graded = {word.lower()[:STEM_LENGTH] for _, _, word in found}
    return graded, any(the or word.endswith("ly") for the, _, word in found)


def degrees_apart(a: str, b: str, shared: set[str]) -> set[str]:
    """The degrees among `shared` (own words two sentences have in common) that each of the
    two writes of another word, one of them a superlative: no word of one fact."""
    # most pairs share no degree: nothing is read
    if _DEGREE_STEMS.isdisjoint(shared):
        return set()
    graded_a, superlative_a = _graded(a)
    graded_b, superlative_b = _graded(b)
    # a degree standing alone ("higher than most.") grades nothing of its own
    if not (graded_a and graded_b) or graded_a & graded_b:
        return set()
    if not (superlative_a or superlative_b):
        return set()
    return shared & _DEGREE_STEMS


_PREDICATE = re.compile(
    # a subject of a few words, its verb, what it says of the subject, and a closing credit
    r"([A-Z][^,;:“”\"()—–]{2,90}?)\s(?:is|are|was|were|has|have|had|will)\s([^,;:“”\"()—–]+?)"
    r"(,\s(?:[a-z]+\s){0,3}(?:said|says|reported))?\.?"
)
"""A short sentence saying one thing of its subject, perhaps credited: "Valencia del Toro's
ex-fiance is cooperating with authorities, police said."; not one ending on a colon, which
says its thing in what follows ("Cosby’s reply was every bit as convoluted:", raw 172)."""
PREDICATE_LENGTH = 140
"""The most characters of a sentence read for `_PREDICATE`: longer, it says more than one
thing."""


@lru_cache(maxsize=4096)
def _predicate(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The stems of a short sentence's subject and credit, and those of what it says of the
    subject (`_PREDICATE`); None where it has no such shape."""
    # most sentences are long: the search is skipped
    if len(text) > PREDICATE_LENGTH:
        return None
    found = _PREDICATE.fullmatch(text.strip())
    if found is None:
        return None
    if found[1].count(" ") >= SUBJECT_WORDS or _NOT_A_SUBJECT.search(found[1]):
        return None
    who = frozenset(stems(found[1]) + stems(found[3] or ""))
    return who, frozenset(stems(found[2])) - FUNCTION_STEMS


def predicate_untold(a: str, b: str, stems_a: list[str], stems_b: list[str]) -> bool:
    """Whether one of two sentences linked by their score alone says a thing of its subject
    (`_predicate`) of which the other writes no word, sharing with it only the subject's, the
    credit's and names both capitalise: "Valencia del Toro's ex-fiance is cooperating with
    authorities, police said." / "Police identified the gunman as ... Valencia del Toro, and
    said he apparently was upset over a fight with his ex-fiancee earlier in the day." (raw
    156, 0.450). Not where the other is a short sentence of one subject too: "One of
    Zirkle's dogs was hurt in the attack." / "One of Zirkle's dogs also was injured." (raw
    196) say one thing in two verbs."""
    shape_a, shape_b = _predicate(a), _predicate(b)
    if shape_a is not None and shape_b is not None:
        return False
    if shape_a is not None:
        (who, said), theirs = shape_a, stems_b
    elif shape_b is not None:
        (who, said), theirs = shape_b, stems_a
    else:
        return False
    common = set(stems_a).intersection(stems_b) - names_in_common(a, b)
    return bool(said) and said.isdisjoint(theirs) and common <= who
