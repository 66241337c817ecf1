"""A speaker first given by a description and named in the sentences after it, as a news
writer names a source a sentence late: "Thomas Kinkade’s girlfriend said Monday ... ¶ Amy
Pinto, in tears, told a reporter ..." and "On Monday, the CEO of Kinkade’s galleries said
in a statement ... ¶ “...,” John Hasting, CEO of The Thomas Kinkade Co., said Monday."
(multi_news-val-1747). `quotes.py` gives the description's words to the name, the
description kept as its role. So too "the statement": the statement its article said
someone issued before, or the one of whoever goes on with "added" right after it.

Only a definite description of one person ("the CEO of ...", "<Name>'s girlfriend", "her
husband"): "a spokesman" is one of many, and the person named next is as likely someone
else. The name is the one a later sentence gives the same role ("John Hasting, CEO of
..."), or the new full name that opens the very next sentence as the subject of a speech
verb, with nothing between but an aside that is no role ("Amy Pinto, in tears, told"):
"Juliette Kayyem, a former DHS official, said" after "A DHS official said" is someone else.
Someone's kin may bear the owner's surname: the new full name that opens the very next
sentence as its subject with the owner's surname, whatever its verb, is the kin ("Demoski's
mother said ... ¶ Janice Demoski was told her son ...": raw 196), as is the full name a
speaker of the very next sentence bears ("Dunn's father told him ... ¶ A short while later,
Phillip Dunn said again, ...": raw 121, the owner's surname allowed there for kin alone).
Or, for someone's kin, the
new full name that opens the sentence just before as the subject
of a speech that gives no words ("Paris Jackson also spoke out against hatred. ¶ “...,”
Michael Jackson's eldest daughter said": raw 117), unless that name is the owner's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.analyze.role_holders import titled_names
from chorus.language.speaker_appositions import KIN
from chorus.language.speakers import FULL_NAME, IT, OWNED, POSSESSIVE, PRONOUNS, ROLE_NOUNS
from chorus.model import Sentence

_NOT_ONE = frozenset(("court", "agency", "family", "police", "official", "source", "member"))
_HEADS = frozenset(
    word.lower()
    for word in (*ROLE_NOUNS, *OWNED)
    if " " not in word and not word.endswith("s") and word not in _NOT_ONE
)
"""Heads of a description of one person: "police", "sources", "the court" are not, nor is
"the official", "the source" or "the member", who stays unnamed on purpose."""
_PRONOUNS = frozenset((*PRONOUNS, *IT))
_NAMED_AFTER = 2
"""Sentences after the description read for a name with its role."""
_THE = ("the ", "The ")
_OWNERS = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s")
_FULL_NAME = re.compile(FULL_NAME)
_OPENS_AND_SPEAKS = re.compile(
    rf"(?P<name>{FULL_NAME})(?:,\s+(?P<aside>[^,]{{1,40}}),)?\s+(?:said|says|told|tells)\b"
)
_OWNED_BY = re.compile(rf"(?P<owner>.+?){POSSESSIVE}\s")
_OPENS = re.compile(rf"(?P<name>{FULL_NAME})\s+[a-z]")
"""A full name opening a sentence as its subject, a lower-case verb after it."""
_SPOKE_BEFORE = re.compile(
    rf"(?P<name>{FULL_NAME})\s+(?:also\s+|then\s+)?(?:spoke|addressed)\b[^“”\"]*$"
)
"""A sentence whose subject, a full name, speaks with no words given: "Paris Jackson also spoke
out against hatred." (raw 117), whose words the next sentence gives by a description."""
_DESCRIBES = re.compile(r"(?:an?|the|his|her|their)\s|[\w-]+['’]s\s")
"""An aside that says who someone is ("a neighbor", "the boy's aunt")."""


