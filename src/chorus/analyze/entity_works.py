"""Things read as a person, a body or a place that are a work, a product or an exercise: an
album or a sequel named by a listed body and a number ("Led Zeppelin III", after the band),
a product's model code after its maker's name ("Bushmaster AR-15", a rifle), a gadget by
the noun it is written before ("the Puchi Puchi keyboard"), a game played ("play Ms.
Pac-Man") and a military exercise by its name ("an exercise called Key Resolve")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from chorus.analyze.model import EntityLabel, Excerpt

_NUMBERED = re.compile(r"(.+) (?:II|III|IV|V|VI|VII|VIII|IX|X)")
"""A name and a number closing it: a body's second, third ... work, as a band names its
albums ("Led Zeppelin III")."""
_MODEL = re.compile(r".+ [A-Z]{1,3}-\d{1,4}")
"""A name closed by a model's code, capitals, a hyphen and figures ("Bushmaster AR-15",
"Lockheed F-35"): the product, not its maker."""
_LAST = frozenset("IVX0123456789")


def works_and_models(names: Collection[str], label: Callable[[str], EntityLabel]) -> set[str]:
    """Names of a body's numbered work (the body listed apart) and of products by model."""
    # both close on a numeral or a figure: the last character rules out most names
    return {
        name
        for name in names
        if name[-1] in _LAST
        and (
            (
                (numbered := _NUMBERED.fullmatch(name)) is not None
                and numbered[1] in names
                and label(numbered[1]) == "organisation"
            )
            or _MODEL.fullmatch(name) is not None
        )
    }


_GADGETS = tuple(
    f" {noun}"
    for word in ("keyboard", "reader", "game", "app", "console", "gadget")
    for noun in (word, word.capitalize())
)
"""Nouns for a product a name runs on into: "The Puchi Puchi keyboard", "a Puchi Puchi
reader", "Google Puchi Puchi Keyboard" (raw 88, a place by the recognizer). A team's
"game" is an organisation's, so only people and places are looked at."""
_PLAYED = re.compile(r"\bplay(?:s|ing|ed)? (?:(?:Ms|Mr|Mrs)\. )?$")
"""A game's name after "play": "you can play Ms. Pac-Man on Google Maps" (raw 88, a person by
the recognizer, "Ms." its title); a role is "played by" someone, and "Farrow played
Oppenheim" (raw 130) is one mention of many."""
_EXERCISE = re.compile(
    r"\b(?:exercises?|drills?|war games|maneuvers|manoeuvres),? (?:called|named|dubbed|like)"
    r"(?: the)? $"
)
"""Words before a military exercise's name: "an annual command and control exercise called
Key Resolve (KR17)", "exercises like Key Resolve" (raw 104, a person by the recognizer)."""
_LOOK_BACK = 40


def products_and_exercises(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> set[str]:
    """People and places every mention of which runs on into a gadget's noun, one-word
    people every mention of which is played, and names an exercise's words come before
    once: things and events, no one and nowhere of the story."""
    return {
        name
        for name, found in listed.items()
        if label(name) != "organisation"
        and (
            all(m.article.text.startswith(_GADGETS, m.end) for m in found)
            or (" " not in name and all(_after(m, _PLAYED_ENDS, _PLAYED) for m in found))
            or any(_after(m, _EXERCISE_ENDS, _EXERCISE) for m in found)
        )
    }


_PLAYED_ENDS = ("play ", "plays ", "playing ", "played ", "Ms. ", "Mr. ", "Mrs. ")
_EXERCISE_ENDS = ("called ", "named ", "dubbed ", "like ", "the ")
"""How the words before such a mention end: most mentions are ruled out by them before the
pattern is searched."""


def _after(mention: Excerpt, ends: tuple[str, ...], words: re.Pattern[str]) -> bool:
    text, start = mention.article.text, mention.start
    return (
        text.endswith(ends, 0, start)
        and words.search(text, max(0, start - _LOOK_BACK), start) is not None
    )
