"""One name however its capitals, hyphens, spaces and full stops are written: one outlet's
"al-Qaeda" is another's "Al-Qaeda", "G.O.P." is "GOP", "Youtube" is "YouTube", a
transcript's "FLORIDA" is "Florida". Each spelling was a row of its own, or no mention at
all, and the name's outlets were counted apart (raw 110, 107, 170, 136)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import compress
from operator import attrgetter, methodcaller, not_

from chorus.analyze.entity_lists import KNOWN, SPELLED, SPELLINGS
from chorus.analyze.entity_mention_windows import every_mention, next_mention
from chorus.analyze.entity_spellings import sounded
from chorus.analyze.model import Entity, EntityLabel
from chorus.model import Sentence


def written_alike(
    labels: Mapping[str, EntityLabel], votes: Mapping[str, Counter[EntityLabel]]
) -> dict[str, str]:
    """Names of several words and one label that another writes with other capitals,
    hyphens, spaces or full stops, each mapped to the one of them with the most of the
    recognizer's votes: "Kim Jong Un" and "Kim Jong-Un" beside "Kim Jong-un", one person
    listed three times (so "Kim" alone opened three full names and joined none). A name of
    one word ("G.O.P." beside "GOP", raw 107) has no surname to join: its spellings are one
    entity at the end, named as written most (`one_per_spelling`)."""
    keys = name_keys(labels)
    # most clusters write every name one way: one comprehension tells
    if len(set(keys)) == len(keys):
        return {}
    alike: dict[tuple[str, EntityLabel], list[str]] = defaultdict(list)
    for (name, label), key in zip(labels.items(), keys, strict=True):
        if " " in name:
            alike[key, label].append(name)
    spelled = {}
    for names in alike.values():
        if len(names) > 1:
            most = max(names, key=lambda n: (sum(votes.get(n, Counter()).values()), n))
            spelled |= {name: most for name in names if name != most}
    return spelled


def folded_spellings(
    labels: Mapping[str, EntityLabel], runs: Collection[str], known: Collection[str]
) -> dict[str, str]:
    """The candidate runs (`runs`, not read) and the known names written (`known`, of the
    read name's label) that spell a read name with other capitals, hyphens, spaces or stops,
    mapped to it: "G.O.P." of "GOP" (raw 107), "Al Jazeera" of "Al-Jazeera". Not a run in
    capitals throughout beside a name that is not, nor the other way round: "US" is no
    "Us", "MA" no "Ma", and a headline's capitals read no name; nor a key two read names
    share, nor a country's spelling (`SPELLED`), nor a handle ("@GeorgeTakei")."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for name, key in zip(labels, name_keys(labels), strict=True):
        by_key[key].append(name)
    # a country's spellings are its list's (`one_per_spelling`): "U.S." is no "US"'s run
    others = list({*runs, *known} - labels.keys() - SPELLED)
    keys = name_keys(others)
    # the few runs sharing a read name's key picked out in C, in one order every run
    hits = sorted(compress(zip(others, keys, strict=True), map(by_key.__contains__, keys)))
    found = {}
    for run, key in hits:
        names = by_key[key]
        # a run closing on a stop, a hyphen or a quote is a sentence's or a word's edge
        # ("Mount St. Helens.", "House-passed", "Qatar Airways’"), not initials' ("G.O.P.");
        # a full name's words run together are a handle ("@BarackObama"), no mention
        if (
            len(names) == 1
            and (run[-1].isalnum() or run[-3:-2] == ".")
            and not (run.isalnum() and " " in names[0])
            and run.isupper() == (name := names[0]).isupper()
            and KNOWN.get(run, labels[name]) == labels[name]
        ):
            found[run] = name
    return found


_ARTICLES = ("Al-", "El-", "Al ", "El ")
"""The Arabic article opening a name or its surname, written in lower case by as many
outlets ("al-Qaeda", "Zainab al-Khawaja"): the candidate runs never hold it so, as a
lower-case word ends them."""
_INNER_ARTICLES = tuple(f" {article}" for article in _ARTICLES)


def articles_lowered(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """A read name with the Arabic article (`_ARTICLES`) opening it or a word of it, as the
    text also writes it with the article in lower case, mapped from that spelling: raw
    110's "al-Qaeda" beside "Al-Qaeda" (one outlet each, the first no mention), raw 127's
    "Zainab al-Khawaja" (her surname was her father's mention). `text` is the sentences
    joined by newlines, searched only for a cluster reading such a name."""
    opening = [
        name
        for name in labels
        if name.startswith(_ARTICLES) or any(a in name for a in _INNER_ARTICLES)
    ]
    if not opening:
        return {}
    found = {}
    for name in opening:
        at = (
            0
            if name.startswith(_ARTICLES)
            else min(at for a in _INNER_ARTICLES if (at := name.find(a)) >= 0) + 1
        )
        lowered = name[:at] + name[at].lower() + name[at + 1 :]
        if lowered not in labels and lowered in text and next_mention(text, lowered, 0) >= 0:
            found[lowered] = name
    return found


_AFTER_AN_ARTICLE = re.compile(r"\b[AaEe]l-([A-Z][a-z]+)\b")
"""A word after the Arabic article and its hyphen: "al-Mezzeh", "Al-Mezzeh", "el-Sisi"."""


def articled_spelt_otherwise(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """A word `text` writes only after the Arabic article (`_AFTER_AN_ARTICLE`), no read
    name, that spells a read name of one word, no person's, with other vowels, doubled
    letters or an "h" (`entity_spellings.sounded`), mapped to it: raw 76's Al Jazeera ([3])
    writes "al-Mezzeh" where AP and AFP write "Mazzeh", one district of Damascus listed
    from two outlets of the three. Without the article other vowels are no cue: "Art" and
    "Earth", "Triumph" and "Trump" are so alike on the 280 raw and DUC clusters; two people
    so named may be two (`transliterated_people` joins full names)."""
    words = {m[1] for m in _AFTER_AN_ARTICLE.finditer(text)} - labels.keys()
    if not words:
        return {}
    named = {sounded(n): n for n, label in labels.items() if label != "person" and " " not in n}
    found = {}
    for word in words:
        name = named.get(sounded(word))
        spots = every_mention(text, word)
        if name and all(text[at - 3 : at].lower() in ("al-", "el-") for at in spots):
            found[word] = name
    return found


_NAME = attrgetter("name")
_LABEL = attrgetter("label")
_OPPONENTS_NAMES = frozenset(("Daesh",))
"""A body's name in its opponents' words: the Arabic acronym the French and Russian
governments call the Islamic State by (the seeds' statements from both). Its mentions are
the body's, but beside one of the body's own spellings the entity is not shown under it: a
reader of an English briefing knows the group by its own name, and the word takes a side."""


def initials_folded(
    spellings: Mapping[str, str], labels: Mapping[str, EntityLabel], runs: Collection[str]
) -> dict[str, str]:
    """Runs spelling a read name's initials with other stops (`folded_spellings`), mapped to
    the name: one outlet's "I.R.S." is another's "IRS", the Internal Revenue Service's (raw
    227, where only the name itself was folded)."""
    initials = {s: n for s, n in spellings.items() if s.isalpha() and s.isupper() and n in labels}
    if not initials:
        return {}
    folded = folded_spellings({s: labels[n] for s, n in initials.items()}, runs, ())
    return {s: initials[n] for s, n in folded.items() if s not in labels and s not in spellings}


def last_word_lowered(labels: Mapping[str, EntityLabel], text: str) -> dict[str, str]:
    """An organisation's part `text` (the sentences joined) also writes with its last word in
    lower case, mapped
    from that spelling, where the word before it is its group's initials: one outlet's
    "BBC films" is another's "BBC Films" (the first read as "BBC", a second name). Not
    after a place ("Union City football", "U.S. soccer": a sport there, not the team)."""
    found = {}
    for name in labels:
        before, space, last = name.rpartition(" ")
        if (
            space
            and last[1:].islower()
            and last[:1].isupper()
            and labels[name] == "organisation"
            and before.isalpha()
            and before.isupper()
        ):
            spelled = f"{before} {last.lower()}"
            # the substring test in C rules out nearly every name before the word test
            if spelled in text and next_mention(text, spelled, 0) >= 0:
                found[spelled] = name
    return found


def _spelled(entity: Entity, named: str) -> tuple[int, bool, str]:
    """How a spelling ranks for naming its entity: mentions, then the full name, then the
    name itself, so every run agrees."""
    return len(entity.mentions), entity.name == named, entity.name


_FOLDED = str.maketrans({".": None, "-": None, " ": None, "’": "'"})
_FOLD = methodcaller("translate", _FOLDED)


def name_keys(names: Iterable[str]) -> list[str]:
    """What two spellings of one name share, for each of `names`: its letters in lower
    case, without spaces, hyphens and full stops ("gop" of "G.O.P.", "alqaeda" of
    "al-Qaeda", of "Al Qaeda" and of a line broken inside "Al- Qaeda"). Mapped in C: it is
    asked of every candidate run."""
    return list(map(str.casefold, map(_FOLD, names)))


def _shouted(name: str) -> bool:
    """Whether a name is in capitals with a word of five letters or more: a transcript's or
    a dateline's "FLORIDA", "UNITED NATIONS", named by its other spelling; not initials
    ("U.S.", "NATO")."""
    return name.isupper() and any(len(word.replace(".", "")) > 4 for word in name.split(" "))


def one_per_spelling(found: Sequence[Entity], sentences: Sequence[Sentence]) -> list[Entity]:
    """`found` with the `SPELLINGS` of one country or body (of one label), and the names
    of one label written with other capitals, hyphens or full stops (`name_keys`: a
    transcript's "FLORIDA" read beside the known "Florida", raw 136; "Youtube", "YouTube",
    raw 170), as one entity, named as it is mentioned most (not in capitals throughout; on
    a tie, its full name; never in its opponents' words beside its own), with the mentions
    and outlets of every spelling, in the order of the text (the articles in the order of
    their `sentences`)."""
    names = list(map(_NAME, found))
    keys = list(zip(name_keys(map(SPELLINGS.get, names, names)), map(_LABEL, found), strict=True))
    shared = {key for key, count in Counter(keys).items() if count > 1}
    # most names are no one's other spelling: they pass as they are
    flags = [key in shared for key in keys]
    merged = list(compress(found, map(not_, flags)))
    spelled: dict[tuple[str, EntityLabel], list[Entity]] = defaultdict(list)
    for entity, key in compress(zip(found, keys, strict=True), flags):
        spelled[key].append(entity)
    article_order: dict[str, int] = {}
    for group in spelled.values():
        if len(group) == 1:
            merged.append(group[0])
            continue
        # each article's number, counted only where spellings merge (few clusters)
        article_order = article_order or {
            article: n for n, article in enumerate(dict.fromkeys([s.article.id for s in sentences]))
        }
        mentions = tuple(
            sorted(
                (mention for entity in group for mention in entity.mentions),
                key=lambda mention: (article_order[mention.article.id], mention.start),
            )
        )
        named = SPELLINGS.get(group[0].name, group[0].name)
        # as spelled most; on a tie as the name the others spell, then the same in any run
        # (the known names come in a set's order)
        most = max(
            group,
            key=lambda e: (
                e.name not in _OPPONENTS_NAMES,
                not _shouted(e.name),
                *_spelled(e, named),
            ),
        )
        outlets = len({mention.article.outlet for mention in mentions})
        merged.append(Entity(most.name, most.label, outlets, mentions))
    return merged