def _head(speaker: str, text: str, speaker_start: int) -> str | None:
    """The role noun of a definite description of one person ("girlfriend" of "Thomas
    Kinkade’s girlfriend", "CEO" of "the CEO of Kinkade’s galleries"), or none."""
    words = speaker.partition(" of ")[0].split()
    if not words or words[-1].lower() not in _HEADS:
        return None
    # an owner may stand before other words: "Michael Jackson's eldest daughter" (raw 117)
    owned = _OWNERS.match(speaker) or any(w.endswith(("'s", "’s")) for w in words[:-1])
    # the speaker's own "the" is cut from its name, not from where it starts
    the = text.startswith(_THE, speaker_start) or text.endswith(_THE, 0, speaker_start)
    return words[-1] if owned or the else None


def named_after(
    here: tuple[Attribution, ...],
    sentences: Sequence[Sentence],
    said: Sequence[tuple[Attribution, ...]],
    n: int,
) -> tuple[Attribution, ...]:
    """The `n`th sentence's attributions (`here`), given the name the sentences after it
    (with their attributions, `said`) give their described speaker, the description kept as
    the role; as they were if none."""
    found = here[0]
    text = sentences[n].article.text
    role = _head(found.speaker, text, found.speaker_start)
    if role is None:
        return here
    after = slice(n + 1, n + 1 + _NAMED_AFTER)
    later = [(s.start, s.text, h) for s, h in zip(sentences[after], said[after], strict=True)]
    name = _named_later(found.speaker, role, text, later)
    if name is None and n and not said[n - 1] and sentences[n - 1].article is sentences[n].article:
        name = _named_before(found.speaker, role, text, sentences[n - 1])
    if name is None:
        return here
    return tuple(replace(a, speaker=name, role=a.role or a.speaker) for a in here)


def _named_later(
    described: str, role: str, text: str, later: Sequence[tuple[int, str, tuple[Attribution, ...]]]
) -> str | None:
    """The name the sentences `later` give the description `described`, whose head is `role`:
    each sentence as its start in the article `text`, its text and its attributions."""
    for _, sentence, said in later:
        for found in said:
            if _FULL_NAME.fullmatch(found.speaker) and _same_role(described, role, found.role):
                return found.speaker
        # "The statement from attorney Jamie Gorelick was issued ..." (multi_news-val-3947)
        for _, name in titled_names(sentence, role.lower()):
            if not _a_role(name):  # "Attorney General Jeff Sessions" is no attorney
                return name
    if not later:
        return None
    start, sentence, said = later[0]
    opens = _OPENS_AND_SPEAKS.match(sentence)
    if opens is not None and not _a_role(opens["aside"] or "") and not _a_role(opens["name"]):
        name = opens["name"]
    elif said and said[0].role is None and _FULL_NAME.fullmatch(said[0].speaker):
        name = said[0].speaker  # "“...,” Jamie Gorelick said in a statement."
    elif (name := _of_the_family(described, sentence)) is None:
        return None
    before = text[:start]
    if name in before or (name.rsplit(" ", 1)[-1] in before and not _kin(described)):
        return None
    return name


def _named_before(described: str, role: str, text: str, before: Sentence) -> str | None:
    """The new full name that opens the sentence `before`, without words of its own, as the
    subject of a speech (`_SPOKE_BEFORE`), when `described` is someone's kin (head `role`)
    and the name is not the owner's: after "John Smith spoke ...", "Smith's mother" is not
    John Smith."""
    if role.lower() not in KIN or (spoke := _SPOKE_BEFORE.match(before.text)) is None:
        return None
    name, owner = spoke["name"], _owner(described)
    if _a_role(name) or name == owner or name.endswith(" " + owner) or name in text[: before.start]:
        return None
    return name


def _kin(described: str) -> bool:
    """Whether `described` is someone's spouse, parent, child or sibling ("His wife",
    "Dunn's father"), who may bear the surname of the one named before: "Jeff Delacruz, who
    lives in the building, said ... ¶ His wife said the elevators are always out of service.
    ¶ “...,” said Elizabeth Delacruz, 26." (multi_news-val-1397)."""
    words = described.split()
    if not words or words[-1] not in KIN:
        return False
    return (len(words) == 2 and _OWNERS.match(described) is not None) or bool(_owner(described))


