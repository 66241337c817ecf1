"""Things read as a person, a body or a place that are a work, a product or an exercise: an
album or a sequel named by a listed body and a number ("Led Zeppelin III", after the band),
a product's model code after its maker's name ("Bushmaster AR-15", a rifle), a gadget by
the noun it is written before ("the Puchi Puchi keyboard"), a game played ("play Ms.
Pac-Man"), a military exercise by its name ("an exercise called Key Resolve") and an online
service by its kind's words or its launch after it ("Freebase, a database of facts"); and, of
every kind, software by its kind's word after it ("the Aura interface", "the Windows
operating system"), a device by its noun after every mention ("the Lenovo IdeaCentre Horizon
Table PC"), a line of chips by its model's code after every mention ("Intel Core i5/i7"), a
game or a work by "version of" before it ("A decent version of Monopoly") and a trade show
by its year after "at" ("when we first saw the Horizon at CES 2013"), a numbered item's
label by its sign and figure after every mention ("Blagojevich Home Phone Call # 149"), a
show by its cast's or its episodes' words before every mention ("The women on Desperate
Housewives"); and
an organisation only written after a model's year, the model ("a white 2003 Nissan
Maxima")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from chorus.analyze.model import EntityLabel, Excerpt

_NUMBERED = re.compile(r"(.+) (?:II|III|IV|V|VI|VII|VIII|IX|X)")
"""A name and a number closing it: a body's second, third ... work, as a band names its
albums ("Led Zeppelin III")."""
_MODEL = re.compile(r".+ [A-Z]{1,3}-\d{1,4}")
"""A name closed by a model's code, capitals, a hyphen and figures ("Bushmaster AR-15",
"Lockheed F-35"): the product, not its maker."""
_LAST = frozenset("IVX0123456789")


def works_and_models(names: Collection[str], label: Callable[[str], EntityLabel]) -> set[str]:
    """Names of a body's numbered work (the body listed apart) and of products by model."""
    # both close on a numeral or a figure: the last character rules out most names
    return {
        name
        for name in names
        if name[-1] in _LAST
        and (
            (
                (numbered := _NUMBERED.fullmatch(name)) is not None
                and numbered[1] in names
                and label(numbered[1]) == "organisation"
            )
            or _MODEL.fullmatch(name) is not None
        )
    }


_GADGETS = tuple(
    f" {noun}"
    for word in ("keyboard", "reader", "game", "app", "console", "gadget")
    for noun in (word, word.capitalize())
)
"""Nouns for a product a name runs on into: "The Puchi Puchi keyboard", "a Puchi Puchi
reader", "Google Puchi Puchi Keyboard" (raw 88, a place by the recognizer). A team's
"game" is an organisation's, so only people and places are looked at."""
_PLAYED = re.compile(r"\bplay(?:s|ing|ed)? (?:(?:Ms|Mr|Mrs)\. )?$")
"""A game's name after "play": "you can play Ms. Pac-Man on Google Maps" (raw 88, a person by
the recognizer, "Ms." its title); a role is "played by" someone, and "Farrow played
Oppenheim" (raw 130) is one mention of many."""
_EXERCISE = re.compile(
    r"\b(?:exercises?|drills?|war games|maneuvers|manoeuvres),? (?:called|named|dubbed|like)"
    r"(?: the)? $"
)
"""Words before a military exercise's name: "an annual command and control exercise called
Key Resolve (KR17)", "exercises like Key Resolve" (raw 104, a person by the recognizer)."""
_LOOK_BACK = 40


def products_and_exercises(
    listed: Mapping[str, Sequence[Excerpt]], label: Callable[[str], EntityLabel]
) -> set[str]:
    """People and places every mention of which runs on into a gadget's noun, one-word
    people every mention of which is played, names an exercise's words come before once,
    people and places written once as an online service (`_SERVICE`), organisations every
    mention of which follows a model's year (`_MODELS_YEAR`) or is a one-word make after
    "a" before its model (`_a_make_before_its_model`), and names of every kind
    written as a product or a show (`_a_product_or_a_show`): things and events, no one and
    nowhere of the story."""
    return {
        name
        for name, found in listed.items()
        if (
            label(name) != "organisation"
            and (
                all(m.article.text.startswith(_GADGETS, m.end) for m in found)
                or (" " not in name and all(_after(m, _PLAYED_ENDS, _PLAYED) for m in found))
                or any(_after(m, _EXERCISE_ENDS, _EXERCISE) for m in found)
                or any(_written_as_a_service(m) for m in found)
            )
        )
        or _a_product_or_a_show(found)
        or (
            label(name) == "organisation"
            and (
                all(map(_after_a_models_year, found))
                or (" " not in name and all(map(_a_make_before_its_model, found)))
            )
        )
    }


