"""The outlet a page's story names as itself in words no other outlet writes of it, for
`ingest.own_lines`, which reads them after its other rules: a link set into the story to
another of its own ("(Also on POLITICO: …)"), a magazine's pitch for its own issue ("pick
up a copy of this week's issue of PEOPLE"), an editor's update note correcting its own
first story ("UPDATE, 10:11 p.m. — Variety's first story said …"), a writer's disclosure
naming the site as the one that pays them ("… not receiving compensation for it (other
than from Seeking Alpha)."), and a name the page speaks as "our" under and credits its
staff by ("Vulture now presents our best guesses", "Vulture’s Kyle Buchanan"), and a name it
was told something by where the page is laid out as that outlet's ("told POLITICO" beside
POLITICO's "Text Size - + reset" box), and its wordmark told something in the present ("A
media representative at the zoo tells PEOPLE that …"), and a local station's channel name told
something or at its work twice or more ("Poole told Local 6 in November."), and a listed news
outlet told something on two lines or more of a page naming no other listed outlet ("…
Richelson told CNN he believes …"). Otherwise a name the story was told or shown something by
("told CNN" once, "obtained by POLITICO", "In a statement to CBS12") is how sites cite one
another (an AP story's "a copy of the order obtained by NBC News", raw 34 [0]), so it names
no source here."""

from __future__ import annotations

import re
from collections.abc import Callable

from chorus.ingest.own_signoffs import OUTLET_NAME
from chorus.language.datelines import ANY_DASH
from chorus.language.news_outlets import NEWS_OUTLETS