def _owner(described: str) -> str:
    """Whose `described` says someone is, by name: "Dunn" of "Dunn's father", "Michael
    Jackson" of "Michael Jackson's eldest daughter", "Hayes" of "Hayes' mother"; "" for
    "his wife"."""
    owned = _OWNED_BY.match(described)
    return owned["owner"] if owned else ""


def _of_the_family(described: str, sentence: str) -> str | None:
    """The full name opening `sentence` as its subject, whatever its verb, when `described`
    is someone's kin and the name bears the owner's surname ("Demoski's mother" and "Janice
    Demoski was told ...": raw 196): the family's name, no one else's. Not the family itself
    ("The Smith family was told ...") nor someone titled ("Police Chief Tom Smith")."""
    owner = _owner(described)
    if not owner or not _kin(described) or (opens := _OPENS.match(sentence)) is None:
        return None
    name = opens["name"]
    if name.startswith("The ") or _a_role(name):
        return None
    return name if name.endswith(" " + owner.rsplit(" ", 1)[-1]) else None


def _same_role(described: str, role: str, other: str | None) -> bool:
    """Whether a later speaker's role (`other`) is the description's: its head, and no other
    owner ("Jones's lawyer" is not "Smith's lawyer")."""
    words = _words(other)
    owners = (w for w in (other or "").split() if w.endswith(("'s", "’s")))
    return role.lower() in words and all(owner in described for owner in owners)


def _words(role: str | None) -> list[str]:
    return role.lower().split() if role else []


def _a_role(words: str) -> bool:
    """Whether `words` say who someone is: "a neighbor", "the boy's aunt", "CEO of ..."."""
    return _DESCRIBES.match(words) is not None or any(w in _HEADS for w in _words(words))


_IN_A_STATEMENT = r"[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|release)\b"
_ISSUED = re.compile(
    rf"(?:{_IN_A_STATEMENT}[^.;“”\"]{{0,60}}|.*\b(?:statement|release)\s+(?:from|by)(?:\s+the)?)\s$"
)
_ISSUED_AFTER = re.compile(rf"[^.;,“”\"]{{0,40}}?\b{_IN_A_STATEMENT}")


_SENT = re.compile(
    r"(?:[A-Z][^,“”\"]{0,40},\s+)?(?P<who>(?:An?|The)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:official|spokes(?:man|woman|person)|aide|representative)|[A-Z][a-z]+\s+[A-Z][a-z]+"
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+(?:publicist|spokes(?:man|woman|person))"
    r"|(?:The\s+)?(?P<body>[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){1,4}))"
    r"\s+(?:sent|issued|released|put\s+out|confirmed\s+[^,“”\"]{1,60}?\s+in)"
    r"\s+an?\s+(?:[\w-]+\s+)?statement\b"
    r"|(?:The|A)\s+statement\s+(?:from|by)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?P<from>[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,4})(?![\w'’])"
)
"""A sentence that says who sent a statement, with no words of it: "A White House official
sent a statement to CNBC on Monday expressing concern over the drop." (multi_news-val-5041),
whose "“...,” the statement said." follows; "Mobb Deep's publicist confirmed the rapper's death
in a statement to Rolling Stone." (raw 21 [4]), whose '"...," the statement read.' follows; a
body's ("The Nulato Tribal Council issued a statement ...": raw 196 [0]) or the one a
statement is from ("The statement from attorney Jamie Gorelick was issued ...": raw 219 [4])."""

STATEMENT_REACH = 600
"""Characters from the last sentence that named a statement's issuer, went on about "the
statement" or gave the issuer words (its printed paragraphs), within which a "“...,” the
statement said" is still theirs: further back, other voices between, a reader no longer knows
whose it is (raw 176 [1]'s "the statement said" comes some 1,700 characters and five
paragraphs after "A group of Libyan army officers issued a statement"). The furthest
statement the census found read as its issuer's is 462 characters (raw 59 [1]'s release)."""
_THE_STATEMENT = re.compile(r"\b[Tt]he\s+statement\b")


