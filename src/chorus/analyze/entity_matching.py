"""Every mention of every recognised name, found once in the text of all sentences joined,
and what the words around each settle: every mention, not only the window read, can settle a
label (entity_cues.py). One right after a word only people are called by ("her husband Kris
Humphries") or before an age ("Rosannah, 24,") makes a person, one after "rock group" an
organisation, one before "airport", after "the city of" or after "Boulevard and" a place,
one before "SUV" a car (not listed); a title's name is a work's, a state's postal code after
a town a place, and a one-word name listed beside a group ("Etihad Airways, and Emirates")
a group. How each name stands (alone, running on into another capital, in a title) is kept
for `entity_forms.standing_for_themselves`; the section's assembly is entities.py."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import add, attrgetter

from chorus.analyze.entity_after_cues import AFTER_CUES, label_after, names_a_thing
from chorus.analyze.entity_cues import (
    AGE_STARTS,
    FULL_NAME_CUE_ENDS,
    LIST_END,
    RESIDENT_STARTS,
    by_age,
    by_residence,
    group_of_a_member,
    label_by_cue,
    label_of_a_full_name,
    played_in_brackets,
)
from chorus.analyze.entity_endings import state_after_town
from chorus.analyze.entity_forms import (
    ALONE,
    BEFORE_CHARS,
    after_exchange,
    how_it_stands,
    is_a_field,
    is_title,
    may_follow_a_cue,
)
from chorus.analyze.entity_in_lists import (
    LISTED_ENDS,
    listed_after_a_group,
    listed_after_a_person,
    listed_as_a_group,
    listed_before_a_group,
    paired_with_a_person,
)
from chorus.analyze.entity_lists import KNOWN, LANDS_SPELLED
from chorus.analyze.entity_mentions import has_a_lower_case, mention_spans, opens_another_name
from chorus.analyze.entity_no_mentions import CHANNEL_AFTER, before_a_festival
from chorus.analyze.model import EntityLabel, Excerpt
from chorus.model import Sentence

SENTENCE_BREAK = "\n "
"""Between sentences in the text `entities` reads: the space makes a word opening a
sentence one `label_by_cue` finds, as it finds every word before a mention, back to a
space ("Ms." of "Ms. Clifford filed", read as "court.\nMs." after a newline alone)."""

_TEXT = attrgetter("text")


@dataclass
class Matched:
    """What one pass over every mention found, for the listing to sift."""

    texts: list[str]
    joined: str
    mentions: dict[str, list[Excerpt]]
    works: set[str]
    """titles of works, things named for a maker ("a Mercedes SUV") and fields of study ("a
    degree in Social Work"): none listed"""
    stands: tuple[set[str], ...]
    """names with a mention that `how_it_stands` ALONE, that RUNS_ON, that is IN_TITLE"""
    cued: dict[str, EntityLabel]
    """names' labels by the first `label_by_cue`"""
    full_names: set[str]
    people: set[str]
    unsettled: set[str]
    lowered: Counter[str]
    """how often each one-word organisation is written in lower case"""


def matched(
    sentences: Sequence[Sentence],
    forms: Mapping[str, str],
    labels: Mapping[str, EntityLabel],
    spellings: Mapping[str, str],
) -> Matched:
    """Every mention of each name `forms` spells, with the labels the words around it
    settle; `forms` maps each written form to its name, `labels` each name to its reading."""
    # One text, sentences apart by SENTENCE_BREAK: no form holds a newline (they are words
    # joined by spaces), so no match crosses sentences, and `\b` sees it as a text's end.
    texts = list(map(_TEXT, sentences))  # read again by `known_entities`
    gap = len(SENTENCE_BREAK)
    # each sentence's length and the gap summed in C: a generator cost ~5 opcodes a sentence
    offsets = list(accumulate(map(add, map(len, texts), repeat(gap)), initial=0))
    mentions: dict[str, list[Excerpt]] = defaultdict(list)
    joined = SENTENCE_BREAK.join(texts)
    works: set[str] = set()  # titles, things named for a maker, fields of study
    festivals: set[str] = set()  # names before a festival's word, a festival's if a person's
    # names with a mention that `how_it_stands` ALONE, that RUNS_ON, that is IN_TITLE
    stands: tuple[set[str], ...] = (set(), set(), set(), set())
    alone = stands[ALONE]
    cued: dict[str, EntityLabel] = {}  # names' labels by the first `label_by_cue`
    # A person's full name keeps its label: no cue words make it more of one, and before
    # "Airport" it is the airport's namesake ("John Wayne Airport").
    full_names = {n for n, label in labels.items() if label == "person" and " " in n}
    # ... and so does a country or state read as a place: "U.S. retailer Michael Kors" is no
    # group; but after "the suburb of" a name is a place's ("Baba Amr") and after "rock
    # group" a band's ("Led Zeppelin"): no one is named so
    lands = {n for n in LANDS_SPELLED.intersection(labels) if labels[n] == "place"}
    unsettled = labels.keys() - full_names - lands
    people = set(full_names)
    # a read person's name, whole or a word of it read as a person ("Darby" of "Darby
    # Johns"): the item before "and" a name read as a place may be listed after
    words = {word for name in full_names for word in name.split(" ")}
    named = full_names | {n for n in words.intersection(labels) if labels[n] == "person"}
    surnames = {name[name.rfind(" ") + 1 :] for name in full_names}
    # how often each one-word organisation is written in lower case, counted as it is matched
    lowered = Counter(
        {
            name: 0
            for name, label in labels.items()
            if label == "organisation" and has_a_lower_case(name)
        }
    )
    for start, end in mention_spans(joined, forms, lowered):
        form = joined[start:end]
        name = forms[form]
        if joined[end + 1 : end + 2].isdigit() and CHANNEL_AFTER.match(joined, end):
            continue
        # a capital after the next character rules out most surnames before any call
        if (
            form != name
            and joined[end + 1 : end + 2].isupper()
            and name in full_names
            and opens_another_name(joined, end)
        ):
            continue
        if name not in alone:
            stands[how_it_stands(joined, start, end)].add(name)
        # a stock symbol is in capitals, a title the name itself (not a surname's mention),
        # and so is a cue's name (an organisation or a place has no surname) or another
        # spelling of it ("played by Cecile de France" of "Cecile De France"): the others
        # skip the look before them, most of this loop's cost
        if form == name or form.isupper() or form in spellings:
            head = joined[start - BEFORE_CHARS : start] if start > BEFORE_CHARS else joined[:start]
            if may_follow_a_cue(head):
                if form.isupper() and after_exchange(head):
                    continue
                if form == name and (
                    is_title(head, joined, end)
                    or (labels[name] != "place" and is_a_field(head, joined, end))
                ):
                    works.add(name)
            # the tests that rule out most mentions written here, before any call
            if (after := joined[end : end + 3]) in AFTER_CUES and joined.startswith(
                AFTER_CUES[after], end
            ):
                if (label := label_after(joined, end)) is None:
                    # "the Bush tax cuts" is no reason to drop Bush, nor "a Vietnam film"
                    several = " " in name and name not in people
                    one = " " not in name and labels[name] == "person"
                    if form == name and before_a_festival(joined, end):
                        festivals.add(name)
                    elif form == name and names_a_thing(joined, end, several, one):
                        works.add(name)
                # a full name before "fraternity" is no one's ("Kappa Sigma")
                elif name in unsettled or (label == "organisation" and name in people):
                    cued[name] = label
                    unsettled.discard(name)
                    people.discard(name)
            elif name in unsettled and (
                label := label_by_cue(head, after)
                or (after in AGE_STARTS and by_age(joined, end))
                or (after in RESIDENT_STARTS and by_residence(head, joined, end))
                or (head[-2:] == ", " and state_after_town(form, head))
                or (
                    " " not in name
                    and (
                        (
                            head.endswith(LISTED_ENDS)
                            and listed_after_a_group(joined, start, after, forms, labels)
                        )
                        or (after == " an" and listed_before_a_group(joined, end, forms, labels))
                    )
                )
                or (
                    after[:2] == " ("
                    and labels[name] != "person"
                    and played_in_brackets(name, joined, end, full_names)
                )
                or (
                    after[1:2] == "s"
                    and labels[name] == "person"
                    and " " not in name
                    and group_of_a_member(joined, end, surnames)
                )
                or (
                    head.endswith(LIST_END)
                    and labels[name] == "place"
                    and name not in KNOWN
                    and listed_after_a_person(joined, start, after, forms, named)
                )
                or (
                    after[1:] == "s "
                    and labels[name] == "place"
                    and paired_with_a_person(joined, end, forms, labels)
                )
            ):
                cued[name] = label
                unsettled.discard(name)
            elif (
                name in people
                and head.endswith(FULL_NAME_CUE_ENDS)
                and (
                    label := label_of_a_full_name(head, after)
                    or (head.endswith(LIST_END) and listed_as_a_group(joined, start))
                )
            ):
                cued[name] = label
                people.discard(name)
        row = bisect_right(offsets, start) - 1
        sentence = sentences[row]
        shift = sentence.start - offsets[row]
        mentions[name].append(Excerpt(sentence.article, start + shift, end + shift))
    works |= {name for name in festivals if (cued.get(name) or labels[name]) == "person"}
    return Matched(
        texts, joined, mentions, works, stands, cued, full_names, people, unsettled, lowered
    )