OWN_STORY_LINK = re.compile(r"\(Also on (?P<name>POLITICO): [^()]{1,150}\)")
"""POLITICO's link to another of its stories set in a line of its own, "(Also on POLITICO:
Dems paint GOP as shutdown party)" (raw 151 [3], 198 [3], 210 [0], each POLITICO's page,
the only such lines of raw and DUC). Multi-News+ validation's 24 such lines (lower-cased)
all name politico, on 23 pages, 19 with POLITICO's "Text size" or "Story continued below"
layout and none naming another outlet's. Its name alone: any capitals would read "(Also on
Twitter: …)" or "(Also on Sunday: …)" as an outlet, and no other name was seen so."""
ISSUE_PITCH = re.compile(
    rf"\b[Pp]ick up (?:a copy of )?this week['’]s issue of {OUTLET_NAME}(?: magazine)?"
    r"(?=[,.!]|$)"
)
"""A magazine's pitch for its own issue closing its story, "For more on Sen. Gillibrand, …
pick up a copy of this week's issue of PEOPLE, on newsstands Friday" (raw 198 [4], the only
such words of raw and DUC; Multi-News+ validation's three, lower-cased, all name people).
A study "published in this week's issue of the Proceedings of the National Academy of
Sciences" (raw 93 [0], HealthDay's page) names the journal, not the page."""
UPDATE_NOTE = re.compile(
    rf"UPDATE(?:,? [^—–]{{1,30}}?)? ?(?:{ANY_DASH}|:) {OUTLET_NAME}['’]s "
    r"(?:first|original|earlier) (?:story|article|post) (?:said|stated|reported)\b.*"
)
"""An editor's note correcting the page's own first story, "UPDATE, 10:11 p.m. — Variety's
first story said that "Furious 7" is the first Universal film to go past $1 billion. …"
(raw 231 [1], the only such line of raw and DUC; Multi-News+ validation holds none). Only
as an update note's first words and of a story: a sentence on "CNN's first report" (a
page criticising the network's, Multi-News+ validation 1129 [1]) names another outlet."""
PAID_ONLY_BY = re.compile(
    r"(?:I am|The author is) not receiving compensation for it "
    rf"\(other than from {OUTLET_NAME}\)\."
)
"""A writer's disclosure naming the one site that pays them for the article, "The author
wrote this article themselves, and it expresses their own opinions. The author is not
receiving compensation for it (other than from Seeking Alpha)." (raw 61 [0], the only such
line of raw and DUC; Multi-News+ holds none): Seeking Alpha's template, which a writer
signs for the site that publishes them."""
SPEAKING_AS_ITSELF = re.compile(
    r"(?<![\w'’])(?!(?:It|He|She|We|They|This|That|There|Here|What|Who)\b)"
    r"(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}) (?:now )?[a-z]{2,}s our\b"
)
"""A site that speaks as "our" under its own name, "… Vulture now presents our best guesses as
to who, exactly, Taylor Swift is singing about …" (raw 201 [1], Vulture's guide to an
album's hidden messages): read only where the page also credits its staff by that name,
"As Vulture’s Kyle Buchanan points out, …" (`speaking_as_itself`). Either alone is weak: a
name before "our" is a company, a group or a person speaking in a quotation ("``The
Constitution provides our compass,'' said Rep. …", DUC 13 [3]), and "<Name>'s <First> <Last>"
is how pages credit other outlets' writers ("CNN's Jake Tapper"). Over raw's 690 pages and
DUC's 298 a name so before "our" outside a quotation is credited so on one page, 201 [1]."""
TOLD_ITSELF = re.compile(r"\btold (?P<name>POLITICO)\b")
"""A source quoted as telling POLITICO, in its own capitals, on a page laid out as POLITICO's
with its "Text Size - + reset" box (`TEXT_SIZE_BOX`): raw 24 [0], "… John Mica (R-Fla.) told
POLITICO.", the only such page of raw and DUC. "told <name>" alone is how a page cites
another's interview (sources' fifteenth pass); the box is the page's own layout: raw's
other pages with it (151 [3], 198 [3], 210 [0] POLITICO's by their own links; 116 [1] and
160 [1], whose lines name no outlet) and Multi-News+ validation's 115 (lower-cased; 77
naming politico, 7 "told politico") are political stories with POLITICO's related-story
box after it, none naming another outlet as its own."""
TEXT_SIZE_BOX = re.compile(r"Text Size\W{0,6}\+\W{0,6}reset")
TOLD_WORDMARK = re.compile(
    r"\btells (?P<name>(?=[A-Z]*[AEIOU])(?![A-Z]*[B-DF-HJ-NP-TV-Z]{3})[A-Z]{5,})"
    r"(?![\w&'’-]| magazine\b)"
)
"""A source telling the page's own outlet in the present, the outlet written in the capitals
of its wordmark: a name that is a word, not initials ("A media representative at the zoo
tells PEOPLE that …", raw 139 [0]; "… Gillibrand tells PEOPLE.", 198 [4]). A page citing
another's interview reports it in the past, "told POLITICO" (Multi-News+'s "told politico"
stands on CNN's and The Hill's pages too, sources15), and initials and call signs are told
on another outlet's page as often as on their own (USA Today's "Trump tells CNBC",
IndyStar's "told WANE", sources17): five capitals or more, a vowel among them and no three
consonants running (not CNBC, MSNBC, WANE). Another page writes "tells PEOPLE magazine",
and a quotation's words are its speaker's (`told_wordmark`). Over raw's 690 pages and DUC's
298, "tells <CAPITALS>" so stands on 139 [0] and 198 [4], both PEOPLE's own."""
STATION_CHANNEL = re.compile(r"\b(?P<name>(?:Channel|Local|News) \d{1,2})\b(?![.:,]\d)")
"""A local station's on-air name, its channel number, as its own story speaks of itself: told
something ("Poole told Local 6 in November."), doing its work ("a recent Local 6
investigation", "[VIDEO: Local 6's original report ]", raw 136 [0], WKMG's; "Channel 11 News
reported that …", 4 [1], WPXI's; "Arnold Demoski told Channel 2 News …", "In an interview with
Channel 2 News, …", 196 [0], KTUU's). Read only where the page so names it twice or more
(`station_channel`): over raw's 690 pages and DUC's 298, 20 such names stand on 11 pages, told
or at work on 5: 136 [0], 4 [1] and 196 [0] twice or more, each the station's own; once on
170 [2] ("tells News 10", its own) and on 4 [2] ("Neighbors told Channel 11 Wednesday"), a
blog retelling WPXI's story ("Pittsburgh's WPXI reported"). A channel named as a thing ("a
Channel 4 documentary", "WTTG-TV (Channel 5)") or another verb's object ("UConn sent News 8
the following statement") is not read."""
_LISTED_FORMS = {
    form: listed
    for listed in NEWS_OUTLETS
    for form in {listed.removeprefix("The "), listed.removeprefix("The ").upper()}
} | {"Associated Press": "The Associated Press", "AP": "The Associated Press"}
"""Each listed news outlet as a story writes it after its own "the" (in its wordmark's
capitals too, "POLITICO", "USA TODAY"), and the agency's initials."""
_LISTED_NAMES = "|".join(sorted(map(re.escape, _LISTED_FORMS), key=len, reverse=True))
TOLD_LISTED = re.compile(rf"\btold (?:[Tt]he )?(?P<name>{_LISTED_NAMES})(?![\w'’-])")
"""A source telling a listed news outlet something ("Richelson told CNN he believes …", raw
138 [0]; "… multiple U.S. officials told NBC News.", 219 [0]): the page's own outlet where it
is so told on two lines or more and the page writes no other listed outlet's name
(`told_listed_lines`). Its show or anchor told ("told CNN's Christiane Amanpour") is how
other pages relay a TV interview (sources16): not counted. Once, or beside another outlet,
it is as often another's page citing the interview (raw 147 [1], ABC's page telling "the
Associated Press" three times and "ABC News" once; 76 [2], Al Jazeera's, "told Reuters"
twice and "told Al Jazeera"; the fifteenth pass found one page in three "told <name>"
naming another's). Over raw's 690 pages and DUC's 298 so read: 76 [1] AFP, 104 [2] NBC
News, 122 [0], 159 [0], 239 [0] ABC News, 138 [0] CNN, each the outlet's own page;
Multi-News+ validation's 28 such pages (lower-cased) hold 2 another's: a blog retelling an
AP interview, an American page quoting BBC witnesses (sources25, stop 53)."""
_WRITTEN_LISTED = re.compile(rf"(?<![\w.@/])(?:{_LISTED_NAMES})(?![\w])")
_CHANNEL_WORDS = ("Channel ", "Local ", "News ")
_TOLD_CHANNEL = ("told ", "tells ", " to ", " with ")
_CHANNEL_AT_WORK = re.compile(r"(?: News)?(?:['’]s\b| reported\b| investigation\b| has learned\b)")
_STAFF_CREDIT = re.compile(r"['’]s [A-Z][a-z]+ [A-Z][a-z'’-]+\b")
_QUOTATION_MARKS = ('"', "“", "”", "``")


