"""The mentions of the names known without reading them (entity_lists.py: countries,
states, cities, agencies), but where a known name ends a longer one ("Virgin Australia",
"Cecile de France", "New York magazine"); a known place only written inside an
institution's name gives the institution ("University of Arizona"), and a read place's
mentions so written are the institution's."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence

from chorus.analyze.entity_campuses import a_place, campus
from chorus.analyze.entity_endings import STATES_SHORT
from chorus.analyze.entity_furniture import a_postal_address
from chorus.analyze.entity_headings import (
    SOCIAL_SITES,
    a_call_to_follow,
    an_encyclopedias_heading,
)
from chorus.analyze.entity_inside import opening_a_listed_name
from chorus.analyze.entity_lists import LANDS_SPELLED, inside_another_name
from chorus.analyze.entity_mention_shapes import opens_bodies_sharing_a_head
from chorus.analyze.entity_mentions import outlets
from chorus.analyze.entity_pieces import after_a_capitalised_word
from chorus.analyze.entity_windows import NOT_NAMES
from chorus.analyze.model import Entity, EntityLabel, Excerpt
from chorus.model import Sentence

_PARTICLES = (" de ", " De ", " da ", " do ", " du ", " del ", " della ", " di ", " van ", " von ")
"""Words inside a person's or an event's name before its last word: "Cecile de France",
"Tour de France"."""
_UNIVERSITY_BEFORE = re.compile(r"University of [A-Z][\w ]*, $")
_MAGAZINE = " magazine"
"""A lower-case word that ends a name a place opens: "New York magazine"."""
_OPENING_MARKS = "([“\"'‘"
_AMERICA = "America"
_NAMED_FOR_AMERICA = re.compile(
    r"(?<=[ “\"‘(])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:of|for) "
    r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* in )?$"
)
"""What a name closing on "America" opens with: "Bank of America", "Democracy for America",
"Moms Demand Action for Gun Sense in America" (raw 144, 193, 191), the name of a bank, a
group or an ad, no mention of the land; a run opening the sentence is left ("Thanks for
America"), and so is "the United States of America", the land itself."""


def cut_from_a_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a known name (entity_lists.py), written from `start` to `end` in a sentence's
    `text`, is the end of a longer name: before "magazine", after a name's particle and a
    capitalised word ("Cecile de France"), or after the sentence's first word (the
    candidate runs never open on it) where that word is in capitals ("NHS England") or the
    sentence holds the two alone, a heading ("Virgin Australia"). Other first words are as
    often a sentence's adjective or adverb ("Neighboring Ukraine", "Perhaps Apple's"). So
    is "America" closing a name after "of" or "for" ("Bank of America", `_NAMED_FOR_AMERICA`),
    and a campus after its university's comma ("the University of California, San Diego",
    raw 56, "..., Los Angeles", raw 200: no place of the story), not a country or a state.
    """
    # each test one call: this runs on every mention of a known name
    if (
        end - start == len(_AMERICA)
        and text.startswith(_AMERICA, start)
        and not text.endswith("States of ", 0, start)
        and _NAMED_FOR_AMERICA.search(text, max(start - 80, 0), start)
    ):
        return True
    if text.endswith(", ", 0, start) and _UNIVERSITY_BEFORE.search(text, max(start - 50, 0), start):
        # a land there says where the university is ("University of Munich, Germany")
        return text[start:end] not in LANDS_SPELLED
    if text.startswith(_MAGAZINE, end):
        # "U.S. magazine Life & Style" names the magazine after it
        after = end + len(_MAGAZINE)
        return not text[after + 1 : after + 2].isupper()
    if start and text.find(" ") == start - 1:
        word = text[: start - 1]
        return (
            word.isalpha()
            and word[0].isupper()
            and word not in NOT_NAMES
            and (word.isupper() or end == len(text))
        )
    if text.endswith(_PARTICLES, 0, start):
        particle = text.rfind(" ", 0, start - 1)
        before = text[text.rfind(" ", 0, particle) + 1 : particle]
        return before.lstrip(_OPENING_MARKS)[:1].isupper()
    return False


_INSTITUTION = re.compile(
    r"(?<![\w.'’-])(?!(?:The|A|An) )(?:[A-Z][\w.'’-]* )*"
    r"(?:University|College|Institute|Academy|Museum|School|Hospital|Library) of (?:the )?$"
)
"""What opens an institution named for a known place: "the University of Arizona", "the
Technical University of Denmark" (the recognizer reads no window for it where the place is
known); not an article opening a sentence ("A University of Kansas expedition")."""


def known_entities(
    sentences: Sequence[Sentence],
    texts: Sequence[str],
    known: dict[str, tuple[EntityLabel, list[tuple[int, int, int]]]],
    listed: Collection[str],
) -> list[Entity]:
    """The names known without reading them, each with its mentions where its runs are, but
    runs cut from a longer name ("Virgin Australia"); a name only ever written inside
    another name ("Iowa" of "University of Iowa") is not listed, but the institution it
    names, where the text writes it so and no name `listed` is it (`_institutions`); not
    a place opening a body's name it shares with another's ("the Tennessee and Federal
    Bureaus of Investigation", `opens_bodies_sharing_a_head`), nor a copied page's "From
    Wikipedia, the free encyclopedia", nor a page's call to follow it
    on a site ("Follow us on Twitter"), nor a mailing address's town ("Philadelphia, PA /
    19102", `entity_furniture.a_postal_address`).
    `texts` are the sentences' texts, each a slice of its article read once."""
    found = []
    # names of several words, one of which may close on a known name and hold its spots
    longer = [n for n in listed if " " in n]
    for name, (label, spots) in known.items():
        if name in _STATES:
            spots = _states_in_full(name, spots, texts)
        # "Red Cross" of the read "International Committee of the Red Cross" (raw 76) is no
        # second body's mention
        ending = f" {name}"
        holding = [len(n) - len(name) for n in longer if n.endswith(ending)]
        mentions = [
            _excerpt(sentences[index], start, end)
            for index, start, end in spots
            if not cut_from_a_longer_name(texts[index], start, end)
            and not (holding and _held(texts[index], start, end, holding, listed))
            and not (
                label == "place"
                and texts[index].startswith(_POSSESSIVES, end)
                and a_brands_possessive(texts[index], end, name, listed)
            )
            and not (label == "place" and after_a_capitalised_word(texts[index], start, listed))
            and not (label == "place" and opens_bodies_sharing_a_head(texts[index], end))
        ]
        mentions = [
            m
            for m in mentions
            if not an_encyclopedias_heading(m) and not (label == "place" and a_postal_address(m))
        ]
        if name in SOCIAL_SITES:
            mentions = [m for m in mentions if not a_call_to_follow(m)]
        if not mentions or opening_a_listed_name(name, mentions, listed):
            continue
        if inside_another_name(mentions):
            found.extend(_institutions(mentions, listed))
        else:
            found.append(
                Entity(name=name, label=label, outlets=outlets(mentions), mentions=tuple(mentions))
            )
    return found


_STATES = frozenset(STATES_SHORT.values())


def _states_in_full(
    name: str, spots: list[tuple[int, int, int]], texts: Sequence[str]
) -> list[tuple[int, int, int]]:
    """A state's spots, its abbreviations' after a town's comma ("Fort Calhoun, Neb.") but
    only where the text names the state in full too: one outlet's "Neb." is another's
    "Nebraska" (raw 147), but a state only ever written after its towns is their address,
    not a place of its own in the story."""
    full = [spot for spot in spots if spot[2] - spot[1] == len(name)]
    if not full or len(full) == len(spots):
        return full
    return [s for s in spots if s in full or texts[s[0]].endswith(", ", 0, s[1])]


def _held(text: str, start: int, end: int, heads: Sequence[int], listed: Collection[str]) -> bool:
    """Whether the spot from `start` to `end` in `text` closes a `listed` name written
    there, `heads` the lengths of their words before it."""
    return any(head <= start and text[start - head : end] in listed for head in heads)


_POSSESSIVES = ("'s ", "’s ")
_OWNED = re.compile(r"['’]s ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def a_brands_possessive(text: str, end: int, name: str, listed: Collection[str]) -> bool:
    """Whether a known place ending at `end` in `text` runs on into "'s" and words that, with
    the name and without the possessive, open or are a `listed` name: a brand's name
    ("Seattle's Best Coffee" beside "KFC's Seattle Best Coffee", raw 83), no mention of
    the place. An owner's ("Chicago's Soldier Field") is never written so; a group's is
    ("Google's Knowledge Graph" beside "Google Knowledge Graph", raw 171: its product, and
    Google's mention), so a group's possessive is left."""
    if (owned := _OWNED.match(text, end)) is None:
        return False
    words = owned[1].split(" ")
    return any(f"{name} {' '.join(words[:n])}" in listed for n in range(len(words), 0, -1))


def _institutions(mentions: Sequence[Excerpt], listed: Collection[str]) -> list[Entity]:
    """The institutions ("University of Arizona") a known place's mentions end, with a
    campus written after a comma, each with its mentions, but those `listed`:
    organisations."""
    named: dict[str, list[Excerpt]] = {}
    for m in mentions:
        text = m.article.text
        if (opens := _INSTITUTION.search(text, max(m.start - 60, 0), m.start)) is not None:
            start = opens.start()
            whole = Excerpt(m.article, start, _with_campus(text, start, m.end, listed))
            named.setdefault(text[whole.start : whole.end], []).append(whole)
    return [
        Entity(name=name, label="organisation", outlets=outlets(found), mentions=tuple(found))
        for name, found in named.items()
        if name not in listed
    ]


def institutions_of_read_places(
    listed: dict[str, list[Excerpt]], label: Callable[[str], EntityLabel]
) -> tuple[dict[str, list[Excerpt]], set[str]]:
    """`listed` with a read place's mentions written right after an institution's opening
    words (`_INSTITUTION`) grown to hold them, each the institution's, as a known place's
    are (`_institutions`): "a new paper released Friday by University of North Carolina
    journalism professor Daniel Kreiss" (raw 22), "protests that started at the University
    of Missouri" (raw 206, 2 outlets). The recognizer cut the name at its "of", and a reader
    looking for the state finds a school. The place keeps its other mentions, and goes with
    none; the institutions are returned."""
    found = listed  # copied at its first change: most clusters have no such institution
    institutions = set()
    for name, mentions in listed.items():
        # places only, then one `endswith` a mention rules out nearly every one
        if label(name) != "place" or not any(
            m.article.text.endswith(" of ", 0, m.start) for m in mentions
        ):
            continue
        grown: dict[str, list[Excerpt]] = defaultdict(list)
        rest = []
        for m in mentions:
            text = m.article.text
            opens = _INSTITUTION.search(text, max(m.start - 60, 0), m.start)
            if opens is None:
                rest.append(m)
            else:
                grown[text[opens.start() : m.end]].append(Excerpt(m.article, opens.start(), m.end))
        if not grown:
            continue
        found = dict(found) if found is listed else found
        for institution, written in grown.items():
            found[institution] = [*found.get(institution, ()), *written]
            institutions.add(institution)
        if rest:
            found[name] = rest
        else:
            del found[name]
    return found, institutions


def _with_campus(text: str, start: int, end: int, listed: Collection[str]) -> int:
    """Where an institution from `start` to `end` in `text` closes with the campus written
    after its comma, a known place or one a `listed` name closes on ("University of
    California, Los Angeles", raw 200; "..., Irvine", read whole, raw 93): `end` without."""
    town = campus(text, end)
    if town is None:
        return end
    whole = text[start : town.end()]
    return town.end() if a_place(town[1], {}) or whole in listed else end


def _excerpt(sentence: Sentence, start: int, end: int) -> Excerpt:
    """A part of a sentence, `start` and `end` counted in its text, as its article's."""
    return Excerpt(sentence.article, sentence.start + start, sentence.start + end)
