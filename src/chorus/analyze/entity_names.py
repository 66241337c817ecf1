"""A recognizer's span as the name it lists: without a leading "the", "an" or "some" or a
closing "'s", a long span's closing function word, or a hyphenated word's cut end; a span
that ends in a title's abbreviation or, of two words, in a function word, or opens on an
era's and a word not capitalised, is no name; a century the recognizer read as a date
opens the name after it ("21st Century Fox")."""

from __future__ import annotations

import re

from chorus.analyze.entity_mention_windows import is_word

_LEADING = re.compile(
    r"^(?:[Tt]he\s+(?!(?:Hague|Gambia|Bahamas)\b)|(?:An?|Some|Many|Several)\s+(?=\S+\s+\S))"
)
"""A leading "the" is no part of a name but for the places whose name holds it, "The Hague"
("Hague" was listed alone); nor is "A"/"An" opening a sentence before a name of two words
or more ("An American Civil Liberties Union official", raw 167; "An Post" stays whole), nor
"Some", "Many" or "Several" ("Some State Department and CIA officials", DUC d31038t)."""
_TICKER = re.compile(r" [A-Z]{1,5}\.[A-Z]{1,2}$")
"""A stock's code a news agency writes after a company's name: "Kate Spade & Co KATE.N"."""
_COMMON_END = re.compile(r"(?<=[A-Z\d])(?: [a-z]+)+$")
"""Words not capitalised closing a span, which a name does not end in: "KCNA news agency",
"BBC films"."""
_POSSESSIVE = re.compile(r"['’]s$")
_FUNCTION_WORDS = tuple(f" {w}" for w in ("as", "of", "for", "and", "or", "in", "on", "at", "to"))
"""Words that end no name: a span of three words or more ending in one was cut by the
recognizer ("Matt Damon as" of "Matt Damon as George", whose surname alias "as" matched the
word; "Oregon Bureau of Labor and"), and loses it; a span of two so ending is no name
(`cut_at_a_function_word`)."""
_TITLES_CUT = (" Det", " Lt", " Sgt", " Gov", " Col", " Gen", " Capt", " Cmdr", " Maj", " Sen")
"""A title's abbreviation ending a span, its full stop cut: "LAPD Det" of "LAPD Det. Chris
Barling", "Air Force Lt" of "Air Force Lt. Col. Michael McCarthy". No name."""
_TITLED = re.compile(
    r"^.+ (?:Det|Lt|Sgt|Gov|Col|Gen|Capt|Cmdr|Maj|Sen)\.? (?=[A-Z][\w'’.-]* [A-Z])"
)
"""A post before a title's abbreviation and a name of two words or more inside one span: the
name is what follows it ("Joe Serna" of "Green Beret Sgt Joe Serna", never written
without the title whole)."""
_POSTS_CLOSING = (" Officer", " Chair")
"""A post's last word, which closes no one's name: "Petty Officer" of "Petty Officer Cynthia
Oldham" and "Petty Officer 2nd Class John Brennan" (raw 164, a person; the one listed name
closing on it on the 280 raw and DUC clusters), "Police Officer", "Chief Executive Officer";
an endowed chair, "Oliver Ryder, director of genetics, Kleberg Chair" (raw 109, a person;
the one listed name closing on "Chair", the texts' other "Fed Chair")."""
_ENDS_NO_NAME = _TITLES_CUT + _POSTS_CLOSING
_TITLES_ALONE = frozenset(title.strip() for title in _TITLES_CUT)
"""The same abbreviations read alone: "Cmdr" of "Cmdr. Bryce Benson", a person in two
outlets."""
_WORD_GOES_ON = re.compile(r"[\w'’-]*")
_SYLLABLE_CUT = re.compile(r"-(?!(?:era|born|bred|led|run|like|made|held|type)\b)[a-z]{2,4}\b")
"""A given name's last syllable the recognizer left after its hyphen ("Moon Jae" of "Moon
Jae-in"): no suffix of an adjective ("Bush-era", "Berlin-based")."""
_CENTURY = re.compile(r"(?<![\w.])\d{1,2}(?:st|nd|rd|th) Century$")
"""A century read as a date where it opens a name: "21st Century Fox" (a date, "21st
Century" or "Century", and "Fox", a person and an organisation by the recognizer; "Fox"
alone was listed)."""

_POST_OPENS = re.compile(r" (?:Battalion|Deputy|Assistant|Vice|Associate|Acting|Interim)$")
_POST_AFTER = re.compile(
    r" (?:Chief|Director|President|Commissioner|Secretary|Minister|Editor|Chairman|Manager)\b"
)
"""The first word of a post closing a span before the post's last: "Fire Department
Battalion" of "Fire Department Battalion Chief Mike Richey", a group's name cut inside its
officer's title, loses it."""