def speaking_as_itself(line: str, text: str) -> re.Match[str] | None:
    """The name the line speaks as "our" under (`SPEAKING_AS_ITSELF`), outside a quotation
    opened in its sentence, when `text` credits a writer by it too ("Vulture’s Kyle
    Buchanan")."""
    # Every match holds a verb's "s" before "our": a C-level `in` rejects most lines.
    if "s our " not in line:
        return None
    for found in SPEAKING_AS_ITSELF.finditer(line):
        sentence = line[: found.start()].rsplit(". ", 1)[-1]
        if not any(mark in sentence for mark in _QUOTATION_MARKS) and _credits_staff(
            text, found["name"]
        ):
            return found
    return None


def told_wordmark(line: str) -> re.Match[str] | None:
    """The outlet told something under its wordmark (`TOLD_WORDMARK`), outside a quotation
    open before it on the line."""
    # a C-level `in` passes the lines telling no one before the pattern runs
    if " tells " not in line:
        return None
    for found in TOLD_WORDMARK.finditer(line):
        before = line[: found.start()]
        if before.count('"') % 2 == 0 and before.count("“") <= before.count("”"):
            return found
    return None


def station_channel(line: str) -> re.Match[str] | None:
    """The station's channel name (`STATION_CHANNEL`) told something or at its work on the
    line."""
    # C-level `in` tests pass the lines naming no channel before the pattern runs
    if not any(word in line for word in _CHANNEL_WORDS):
        return None
    for found in STATION_CHANNEL.finditer(line):
        told = line[: found.start()].endswith(_TOLD_CHANNEL)
        if told or _CHANNEL_AT_WORK.match(line, found.end()):
            return found
    return None


def told_listed_lines(text: str, lines: list[str]) -> list[str]:
    """`lines`, where two or more tell one listed news outlet something (`TOLD_LISTED`) and
    the page writes no other listed outlet's name, else none."""
    # a C-level `in` passes the pages telling no one before a pattern runs
    if "told " not in text:
        return []
    told = [names for line in lines if "told " in line and (names := TOLD_LISTED.findall(line))]
    outlets = {_LISTED_FORMS[name] for names in told for name in names}
    if len(told) < 2 or len(outlets) > 1:
        return []
    written = {_LISTED_FORMS[found.group()] for found in _WRITTEN_LISTED.finditer(text)}
    return lines if written == outlets else []


def listed_name(written: str) -> str:
    """The listed news outlet's name for how a page writes it: its wordmark's capitals as
    written ("POLITICO"), else the list's name ("the AP" → "The Associated Press")."""
    listed = _LISTED_FORMS[written]
    return written if written.isupper() and not listed.isupper() and written != "AP" else listed


def _credits_staff(text: str, name: str) -> bool:
    """Whether `text` writes `name` as a whole word before "'s <First> <Last>"."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if (start == 0 or not text[start - 1].isalnum()) and _STAFF_CREDIT.match(text, end):
            return True
        start = text.find(name, end)
    return False


Rule = tuple[str, Callable[[str], re.Match[str] | None], list[str]]


def mention_rules(text: str, lines: list[str]) -> tuple[Rule, ...]:
    """This module's rules as `own_lines.own_outlet` reads them, last of all and in this order:
    each rule's name, what it looks for on a line, and the lines it reads (all of `text`'s)."""
    return (
        ("link to its own story", OWN_STORY_LINK.fullmatch, lines),
        ("pitch for its own issue", ISSUE_PITCH.search, lines),
        ("update note on its own story", UPDATE_NOTE.fullmatch, lines),
        ("writer's disclosure", PAID_ONLY_BY.search, lines),
        (
            "quoting in its own layout",
            TOLD_ITSELF.search,
            lines if "told POLITICO" in text and TEXT_SIZE_BOX.search(text) else [],
        ),
        ("quoting under its wordmark", told_wordmark, lines),
        ("station's name for itself", station_channel, _twice(station_channel, lines)),
        ("listed outlet told twice", TOLD_LISTED.search, told_listed_lines(text, lines)),
        # Its lines read only on a page holding a verb's "s" before "our" (35 of raw's and
        # DUC's 988 pages).
        (
            "story speaking as itself",
            lambda line: speaking_as_itself(line, text),
            lines if "s our " in text else [],
        ),
    )


def _twice(find: Callable[[str], re.Match[str] | None], lines: list[str]) -> list[str]:
    """`lines`, where `find` reads two or more of them, else none."""
    return lines if sum(1 for line in lines if find(line)) >= 2 else []
