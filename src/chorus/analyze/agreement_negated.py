"""A lone own word one sentence negates and another, negating nothing, affirms
(agreement_pairs, at any score; beside other own words, below OPEN_THRESHOLD): "The latest
bizarre beauty fad involves using coloured pencils ..." / a blogger's "CRAYOLA was not
involved in the making of this video" (raw 63) share the word and say its opposite, as "Dunn
said he believed Davis had a weapon" / "But no weapon was found in the SUV" (raw 121, 0.448)
do; so do "There is no bill." and "the bill" beside names both write (raw 107). A denial or a
"cease" negates as "not" does: "Syria has denied supporting Kurdish rebels." does not
support "... following allegations that Syria is supporting Turkish Kurdish rebels" (DUC 7),
nor "searchers using the Navy-owned pinger locator" "... will cease using the U.S. Navy's
towed pinger locator" (raw 218). Beside other own words, below OPEN_THRESHOLD, one negated
inside a phrase the other writes without the negation says its opposite too: "pleaded
guilty" / "pleaded not guilty" (raw 50). A record that no one ever did a deed is not told by
one who did it: "Wayne State said none of the school's officers had ever died in the line of
duty ..." / "Officer Collin Rose, 29, died Wednesday from a gunshot wound ..." (raw 50); nor,
at any score, one that a deed was never done to someone by one telling it unnegated: "Cosby
has never been criminally charged." / "... could result in Cosby facing criminal charges."
(raw 172)."""

from __future__ import annotations

import re
from itertools import pairwise

from chorus.analyze.similarity import STEM_LENGTH, stems

_NEGATIONS = frozenset(
    {"not", "never", "cannot", "no", "deny", "denies", "denied", "denying"}
    | {"cease", "ceases", "ceased", "ceasing"}
)
"""Words that negate the words after them. "stop" is none: "stopped using cell phones"
tells what "avoided phones" does (raw 195), "tried to stop a stolen car" of a car "reported
stolen" (Multi-News+ 437)."""
NEGATION_REACH = 4
"""Words before a word within which a negation negates it: "was not involved", "cannot be
used to provide"."""
_WORDS = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?|[,;:.!?()“”\"—–]|\s-+\s")
"""Words and the marks that close a clause, past which no negation reaches."""


def negated_apart(a: str, b: str, shared: set[str]) -> bool:
    """Whether the one own word two sentences share is negated wherever one writes it and
    nowhere the other does: "The latest bizarre beauty fad involves using coloured pencils
    ... despite warnings from Crayola" / a blogger's "CRAYOLA was not involved in the making
    of this video" (raw 63) say the word's opposite. Beside words both capitalise, the one
    left must follow "no" wherever one writes it (`_none_of`); a deed one says no one ever
    did, the other telling it done, says its opposite at any word in common (`_ever_done`)."""
    if _ever_done(a, b):
        return True
    if len(shared) != 1:
        return _none_of(a, b, shared) or _one_negated(a, b, shared)
    (stem,) = shared
    negated = [_negated(text, stem) for text in (a, b)]
    if None in negated or negated[0] == negated[1]:
        return False
    # the other sentence negates nothing: two that each negate something ("would not
    # comment on their inquiry" / "would not discuss the investigation", DUC 21) may tell
    # one refusal, whatever word each negates
    return _negates_nothing(b if negated[0] else a)


_NONE_EVER = re.compile(
    r"\b(?:none|no[ ]one|nobody)\b[^.;:,]*?\bever[ ]+(?:(?:been|be)[ ]+)?([a-z]{3,})",
    re.IGNORECASE,
)
"""A deed no one ever did: "none of the school's officers had ever died". Not "never" alone:
"never called either woman a "bitch"" beside "allegedly called a guy's gf a bitch"
(Multi-News+ lines 2822) is a denial, "could never hide from each other" beside "could hide
from our families" (train 1193) one quotation."""


def _ever_done(a: str, b: str) -> bool:
    """Whether one sentence says no one ever did a deed (`_NONE_EVER`) and the other, negating
    nothing, writes the deed's word: the death that ended the record is not the record (raw
    50)."""
    # a substring test spares most pairs the search
    for text, other in ((a, b), (b, a)):
        if "ever " not in text or not (found := _NONE_EVER.search(text)):
            continue
        stem = found[1].lower()[:STEM_LENGTH]
        if stem in {word[:STEM_LENGTH] for word in _LETTERS.findall(other.lower())}:
            return _negates_nothing(other)
    return False


_NEVER_BEEN = re.compile(
    r"\b(?:has|have|had)\s+never\s+been\s+((?:[a-z]+ly\s+)?[a-z]{3,})", re.IGNORECASE
)
"""A record that a deed was never done to someone: "Cosby has never been criminally
charged." Not "never" alone: "never seen anything like it" / "unlike anything he's ever
seen" tell one remark (`_one_negated`)."""


def never_done(a: str, b: str, shared: set[str]) -> bool:
    """Whether one sentence records that a deed was never done to someone (`_NEVER_BEEN`),
    its words all the own words `shared` but names both capitalise, and the other writes
    them negating none: "Cosby has never been criminally charged." does not tell "... the
    latest accusation, which could result in Cosby facing criminal charges." (raw 172, 0.482
    with two own words, so read at any score: `negated_apart` reads several own words below
    OPEN_THRESHOLD only). The other may negate another word ("might not be enough")."""
    # a substring test spares most pairs the pattern
    for text, other in ((a, b), (b, a)):
        if "never been" not in text.lower() or not (found := _NEVER_BEEN.search(text)):
            continue
        words = shared - (_capitalised(a) & _capitalised(b))
        if words and words <= set(stems(found[1])):
            return all(_negated(other, stem) is False for stem in words)
    return False


