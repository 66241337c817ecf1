"""People, organisations and places, with how many outlets mention each.

spaCy's recognizer costs ~0.1 ms a word, more than the rest of a briefing, so it does not
read whole sentences: it reads each of the capitalised names the most articles share once,
in a window of CONTEXT_WORDS words either side (its token encoder looks four tokens each
way, so the window is most of what it would see in the sentence). What it finds there is
then counted in every sentence by exact match, so an entity mentioned by four outlets is
counted in all four, recognised once. A few forms decide a label or a span on their own
(entity_forms.py: datelines, towns before a US state, names' last words, web services,
titles of works, stock symbols, names always written before a number), and names joined
by "and", a slash or a possessive ("Ghouta's Douma") are no one name. Headlines in title
case are not read, nor taken for a name's full form, nor are words that open a clause
("“This is", "While Kim Kardashian").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, islice

from chorus.analyze.entity_forms import (
    BEFORE_CHARS,
    after_exchange,
    before_a_number,
    by_ending,
    datelines,
    is_title,
    may_follow_a_cue,
    place_by_state,
)
from chorus.analyze.model import Entity, EntityLabel, Excerpt
from chorus.model import Sentence

LABELS: dict[str, EntityLabel] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
"""spaCy labels shown, and what they are called in a briefing."""

MAX_NAMES = 16
"""Names the recognizer reads, those used by the most articles first. On 20 raw Multi-News
clusters, 24 names in ±3-word windows (~80 words) find 0.55 of the entities named by two or
more outlets that reading every sentence finds; the earlier 120-word budget of whole
sentences found 0.39 (decisions.md)."""
CONTEXT_WORDS = 3
RUN_WORDS = 3
"""Words a window may grow by at either edge to end on a whole capitalised run: a window
cut inside "Equatorial Guinea" or "Sarah Jessica Parker" had the recognizer label the
part it saw ("Equatorial", place; "Sarah", person)."""
MAX_ENTITIES = 40

_CANDIDATE = re.compile(  # capitalised word runs not at the start of a sentence
    r"[A-Z](?<!\w.)(?<![.!?]\s.)(?<!^.)[\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*"
)
"""The capital comes first and the checks on what precedes it (a word character, the
end of a sentence, the start of the text) look back from after it: the regex engine then
jumps from capital to capital instead of testing lookbehinds at every position (3x)."""
_WORD = re.compile(r"\S+")
_TITLE_CASE = re.compile(
    r"(?<=[\w,'’] )(?:In|On|At|For|With|To|From|By|Into|After|Over|Of|Is|Are|Was|As|Be|Out|Up)"
    r"(?= [A-Z0-9])"
)
"""A capitalised little word inside a run of capitalised words: a headline in title case
("Killed In Pennsauken Township", "Jack The Cat Lost At JFK") or a quoted title ("Keeping
Up With The Kardashians"), not running text."""
_LEADING = re.compile(r"^(?:[Tt]he\s+)")
_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_ENDINGS = ("'s", "’s")
"""`_POSSESSIVE` as a suffix test, for the names of the candidate pattern (no newline)."""
_INNER_POSSESSIVE = re.compile(r"(\w+) ?['’]s ")
_INSTITUTIONS = frozenset(
    (
        *("Office", "Department", "Bureau", "Agency", "Commission", "Council", "Services"),
        *("Program", "Programme", "Project", "Fund", "Foundation", "Society", "Association"),
        *("Hospital", "Church", "Museum", "Party", "Union", "Daily", "Online", "Day", "Parade"),
    )
)
"""Last words of names that hold a possessive of their own ("Sheriff's Office")."""
_JOINED = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+ and [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+")
"""Two full names joined by "and" ("Tina Fey and Eva Longoria", labelled organisation):
no one name, and no label to give each part. "Health and Wellbeing", "Bill and Melinda
Gates Foundation" have a one-word side and stay. Names joined by a slash are photo credits
("AP Photo/David Zalubowski") and go too."""
Recognizer = Callable[[Sequence[str]], list[list[tuple[int, int, str]]]]


NOT_NAMES = frozenset(
    (
        *("The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On"),
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "June", "July", "August", "September"),
        *("October", "November", "December", "Mr", "Mrs", "Ms", "Dr"),
    )
)
"""Capitalised words the candidate pattern takes that are never a name worth a window."""
_OPENING_WORDS = frozenset(
    (
        *("This", "That", "These", "Those", "There", "Here", "You", "Your", "My", "Our"),
        *("His", "Her", "Its", "Their", "We", "I'm", "I’m", "As", "If", "When", "While"),
        *("Both", "Any", "All", "Some", "So", "Or", "Not", "No", "Yes", "Now", "Then"),
        *("After", "Before", "Because", "Although", "Even", "Just", "Also", "What", "Who"),
        *("Why", "How", "Where", "Which", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov."),
        "Dec.",
    )
)
"""Words that open a capitalised run after a colon or a quotation mark ("Rings on show:
While Kim Kardashian", "“This is ..."), and never a name: a run they open is read from
the word after them, and one of them alone is no name (they took 5 of the 16 windows of
a cluster, read for nothing)."""


def windows(sentences: Sequence[Sentence], names: int = MAX_NAMES) -> list[str]:
    """The text the recognizer reads: for each of the `names` capitalised names used by the
    most articles (then the most often), its first mention with CONTEXT_WORDS words either
    side, grown to whole capitalised runs at its edges. Names sharing a last word count
    as one, read in its longest form, so the recognizer labels the full name ("Emmanuel
    Macron") and the surname is its alias."""
    return [text for _, text in _named_windows(sentences, names)]


def _named_windows(sentences: Sequence[Sentence], names: int) -> list[tuple[str, str]]:
    """`windows`, each with the name it was read for."""
    spread: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    first: dict[str, tuple[int, int, int]] = {}
    for index, sentence in enumerate(sentences):
        text = sentence.text
        for match in _CANDIDATE.finditer(text):
            name = match.group()
            if name.endswith(_POSSESSIVE_ENDINGS):
                name = name[:-2]
            start, space = match.start(), name.find(" ")
            while space > 0 and name[:space] in _OPENING_WORDS:
                rest = name[space:].lstrip()
                start += len(name) - len(rest)
                name, space = rest, rest.find(" ")
            if name in NOT_NAMES or name in _OPENING_WORDS:
                continue
            spread[name].add(sentence.article.id)
            mentions[name] += 1
            if name not in first:
                first[name] = (index, start, match.end())
    full = _full_forms(mentions)
    group_spread: dict[str, set[str]] = defaultdict(set)
    group_mentions: Counter[str] = Counter()
    for name, articles in spread.items():
        group_spread[full.get(name, name)] |= articles
        group_mentions[full.get(name, name)] += mentions[name]
    ranked = sorted(group_spread, key=lambda n: (-len(group_spread[n]), -group_mentions[n], n))
    read = ((name, _plain_window(sentences, name, *first[name])) for name in ranked[:names])
    return [(name, text) for name, text in read if text]


def _plain_window(
    sentences: Sequence[Sentence], name: str, index: int, start: int, end: int
) -> str:
    """The window of the name's first mention outside a title-case headline and a stock
    symbol's parenthesis, or "" when every mention is in one: in a headline the recognizer
    took headline words for names ("Pedestrian Struck", person; "Rocky The Bobcat Back On
    The Loose In", organisation) and labelled names by the headline's context ("JFK" in
    "Jack The Cat Lost At JFK", person)."""
    text = sentences[index].text
    while True:
        window = _window(text, start, end)
        head = text[max(start - BEFORE_CHARS, 0) : start]
        if not _TITLE_CASE.search(window) and not after_exchange(head):
            return window
        start = _next_mention(text, name, end)
        while start < 0 and index + 1 < len(sentences):
            index += 1
            text = sentences[index].text
            start = _next_mention(text, name, 0)
        if start < 0:
            return ""
        end = start + len(name)


def _next_mention(text: str, name: str, at: int) -> int:
    """Where `name` is next written in `text` from `at` as whole words, or -1."""
    start = text.find(name, at)
    while start >= 0:
        end = start + len(name)
        before = start > 0 and _is_word(text[start - 1])
        if not before and not (end < len(text) and _is_word(text[end])):
            return start
        start = text.find(name, start + 1)
    return -1


def _full_forms(mentions: Counter[str]) -> dict[str, str]:
    """Each name mapped to the longest name with its last word ("President Emmanuel Macron"
    for "Macron"), the most mentioned among equals. A title-case headline's run is left
    out, a group of its own: as the full form of "Tom Cruise", "Tony Scott Spent Final
    Days Working With Tom Cruise" left him no window but the headline's, which is not read
    (joined to his group instead, headline runs raised JFK and "Scott" into the names read,
    with wrong labels)."""
    longest: dict[str, str] = {}
    plain = [n for n in mentions if not _in_title_case(n)]
    for name in sorted(plain, key=lambda n: (-n.count(" "), -mentions[n], n)):
        longest.setdefault(name.rsplit(" ", 1)[-1], name)
    return {name: longest[name.rsplit(" ", 1)[-1]] for name in plain}


def _in_title_case(name: str) -> bool:
    """Whether a capitalised run holds a capitalised little word between two others."""
    return name.count(" ") > 1 and _TITLE_CASE.search(name) is not None


def _window(text: str, start: int, end: int) -> str:
    """The mention with its context words, spaced as the text spaces them ("Bolton, CT.",
    not "Bolton , CT."), on one line."""
    preceding = [(m.start(), m.group()) for m in _WORD.finditer(text, 0, start)]
    # No more words than the window can take after the mention: the rest of the sentence
    # was read for nothing.
    ahead = islice(_WORD.finditer(text, end), CONTEXT_WORDS + RUN_WORDS)
    following = [(m.end(), m.group()) for m in ahead]
    cut = max(len(preceding) - CONTEXT_WORDS, 0)
    for _ in range(RUN_WORDS):
        if cut and _continues(preceding[cut - 1][1], preceding[cut][1]):
            cut -= 1
    stop = min(CONTEXT_WORDS, len(following))
    for _ in range(RUN_WORDS):
        if 0 < stop < len(following) and _continues(following[stop - 1][1], following[stop][1]):
            stop += 1
    first = preceding[cut][0] if cut < len(preceding) else start
    last = following[stop - 1][0] if stop else end
    return " ".join(text[first:last].split())


def _continues(word: str, then: str) -> bool:
    """Whether `then` carries on a capitalised run `word` is part of ("Equatorial Guinea",
    not "Libya, Equatorial")."""
    return word[:1].isupper() and then[:1].isupper() and word[-1].isalnum()


@dataclass(frozen=True, slots=True)
class Recognized:
    """Entity names found by the recognizer, each with its label."""

    labels: dict[str, EntityLabel]
    spellings: dict[str, str] = field(default_factory=dict)
    """Other spellings of a name, mapped to it: a dateline's "KATHMANDU" → "Kathmandu"."""

    def aliases(self) -> dict[str, str]:
        """Every form a name is matched by, mapped to the name shown: itself, its other
        spellings, and for a person's full name its surname, unless two people share it
        ("Macron" → "Emmanuel Macron", whether or not "Macron" was recognised on its own).
        A surname two people share is shown only as a person: "Scott" (of Tony Scott and
        Donna Wilson Scott), an organisation as the first word of "Scott met with ..."."""
        full = [n for n, label in self.labels.items() if label == "person" and " " in n]
        surnames = Counter(n.split()[-1] for n in full)
        forms = {name: name for name in self.labels} | self.spellings
        for last, people in surnames.items():
            if people > 1 and self.labels.get(last, "person") != "person":
                del forms[last]
        for name in full:
            last = name.split()[-1]
            if surnames[last] == 1:
                forms[last] = name
        return forms


def _clean_name(text: str) -> str:
    return _POSSESSIVE.sub("", _LEADING.sub("", text.strip()))


def recognize(
    sentences: Sequence[Sentence], recognizer: Recognizer, names: int = MAX_NAMES
) -> Recognized:
    """Names and labels from the recognizer, run once, batched, on the names' windows, and
    the places of the sentences' datelines."""
    named = _named_windows(sentences, names)
    texts = [text for _, text in named]
    votes: dict[str, Counter[EntityLabel]] = defaultdict(Counter)
    for (read_for, text), spans in zip(named, recognizer(texts), strict=True):
        for start, end, label in spans:
            name = _clean_name(text[start:end])
            if label in LABELS and _is_one_name(name):
                # 3 for the window read for this name, 2 for others: a tie goes to the
                # name's own window, and more windows still outvote it.
                own = name in read_for or read_for in name
                votes[name][place_by_state(text, start, end) or LABELS[label]] += 3 if own else 2
    for name in [n for n in votes if _INNER_POSSESSIVE.search(n)]:
        if not _owner_is_common_noun(name, sentences):
            del votes[name]
    labels = {name: by_ending(name, _majority(v)) for name, v in votes.items()}
    places = datelines(sentences)
    for spelled, place in places.items():
        labels.pop(spelled, None)
        labels[place] = "place"
    return Recognized(labels, {s: p for s, p in places.items() if s != p})


def _is_one_name(name: str) -> bool:
    """Not a letter, a lower-case phrase, names joined by "and" or a photo credit."""
    return len(name) > 1 and name[0].isupper() and "/" not in name and not _JOINED.fullmatch(name)


def _owner_is_common_noun(name: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a possessive inside `name` belongs to it: the name ends in an institution's
    word ("Sheriff's Office", "People's Daily", "Children’s Health Insurance Program") or
    the word before the possessive is also written in lower case in the cluster.
    "Ghouta's Douma", "Lightspeed’s Jeremy Liew" and "La La Land’s Emma Stone" are two
    names joined, with one label for both."""
    if name.rsplit(" ", 1)[-1] in _INSTITUTIONS:
        return True
    owner = _INNER_POSSESSIVE.search(name)[1].lower()
    return any(_next_mention(s.text, owner, 0) >= 0 for s in sentences)


def _majority(votes: Counter[EntityLabel]) -> EntityLabel:
    """The label with the most votes; ties broken by name, so every process agrees."""
    return min(votes, key=lambda label: (-votes[label], label))


def _is_word(character: str) -> bool:
    r"""The regex engine's Unicode `\w`."""
    return character.isalnum() or character == "_"


def _matches(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    r"""(start, end) of every match of `\b(?:form|...)\b`, longest forms first, in `text`:
    the leftmost start, the longest form there, no overlaps. Found with `str.find`:
    compiling that alternation cost half of the section (each cluster has its own)."""
    longest: dict[int, int] = {}
    size = len(text)
    for form in forms:
        # `\b` holds at an edge of a match when the character beside it is a word
        # character and the form's own at that edge is not, or the other way round: the
        # form's are known once, so only the characters beside each match are tested.
        opens, closes = _is_word(form[0]), _is_word(form[-1])
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if (
                end > longest.get(start, start)
                and (start > 0 and _is_word(text[start - 1])) != opens
                and (end < size and _is_word(text[end])) != closes
            ):
                longest[start] = end
            start = text.find(form, start + 1)
    found, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            reached = longest[start]
            found.append((start, reached))
    return found


def entities(sentences: Sequence[Sentence], recognized: Recognized) -> tuple[Entity, ...]:
    """Each recognised entity with its mentions in every sentence, most widely reported first."""
    forms = recognized.aliases()
    if not forms:
        return ()
    # One text, sentences apart by a newline: no form holds one (they are words joined by
    # spaces), so no match crosses sentences, and `\b` sees the newline as a text's end.
    texts = [s.text for s in sentences]
    offsets = list(accumulate((len(t) + 1 for t in texts), initial=0))
    mentions: dict[str, list[Excerpt]] = defaultdict(list)
    joined = "\n".join(texts)
    works: set[str] = set()
    whole: set[str] = set()  # names with a mention that does not run on into a number
    for start, end in _matches(joined, forms):
        form = joined[start:end]
        name = forms[form]
        if name not in whole and not before_a_number(joined, end):
            whole.add(name)
        # a stock symbol is in capitals, a title the name itself (not a surname's mention):
        # the others skip the look before them, most of this loop's cost
        if form == name or form.isupper():
            head = joined[max(start - BEFORE_CHARS, 0) : start]
            if may_follow_a_cue(head):
                if form.isupper() and after_exchange(head):
                    continue
                if form == name and is_title(head, joined, end):
                    works.add(name)
        row = bisect_right(offsets, start) - 1
        shift = sentences[row].start - offsets[row]
        mentions[name].append(Excerpt(sentences[row].article, start + shift, end + shift))
    found = [
        Entity(
            name=name,
            label=recognized.labels[name],
            outlets=len({m.article.outlet for m in found}),
            mentions=tuple(found),
        )
        for name, found in mentions.items()
        if name not in works and name in whole
    ]
    found.sort(key=lambda e: (-e.outlets, -len(e.mentions), e.name))
    return tuple(found[:MAX_ENTITIES])
