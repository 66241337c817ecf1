"""One person under two names: a name the text gives as another's real or birth name
("Lima (real name Harold Lima)", raw 111; "Stormy Daniels, whose real name is Stephanie
Clifford", raw 34), or a short form of the given name another outlet writes in full ("Bill
Taylor" of "William W. Taylor III", raw 116), listed apart, is one row with it."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping

from chorus.analyze.model import EntityLabel, Excerpt
from chorus.analyze.quote_given_forms import given_names_joined

_CUES = {"real name ": (" (", ", ", ", whose "), "born ": (" (", ", "), "née ": (" (",)}
"""What a text writes between a person's name and their real or birth name, by its last
words and the words that may open it: " (real name ", ", whose real name is ", ", born ".
Not "aka": "Stephanie Clifford (aka Stormy Daniels, aka Peggy Peterson)" lists a pseudonym
too (a contract's stand-in name, entity_stand_ins.py)."""
_WORD = r"[A-Z][\w'’-]+"
_REAL = re.compile(rf"{_WORD}(?: (?:[A-Z]\. )?{_WORD}){{1,2}}(?=[),.;]|$| [a-z(])")
"""The real name after a cue: two or three capitalised words (a middle initial allowed),
closed by a bracket, a stop or a word in lower case ("born Albert Johnson, was raised")."""
_BEFORE = re.compile(rf"({_WORD}(?: {_WORD}){{0,2}})$")
"""The name a cue follows: one to three capitalised words."""
_LOOK_BACK = 60


def one_person_two_names(
    listed: Mapping[str, list[Excerpt]],
    forms: Mapping[str, str],
    label: Callable[[str], EntityLabel],
    text: str,
) -> dict[str, str]:
    """Listed people `text` names as another listed person's real or birth name (or that
    person's as theirs), each mapped to the one of the two with more mentions, shown by that
    name: "Harold Lima" (1) → "Devin Lima" (17), "Stormy Daniels" (4) → "Stephanie Clifford"
    (61). A name is matched to its person by `forms`, its surname alone included ("Lima").
    One `find` for each cue's last words: nearly no text writes one."""
    found: dict[str, str] = {}
    for end, real in _cued(text):
        if pair := _pair(text, end, real, listed, forms, label):
            shown, other = sorted(pair, key=lambda n: (-len(listed[n]), n))
            found.setdefault(other, shown)
    # a name joined to one that is itself joined on: to the last
    return {other: found.get(shown, shown) for other, shown in found.items() if shown != other}


def other_names_of_people(
    labels: Mapping[str, EntityLabel], runs: Collection[str], text: str
) -> set[str]:
    """Candidate runs (`runs`) no label holds that `text` writes right before a cue of a
    real or birth name (`_CUES`) whose name is a read person's full name: that person's
    other name, a person too, which `one_person_two_names` then joins to them. Raw 21's
    rapper, "Prodigy, born Albert Johnson, was raised in a musical family" ([3]), is the
    name five outlets write most, read by no window (the one his group was read in runs
    "Mobb Deep. Prodigy" across a quotation's stop, and read Mobb Deep)."""
    people = {name for name, label in labels.items() if label == "person" and " " in name}
    if not people:
        return set()
    found = set()
    for end, after in _cued(text):
        if (real := _REAL.match(text, after)) and real[0] in people:
            before = _BEFORE.search(text, max(0, end - _LOOK_BACK), end)
            if before and before[1] in runs and before[1] not in labels:
                found.add(before[1])
    return found


def _cued(text: str) -> Iterator[tuple[int, int]]:
    """Each cue of a real or birth name `text` writes (`_CUES`, its opener before it): where
    the name before it ends and where the real name after it starts (past an "is ")."""
    for cue, openers in _CUES.items():
        at = text.find(cue)
        while at >= 0:
            opener = next((o for o in openers if text.endswith(o, 0, at)), None)
            if opener:
                yield at - len(opener), at + len(cue) + 3 * text.startswith("is ", at + len(cue))
            at = text.find(cue, at + 1)


def _pair(
    text: str,
    at: int,
    after: int,
    listed: Mapping[str, list[Excerpt]],
    forms: Mapping[str, str],
    label: Callable[[str], EntityLabel],
) -> tuple[str, str] | None:
    """The two listed people a cue from `at` to `after` joins, or None."""
    real = _REAL.match(text, after)
    before = _BEFORE.search(text, max(0, at - _LOOK_BACK), at)
    if real is None or before is None:
        return None
    # the longest run before the cue that is a form of a listed name: "Stormy Daniels", "Lima"
    words = before[1].split(" ")
    known = (forms.get(" ".join(words[i:])) for i in range(len(words)))
    first = next((name for name in known if name is not None), None)
    second = forms.get(real[0])
    if first is None or second is None or first == second:
        return None
    if all(n in listed and label(n) == "person" for n in (first, second)):
        return first, second
    return None


def short_given_names(
    listed: Mapping[str, list[Excerpt]],
    labels: Mapping[str, EntityLabel],
    label: Callable[[str], EntityLabel],
) -> dict[str, str]:
    """Listed people named by a short form of a given name ("Bill Taylor") mapped to the one
    listed person named by the given name in full ("William W. Taylor III"), the name the
    quotes give them both (`given_names_joined`, one rule for the two sections): only where
    every person of that surname among the listed and `labels`, the recognizer's, has one of
    the two given names; two short forms (raw 208's Bob and Bobby Goodlatte, father and son)
    are never joined."""
    people = [name for name in listed if label(name) == "person"]
    joined = given_names_joined(people, labels)
    return {name: full for name, full in zip(people, joined, strict=True) if full != name}