_SOFTWARE = (" interface", " Interface", " UI", " operating system")
"""Software's own kind's words, which a name runs on into where it is the software's: "the
Aura interface", "the Aura UI" (raw 211, a place by the recognizer), "its Windows operating
system" (DUC 26, an organisation). On the 280 raw and DUC texts a listed name runs on into
one 10 times, every one software's; a maker's name runs on into the product's noun instead
("the Apple device", "the CBS app")."""
_DEVICES = (" PC", " computer", " laptop", " tablet", " smartphone")
"""A device's nouns, which a name runs on into at every mention where it is the device's
("the Lenovo IdeaCentre Horizon Table PC", raw 211, an organisation by the recognizer)."""
_WORD_CLOSED = re.compile(r"s?\b")
"""A kind's word closes where the word ends, in the singular or the plural (" UI", not
" UIC")."""
_MODEL_CODE = re.compile(r" [a-z]\d")
"""A model's code in a lower-case letter and figures after a product line's name ("Intel Core
i5/i7 CPU", "Intel Core i5-3427U", raw 211: 11 writings on the 280, every one a chip's)."""
_VERSION = (" version of ", "\nversion of ", "Version of ")
_POSSESSIVES = ("'s", "’s")
"""A work or a game after "version of" ("A decent version of Monopoly", raw 211, a person by
the recognizer; "a version of Minecraft", "a version of Superman"); a possessive there is
the maker's ("a version of Microsoft's Office software"), and the word whole ("forced
conversion of Serbs", DUC 17, no work)."""
_AT = (" at ", "\nat ", "At ")
_YEAR_CLOSING = re.compile(r" (?:19|20)\d\d(?![\w-]| [A-Z])")
"""A year closing a name after "at": a show, a fair or a games held that year ("saw the
Horizon at CES 2013", raw 211); a year the name runs on after is another's ("The Knot 2014
Real Weddings Survey")."""


_NUMBERED_ITEM = re.compile(r"(?: [A-Z][\w'’-]*)* (?:#|No\.) ?\d")
"""Capitalised words, a number sign or "No." and a figure after a name: the label of a
numbered item, a document or an issue ("(Blagojevich Home Phone Call # 149)", raw 165, an
organisation by the recognizer; "Amazing Fantasy No. 15"). On the 280 raw and DUC texts 9
writings of capitalised words before the sign, one a listed name's (raw 165's); a rank
follows a possessive ("the North's No. 1 target")."""


def _a_product_or_a_show(found: Sequence[Excerpt]) -> bool:
    """Whether the text writes a name as software, a device, a chip's line, a work or a
    show: a mention running on into software's word (`_SOFTWARE`), after "version of"
    (`_VERSION`) or after "at" and before its year (`_YEAR_CLOSING`), or every mention
    running on into a device's noun (`_DEVICES`), a model's code (`_MODEL_CODE`) or a
    numbered item's label (`_NUMBERED_ITEM`), or written after a show's cast or episodes
    (`_SHOWN`)."""
    return (
        all(_runs_into(m.article.text, m.end, _DEVICES) for m in found)
        or all(_after(m, _SHOWN_ENDS, _SHOWN) for m in found)
        or all(_MODEL_CODE.match(m.article.text, m.end) is not None for m in found)
        or all(map(_labels_a_numbered_item, found))
        or any(_written_as_a_product(m) for m in found)
    )


def _labels_a_numbered_item(mention: Excerpt) -> bool:
    text, end = mention.article.text, mention.end
    # a space and a capital or a sign after the name: most mentions are ruled out by two
    # characters
    return (
        text[end : end + 1] == " "
        and text[end + 1 : end + 2] in _ITEM_OPENINGS
        and _NUMBERED_ITEM.match(text, end) is not None
    )


_SHOWN = re.compile(
    r"\b(?:[Cc]ast|[Ss]tars?|[Cc]o-stars?|[Ww]omen|[Mm]en|[Cc]haracters?|[Ss]tarring) on $"
    r"|\b(?:[Ee]pisodes?|[Ss]easons?|[Ff]inale) of (?:the )?$"
)
"""A show's cast before its title and "on" ("The women on Desperate Housewives aren't
pushovers", raw 5, an organisation by the recognizer; "main characters on Red"), its
episodes before its title and "of" ("an episode of Black Mirror"). After "on" a place or a
body has "the" before it ("women on the Senate floor", "the women on the A-List"); every mention
so written is asked, as a network's shows may be ("full seasons of CBS fan favorites", raw
137, whose other mentions are the network's)."""
_SHOWN_ENDS = (" on ", " of ", " of the ")
_ITEM_OPENINGS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ#")


