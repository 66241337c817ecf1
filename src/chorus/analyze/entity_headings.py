"""A page's words the recognizer reads as names, none: a title-case heading that runs into a
colon, a group or a place only written in title-case lines ("Meet Miss Lee at the
Following Locations"), a how-to heading's verb ("How to Register"), a transcript's role
after a speaker's name, a word in capitals shouted, letters named ("the ABCs"), and a site a
page's call to follow it names ("Follow us on Twitter"), and another language's nouns quoted
in an English page."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from chorus.analyze.entity_mention_windows import next_mention
from chorus.analyze.model import EntityLabel, Excerpt
from chorus.summarize.lexical import STOPWORDS

_HEADING_DASHES = (" - ", " – ", " — ")


def headings_cut_off(names: Collection[str]) -> dict[str, str]:
    """Names opening on a heading in capitals and a dash, mapped to the name after it: a
    newsletter's item opens so, and the recognizer reads its last word into the name ("ABA'S
    KEATING RIPS OBAMA - American Bankers Association President Frank Keating", raw 144's
    "OBAMA - American Bankers Association")."""
    found = {}
    for name in names:
        for dash in _HEADING_DASHES:
            heading, cut, rest = name.rpartition(dash)
            if cut and heading.isupper() and rest[:1].isupper() and not rest.isupper():
                # a dateline's town before its story's first words: "DETROIT - A Wayne State
                # University" (raw 50) is the university's
                found[name] = rest.removeprefix("The ").removeprefix("An ").removeprefix("A ")
                break
    return found


def headings_and_shouts(
    listed: dict[str, list[Excerpt]], labels: Callable[[str], EntityLabel], text: str
) -> set[str]:
    """Names that are a page's words, no name: a title-case heading every mention of which
    opens a line and runs into a colon ("Hidden Message: LOVE DOESN’T COUNT", sixteen times
    in one list; speakers in a transcript are written in capitals, "MICHEL MARTIN:", and
    stay, but not their roles, "MICHEL MARTIN, HOST:"), and a word in capitals of three
    letters or more whose lower-case word `text` also writes, read as a person or only ever
    written beside another word in capitals: a word shouted ("REAL LOVE", "Hidden Message:
    SAG" and "“SAG” like sag wagon"), no acronym of a name ("US", also "us", has two
    letters; "JFK" is never written lower); or which `text` also writes with a plural "s",
    letters named, no group's ("the ABCs of Child Rearing" beside "The ABC method")."""
    found = set()
    # one pass, the first mention's next character read inline: a call for each name
    # cost ~10 µs a cluster
    for name, mentions in listed.items():
        if name.isupper():
            if (
                (
                    len(name) > 2
                    and name.replace("-", "").isalpha()  # "MULTI-BRAND STRATEGY" too
                    and (
                        (
                            (labels(name) == "person" or all(map(_among_capitals, mentions)))
                            and next_mention(text, name.lower(), 0) >= 0
                        )
                        or next_mention(text, f"{name}s", 0) >= 0
                    )
                )
                or all(map(_a_transcript_role, mentions))
                or all(map(_a_kind_in_capitals, mentions))
            ):
                found.add(name)
        elif (
            (
                (
                    # most names are none of these: the first mention read before any call
                    " " in name
                    or (first := mentions[0]).article.text.startswith(":", first.end)
                    or first.article.text.startswith("to ", first.start - 3)
                )
                and _a_headings_words(name, mentions, labels, listed)
            )
            or (name in SOCIAL_SITES and all(map(a_call_to_follow, mentions)))
            or all(map(_among_foreign_words, mentions))
        ):
            found.add(name)
    return found


_LOWER_TIMES = 3


def phrases_capitalised(listed: dict[str, list[Excerpt]], text: str) -> set[str]:
    """Names of two words or more in title case that `text`, the sentences joined, writes in
    lower case at least _LOWER_TIMES times as often as the name is mentioned: a common
    phrase given capitals for emphasis, no name ("Record Stock Market, Strong on Military",
    raw 19's tweets, read as a place in two outlets that write "the stock market" eighteen
    times). A body the text also names in lower case is written so less often ("the U.S.
    Air Force", "the South Korean air force": 4 and 6 in raw 104)."""
    return {
        name
        for name, mentions in listed.items()
        if " " in name
        and not name.isupper()
        and text.count(name.lower()) >= _LOWER_TIMES * len(mentions)
    }


