"""Who a quote pattern's match gives as its speaker, read past what the pattern alone
cannot tell: whether that speaker may speak at all (or the next match's does; a
correspondent signing off a network's script does not), a speaker in a condition, an
owner's role noun before an apposition, a name after a preposition's object, a title noun
after a participle's speaker, a university's campus after its role's comma. Split from
`quote_hits.py`, which applies them.
"""

from __future__ import annotations

import re

from chorus.analyze.subject_names import opening_word
from chorus.language.non_speakers import never_speaks
from chorus.language.quote_pattern_needs import PARTICIPLES
from chorus.language.quote_patterns import QUOTE_PATTERNS
from chorus.language.speakers import FULL_NAME, IT, ROLE_NOUN, THEY

ALLEGED = re.compile(r"\b(?:alleges?|alleged|alleging|claims?|claimed|contends?)\s+that\s+$")
"""A speaker inside what another alleges says nothing on the record: in "Blagojevich's
defense team basically alleges that Obama told a certain labor union official that he ..."
(multi_news-val-2145) the words are the defense's claim, not Obama's."""
CONDITION = re.compile(
    r"\b(?:[Uu]ntil|[Uu]nless|[Ii]f|[Ww]hether|something|anything|nothing|everything|what)\s+$"
)
"""A speaker in a condition says nothing yet: "... suspend their vote ... until Arafat
declared ``all-out war'' on terrorism" (DUC d30010t) is what Israel asked of him. Nor do
words that hang on a thing before the speaker: "..., something the president had said he
was unwilling to do" (multi_news-val-2094) would give "he was unwilling to do"."""


_IT_AFTER = ("quote, speaker verb", "statement, speaker verb")
"""The patterns where "it" speaks after what it said ("“...,” it said"); elsewhere it
speaks only as a sentence's subject ("It added that ...", not "“...” says it all")."""


_ANCHORED = tuple(name for name, source in QUOTE_PATTERNS if source.startswith("^"))
"""Patterns that match at a sentence's start only: tried once."""


TITLE_NOUN_AFTER = re.compile(
    rf"\s+(?:(?:administration|campaign|government|family)\s+)?(?:{ROLE_NOUN})s?\b"
)
"""A role noun right after a participle's speaker: its name's first word was a title's
("Defense attorney andre townsend argued ..., saying": Multi-News+, whose names are in
lower case), and the title is who speaks, as "Prosecutor" is; so too whose lawyers
("Corbett administration lawyers compared ..., noting that ...": multi_news-val-3299)."""


def may_speak(name: str, match: re.Match[str]) -> bool:
    """Whether the speaker a pattern found may speak at all."""
    who = match.group("who")
    if who in IT:
        return name in _IT_AFTER or match.start("who") == 0
    if who == THEY:
        return match.start("who") == 0  # the group just quoted, read by `quotes.py`
    if who == "they":
        return name == "quote, speaker verb"  # "“...,” they said": so too
    if name in PARTICIPLES and opening_word(who):
        return False
    if (
        " and " in who
        and _LIST_TAIL.fullmatch(who)
        and _LIST_BEFORE.search(match.string, max(0, match.start("who") - 40), match.start("who"))
    ):
        return False
    if who[-2:-1] == " " and _REDACTED.fullmatch(who):
        return False
    if "unclosed" in match.re.groupindex and match["unclosed"] and not _opening_name(match):
        return False  # "Now, a D.C. woman says she ...": no comma closed, no name spoke
    if name in _STATEMENTS and signs_off(name, match):
        return False
    return not never_speaks(who)


def _opening_name(match: re.Match[str]) -> bool:
    """Whether the speaker is a full name opening the sentence ("Barbara Morgan, an officer
    ... says she": raw 13 [2]), not an opening word ("Now, a D.C. woman says she": Multi-News+
    validation 1430) or a place ("In London, a spokesman ... says he")."""
    who = match["who"]
    return match.start("who") == 0 and " " in who and who.istitle()