def _written_as_a_product(mention: Excerpt) -> bool:
    text, start, end = mention.article.text, mention.start, mention.end
    return (
        _runs_into(text, end, _SOFTWARE)
        or (text.endswith(_VERSION, 0, start) and not text.startswith(_POSSESSIVES, end))
        or (text.endswith(_AT, 0, start) and _YEAR_CLOSING.match(text, end) is not None)
    )


def _runs_into(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether the text runs on from `end` into one of `words`, whole."""
    word = next((w for w in words if text.startswith(w, end)), None)
    return word is not None and _WORD_CLOSED.match(text, end + len(word)) is not None


_SERVICE = re.compile(
    r"(?:['’]s)? search (?:engine|pages)\b"
    r"|, an? (?:online )?(?:database|search engine|service|website)\b|, launched in\b"
)
"""An online service's words after its name: its kind ("its Bing search pages", "Freebase,
a database of facts") or its launch ("Wolfram Alpha, launched in 2009"), raw 171, each a
person by the recognizer. On the 280 raw and DUC texts a capitalised name runs on into one
3 times, these three; a search for a person is not the engine ("the Frank Lloyd Wright
search")."""
_SERVICE_OPENINGS = frozenset(" ,'’")


def _written_as_a_service(mention: Excerpt) -> bool:
    text, end = mention.article.text, mention.end
    return text[end : end + 1] in _SERVICE_OPENINGS and _SERVICE.match(text, end) is not None


_MODELS_YEAR = re.compile(r"(?<![\w'’])([A-Za-z]+)(?:['’]s)? (?:19|20)\d\d $")
"""A year a word other than a preposition comes before, a thing's model or vintage, and the
name after it: "Alexis Murphy's white 2003 Nissan Maxima" (raw 62), "the popular 1955
Burger" (raw 57), organisations by the recognizer, the car and the burger. On the 280 raw
and DUC texts the two organisations every mention of which is so written; after a
preposition the year is a date ("since 1994 Netscape was aware", DUC 26)."""
_DATES = frozenset(
    (
        *("in", "of", "since", "by", "from", "until", "till", "to", "after", "before", "during"),
        *("for", "at", "on", "and", "or", "than", "through", "into", "as"),
    )
)
"""Words a year after which is a date's: "in 2014 Google ...", "of 1994"."""


def _after_a_models_year(mention: Excerpt) -> bool:
    text, start = mention.article.text, mention.start
    # a year's last figure and a space: most mentions are ruled out by two characters
    if not (text[start - 2 : start - 1].isdigit() and text[start - 1 : start] == " "):
        return False
    year = _MODELS_YEAR.search(text, max(0, start - 30), start)
    return year is not None and year[1].lower() not in _DATES


_A_THING = re.compile(r"(?<![\w'’])an? $")
_MAKES_MODEL = re.compile(r" [A-Z][\w-]*(?![\w'’-]| [A-Z])")
"""A make's one word after "a" and before its model's one capitalised word: "another
vehicle, a Chevy Impala." (raw 32, an organisation by the recognizer), the car. On the 280
raw and DUC texts the one listed organisation every mention of which is so written; a
body's mentions so written are some of many ("run over by a UConn Fire Department
vehicle", raw 8)."""


def _a_make_before_its_model(mention: Excerpt) -> bool:
    """Whether a mention is one word after "a" or "an" and before its model's one
    capitalised word (`_MAKES_MODEL`): a car, no body."""
    text, start = mention.article.text, mention.start
    return (
        _A_THING.search(text, max(0, start - 3), start) is not None
        and _MAKES_MODEL.match(text, mention.end) is not None
    )


_PLAYED_ENDS = ("play ", "plays ", "playing ", "played ", "Ms. ", "Mr. ", "Mrs. ")
_EXERCISE_ENDS = ("called ", "named ", "dubbed ", "like ", "the ")
"""How the words before such a mention end: most mentions are ruled out by them before the
pattern is searched."""


def _after(mention: Excerpt, ends: tuple[str, ...], words: re.Pattern[str]) -> bool:
    text, start = mention.article.text, mention.start
    return (
        text.endswith(ends, 0, start)
        and words.search(text, max(0, start - _LOOK_BACK), start) is not None
    )
