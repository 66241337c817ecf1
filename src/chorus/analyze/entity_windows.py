"""What the recognizer reads: a few words around each of the capitalised names the most
articles share, and around a few names one article writes again and again (entities.py says
why not whole sentences).

A name is read once, at its first mention outside a title-case headline and a stock
symbol's parenthesis, in a window of CONTEXT_WORDS words either side grown to whole
capitalised runs at its edges (entity_mention_windows.py). Names sharing a last word are
one name, read in its longest form. Words that open a clause ("“This is", "While Kim
Kardashian") are no name to read.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import islice

from chorus.analyze.entity_endings import STATES_SHORT
from chorus.analyze.entity_groups import (
    APART_NAMES,
    bodies_apart,
    bodies_opening_longer_runs,
    full_forms,
)
from chorus.analyze.entity_lists import KNOWN
from chorus.analyze.entity_mention_windows import mention_window, next_mention, plain_window
from chorus.model import Sentence

MAX_NAMES = 16
"""Names the recognizer reads, those used by the most articles first. On 20 raw Multi-News
clusters, 24 names in ±3-word windows (~80 words) find 0.55 of the entities named by two or
more outlets that reading every sentence finds; the earlier 120-word budget of whole
sentences found 0.39 (decisions.md)."""
HEAVY_MENTIONS = 10
HEAVY_NAMES = 2
"""Past the budget, up to HEAVY_NAMES names one article writes HEAVY_MENTIONS times or more
are read too, the most written first: ranked by outlets first, such a name never comes in
(raw 9's Richard Nixon, 18 mentions in one article's Watergate history, came 28th, behind
names two articles write twice). Names two articles write are left to the ranking: with
them, DUC d30005t's "World Trade Center" was read as an organisation."""