_HEADLINE_VERBS = frozenset(
    (
        *("Interviews", "Talks", "Meets", "Visits", "Gets", "Says", "Reveals", "Tells"),
        *("Makes", "Takes", "Joins", "Slams", "Returns", "Responds", "Confirms", "Admits"),
    )
)
"""Verbs of a headline in the third person, no word of a person's name: "Jimmy Interviews
Khaleesi from Game of Thrones (Kristen Wiig)" (raw 84, a video's title read as a person)."""
_HEADLINE_WORDS = frozenset(word.capitalize() for word in STOPWORDS) | _HEADLINE_VERBS

SOCIAL_SITES = frozenset(("Facebook", "Instagram", "Pinterest", "Tumblr", "Twitter", "YouTube"))
_FOLLOW = re.compile(r"\b(?:[Ff]ollow (?:us|me|him|her|them)|[Bb]ecome a fan of)\b[^.!?\n]*$")
"""A page's call to follow it on a site, the site's name next: "Follow us on Twitter for
even more live coverage" (raw 28), "Become a fan of the Museum on Facebook" (raw 33)."""


_REACH = 60
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\dA-Z_][^\W\d_]*")
_FOREIGN_LETTER = re.compile(r"[ß-öø-ÿ\u0100-\u017f]")
_QUOTE_OR_LINE = re.compile(r"[\"“”\n]")


def _among_foreign_words(mention: Excerpt) -> bool:
    """Whether `mention` sits among lower-case words none of which is an English function
    word (STOPWORDS), one with a letter English does not write, inside its quotation and
    line: another language's text quoted in an English page, whose nouns take capitals
    ("würzige Käsescheiben, Eisbergsalat und Zwiebeln", raw 57's German menu). Five such
    words at least, and the letter: English runs of five without a function word exist
    ("WASHINGTON — Newly declassified government documents made public", raw 138)."""
    text = mention.article.text
    start, end = max(0, mention.start - _REACH), mention.end + _REACH
    # one search rules out nearly every mention: ~10 µs a name read word by word
    if not _FOREIGN_LETTER.search(text, start, end):
        return False
    opened = [m.end() for m in _QUOTE_OR_LINE.finditer(text, start, mention.start)]
    closed = _QUOTE_OR_LINE.search(text, mention.end, end)
    words = [
        *_LOWER_WORD.findall(text, opened[-1] if opened else start, mention.start),
        *_LOWER_WORD.findall(text, mention.end, closed.start() if closed else end),
    ]
    return len(words) >= 5 and STOPWORDS.isdisjoint(words) and not all(map(str.isascii, words))


def a_call_to_follow(mention: Excerpt) -> bool:
    """Whether `mention` of a site (SOCIAL_SITES) is a page's call to follow it: furniture."""
    text, start = mention.article.text, mention.start
    return _FOLLOW.search(text, max(0, start - 120), start) is not None


def _a_headings_words(
    name: str,
    mentions: list[Excerpt],
    labels: Callable[[str], EntityLabel],
    listed: Collection[str],
) -> bool:
    """Whether every mention of a name opens a line and runs into a colon, or is a how-to
    heading's verb, or, for a group or place of several words, is on a title-case line, or,
    for a person's name that is another listed name and one word more, on a headline's
    ("Colin Kroll Dead" of "HQ Trivia CEO Colin Kroll Dead at 34 Apparent Drug OD") or one
    holding a function word or a headline's verb ("Jimmy Interviews Khaleesi"), on a
    title-case line's."""
    first = mentions[0]
    if first.article.text.startswith(":", first.end):
        return all(map(_opens_a_heading, mentions))
    if first.article.text.startswith("to ", first.start - 3) and all(map(_a_how_to, mentions)):
        return True
    if " " not in name:
        return False
    if labels(name) == "person":
        full = name.rpartition(" ")[0]  # "Chris Hemsworth" is no "Chris" and one word
        return (" " in full and full in listed and all(map(_in_a_heading, mentions))) or (
            # a function word or a verb after the first is a headline's ("South Slammed
            # Again with Arctic Mix", raw 139's kept playlist of videos; "Jimmy Interviews
            # Khaleesi", raw 84's)
            not _HEADLINE_WORDS.isdisjoint(name.split()[1:])
            and all(map(_in_a_title_case_line, mentions))
        )
    return all(map(_in_a_title_case_line, mentions))


