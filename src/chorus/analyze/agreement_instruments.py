"""What a blow was struck with, as a statement tells it and an outlet never does
(agreement_parts.told_in_part): "One of the counter-protesters was stabbed with the decorative
end of a flagpole, said Anaheim police Sgt. Daron Wyatt." is told in part by "... two people
who were part of a counter-protest at a KKK gathering ... were stabbed in separate
incidents." and "The man stabbed by the flag pole was taken to a hospital in critical
condition, ..." by "One person is in critical condition." (raw 35). The supports share the
deed's words (stabbed, critical): the flagpole, what sets this stabbing apart from the other
two, is the part they leave out."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.similarity import stems

_WITH_THING = re.compile(
    r"\b(?:stabb(?:ed|ing)|shot|shooting|struck|striking|hit|hitting|beat(?:en|ing)?"
    r"|(?:bludgeon|slash|wound|injur|pelt|assault|smash|strangl|chok|attack|kill)(?:ed|ing)"
    r"|(?:clubb|whipp|pummell?)(?:ed|ing))[ ]+(?:[\w'’-]+[ ]+){0,3}?"
    r"(?:with|by)[ ]+(?:a|an|the|his|her|their|its)[ ]+((?:[a-z][\w'’-]*[ ]+){0,4}?[a-z][\w'’-]*)"
    r"(?=[ ]*(?:[,.;:!?)]|$)|[ ](?:in|at|on|and|but|while|after|before|during|as|that|which|who"
    r"|from|to|into|near|when|because|was|were|is|said)\b)",
    re.IGNORECASE,
)
"""A blow and the thing it was struck with, after "with" or "by" and an article, to the end of
its phrase: "stabbed with the decorative end of a flagpole", "stabbed by the flag pole",
"hit by a car while walking home"."""
_SOMEONE = re.compile(
    r"(?:er|or|ist|man|men|ent|ant|ian|ate|ee|ess|son|wife|child|children|people|person|police"
    r"|kid|boy|girl|guy|teen|youth|group|gang|mob|crowd|union|government)s?$"
)
"""A last word naming someone, not a thing: who struck ("by a gunman", "by a classmate", "by
their mother", "by a Ferguson police officer", Multi-News+), or whom a deal was struck with
("with the european union"). A thing so ending ("with a hammer") is left unread: unmarked,
the outlet stays one that tells the whole."""
_CUES = (" with ", " by ")
_BLOWS = (
    *("stabb", "shot", "shoot", "struck", "strik", "hit", "beat", "bludgeon", "slash", "wound"),
    *("injur", "pelt", "assault", "smash", "strangl", "chok", "attack", "kill", "clubb"),
    *("whipp", "pummel"),
)
"""A piece of each blow `_WITH_THING` reads, in lower case: a statement in ASCII writing none
of them is searched for no blow."""


def instrument_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` tells what a blow was struck with (`_WITH_THING`) and `supports`
    (one outlet's sentences) write no word of that thing, nor its last word inside one of
    theirs ("flag pole" in "flagpole")."""
    # its literals spare most statements the search
    if not any(cue in statement for cue in _CUES):
        return False
    # `_WITH_THING` ignores case: an ASCII statement lowered that writes none of the blows'
    # pieces holds no blow, and ~7 in 10 statements with a cue are spared the search
    if statement.isascii():
        lowered = statement.lower()
        if not any(blow in lowered for blow in _BLOWS):
            return False
    things = [
        found[1].lower()
        for found in _WITH_THING.finditer(statement)
        if not _SOMEONE.search(found[1].lower())
    ]
    if not things:
        return False
    told = {stem for text in supports for stem in stems(text)}
    letters = re.sub(r"[^a-z]", "", " ".join(supports).lower())
    return any(
        told.isdisjoint(stems(thing)) and re.sub(r"[^a-z]", "", thing.split()[-1]) not in letters
        for thing in things
    )
