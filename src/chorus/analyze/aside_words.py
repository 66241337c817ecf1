"""Which words of a sentence tell who or what it is about rather than what it reports: an
aside on someone (", who ... ,"), the aside on the subject a sentence opens with, a
description right after a name, a writer's gloss in square brackets. Two sentences that
share only such words tell two facts of one person or thing; agreement_pairs.py, borrowed.py
and agreement_roles.py read them beside the own words of `own_words.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.own_words import names_in_common
from chorus.analyze.similarity import STEM_LENGTH, stems

_ASIDE = re.compile(r",\s+who\s+[^,;—“\"]*,|\s—\s+who\s+[^,;—“\"]*\s—")
"""A relative clause on someone set off by commas ("Michael Dunn, who shot and killed Jordan
Davis and opened fire on three of Davis' friends, made phone calls ...") or dashes ("Michael
Cohen — who brokered the agreement with Clifford during the presidential campaign —
attempted ...", raw 34), closed before a quotation opens: what the writer recalls of them,
not what the sentence reports. One that
ends the sentence is left: "... shot by the doctor, who returned fire from his own gun."
tells the news."""
_INSERTED = re.compile(r"\[[^\]\[]*\]")
"""A writer's words set in square brackets inside someone's ("... exceed our estimate for
[the newly discovered dinosaur]", raw 33): a gloss on what the speaker meant, not what
they said."""


def aside_stems(text: str) -> set[str]:
    """The stems of the asides on someone a sentence holds (`_ASIDE`): two sentences that
    share only such words tell two facts of one person ("Poole, who has had no other legal
    troubles since being released from prison in 2006, insists he is innocent." / "... was
    released from state custody in 2006.")."""
    # a substring test spares the pattern's search in most sentences
    if ", who " not in text and "— who " not in text:
        return set()
    return {stem for aside in _ASIDE.findall(text) for stem in stems(aside)}


_OPENING_ASIDE = re.compile(
    r"[^,;:“\"]{0,60}?[A-Z][\w.'’-]*,\s+((?:who|which|an?|the|[a-z]+ing)\s[^,;:—“\"()]*),\s+[a-z]"
)
"""A sentence's subject, ending in a capitalised word, and an aside on it set off by commas
(a relative clause, a description, an "-ing" clause), the verb after it: "George Zimmerman,
the neighborhood watch volunteer facing second-degree murder charges ..., is being sued"."""


def described_alike(text_a: str, text_b: str, shared: set[str]) -> bool:
    """Whether both sentences open with an aside on their subject (`_OPENING_ASIDE`) and the
    own words they share (`shared`) are names and words of those asides: two writers
    describe one person or thing alike and go on to two facts ("Zimmerman, facing
    second-degree murder charges for the shooting death of Trayvon Martin, would then walk to
    a different vehicle ..." is not the lawsuit "George Zimmerman, the neighborhood watch
    volunteer facing second-degree murder charges ..., is being sued ...", raw 14)."""
    described_a = _opening_aside(text_a)
    if described_a is None or (described_b := _opening_aside(text_b)) is None:
        return False
    return shared - names_in_common(text_a, text_b) <= described_a | described_b


@lru_cache(maxsize=4096)
def _opening_aside(text: str) -> frozenset[str] | None:
    """The stems of the aside on a sentence's subject (`_OPENING_ASIDE`), None without one:
    read once a sentence, which meets several in `agreed`."""
    # the aside closes with a second comma: a count spares most sentences the pattern
    aside = _OPENING_ASIDE.match(text) if text.count(",") > 1 else None
    return None if aside is None else frozenset(stems(aside.group(1)))


_DESCRIBED = re.compile(r"\b([A-Z][\w'’-]*)(?:,\s+(?:an?|the|which|who)\s|\s+who\s)([^,;:.“\"()]*)")
"""A name and the description right after it, set off by a comma or a bare "who": "the
anti-violence group CeaseFire who mediate gang conflicts", "CeaseFire, an organization that
relies on ex-gang members to mediate conflicts"."""


def described_after_name(text_a: str, text_b: str, shared: set[str]) -> bool:
    """Whether every own word two sentences share (`shared`) that is no name lies, in both,
    in a description right after a name both write (`_DESCRIBED`): two writers say who the
    named are and go on to two facts ("state funding will run out for ... CeaseFire who
    mediate gang conflicts" / "a $1 million partnership with CeaseFire, an organization that
    relies on ex-gang members to mediate conflicts", raw 53)."""
    names = names_in_common(text_a, text_b)
    words = shared - names
    return bool(names and words) and all(
        words <= _described(text, names) for text in (text_a, text_b)
    )


def _described(text: str, names: frozenset[str]) -> set[str]:
    """The stems of the descriptions right after one of `names` in a text, but after a name
    closing an opening clause ("While visible in Asia, the storm will be obscured ...", DUC
    3: the main clause follows)."""
    return {
        stem
        for found in _DESCRIBED.finditer(text)
        if found.group(1).lower()[:STEM_LENGTH] in names
        and not _OPENING_CLAUSE.match(text, 0, found.start(2))
        for stem in stems(found.group(2))
    }


_OPENING_CLAUSE = re.compile(
    r"[\s(\[]*(?:While|When|If|Although|Though|As|After|Before|Because|Since|Once|Until)\b[^,]*,"
)


def inserted_stems(text: str) -> set[str]:
    """The stems of a writer's glosses in square brackets (`_INSERTED`): no words two
    sentences share ("... exceed our estimate for [the newly discovered dinosaur]" / "...
    the largest dinosaur foot discovered to date", raw 33). The caller tests for a "["."""
    return {stem for gloss in _INSERTED.findall(text) for stem in stems(gloss)}
