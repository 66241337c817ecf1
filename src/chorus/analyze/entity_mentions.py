"""Where a cluster's entity names are written: every whole-word match of their forms in one
text, found with `str.find` (entities.py lists them), how often a one-word name is written
in lower case ("Monkeys" beside "monkeys": a common noun, not listed), and in how many
outlets. Names cut from a longer name are entity_pieces.py's; speakers' surnames and names
misspelt in quotes entity_said_names.py's. Outlets count the articles on the story where one
tells an entity (`counted_on_story`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from chorus.analyze.entity_lists import DOTTED_SPELLINGS
from chorus.analyze.entity_mention_windows import is_word
from chorus.analyze.model import Entity, Excerpt

COMMON_LETTERS = 5
"""Letters a word needs for its lower case to be weighed: the search for a shorter one's
letters after the first ("ill" of "Will", "ran" of "Iran") finds too many other words."""

_GENERATIONS = (" Jr.", " Sr.")


def mention_spans(
    text: str, forms: Iterable[str], lowered: Counter[str] | None = None
) -> list[tuple[int, int]]:
    r"""(start, end) of every match of `\b(?:form|...)\b`, longest forms first, in `text`:
    the leftmost start, the longest form there, no overlaps. Found with `str.find`:
    compiling that alternation cost half of the section (each cluster has its own). With
    `lowered`, how often each form it holds is written in lower case is counted into it."""
    longest: dict[int, int] = {}
    size = len(text)
    for form in forms:
        if lowered is not None and form in lowered:
            _match_word(text, form, longest, lowered)
            continue
        # `\b` holds at an edge of a match when the character beside it is a word
        # character and the form's own at that edge is not, or the other way round: the
        # form's are known once, so only the characters beside each match are tested.
        # A spelling of SPELLINGS closing on its initials' full stop is taken as a word
        # ("U.S. and"), as `\b` would not: read by the recognizer, "U.S." had no mentions;
        # so is a name closing on "Jr." ("Martin Luther King Jr.", read, had none), and
        # three initials with full stops ("G.O.P.", "F.B.I.", entity_folds.py) and two
        # closing a name ("Louis C.K."). Not two alone: the recognizer reads them as places
        # ("D.C. (Duck-chul) Lee", "Eben Alexander, M.D.", "360 B.C."), and a state's after
        # its town ("Buffalo, N.Y.") is a second row for the town's place.
        opens = is_word(form[0])
        closes = (
            is_word(form[-1])
            or form in DOTTED_SPELLINGS
            or form.endswith(_GENERATIONS)
            or (
                form[-1] == "."
                and form[-3:-2] == "."
                and (form.count(".") == 3 or (form.count(".") == 2 and " " in form))
            )
        )
        length = len(form)
        start = text.find(form)
        while start >= 0:
            end = start + length
            # `is_word` written out: a call per character beside each match cost more than
            # the test
            if (
                end > longest.get(start, start)
                and (start > 0 and ((c := text[start - 1]).isalnum() or c == "_")) != opens
                and (end < size and ((c := text[end]).isalnum() or c == "_")) != closes
            ):
                longest[start] = end
            start = text.find(form, start + 1)
    found, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            reached = longest[start]
            found.append((start, reached))
    return found


_CALENDAR = frozenset(
    (
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
    )
)
NEXT_WORD = re.compile(r"[ -]([A-Z][a-z]+)\b")


def opens_another_name(text: str, end: int) -> bool:
    """Whether a surname written alone, ending at `end`, runs on into a title-case word
    (no weekday nor month: "fired Comey May 9"): it opens another's name or a thing's
    named for its person, and is no mention of the person ("Xiong" of "Xiong Guoming"
    beside the coach Zhang Xiong, "Paul" of "Rep Paul Ryan" beside Rand Paul, "Glenn" of
    "Glenn Poshard" beside John Glenn, "Trump" of "Trump Tower", "Mandela" of "the Mandela
    United Football Club")."""
    word = NEXT_WORD.match(text, end)
    return word is not None and word[1] not in _CALENDAR


def has_a_lower_case(name: str) -> bool:
    """Whether a name is one capitalised word of COMMON_LETTERS or more ("Monkeys", not
    "NASA", "Ed" or "Colchester Zoo"): one whose lower case `common_nouns` weighs."""
    one_word = len(name) >= COMMON_LETTERS and " " not in name
    return one_word and name[0].isupper() and not name.isupper()


def _match_word(text: str, form: str, longest: dict[int, int], lowered: Counter[str]) -> None:
    """`mention_spans` for one capitalised word, its lower-case writings counted in the same
    pass: the search for its letters after the first finds both ("onkeys" in "Monkeys"
    and "monkeys"), where a second search of the text cost as much as the first."""
    capital, small, rest = form[0], form[0].lower(), form[1:]
    closes, size, length = is_word(form[-1]), len(text), len(form)
    at = text.find(rest, 1)
    while at >= 0:
        start, end = at - 1, at - 1 + length
        first = text[start]
        # `is_word` written out, as in `mention_spans`
        if (
            first in (capital, small)
            and not (start > 0 and ((c := text[start - 1]).isalnum() or c == "_"))
            and (end < size and ((c := text[end]).isalnum() or c == "_")) != closes
        ):
            if first == small:
                lowered[form] += 1
            elif end > longest.get(start, start):
                longest[start] = end
        at = text.find(rest, at + 1)


def outlets(mentions: Sequence[Excerpt]) -> int:
    """How many outlets the mentions are in. A set comprehension: `set(map(attrgetter(
    "article.outlet"), ...))` ran fewer opcodes but took ~2x the CPU (a dotted attrgetter
    is slow in Python 3.11)."""
    return len({mention.article.outlet for mention in mentions})


def counted_on_story(found: Sequence[Entity], set_aside: frozenset[str]) -> tuple[Entity, ...]:
    """`found` with each entity's outlets counted over the articles not `set_aside`, where
    one of them tells it: a page set aside as not news is no outlet covering it (raw 109's
    "San Diego Zoo: 2 outlets", the second a visitor's review; the caller passes pages not
    news or not in English, while a background article, an outlet reporting another event,
    still counts: the seeds' 002 names Syria). An entity only set-aside articles tell keeps
    their count, and the listing marks it so ("1 outlet (not news)"). Recounted entities
    move down among those now as widely used, by mentions, as `entities` orders them; the
    rest keep their order."""
    if not set_aside:  # most clusters: every article is on the story
        return tuple(found)
    recounted = list(found)
    for at, entity in enumerate(found):
        told = [m for m in entity.mentions if m.article.id not in set_aside]
        if told and (count := outlets(told)) != entity.outlets:
            recounted[at] = replace(entity, outlets=count)
    if recounted == list(found):
        return tuple(found)
    return tuple(sorted(recounted, key=lambda e: (-e.outlets, -len(e.mentions))))
