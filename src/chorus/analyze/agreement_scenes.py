"""Two sentences that share only a scene tell two deeds done in it (agreement.py): a time of
day both write and an errand both tell word for word, beside names. "Around 3:30 a.m., Mr.
Smith approached two uniformed officers responding to a 911 call in the 70th Precinct, ...
in the East Midwood neighborhood ..." / "Police responding to a 911 call found the little
boy, Shimron Smith, unconscious ... in East Midwood around 3:30 a.m. ..." (raw 240: 0.490)
share when, where and why the officers were out, not what was done: the brother's words
to them, the boy found (the first article never tells him found)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.own_words import names_in_common
from chorus.analyze.similarity import stems

_CLOCK = re.compile(r"\b(\d{1,2}):(\d\d)\s*[ap]\.?m\b", re.IGNORECASE)
"""A time of day: "3:30 a.m.", "5:30 p.m."."""
_NEAR = frozenset(("aroun", "about"))
"""The stems of the words that put a time of day near ("around 3:30 a.m.")."""
_WORD = re.compile(r"[a-z0-9]+")


def one_scene(
    a: str, b: str, shared: set[str], stems_a: Sequence[str], stems_b: Sequence[str]
) -> bool:
    """Whether two sentences (their `stems`, their own words in common `shared`) have in
    common, beyond names, only a time of day both write and a run of words opening with a
    participle both write ("responding to a 911 call"): two deeds of one scene. A verb in
    common tells one deed: "the bodies were found about 12:15 p.m." / "The bodies were found
    about 12:15 p.m. Tuesday." (raw 153)."""
    # "a.m." / "p.m." written in both spares nearly every pair the searches below
    if "m." not in a or "m." not in b:
        return False
    clock = _clock_stems(a) & _clock_stems(b)
    if not clock:
        return False
    scene = clock | _NEAR | _errand(a, b)
    names = names_in_common(a, b)
    return shared - names <= scene and set(stems_a).intersection(stems_b) - names <= scene


def _clock_stems(text: str) -> set[str]:
    """The figures of the times of day a sentence writes, as stems: "3" and "30" of "3:30
    a.m."."""
    return {figure for match in _CLOCK.finditer(text) for figure in match.groups()}


def _errand(a: str, b: str) -> set[str]:
    """The stems of the longest run of three words or more both sentences write that
    opens with a word ending "ing" ("responding to a 911 call"), or none."""
    words_a, words_b = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    longest: list[str] = []
    for start, word in enumerate(words_a):
        if not word.endswith("ing"):
            continue
        for other, match in enumerate(words_b):
            if match != word:
                continue
            length = 1
            while (
                start + length < len(words_a)
                and other + length < len(words_b)
                and words_a[start + length] == words_b[other + length]
            ):
                length += 1
            if length >= 3 and length > len(longest):
                longest = words_a[start : start + length]
    return set(stems(" ".join(longest)))