_OPENING_CENTURY = re.compile(r"\d{1,2}(?:st|nd|rd|th) Century [A-Z]")
Span = tuple[int, int, str]


def opens_with_a_century(name: str) -> bool:
    """Whether a name is opened by a century (`with_centuries`): its first character is no
    capital, and it is a name all the same."""
    return _OPENING_CENTURY.match(name) is not None


def with_centuries(text: str, spans: list[Span]) -> list[Span]:
    """The recognizer's spans of `text`, a century's date (_CENTURY, its ordinal in the
    span or before it) joined to the span right after it, whose label the whole takes."""
    for at in range(len(spans) - 1):
        (start, end, label), (after, last, kind) = spans[at], spans[at + 1]
        if (
            label == "DATE"
            and text[end:after] == " "
            and (century := _CENTURY.search(text, max(start - 5, 0), end))
        ):
            joined = (century.start(), last, kind)
            return [*spans[:at], joined, *with_centuries(text, spans[at + 2 :])]
    return spans


def span_name(text: str, start: int, end: int) -> str:
    """The name a span of `text` stands for; a span cut at a hyphen takes the rest of its
    word ("Khalid Al-" of "Khalid Al-Falih", "Moon Jae" of "Moon Jae-in")."""
    if text[end - 1] == "-" or _SYLLABLE_CUT.match(text, end):
        end = _WORD_GOES_ON.match(text, end).end()
    name = _COMMON_END.sub("", _TICKER.sub("", _LEADING.sub("", text[start:end].strip())))
    while name.endswith(_FUNCTION_WORDS) and name.count(" ") > 1:
        name = name[: name.rfind(" ")]
    if _POST_OPENS.search(name) and _POST_AFTER.match(text, end):
        name = name[: name.rfind(" ")]
    name = _TITLED.sub("", name)
    return _POSSESSIVE.sub("", name)


def cut_at_a_function_word(name: str) -> bool:
    """Whether a name ends in a function word (`_FUNCTION_WORDS`): a span of two words so
    cut, which `span_name` leaves whole, names nothing ("Scale for", raw 123's "Scale for
    the Assessment of Negative Symptoms"; the one such row on the 280 raw and DUC
    listings)."""
    return name.endswith(_FUNCTION_WORDS)


def ends_in_a_title(name: str) -> bool:
    """Whether a name ends in a title's abbreviation cut from its full stop (`_TITLES_CUT`)
    or in a post's last word (`_POSTS_CLOSING`), or is such an abbreviation."""
    return name.endswith(_ENDS_NO_NAME) or name in _TITLES_ALONE


_ERA_SCRAP = re.compile(r"(?:BCE?|AD|CE) [a-z]")


def is_an_era_scrap(name: str) -> bool:
    """Whether a name opens on an era's abbreviation and a word not capitalised: a scrap of
    a date and what follows it ("BC at Delium" of "in 424 BC at Delium", raw 194, an
    organisation by the recognizer), which no name is."""
    return _ERA_SCRAP.match(name) is not None


def inside_quotes(text: str, at: int) -> bool:
    """Whether `at` is inside quotation marks its line opens before it (a work's title,
    "“Kourtney & Kim Take New York”", or someone's words)."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


_CAPITALISED_WORD = r"[A-Z][a-z]\w*(?:[-'’]\w+)*"
_AND_CAPITALISED = re.compile(rf" and ((?:{_CAPITALISED_WORD} )*{_CAPITALISED_WORD})(?![\w-])")
""""and" and a run of capitalised words: the rest of a body's name the recognizer cut before
its "and" ("the National Center for Missing and Exploited Children", raw 157, read "the
National Center for Missing" in both articles), to a possessive's apostrophe ("the
Bureau of Labor and Industries' Portland office", raw 242)."""


def bodies_cut_at_and(labels: dict[str, str], text: str) -> dict[str, str]:
    """Organisations named by what they are "of" or "for" ("Center for Missing") every
    mention of which in `text` runs on through "and" into the same capitalised words, no
    name of their own, mapped to the whole name: "National Center for Missing and Exploited
    Children". A run that is a listed name, or opens on one, is a second name ("Town of
    Menasha and Neenah", raw 156, Neenah a listed place)."""
    found = {}
    for name, label in labels.items():
        if label != "organisation" or (" of " not in name and " for " not in name):
            continue
        runs = set()
        at = text.find(name)
        while at >= 0 and len(runs) < 2:
            end = at + len(name)
            if not (at and is_word(text[at - 1])):
                rest = _AND_CAPITALISED.match(text, end)
                runs.add(rest.group(1) if rest else "")
            at = text.find(name, end)
        run = runs.pop() if len(runs) == 1 else ""
        if run and not any(run == n or run.startswith(f"{n} ") for n in labels):
            found[name] = f"{name} and {run}"
    return found
