"""The canonical form of each speaker's name across a cluster: "Macron" is the "Emmanuel
Macron" another sentence named, unless two people share the surname."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence

from chorus.language.speaker_documents import DOCUMENTS
from chorus.language.speakers import GROUPS, ORGANISATION_HEADS


def canonical_names(names: Iterable[str], people: Collection[str] = ()) -> dict[str, str]:
    """Each name mapped to the longest name ending with it ("Macron" → "Emmanuel Macron").
    A group stays as it is: "officials" in one sentence are not "Malaysian officials" of
    another; and two people named together stand for neither ("Kunz Sr" is not "Jessica
    Mitchell and DeOrr Kunz Sr": multi_news-val-5590). A recognised person's (`people`)
    middle name is no part of it either (`_without_middle`); but two people named together
    are the pair another sentence names in full (`_pair_in_full`)."""
    names = {name for name in names if name.rsplit(" ", 1)[-1] not in GROUPS}
    pairs = [name for name in names if " and " in name]
    # a name written with a curly apostrophe or accents is looked up straight and plain
    # too: "Oliver O’Grady" of one article is the "Oliver J. T. O'Grady" of another
    # (multi_news-val-80)
    straight = {unaccented(name) for name in names if not name.isascii()}
    # Each name offers itself to the names it ends with (each part after one of its
    # spaces): one pass over the names, where testing every pair was quadratic.
    longest: dict[str, str] = {}
    for name in map(_unowned, _people(names)):
        if name.startswith(_SOME) or _counted(name) or _unarticled(name, names):
            # a description written with and without its article is one speaker, named by
            # the bare words, which offer themselves: offered as the fuller name too, "a
            # U.S. official" and "U.S. official" each became the other (raw validation
            # 0-based 218)
            continue
        plain = _without_middle(name, people)
        for ending in (*_endings(name), plain) if plain != name else _endings(name):
            if name[:1].islower() and _proper(ending):
                # a description is no fuller name of the proper name it ends with ("special
                # envoy to Malaysia" of "China's special envoy ...": multi_news-val-5309)
                continue
            # "Belanger" of one article is the "Mauril Bélanger" of another (1513)
            for key in (ending,) if ending.isascii() else (ending, unaccented(ending)):
                current = longest.get(key, "")
                known = key in names or key in straight
                if known and (len(name), name) > (len(current), current):
                    longest[key] = name
    return {
        name: _fullest(name, longest)
        or (_pair_in_full(name, pairs) if " and " in name else None)
        or _OPENING.get(name)
        or _unarticled(name, names)
        or _plain(name, names)
        for name in names
    }


def _fullest(name: str, longest: dict[str, str]) -> str | None:
    """The longest name ending with `name` as written or, one with a curly apostrophe or
    accents, as written straight and plain."""
    if name.isascii():
        return longest.get(name)
    return max((longest.get(name, ""), longest.get(unaccented(name), "")), key=len) or None


def _pair_in_full(name: str, pairs: Sequence[str]) -> str | None:
    """The longest pair naming the same two as `name`, each of its two names or their
    ending, in either order: "Molto and Sheldrick" are the "El Molto and Dr. Peter
    Sheldrick" of the sentence before (raw validation 0-based 216), "Kunz Sr. and Mitchell"
    the "Jessica Mitchell and DeOrr Kunz Sr." (62), and a body's name with "and" in it its
    longer form ("Fish and Wildlife Service": 114)."""
    first, _, second = name.partition(" and ")
    fuller = [
        pair
        for pair in pairs
        if len(pair) > len(name)
        for one, _, other in (pair.partition(" and "),)
        if (_ends(one, first) and _ends(other, second))
        or (_ends(one, second) and _ends(other, first))
    ]
    return max(fuller, key=lambda pair: (len(pair), pair), default=None)


def _ends(name: str, ending: str) -> bool:
    """Whether `name` is `ending` or ends with it after a space."""
    return name == ending or name.endswith(f" {ending}")


def _without_middle(name: str, people: Collection[str]) -> str:
    """A name without its middle initial or, a recognised person's, middle name: "Robert
    Birgeneau" of one article is the "Robert J. Birgeneau" of another (multi_news-val-4280),
    "Sarah Sanders" the "Sarah Huckabee Sanders" of another (2986); but "China Daily" is no
    "China Sports Daily" (DUC d30020t)."""
    if ". " in name:
        return _INITIAL_AT.sub("", name)
    words = name.split(" ")
    if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return name
    plain = f"{words[0]} {words[2]}"
    return plain if plain in people or name in people else name


def _unarticled(name: str, names: set[str]) -> str | None:
    """A description another sentence gives without its article: "an NBC spokesperson" and
    "a NBC spokesperson" are the "NBC spokesperson" of another (multi_news-val-1867); or
    with it in lower case, where it opened a sentence: "A company spokesperson" is the "a
    company spokesperson" of another (73)."""
    article, _, rest = name.partition(" ")
    if article in ("a", "an"):
        return rest if rest in names else None
    # a capital "A" may be an initial ("A Rodriguez"): only the same words in lower case
    lowered = f"{article.lower()} {rest}"
    return lowered if article in ("A", "An") and lowered in names else None


_SOME = ("Some ", "Many ", "Most ", "Several ", "Other ", "Few ", "A few ")
"""A part of a group is no fuller name of the whole: "according to Republicans" (their bill
summary) is not what "Some House Republicans said ... they are unsure ..." (multi_news-val-
4022)."""


_COUNTS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several")
)