def _none_of(a: str, b: str, shared: set[str]) -> bool:
    """Whether, of own words `shared` beside those both sentences capitalise (quoted or
    not: names, titles), the one left follows "no" wherever one writes it and the other
    negates nothing: Gingrich's "“I checked with Speaker Boehner’s office. There is no
    bill.”" / "Speaker Boehner and Leader Cantor told Politico tonight that they would approve
    important elements of the bill." (raw 107). A negation further off ("Yugoslav
    authorities still not have issued visas" / "Belgrade authorities recently began refusing
    to issue visas", DUC 14) may tell one refusal in two ways."""
    # a substring test spares most pairs the words' reading
    if "no " not in a.lower() and "no " not in b.lower():
        return False
    left = shared - (_capitalised(a) & _capitalised(b))
    if len(left) != 1:
        return False
    (stem,) = left
    for text, other in ((a, b), (b, a)):
        words = _LETTERS.findall(text.lower())
        found = [at for at, word in enumerate(words) if word[:STEM_LENGTH] == stem]
        if found and all(at and words[at - 1] == "no" for at in found):
            return _negates_nothing(other)
    return False


def _one_negated(a: str, b: str, shared: set[str]) -> bool:
    """Whether, of several own words two sentences share, one is negated in one sentence
    inside a phrase the other, negating nothing, writes without the negation: "In 2011, he
    was charged with two counts of felony assault ... and pleaded guilty, ..." / "(CNN) A
    Detroit man pleaded not guilty Friday to murder charges ..." (raw 50) tell two pleas.
    The word before the negation must be the other's word before the shared one: "was not
    feeling well" / "complaining of feeling unwell" (DUC 11), "had not determined the fire's
    cause" / "until the cause ... has been determined" (DUC 22) or "never seen anything like
    it" / "unlike anything he's ever seen" tell one fact. Read below OPEN_THRESHOLD only
    (agreement_pairs), where the other words in common do not carry the pair."""
    # most pairs negate nothing: their words are not read
    negating = [_negating(a), _negating(b)]
    if negating[0] == negating[1]:
        return False
    text, other = (a, b) if negating[0] else (b, a)
    if not _negates_nothing(other):
        return False
    words, other_words = _words(text), _words(other)
    return any(
        _negated_in_phrase(words, other_words, stem)
        for stem in shared - (_capitalised(a) & _capitalised(b))
    )


def _negated_in_phrase(words: list[str], other_words: list[str], stem: str) -> bool:
    """Whether every word of `stem` in `words` follows a negation right before it, itself
    after a word the other writes right before its word of `stem` ("pleaded not guilty" /
    "pleaded guilty")."""
    found = [at for at, word in enumerate(words) if word[:STEM_LENGTH] == stem]
    if not found or not all(at > 1 and _is_negation(words[at - 1]) for at in found):
        return False
    before = {words[at - 2][:STEM_LENGTH] for at in found}
    return any(
        word[:STEM_LENGTH] == stem and at and other_words[at - 1][:STEM_LENGTH] in before
        for at, word in enumerate(other_words)
    )


_LETTERS = re.compile(r"[a-z]+")
_CAPITAL = re.compile(r"[A-Z](?<!\w[A-Z])[A-Za-z0-9]*")
"""A capitalised word, its "\b" a look-behind after the capital: the search skips from
capital to capital."""


def _capitalised(text: str) -> set[str]:
    """The stems of the words a text capitalises, inside quotation marks too."""
    return {word[:STEM_LENGTH].lower() for word in _CAPITAL.findall(text)}


def _negates_nothing(text: str) -> bool:
    """Whether a text writes no negation, "yet to" ("has yet to be determined") being one."""
    if not _negating(text):
        return True
    words = _words(text)
    return not any(map(_is_negation, words)) and not _yet_to(words)


def _words(text: str) -> list[str]:
    """A text's words and clause marks, in lower case; a "cease-fire" one word, no "cease"."""
    return _WORDS.findall(text.lower().replace("cease-fire", "ceasefire"))


def _negated(text: str, stem: str) -> bool | None:
    """Whether a text negates its every word of `stem` (False: none), or None for some."""
    if not _negating(text):
        return False  # most sentences negate nothing: their words are not read
    words = _words(text)
    found = [
        _negates(words[max(0, at - NEGATION_REACH) : at])
        for at, word in enumerate(words)
        if word[:STEM_LENGTH] == stem
    ]
    if not any(found):
        return False
    return True if all(found) else None


def _negating(text: str) -> bool:
    """Whether a text may negate something: a substring test, before its words are read."""
    lowered = text.lower()
    return any(
        word in lowered
        for word in ("not", "never", "n't", "n’t", "no ", "yet to", "deni", "deny", "ceas")
    )


def _negates(before: list[str]) -> bool:
    """Whether the words before a word negate it: a negation in its clause, but not one of
    a time "not until" a day ("It wasn't until last month that ...", raw 241: it did happen),
    nor one before a mark ("given little-to-no chance to survive, arrived in ogden",
    Multi-News+ 781)."""
    for at in range(len(before) - 1, -1, -1):
        word = before[at]
        if word in _UNTIL or not word[0].isalpha():
            return False
        if _is_negation(word) or (word == "yet" and before[at + 1 : at + 2] == ["to"]):
            return True
    return False


def _yet_to(words: list[str]) -> bool:
    """Whether words hold "yet to", which negates what follows it."""
    return any(word == "yet" and after == "to" for word, after in pairwise(words))


def _is_negation(word: str) -> bool:
    return word in _NEGATIONS or word.endswith(("n't", "n’t"))


_UNTIL = frozenset({"until", "till"})