_CANDIDATE = re.compile(  # capitalised word runs not at the start of a sentence
    r"[A-Z](?<!\w.)(?<![.!?]\s.)(?<!^.)[\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*"
)
"""The capital comes first and the checks on what precedes it (a word character, the
end of a sentence, the start of the text) look back from after it: the regex engine then
jumps from capital to capital instead of testing lookbehinds at every position (3x)."""
_OPENING_RUN = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*")
"""The capitalised run a sentence opens with (`_CANDIDATE` takes none there)."""
_POSSESSIVE_ENDINGS = ("'s", "’s")
"""`_POSSESSIVE` as a suffix test, for the names of the candidate pattern (no newline)."""


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NOT_NAMES = frozenset(
    (
        *("The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On"),
        *_DAYS,
        *("January", "February", "March", "April", "June", "July", "August", "September"),
        *("October", "November", "December", "Mr", "Mrs", "Ms", "Dr"),
    )
)
"""Capitalised words the candidate pattern takes that are never a name worth a window."""
_MONTHS = frozenset(("January", "February", "April", "July", "September", "October", "November"))
"""A date's month closing a run ("Chicago's Soldier Field July 3rd"), no name's word: "May",
"March", "June", "August" and "December" close people's names too. A weekday closing one
("The Colbert Report Thursday", "Sun Saturday" of a weather box) is left on all but known
names: as one name, those took windows from raw 36's Carrie Byalick and raw 16's Newark."""
_OPENING_WORDS = frozenset(
    (
        *("This", "That", "These", "Those", "There", "Here", "You", "Your", "My", "Our"),
        *("His", "Her", "Its", "Their", "We", "I'm", "I’m", "As", "If", "When", "While"),
        *("Both", "Any", "All", "Some", "So", "Or", "Not", "No", "Yes", "Now", "Then"),
        *("After", "Before", "Because", "Although", "Even", "Just", "Also", "What", "Who"),
        *("Why", "How", "Where", "Which", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov."),
        *("Dec.", "At"),
    )
)
"""Words that open a capitalised run after a colon or a quotation mark ("Rings on show:
While Kim Kardashian", "“This is ...", "“At Universal we have had", raw 231, where the
studio went unread), and never a name: a run they open is read from
the word after them, and one of them alone is no name (they took 5 of the 16 windows of
a cluster, read for nothing)."""
_NO_NAMES = NOT_NAMES | _OPENING_WORDS
"""Both, looked up once: `_name_in` reads every distinct capitalised run."""
_FIRST_WORDS = frozenset(name.partition(" ")[0] for name in KNOWN)
_KNOWN_OPENERS = _FIRST_WORDS.union(
    _OPENING_WORDS, (f"{word}{ending}" for word in _FIRST_WORDS for ending in _POSSESSIVE_ENDINGS)
)
"""A sentence's first word that may open a known name's run ("Japan", "U.S.", "Japan's") or
a run holding one ("While"): a set's look-up rules out most sentences before the run's
pattern (matched on every sentence, it cost ~8% of `recognize`)."""
_OWNING = tuple(f"{ending} " for ending in _POSSESSIVE_ENDINGS)
"""A possessive inside a run: "Chicago's Soldier Field" writes Chicago (counted in one of
44's two outlets without it) and Soldier Field."""
_AFTER_A_WORD = ",;:"
_ROYAL_TITLES = ("Prince ", "Princess ", "King ", "Queen ", "Sultan ", "Emir ", "Duke ")


@dataclass(frozen=True, slots=True)
class Reading:
    """What the recognizer reads, and every name the candidate runs hold."""

    windows: list[tuple[str, str]]
    """Each window, with the name it was read for."""
    names: Collection[str]
    """Every distinct name but those looked up, read or not."""
    spots: dict[str, list[tuple[int, int, int]]]
    """Where each known name is written as a whole run: (sentence's index, start, end in
    its text). A name known without reading it (entity_lists.py) is
    counted there, not searched for again: each search of a cluster's text costs as much
    as ~20 names' look-ups here."""
    apart: list[tuple[str, str]]
    """Windows of bodies read past the budget (`bodies_apart`, `bodies_opening_longer_runs`):
    only their own names' labels are taken from them, so that they change no other name's."""


def windows(sentences: Sequence[Sentence], names: int = MAX_NAMES) -> list[str]:
    """The text the recognizer reads: for each of the `names` capitalised names used by the
    most articles (then the most often), its first mention with CONTEXT_WORDS words either
    side, grown to whole capitalised runs at its edges. Names sharing a last word count
    as one, read in its longest form, so the recognizer labels the full name ("Emmanuel
    Macron") and the surname is its alias."""
    return [text for _, text in named_windows(sentences, names).windows]


def named_windows(sentences: Sequence[Sentence], names: int) -> Reading:
    """`windows`, each with the name it was read for, every name, and where the names known
    without reading them (entity_lists.KNOWN) are written: those are not read, and leave
    their windows to other names."""
    # This loop meets every capitalised run (~130 a raw cluster, 40% repeats): each run is
    # read as a name once, and the mentions are counted from whole lists afterwards. A known
    # name's run is read as no name ("", in `read`) and its name kept apart, so the other
    # runs pay nothing for the look-up.
    read: dict[str, tuple[str, int]] = {}
    looked_up: dict[str, tuple[str, int]] = {}
    order: list[str] = []
    owners: list[str] = []
    first: dict[str, tuple[int, int, int]] = {}
    spots: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        article, text = sentence.article.id, sentence.text  # `text` slices the article
        # a known name opening a sentence is as sure as anywhere ("Japan made an apology"):
        # a mention, though no name there is read
        if text.partition(" ")[0].rstrip(_AFTER_A_WORD) in _KNOWN_OPENERS and (
            opening := _OPENING_RUN.match(text)
        ):
            run = opening.group()
            if run not in read:
                read[run] = _name_in(run, looked_up)
            if run in looked_up:
                name, skipped = looked_up[run]
                spots[name].append((index, skipped, skipped + len(name)))
        for match in _CANDIDATE.finditer(text):
            run = match.group()
            name, skipped = read.get(run) or read.setdefault(run, _name_in(run, looked_up))
            if name:
                order.append(name)
                owners.append(article)
                if name not in first:  # where a name starts is wanted once: most are repeats
                    first[name] = (index, match.start() + skipped, match.end())
            # a known name's possessive opens another name ("Chicago's Soldier Field"):
            # both are written there
            if run in looked_up:
                name, skipped = looked_up[run]
                start = match.start() + skipped
                # a state's abbreviation is its spot ("Neb." of Nebraska)
                size = len(name) if run.startswith(name, skipped) else len(run) - skipped
                spots[name].append((index, start, start + size))
    mentions = Counter(order)
    full = full_forms(mentions)
    group_spread: dict[str, set[str]] = defaultdict(set)
    group_mentions: Counter[str] = Counter()
    for name, article in set(zip(order, owners, strict=True)):
        group_spread[full.get(name, name)].add(article)
    for name, count in mentions.items():
        group_mentions[full.get(name, name)] += count
    ranked = sorted(group_spread, key=lambda n: (-len(group_spread[n]), -group_mentions[n], n))
    heavy = sorted(
        (
            n
            for n in islice(ranked, names, None)
            if group_mentions[n] >= HEAVY_MENTIONS and len(group_spread[n]) == 1
        ),
        key=group_mentions.__getitem__,
        reverse=True,
    )
    read_for = (
        (name, _untitled(plain_window(sentences, name, *first[name]), name))
        for name in (*ranked[:names], *heavy[:HEAVY_NAMES])
    )
    bodies = bodies_apart(full, order, owners)
    if len(bodies) < APART_NAMES:
        read = {*ranked[:names], *heavy[:HEAVY_NAMES]}
        longer = bodies_opening_longer_runs(group_spread, read)
        bodies = [*bodies, *(n for n in longer if n not in bodies)]
    apart = ((name, plain_window(sentences, name, *first[name])) for name in bodies[:APART_NAMES])
    return Reading(
        [(name, text) for name, text in read_for if text],
        mentions.keys(),
        spots,
        [(name, text) for name, text in apart if text],
    )


def _untitled(window: str, name: str) -> str:
    """A window without the royal title opening its name of two words: the
    recognizer reads no one in "statue trial of Prince Jefri Bolkiah", and the person
    in "statue trial of Jefri Bolkiah" (the title is cut from a person's name anyway)."""
    if not name.startswith(_ROYAL_TITLES) or name.count(" ") != 2:
        return window
    return window.replace(name, name.partition(" ")[2], 1)


def _name_in(run: str, looked_up: dict[str, tuple[str, int]]) -> tuple[str, int]:
    """The name a capitalised run holds and how many characters open the run before it:
    no possessive, no word that opens a clause; "" for a word that is no name, and for a
    known name, kept in `looked_up`."""
    name = run[:-2] if run.endswith(_POSSESSIVE_ENDINGS) else run
    skipped, space = 0, name.find(" ")
    while space > 0 and name[:space] in _OPENING_WORDS:
        rest = name[space:].lstrip()
        skipped += len(name) - len(rest)
        name, space = rest, rest.find(" ")
    # the run stays one name to read: read apart, the name owned took other names' windows
    # (duc 16's "Truth and Reconciliation Commission" lost its first words)
    for ending in _OWNING:
        owner, _, owned = name.partition(ending)
        if owned and owner in KNOWN:
            looked_up[run] = (owner, skipped)
            break
    # "reported by The New York Times": the known name after its article
    if name.startswith("The ") and (name[4:] in KNOWN or name[4:-1] in KNOWN):
        name, skipped = name[4:], skipped + 4
    # a sentence's full stop ends its last run ("... and Taiwan."): no known name has one;
    # "by the New York Times Tuesday": nor a day after it
    if name[-1:] == "." and name[:-1] in KNOWN:
        name = name[:-1]
    elif (day := name.rfind(" ")) > 0 and (
        name[day + 1 :] in _MONTHS or (name[day + 1 :] in _DAYS and name[:day] in KNOWN)
    ):
        name = name[:day]
    if name in KNOWN:
        looked_up[run] = (name, skipped)
        return "", skipped
    # "Fort Calhoun, Neb.": the state's spot too; still a name to rank, as it was (read
    # for nothing when it wins a window, but a window freed changed other names' labels)
    if name in STATES_SHORT:
        looked_up[run] = (STATES_SHORT[name], skipped)
    # "Friday." closing a sentence is no more a name than "Friday"
    return ("", skipped) if name in _NO_NAMES or name[:-1] in _NO_NAMES else (name, skipped)


def possessive_window(sentences: Sequence[Sentence], name: str) -> list[tuple[str, str]]:
    """The window of `name`'s first mention before "'s", with the name, or none: a company's
    name the recognizer reads as a nationality everywhere else ("used in the Fitbit
    trackers", "a claim Fitbit denies") it reads as a company before its possessive
    ("Fitbit's research team", raw 142). None for a name one article alone writes (raw
    101's series "Lost", "what is Lost", "Lost's every shirtless moment": a work its page
    names, read as a company)."""
    if len({s.article.id for s in sentences if name in s.text}) < 2:
        return []
    for sentence in sentences:
        text = sentence.text
        for ending in _POSSESSIVE_ENDINGS:
            start = next_mention(text, f"{name}{ending}", 0)
            if start >= 0:
                return [(name, mention_window(text, start, start + len(name) + len(ending)))]
    return []