def issuer_after(
    issuer: tuple[str, int] | None, found: Attribution | None, text: str, start: int
) -> tuple[str, int] | None:
    """Who issued the statement the article means after a sentence that names one (its
    attribution `found`, its `text` starting at `start`), with where it was last named: the
    sentence's own issuer (`issued`), else the one before while "the statement" goes on about
    theirs within reach ("... according to a statement from US 7th Fleet. ¶ The statement
    hinted that ...": raw 244 [1]), else no one."""
    named = issued(found, text, start)
    if named is not None:
        return named, start
    if _THE_STATEMENT.search(text) and (near := issuer_near(issuer, start)):
        return near, start
    return None


def issuer_near(issuer: tuple[str, int] | None, start: int) -> str | None:
    """The statement's issuer if it was named within reach before `start`."""
    return issuer[0] if issuer is not None and start - issuer[1] <= STATEMENT_REACH else None


def issued(found: Attribution | None, text: str, start: int) -> str | None:
    """Who issued the statement a sentence that names one (or a release) speaks of, its
    attribution `found`: its speaker where its own clause says it spoke in a
    statement ("the State Department said in a statement", "In a statement on its website,
    UNFPA said", "said a press release from the organizing committee", "Anaheim Police said
    in a news release": multi_news-val-4684), no one where the
    sentence names another's ("Lavrov said ..., the ministry said in a separate statement":
    multi_news-val-501); with no attribution, whoever the sentence says sent one (`_SENT`).
    `text` is the sentence's, which starts at `start` in its article."""
    if found is None:
        sent = _SENT.match(text)
        return None if sent is None else sent["from"] or sent["body"] or sent["who"]
    if found.role == "statement":  # "the statement said" or "a publicist’s statement said"
        return found.speaker
    at = found.speaker_start - start
    named = text.find(found.speaker, at)
    # read from the name's end: a name may hold full stops ("The U.S. 7th Fleet said in a
    # statement": multi_news-val-324)
    after = named + len(found.speaker)
    if _ISSUED.match(text, 0, at) or (named >= 0 and _ISSUED_AFTER.match(text, after)):
        return found.speaker
    return None


def added_next(
    sentences: Sequence[Sentence], said: Sequence[tuple[Attribution, ...]], n: int
) -> str | None:
    """The speaker who goes on with "added" in the sentence after the `n`th, by name: whose
    "“...,” read the statement." is when its article named no statement before ("The
    Elysee added the French president ...": seed 000)."""
    if n + 1 >= len(sentences) or not said[n + 1]:
        return None
    speaker = said[n + 1][0].speaker
    if not speaker[:1].isupper() or speaker in _PRONOUNS:
        return None
    added = re.search(rf"\b{re.escape(speaker)}\s+(?:also\s+)?added\b", sentences[n + 1].text)
    return speaker if added is not None else None


_AGENCY_NAME = re.compile(
    r"(?<![\w.&'’-])(?:(?!The\b)[A-Z][\w.&'’-]* (?:(?:and|of|for|on) )?){1,5}"
    r"(?:Service|Agency|Administration|Bureau|Commission|Authority)\b"
)
"""A government body's name by its head ("U.S. Fish and Wildlife Service"), its words
in one line; no "The" ("The Service" opening a sentence, "... Act. The Fish and ...")."""


def named_agency(text: str, speaker_start: int) -> str | None:
    """The agency "the agency said" stands for: the one agency its article named before it
    ("The U.S. Fish and Wildlife Service told a U.S. District Court judge ... ¶ “...,” the
    agency said in a statement": multi_news-val-4623); of two or none, no one can tell."""
    # the speaker's own "the" is cut from its name, not from where it starts
    if not text.startswith(_THE, speaker_start) and not text.endswith(_THE, 0, speaker_start):
        return None  # "an agency" is any
    names = {name[0] for name in _AGENCY_NAME.finditer(text, 0, speaker_start)}
    return names.pop() if len(names) == 1 else None