def _counted(name: str) -> bool:
    """Whether a description opens on a count, which makes it no fuller name of the bare
    one: "according to two people familiar with the matter" is one sentence's pair, not the
    "people familiar with the matter said" of another (raw validation 0-based 207 [1])."""
    return name.partition(" ")[0].lower() in _COUNTS or name[:1].isdigit()


def _proper(name: str) -> bool:
    """Whether every word of a name is capitalised: a proper name, no description."""
    return all(word[:1].isupper() for word in name.split())


def unaccented(name: str) -> str:
    """The name without its accents, its apostrophe straight: "Bélanger" → "Belanger",
    "O’Mara" → "O'Mara" (multi_news-val-1721 writes both)."""
    plain = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _plain(name: str, names: set[str]) -> str:
    """The name as another sentence spelled it without full stops or a hyphen inside a
    word, if one did: "U.S. 7th Fleet" is the "US 7th Fleet" of another article
    (multi_news-val-324), "Local Co-ordination Committees" the "Local Coordination
    Committees" (2534)."""
    plain = name.replace(".", "") if "." in name else name
    plain = _HYPHEN_INSIDE.sub("", plain) if "-" in plain else plain
    return plain if plain in names else name


_HYPHEN_INSIDE = re.compile(r"(?<=[a-z])-(?=[a-z])")


_POSSESSIVE = re.compile(r"['’]s?\s")


def _unowned(name: str) -> str:
    """A name without the owner a recognised name may hold: "Davis" is the "Linsey Davis"
    of "ABC News’ Linsey Davis" (multi_news-val-2572), whose outlet is no part of her name;
    an organisation's stays whole ("Integris' Baptist Medical Center": 903)."""
    owned = _POSSESSIVE.split(name)[-1] if _POSSESSIVE.search(name) else name
    return name if owned.rsplit(" ", 1)[-1] in ORGANISATION_HEADS else owned


_OPENING = {noun.capitalize(): noun for noun in (*GROUPS, *DOCUMENTS)}
"""A group or a paper capitalised as it opens a sentence, no longer name ending with it, is
the one of "..., authorities said": "Authorities" and "authorities" are one speaker
(multi_news-val-1400); "Troopers" stays "Alaska State Troopers" where one is named."""


_INITIAL_AT = re.compile(r"\s[A-Z]\.(?=\s)")
"""A middle initial: "Robert J. Birgeneau" is the "Robert Birgeneau" of another sentence."""


def shared_endings(names: Iterable[str]) -> frozenset[str]:
    """The endings of names of two different people ("Demoski" of "Arnold Demoski" and
    "Janice Demoski", multi_news-val-3613), which stand for neither of them."""
    longer: dict[str, list[str]] = {}
    # each name once (a cluster names its speakers again and again), its initial taken out
    # once for all its endings: the same lists but for repeats, which change no answer
    for name in dict.fromkeys(_people(names)):
        plain = _INITIAL_AT.sub("", name)
        for ending in _endings(name):
            longer.setdefault(ending, []).append(plain)
    # an ending of one name alone is no one else's (most endings: no call for them)
    return frozenset(e for e, full in longer.items() if len(full) > 1 and _of_two_people(full))


def _of_two_people(full_names: Sequence[str]) -> bool:
    """Whether the names that end the same way are not all parts of the longest one."""
    longest = max(full_names, key=len)
    return any(not longest.endswith(name) for name in full_names)


def _people(names: Iterable[str]) -> Iterable[str]:
    return (name for name in names if " and " not in name)


def _endings(name: str) -> Iterable[str]:
    """Each part of a name after one of its spaces: "Emmanuel Macron" → "Macron"."""
    space = name.find(" ")
    while space >= 0:
        yield name[space + 1 :]
        space = name.find(" ", space + 1)