_HOW_TO = ("How to ", "What to ", "Where to ", "When to ", "Why to ")


def _a_how_to(mention: Excerpt) -> bool:
    """Whether a mention is a how-to heading's verb ("How to Register", an organisation)."""
    return mention.article.text.endswith(_HOW_TO, 0, mention.start)


_STOPS = (".", "?", "!", '"', "”")
_OPENERS = "(['\"“‘"


def _line_of(mention: Excerpt) -> str:
    text = mention.article.text
    end = text.find("\n", mention.end)
    return text[text.rfind("\n", 0, mention.start) + 1 : end if end >= 0 else len(text)]


def _in_a_heading(mention: Excerpt) -> bool:
    """Whether a mention is on a line that closes on no stop: a headline ("HQ Trivia
    Co-Founder and CEO Colin Kroll Dead at 34 of Apparent Drug Overdose")."""
    return not _line_of(mention).rstrip().endswith(_STOPS)


def _in_a_title_case_line(mention: Excerpt) -> bool:
    """Whether a mention is on a line of title-case words, at most two of them not
    capitalised, that closes on no stop: a heading's words ("Meet Miss Lee at the Following
    Locations", "Ms Opal Route to DC", "Title, Chart Date Reached No. 1", read as a place
    and organisations). On the 280 raw and DUC clusters the five groups and places of
    several words written only so are no names; people written so are ("John Donne", "Kate
    Hudson"), as are many places of one word ("Hollywood", "Alaska")."""
    line = _line_of(mention)
    # most lines are prose and close on a stop: no words counted
    if line.rstrip().endswith(_STOPS):
        return False
    # a bracket opens a title-case word too: "... from Game of Thrones (Kristen Wiig)"
    return sum(not word.lstrip(_OPENERS)[:1].isupper() for word in line.split()) <= 2


def _opens_a_heading(mention: Excerpt) -> bool:
    text = mention.article.text
    return text.startswith(":", mention.end) and text[mention.start - 1 : mention.start] in (
        "\n",
        "",
    )


_ENCYCLOPEDIA = ", the free encyclopedia"


def an_encyclopedias_heading(mention: Excerpt) -> bool:
    """Whether a mention is the name in a copied page's "From Wikipedia, the free
    encyclopedia" heading: the page's furniture, not the story's source or subject."""
    text = mention.article.text
    return text.startswith(_ENCYCLOPEDIA, mention.end) and text.endswith("From ", 0, mention.start)


_KIND_OPENS = ("a ", "an ", "A ", "An ")
_KIND_CLOSES = (",", ".", ";", ":", ")")


def _a_kind_in_capitals(mention: Excerpt) -> bool:
    """Whether a word in capitals is written after "a" or "an" and closes a phrase: a
    kind of thing, no name ("including but not limited to an LOC, a “ding,”", loss of
    consciousness). A body's initials after "a" run on into what it owns ("an FBI agent")."""
    text = mention.article.text
    return text.endswith(_KIND_OPENS, 0, mention.start) and text.startswith(
        _KIND_CLOSES, mention.end
    )


def _a_transcript_role(mention: Excerpt) -> bool:
    """Whether a mention is written between a comma and a colon, a speaker's role in a
    transcript ("MICHEL MARTIN, HOST:")."""
    text = mention.article.text
    return text.startswith(":", mention.end) and text[mention.start - 2 : mention.start] == ", "


def _among_capitals(mention: Excerpt) -> bool:
    """Whether the word before or after `mention`, a space apart, is in capitals."""
    text = mention.article.text
    before = (
        text[: mention.start].rsplit(None, 1)[-1:]
        if text[mention.start - 1 : mention.start] == " "
        else []
    )
    after = (
        text[mention.end + 1 :].split(None, 1)[:1]
        if text[mention.end : mention.end + 1] == " "
        else []
    )
    return any(len(word) > 1 and word.isupper() for word in (*before, *after))
