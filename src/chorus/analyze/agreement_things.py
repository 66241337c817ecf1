"""Two sentences scoring below OPEN_THRESHOLD that share one own word and nothing else but
who told them (agreement_pairs reads them), a thing both name after "a" or "the": each
tells its own deed of it. "Hayes, 28, then drew a handgun and shot Smith several times,
police said." is not told by "Police said that the handgun used in the shooting has been
recovered." (raw 32): one tells the shooting, the other the weapon's recovery. Nor does an
attempt to come tell a deed done: "investigators would try to obtain surveillance video"
does not tell that "New surveillance video obtained by ABC News appears to show the moment
..." (raw 32). So, too, when their stems in common are the words of one thing both name after
"a" or "the", the one own word among them: "... at an increased risk of catching the
mosquito-borne disease during hotter years." is not told by "But because it's a mosquito-borne
disease ..., its range has been limited to warmer tropical areas ..." (raw 131)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.similarity import STEM_LENGTH

_TELLERS = frozenset(["polic", "offic", "autho", "said", "says", "say", "told", "repor"])
"""Stems of who told a fact ("police said", "officials say", "authorities told"): two
sentences crediting the police share their source, not a fact."""
_OPENING = re.compile(r"\W*(?:(?:the|an?)\s+)?([A-Za-z]+)", re.IGNORECASE)
_DETERMINED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([A-Za-z-]+)(?:\s+([A-Za-z]+))?")
"""A thing named after an article, a word between allowed ("a loaded handgun")."""
_ATTEMPT = re.compile(r"\b(?:will|would|to)[ ]+(?:try|attempt)[ ]+to[ ]+(\w+)")
"""A deed someone will try ("investigators would try to obtain", "plans to try to reach"):
not done yet. Not one tried ("he tried to force the woman into the passenger seat" / "...
forced the woman into his car", Multi-News+, judged right by a gold): it may have been done."""
_ARTICLES = frozenset(["a", "an", "the"])
_WORD = re.compile(r"[A-Za-z0-9]+")
"""A word as similarity.stems reads one: a run of ASCII letters and digits ("mosquito-borne"
is two)."""
_TRIED_CUES = ("try to", "attempt to")
_DONE = re.compile(r"(?<!\bto )\b([a-z]+ed)\b")
"""A deed told as done: a verb's past form, not after "to" ("video obtained by ABC News")."""


def only_a_thing(
    a: str, b: str, shared: set[str], stems_a: Sequence[str], stems_b: Sequence[str]
) -> bool:
    """Whether the one own word two sentences share, not a figure, is all their stems in
    common beyond who told them (`_TELLERS`), or one of the words of one thing both name
    that are all of them (`_things_of`: "the mosquito-borne disease", raw 131), and not the
    thing both open with ("An autopsy was performed Monday." / "An autopsy conducted Aug. 20
    could shed light on ...", raw 30: both tell the autopsy done)."""
    if len(shared) != 1:
        return False
    (stem,) = shared
    if stem[0].isdigit():
        return False
    common = (set(stems_a) & set(stems_b)) - _TELLERS
    if common == shared:
        return all(_a_thing(text, stem) for text in (a, b)) and not all(
            _opens_with(text, stem) for text in (a, b)
        )
    # several stems in common: all of them the words of one thing both name ("the
    # mosquito-borne disease" / "a mosquito-borne disease", raw 131)
    if stem not in common:
        return False
    things = _things_of(a, common) & _things_of(b, common)
    return any(not all(_opens_with(text, first) for text in (a, b)) for first, *_ in things)


def tried_against_done(a: str, b: str, shared: set[str]) -> bool:
    """Whether the one own word two sentences share is a deed one tells someone will try
    ("would try to obtain") and the other as done ("obtained"): not the purpose both tell
    ("imposed to try to force Gadhafi ..." / "imposed to force ... Gadhafi ...", DUC 10)."""
    # its literals spare most pairs the search
    if len(shared) != 1 or not any(cue in text for text in (a, b) for cue in _TRIED_CUES):
        return False
    (stem,) = shared
    return _tried_and_done(a, b, stem) or _tried_and_done(b, a, stem)


def _tried_and_done(tried: str, done: str, stem: str) -> bool:
    """Whether `tried` tells the deed of `stem` as to be tried and `done` tells it done."""
    return any(word[:STEM_LENGTH].lower() == stem for word in _ATTEMPT.findall(tried)) and any(
        word[:STEM_LENGTH].lower() == stem for word in _DONE.findall(done)
    )


def _a_thing(text: str, stem: str) -> bool:
    """Whether `text` names the thing of `stem` after "a", "an" or "the" ("drew a handgun",
    "the handgun used"): not a state both tell ("two people were in surgery" / "... were
    reported to be in surgery", Multi-News+, judged right by the blind gold)."""
    return any(
        word[:STEM_LENGTH].lower() == stem for words in _DETERMINED.findall(text) for word in words
    )


def _things_of(text: str, common: set[str]) -> set[tuple[str, ...]]:
    """The runs of words right after "a", "an" or "the" in `text` ("mosquito borne disease")
    whose stems are `common`, each once, and nothing else, all in lower case: a name both
    write ("the Supreme Court") may be where both say a deed goes ("could be heard by the
    Supreme Court" / "will go through appellate courts and even the Supreme Court", raw 65)."""
    words = _WORD.findall(text)
    width = len(common)
    runs = set()
    for at, word in enumerate(words[:-width]):
        run = words[at + 1 : at + 1 + width]
        if word.lower() in _ARTICLES and all(part.islower() for part in run):
            stems = tuple(part[:STEM_LENGTH] for part in run)
            if set(stems) == common:  # `width` stems making the `width` of common: each once
                runs.add(stems)
    return runs


def _opens_with(text: str, stem: str) -> bool:
    """Whether `text`'s first word, past an article, has `stem`."""
    found = _OPENING.match(text)
    return bool(found) and found[1][:STEM_LENGTH].lower() == stem
