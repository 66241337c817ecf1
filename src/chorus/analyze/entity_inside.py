"""Names that are no name of their own where the text writes them: a capitalised word only
ever written inside a longer name or opening a sentence, and written in lower case too
("Cancer" of "Cancer Council Victoria", "the International Agency for Research on Cancer"
and "Cancer is caused by ...", beside "cancer"); and a person's full name written after an
article and before a stop or a function word ("the Oculus Rift.", "The USS Fitzgerald
was"): a thing's, as no one is called so; nor is a full name of words the text also writes
in lower case ("Indigenous Knowledge"). A place only written opening an office's name is
a piece of that name ("the Norfolk District Attorney’s Office"; an organisation's things:
entity_owned.py); a group's initials always before a place,
with it, a campus ("UC Santa Cruz"). A person's name the text also writes before
an institution's or a place's word ("Mercy Fitzgerald Hospital") or before a US state
("Upper Darby, PA") is the institution or the town."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from itertools import takewhile

from chorus.analyze.entity_cues import runs_on
from chorus.analyze.entity_endings import place_by_state
from chorus.analyze.entity_lists import KNOWN
from chorus.analyze.model import EntityLabel, Excerpt
from chorus.language.speakers import ORGANISATION_HEADS

_JOINS_BEFORE = (" of ", " on ", " in ", " for ", " and ", " & ", " of the ", " for the ")
"""Words between a longer name's capitalised word and its last word: "Research on Cancer",
"Research in Cancer", "Law & Justice"."""
_SENTENCE_ENDS = frozenset('.!?\n"”’:')
_ARTICLES = (" the ", " a ", " an ", "\nThe ", "\nA ", "\nAn ")
"""Not "that" nor "this", which also open a clause ("that Brenda Snipes, Broward's
supervisor") or ask after someone ("Is this Tiffany Nguyen?")."""
_THIS = (" this ", "\nThis ")
"""Before a one-word name, "this" is a thing's ("thanks to this Kickstarter.", raw 40, a
person by the recognizer); on the 280 raw and DUC clusters the one person it drops."""
_A_KIND = re.compile(r"(?<![\w'’])an? (?:retired|former|decorated|veteran|fellow|onetime) $")
"""An indefinite article and a word of service before a full name: a kind of person, "a
retired Green Beret to"; not "a second Richard Nixon." (a person named to compare) nor "the
late ...", a person's way of being written."""
_STOPS = frozenset('.,;:!?)”"')
"""Not an apostrophe: "the Carroll County Sheriff’s Office"."""
_FUNCTION_WORDS_AFTER = (" is ", " was ", " for ", " to ", " has ", " will ")
"""After a full name read as a person and an article, the words that show it stands whole
("the Oculus Rift for video game developers"), where a noun would make it a modifier ("the
Bill Clinton administration", a person's); not "and" ("the Obama and Romney campaigns")."""


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[max(start - 3, 0) : start].rstrip(" ")
    return not before or before[-1] in _SENTENCE_ENDS


def _ends_a_longer_name(text: str, start: int) -> bool:
    """Whether a mention from `start` is the last word of a longer capitalised name: right
    after a capitalised word, or after one and a join ("Research on Cancer")."""
    head = text[max(start - 40, 0) : start]
    join = next((j for j in _JOINS_BEFORE if head.endswith(j)), " ")
    if not head.endswith(join):
        return False
    head = head[: len(head) - len(join)]
    at = head.rfind(" ") + 1
    word = head[at:]
    # a capitalised word opening a sentence is no name's ("The Strip")
    return word[:1].isupper() and word[-1:].isalnum() and at > 0 and not _opens_a_sentence(head, at)


def _bound(mention: Excerpt) -> bool:
    """Whether a mention runs on into a capitalised word, ends a longer name or opens a
    sentence: no mention the capital makes a name."""
    text = mention.article.text
    return (
        runs_on(text[mention.end : mention.end + 2])
        or _ends_a_longer_name(text, mention.start)
        or _opens_a_sentence(text, mention.start)
    )


def common_words_inside_names(listed: Mapping[str, Sequence[Excerpt]], joined: str) -> list[str]:
    """One-word names in title case every mention of which is `_bound`, which `joined` (the
    cluster's sentences) also writes in lower case: a common word of other names'. The
    lower case is looked for last, for the few names left."""
    return [
        name
        for name, found in listed.items()
        if " " not in name
        and name.istitle()
        and all(map(_bound, found))
        and any(_written_whole(word, joined) for word in _lower_case(name, found))
    ]


def _lower_case(name: str, found: Sequence[Excerpt]) -> tuple[str, ...]:
    """A name in lower case; for a plural every mention of which opens a sentence, in
    either number ("Captures to perfection ..." opening a quoted review beside "capture").
    Not a plural inside a longer name: "told The Times" beside "time"."""
    word = name.lower()
    if word.endswith("s") and not word.endswith("ss") and all(_opens(m) for m in found):
        return (word, word[:-1])
    return (word,)


def _opens(mention: Excerpt) -> bool:
    return _opens_a_sentence(mention.article.text, mention.start)


def _joins(character: str) -> bool:
    """Whether a character continues a word: a word character (as a pattern's `\\w`) or a
    hyphen."""
    return character.isalnum() or character in ("_", "-")


def _written_whole(word: str, text: str) -> bool:
    """Whether `text` writes `word` with neither a word character nor a hyphen either side:
    found by `str.find` (a pattern opening with a look-behind was tried at every position
    of the cluster's text, ~0.1 ms a name)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _joins(text[at - 1 : at]) and not _joins(text[end : end + 1]):
            return True
        at = text.find(word, at + 1)
    return False


def _after_an_article(mention: Excerpt) -> bool:
    """Whether a mention of a name written whole stands after an article (or "this", for a
    one-word name), before a stop or a function word."""
    text, start, end = mention.article.text, mention.start, mention.end
    return (text[end : end + 1] in _STOPS or text.startswith(_FUNCTION_WORDS_AFTER, end)) and (
        text.endswith(_ARTICLES, max(start - 6, 0), start)
        or _A_KIND.search(text, max(start - 24, 0), start) is not None
        or (text.endswith(_THIS, max(start - 6, 0), start) and " " not in text[start:end])
    )


def _in_a_title(mention: Excerpt) -> bool:
    """Whether a mention closes a title opening on a capital "The" after a word, a comma or
    a colon ("John Donne, The Broken Heart", "The Brainy Bunch: The Harding Family's
    Method"). Not a name inside a longer one ("The Sean Hannity Show", "The Thomas Kinkade
    Co.": the person's), nor "The" opening a sentence."""
    text, start = mention.article.text, mention.start
    return (
        text.endswith(" The ", max(start - 5, 0), start)
        and (text[start - 6 : start - 5].isalnum() or text[start - 6 : start - 5] in ",:")
        and not runs_on(text[mention.end : mention.end + 2])
    )


def people_after_an_article(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> list[str]:
    """People with a mention written whole after an article: a thing's name ("the Oculus
    Rift.", "The USS Fitzgerald was", a one-word ship's "the Musashi was" of raw 163), and
    a full name after a title's capital "The" (`_in_a_title`: raw 179's poem "The Broken
    Heart", raw 3's book "The Harding Family's Method")."""
    return [
        name
        for name, found in listed.items()
        if label(name) == "person"
        and any(
            _after_an_article(m) or (" " in name and _in_a_title(m))
            for m in found
            if m.end - m.start == len(name)
        )
    ]


def people_of_common_words(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel], joined: str
) -> list[str]:
    """Full names read as people every word of which `joined` (the cluster's sentences) also
    writes whole in lower case: a phrase in capitals, a title's or a topic's ("Part of that
    Indigenous Knowledge, it seems", beside "indigenous" and "knowledge"). A person's name
    has a word no sentence writes so: on the 280 raw and DUC clusters this was the one
    person listed whose every word was."""
    return [
        name
        for name, found in listed.items()
        if " " in name
        and label(name) == "person"
        and all(_written_whole(word.lower(), joined) for word in name.split())
    ]


_OFFICE_AFTER = re.compile(r"(?: [A-Z][\w.'’-]*)*? (?:Office|Department)\b")
"""Capitalised words after a name that end an office's name it opens: "the Norfolk District
Attorney’s Office", "the Santa Clara County Coroner’s Office"."""
POSTS = (" Sheriff", " Coroner", " Attorney", " Marshal", " Prosecutor", " Examiner")
_POST_OFFICE = re.compile(r"['’]s (?:Office|Department)\b")
"""... and after a post's name, its office: "the Orange County Sheriff's Department", whose
span the recognizer cut at the possessive (a place)."""


def with_offices(
    listed: dict[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> tuple[dict[str, list[Excerpt]], set[str]]:
    """`listed` with each name that only opens an office's name taken out, a piece of it
    the recognizer did not read whole, as the start of "the Florida Department of Law
    Enforcement" is (`pieces_of_longer_names`): a place no list knows (_OFFICE_AFTER) or a
    post's (_POST_OFFICE). Where every mention opens the same office (a curly or straight
    apostrophe aside), the office is in its place, its mentions grown to hold it, and is
    among the offices returned: "Norfolk", a place, of "the Norfolk District Attorney’s
    Office" in three outlets, is that office, "Orange County Sheriff" (a place) the Sheriff's
    Department, and a name only written inside one goes ("Coroner’s Office" of "the Santa
    Clara County Coroner’s Office"; the three on the 280 raw and DUC clusters). A place the
    lists know is left ("New York Police Department"): a reader knows it."""
    found = listed  # copied at its first change: most clusters have no office
    offices = set()
    for name, mentions in listed.items():
        kind = label(name)
        if kind != "person" and name.endswith(POSTS):
            after = _POST_OFFICE
        elif kind == "place" and name not in KNOWN:
            after = _OFFICE_AFTER
        else:
            continue
        # the first mention rules out most names before any list is made
        if not after.match(mentions[0].article.text, mentions[0].end):
            continue
        ends = list(takewhile(bool, (after.match(m.article.text, m.end) for m in mentions)))
        if len(ends) < len(mentions):
            continue
        found = dict(found) if found is listed else found
        del found[name]
        grown = [Excerpt(m.article, m.start, e.end()) for m, e in zip(mentions, ends, strict=True)]
        written = Counter(m.article.text[m.start : m.end] for m in grown)
        if len({office.replace("’", "'") for office in written}) == 1:
            for piece in _written_inside(found, grown):
                del found[piece]
            office = written.most_common(1)[0][0]
            found[office] = grown
            offices.add(office)
    return found, offices


def campuses(
    listed: dict[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> tuple[dict[str, list[Excerpt]], set[str]]:
    """`listed` with a group's initials that every time open a listed place's name taken
    out, and each such pair listed whole, among the names returned: "UC" (a place) before
    "Santa Cruz" is the campus "UC Santa Cruz", as "UC Berkeley" was read whole; the
    place's mentions there are the campus's, and a place written only so goes with them."""
    found = listed  # copied at its first change: most clusters have none
    named = set()
    starts: dict[tuple[str, int], str] | None = None  # a place by where its mentions start
    for name, mentions in listed.items():
        first = mentions[0]
        if not (
            name.isupper()
            and name.isalpha()
            and first.article.text[first.end : first.end + 2][1:].isupper()
            and label(name) != "person"
        ):
            continue
        if starts is None:
            starts = {
                (m.article.id, m.start): place
                for place, found_there in listed.items()
                if label(place) == "place"
                for m in found_there
            }
        places = [starts.get((m.article.id, m.end + 1)) for m in mentions]
        if None in places or not found.keys() >= set(places):
            continue
        found = {n: list(ms) for n, ms in found.items()} if found is listed else found
        del found[name]
        for mention, place in zip(mentions, places, strict=True):
            after = next(m for m in found[place] if m.start == mention.end + 1)
            found[place].remove(after)
            whole = Excerpt(mention.article, mention.start, after.end)
            campus = f"{name} {place}"
            found.setdefault(campus, []).append(whole)
            named.add(campus)
        found = {n: ms for n, ms in found.items() if ms}
    return found, named


def _written_inside(
    listed: Mapping[str, Sequence[Excerpt]], longer: Sequence[Excerpt]
) -> list[str]:
    """Names every mention of which is inside one of `longer`'s."""
    spans = {(m.article.id, m.start, m.end) for m in longer}
    return [
        name
        for name, found in listed.items()
        if all(
            any(a == m.article.id and s <= m.start and m.end <= e for a, s, e in spans)
            for m in found
        )
    ]


_INSTITUTIONS = (" Hospital", " Medical Center", " Clinic", " Township", " Borough")
"""Words after a name that make the name and the word one institution or one town, where the
name alone is its short form ("a spokeswoman for Mercy Fitzgerald" beside "Mercy Fitzgerald
Hospital"). Not "Airport", "Boulevard", "University" nor "School": as often named for a
person written as one ("John Wayne Airport")."""


def short_forms_of_institutions(labels: Mapping[str, EntityLabel]) -> dict[str, EntityLabel]:
    """People by the recognizer whose name and one of _INSTITUTIONS are another name it read,
    not as a person: the short form, with that name's label."""
    return {
        name: labels[longer]
        for name, label in labels.items()
        if label == "person"
        for longer in (name + word for word in _INSTITUTIONS)
        if labels.get(longer, "person") != "person"
    }


_GRADES = ("Elementary", "Middle", "High")
_SCHOOL = (" School",)
"""A school's grade closing a name makes it the school's short form where the text also
writes it with " School" ("a candlelight vigil ... at North Park Elementary" beside "North
Park Elementary School", raw 75): no one is named so, unlike "School" after a name."""


_COMPANIES = (
    *(" International", " Entertainment", " Inc.", " Corp.", " Corporation", " Holdings"),
    *(" Capital", " Wireless"),
)
"""A company's closing word, where the name without it is its short form, both read as
organisations: "Marvel" beside "Marvel Entertainment" (raw 188, two outlets and one),
"Amnesty" beside "Amnesty International", an investment firm's "Bain" beside "Bain Capital"
(raw 220) and a carrier's "Verizon" beside "Verizon Wireless" (raw 207). On the 280 raw and
DUC texts, a capitalised name and "Capital" or "Wireless" is 21 writings, Bain Capital 13,
Verizon Wireless 6, TPG-Axon Capital and S&P Capital (IQ) 1 each, neither listed beside its
short form."""


def short_forms(listed: Collection[str], label: Callable[[str], EntityLabel]) -> dict[str, str]:
    """Organisations listed beside their name and one of _INSTITUTIONS or "International"
    (or " School", closing on a grade: `_GRADES`), an organisation too, by that longer name:
    its short form, one body ("a spokeswoman for Mercy Fitzgerald" beside "Mercy Fitzgerald
    Hospital", raw 95; "London-based Amnesty" beside "Amnesty International", raw 127). A
    name closing on a body's word is a body of its own ("Duke University" beside "Duke
    University Medical Center", raw 190)."""
    return {
        name: longer
        for name in listed
        if not name.endswith(ORGANISATION_HEADS)
        for longer in (
            name + word for word in (*_INSTITUTIONS, *_COMPANIES, *_SCHOOL * name.endswith(_GRADES))
        )
        if longer in listed and label(longer) == label(name) == "organisation"
    }


def towns_before_a_state(
    names: Iterable[str], listed: Mapping[str, Sequence[Excerpt]]
) -> dict[str, EntityLabel]:
    """Full names read as people with a mention right before a comma and a US state ("Upper
    Darby, PA, Thursday"): a town, as the recognizer reads such a name where its window
    holds the state."""
    return {
        name: "place"
        for name in names
        if any(place_by_state(m.article.text, m.start, m.end) for m in listed[name])
    }


def opening_a_listed_name(name: str, found: Sequence[Excerpt], listed: Collection[str]) -> bool:
    """Whether every mention of a known name opens one longer name listed: the longer
    name's, not the known one's ("Asia" of raw 245's "Asia & Japan Watch", four mentions,
    all the outlet's). Most first mentions run on into no capital nor "&": out before the
    listed names are looked at."""
    first = found[0]
    after = first.article.text[first.end : first.end + 2]
    if after[:1] != " " or not (after[1:].isupper() or after[1:] == "&"):
        return False
    longer = [n for n in listed if n.startswith(name) and n[len(name) : len(name) + 1] == " "]
    return bool(longer) and all(
        any(m.article.text.startswith(n, m.start) for n in longer) for m in found
    )