_STATEMENTS = ("statement, verb speaker", "statement, speaker verb")
"""The patterns whose words run from the sentence's start to a speaker at its end."""
_BYLINE = re.compile(r"(?:\b(?:correspondent|reporter)|[A-Za-z\d]['’]s?)\s+$")
"""A reporter's title, or the network owning the name, right before it."""


def signs_off(name: str, match: re.Match[str]) -> bool:
    """Whether a statement's speaker is the reporter signing off a network's script, who
    narrates it and says nothing: "A surveillance video ... appears to show a Hummer at a
    red light, followed by a Mercedes SUV, reports CBS News correspondent Manuel Bojorquez."
    (raw 32 [3], the sentence a script's paragraph closes on; the sources stage reads its
    page's outlet from it), "..., NPR's David Schaper reports." Only "reports", as a script
    writes it: "..., KARE reported", "..., reports the BBC" cite another outlet."""
    text = match.string
    after = text[match.end("who") :].strip()
    before = text[match.end("text") : match.start("who")]
    if name == "statement, verb speaker":
        signed = after in ("", ".") and before.lstrip(", ").startswith("reports ")
    else:
        signed = after in ("reports", "reports.")
    return signed and _BYLINE.search(before) is not None


_REDACTED = re.compile(
    r"(?:[A-Z][a-z]+\s+)*(?:Candidate|Official|Individual|Person|Company|Witness|Employee"
    r"|Executive|Lobbyist|Co-Conspirator|Victim|Donor|Contractor|Source)\s+[A-Z]"
)
"""A court filing's label for someone it will not name is no speaker the reader can know:
"According to Senate Candidate B, on November, 4 2008, Senate Candidate B spoke with ..."
(multi_news-val-2145)."""


_LIST_TAIL = re.compile(r"[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*")
_LIST_BEFORE = re.compile(r"[A-Z][\w&'’-]*,\s+$")
"""Two words joined after a capitalised word and a comma end a name that list opened: "a
spokesman for Bridgeport law firm Koskoff, Koskoff and Bieder said" (multi_news-val-584) is
no "Koskoff and Bieder" speaking."""


def speaking_further(
    pattern: re.Pattern[str], name: str, match: re.Match[str]
) -> re.Match[str] | None:
    """The next match of a pattern whose speaker may speak, after a `match` whose speaker
    never does: the speaker may stand further on ("When asked about it, Barksdale replied,
    “...”": DUC d31033t, where "When" matched first)."""
    while not may_speak(name, match):
        if name in _ANCHORED:
            return None
        found = pattern.search(match.string, match.end("who"))
        if found is None:
            return None
        match = found
    return match


_NAME = re.compile(FULL_NAME)


def described(match: re.Match[str]) -> str:
    """The speaker up to its apposition, an owner's role noun the name pattern stopped
    before included: "Boehner's spokesman, Michael Steel, said" (multi_news-val-501)."""
    who = match["who"]
    between = match.string[match.end("who") : match.start("role")]
    owned = _OWNED_NOUN.fullmatch(between)
    return who if owned is None else who + owned["noun"]


_OWNED_NOUN = re.compile(r"(?P<noun>(?:['’]s|(?<=s)['’])\s+[a-z][a-z ]{1,40}?),\s+")


def named_after_object(match: re.Match[str], role: str | None) -> tuple[int, int, None] | None:
    """The name in apposition after a preposition's object, who speaks: "One of the
    founders of The Robin Collective, Brandy Wright, said: “...”" (multi_news-val-346)."""
    if role is None or _NAME.fullmatch(role) is None:
        return None
    return (*match.span("role"), None)


_UNIVERSITY_OF = re.compile(r"\bUniversity\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")
_CAMPUS = re.compile(r",\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+(?=,|\.?$)")


def with_campus(text: str, role: str, role_end: int) -> str:
    """The role with its university's campus, which the role's comma cut off: "says Amander
    Clark, a stem cell biologist at University of California, Los Angeles, who calls ..."
    (raw multi_news-val-3053) works at UCLA, not at the University of California."""
    if _UNIVERSITY_OF.search(role) is None:
        return role
    campus = _CAMPUS.match(text, role_end)
    return role if campus is None else role + text[role_end : campus.end()]
