"""What stands between commas after a speaker's name: what the speaker is (a role), or a
clause of the writer's that no role is ("..., that killed two people, said", "..., which
has tried to stem a decline in sales ..., said"). Split from `speakers.py`.
"""

from __future__ import annotations

import re

from chorus.language.speakers import ROLE_NOUN

_CLAUSE_ROLE = re.compile(
    r"\s*(?:that\s|(?:spoke|speaks|said|says|told|tells|talked)\s"
    r"|(?:(?!(?:who|which|whose|that)\b)[a-z][\w-]*\s+){0,3}(?:has|have|had|was|were|is|are|will"
    r"|would|could|can|may|might|should)\b)"
)


def clause_as_role(role: str) -> bool:
    """Whether what stands after a speaker is a clause, not what the speaker is: "From the
    beginning, says French demographer Hervé Le Bras, demography has been steeped in ..."
    (multi_news-val-4361): the words go on after the speaker, no pattern's shape; "...
    near Fort Dodge, Iowa, that killed two people, said ..." (168): no person is a "that";
    "Ibrahim Dabbashi, spoke to Al Jazeera Hillary Clinton, the US secretary of state, said"
    (5397, a caption run into the text): a speech verb is no one's role; nor is a subject of
    up to three words and its verb ("Given that a quarter of new cancer cases are diagnosed
    ..., according to the US National Cancer Council, this shorter lifespan could impact
    ...": 2526, where the council's words would be cut from their clause)."""
    return _CLAUSE_ROLE.match(role) is not None


_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which|where)\b")
_ONE_IS = (
    r"(?:(?:is|was|are|were)\s+(?:now\s+|also\s+)?(?:an?\b|the\b|[A-Z]|\w+['’]s\b)"
    r"|(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|oversees|oversaw"
    r"|presides|presided)\b)"
)
"""What one is, or heads, in a relative clause."""
_DIED = r"(?:died|passed\s+away)\b"
"""One's death, which dates one's words as said before it: "said Paul Kantner, who passed away
in 2016." (raw validation 0-based 229) is shown so, no reaction to the news."""
_WHAT_ONE_IS = re.compile(
    rf"\s*(?:who|which)\s+(?:{_ONE_IS}|{_DIED}"
    r"|(?:(?:has|had)\s+(?:long\s+|also\s+)?)?(?:sits|sat|serves|served|represents|represented"
    r"|teaches|taught|advises|advised|owns|owned|founded|co-founded|manages|managed"
    r"|works\s+(?:as|for)|worked\s+(?:as|for))\b)"
)
_WHO_ONE_IS = re.compile(
    rf"\s*who\s+(?:{_ONE_IS}|{_DIED}|(?:co-)?founded\b)(?![^,]*\b(?:said|says|told|tells|added|adds)\b)"
)
"""A relative clause read as a role where a sentence ends with it after its speaker: only
what one is, heads or founded, and no word of what one said in it ("said Miles Gerety, who
is a public defender in Connecticut and said he could not have set up ...": DUC d30016t);
"who worked for no charge in getting the Kellers released" (multi_news-val-4901) tells what
one did."""


def not_a_role(role: str) -> bool:
    """Whether a relative clause after a speaker tells what the speaker did, not what it is:
    "Michael Kors, which has tried to stem a decline in sales ..., said" (4826), "Jennifer
    Rivers, who wore red Converse shoes ..., said" (5484); "who is the head of ...", "who
    heads the joint agency ...", "who sits on the Judiciary committee" (1779), "who has
    represented Trump" (2986) say what one is; nor is an aside of the writer's ("Travis
    County prosecutors, however, had pushed back": 4901), nor what it was doing (`_ACTING`)."""
    if role.strip() in _ASIDES or role.startswith("among "):
        return True  # "Rhonda Ungericht, among many others, vented ...": 4775
    if _SETTING.match(role) or _ACTING.match(role):
        return True  # "Shannon Johnson, in an October 2014 email to colleagues, wrote": 5077
    return _RELATIVE.match(role) is not None and _WHAT_ONE_IS.match(role) is None


_SETTING = re.compile(
    r"\s*(?:in|on|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:e-?mail|statement|letter|memo|interview|post|posting|tweet|message|release|speech|note)s?\b"
)
"""How or where the speaker said it, no role: "in an October 2014 email to colleagues"."""
_ACTING = re.compile(
    r"\s*(?:also\s+)?[a-z]+ing\s+(?:on|at|in|about|to|from|with|for|before|after|during"
    r"|outside|alongside|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)
"""What the speaker was doing, no role: "Rep. Michael Grimm (R-N.Y.), also appearing on same
show, said" (multi_news-val-4505), "Lavrov, testifying Thursday in favor of the bill ...";
a noun in -ing before a role noun stays one ("branding expert")."""
_ASIDES = frozenset(
    (
        *("however", "meanwhile", "though", "too", "also", "instead", "in turn"),
        *(f"for {whose} part" for whose in ("his", "her", "its", "their")),
    )
)
"""The writer's asides between commas after a speaker: "Mercer, for his part, has argued
that ..." (raw validation 0-based 227) shows no role "for his part"."""


_PLACE_LAST = r",\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\.?$"
"""A campus or state closing a role, after a comma ("at the University of California,
Irvine."): `whole_role` runs the role on to it."""
_WHO_DID_LAST = r",\s+who\s+[a-z][^“”\"]*\.?$"
"""A relative clause closing the sentence after the role, telling what the speaker did: "said
Steve Metzler, interim associate curator of mammals, who accompanied the Rhino Rescue
Center’s six southern whites on their 22-hour flight ..." (raw validation 0-based 109)."""
_BODIES_LAST = r"(?:,\s+[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|for|and|the))*){2,3}\.?$"
"""Two or three capitalised names closing the sentence after the role, whose chair or body
the speaker holds: "said Oliver Ryder, director of genetics, Kleberg Chair, San Diego Zoo
Institute for Conservation Research." (109): the role is shown up to them."""
_ROLE_AT_END = re.compile(
    r"(?:(?:,\s+\d{1,3}(?=,))?,\s+(?P<role>(?:an?\s+(?:[A-Z][\w.&-]*\s+){0,3}|the\s+"
    r"|[A-Z][\w.&-]*['’]s\s+)?(?P<body>[a-z][^,“”\"]{1,200}?))"
    rf"(?=\.?$|,{_SETTING.pattern}[^,“”\"]*\.?$|{_PLACE_LAST}|{_WHO_DID_LAST}|{_BODIES_LAST})"
    r"|\s+(?P<of>(?:of|from)\s+[A-Z][^,“”\"]{1,60}?)(?=,|\.?$))"
)
_HAS_ROLE_NOUN = re.compile(rf"\b(?i:{ROLE_NOUN})\b")


def role_at_end(text: str, who_end: int) -> str | None:
    """What a speaker named after the verb is, where the sentence ends with it, or with
    where it was said: "“...,” said Ed Yardeni, market analyst at Yardeni Research Inc." (a
    role noun in it), "“...,” said Charles Gabriel of Capital Alpha Partners, a Washington
    research firm." (whose he is; multi_news-val-5041), "said Nick Carpou, U’s head of
    domestic distribution.", "said Ron Meyer, vice chairman of studio parent NBCUniversal,
    in a congratulatory note." (5124); after an age, and with capitalised words after "a":
    "said Serennah, 23, a U.S. Navy doctor who's in her internal medicine internship at
    Walter Reed." (raw multi_news-val-3044)."""
    found = _ROLE_AT_END.match(text, who_end)
    if found is None:
        return None
    if found["of"]:
        return found["of"]
    role = found["role"]
    if len(found["body"]) > _LONGEST_ROLE:
        role = _before_relative(role, len(role) - len(found["body"]))
    if _WHO_ONE_IS.match(role):
        return role  # "said Shannon Watts, who founded the Moms group." (584)
    if not (_HAS_ROLE_NOUN.search(role) or _AT_END_NOUN.search(role)):
        return None
    return None if clause_as_role(role) else role


_LONGEST_ROLE = 121
"""A role longer than this (after its article) is shown up to the relative clause that goes
on about its body: "said Kyle Lyddy, chairman of the Sandy Hook Permanent Memorial
Commission that is entering its final phase of recommending either a single or multiple
memorials." (584); "said Painter, now a University of Minnesota law professor who is also
vice chairman of ..." (4890)."""
_RELATIVE_ON = re.compile(r"\s+(?:that|which|who)\s")
_AT_END_NOUN = re.compile(
    r"\b(?:assistant|aide|adviser|advisor|consultant|lobbyist|strategist|activist"
    r"|chairwoman|chairperson|partner|owner|teacher|pastor|doctor|physician|surgeon|curator)\b"
)
"""Nouns of what one is that `ROLE_NOUNS` leaves out (they name no speaker alone, "an aide
said" being rarer than the apposition), read only in a role after the name at the
sentence's end: "said Geraldo Parrilla, a legal assistant with the firm." (584)."""


def _before_relative(role: str, lead: int) -> str:
    """A long role up to its first relative clause, or "" where none cuts it short enough
    (`lead`: the length of its article)."""
    cut = _RELATIVE_ON.search(role)
    return role[: cut.start()] if cut is not None and cut.start() - lead <= _LONGEST_ROLE else ""


_OWNED_TITLE_LAST = re.compile(rf"\s+(?:press\s+)?(?:{ROLE_NOUN})(?=\.?$)")


def title_owned_end(text: str, who_end: int) -> int:
    """Where a speaker after its quotation ends, past a role noun ending the sentence right
    after its name, which owns the title: "“Not that I'm aware of,” said the White House
    press secretary." (multi_news-val-2986) is the secretary's, who names again whom the
    article follows, not the White House's."""
    found = _OWNED_TITLE_LAST.match(text, who_end)
    return who_end if found is None else found.end()


_ALSO = re.compile(r"(?:also|too)\s+")


def shown_role(role: str) -> str:
    """A role as the briefing shows it: without the writer's "also" that ties it to another
    speaker ("said Hassan, also a doctor": multi_news-val-5397, after a doctor's words)."""
    role = role.strip()
    also = _ALSO.match(role) if role.startswith(("also", "too")) else None
    return role if also is None else role[also.end() :]


_ROLE_GOES_ON = re.compile(
    r"(?:\s+(?:for|at|of|in)\s+(?:the\s+)?[A-Z][^,“”\"]{1,100}?"
    r"|,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\.?$"
)


def whole_role(text: str, role: str, after: int) -> str:
    """A role that a pattern cut where the sentence goes on with nothing but more of it, to
    the sentence's end: "..., said James Lynch, Deputy Director for the Middle East and North
    Africa Programme at Amnesty International." (multi_news-val-132: whom he speaks for), "an
    evolutionary biologist now at the University of California, Berkeley." (3184)."""
    at = text.find(role, after)
    if at < 0:
        return role
    goes_on = _ROLE_GOES_ON.match(text, at + len(role))
    if goes_on is None:
        return role
    end = goes_on.end()
    # the sentence's stop, not a state's abbreviation ("Norton, Mass.", "Wales Center, N.Y.")
    if text[end - 1] == "." and _ABBREVIATION.search(text, at, end) is None:
        end -= 1
    return text[at:end]


_ABBREVIATION = re.compile(
    r"(?:(?<=,\s)[A-Z][a-z]{0,4}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr)|[A-Z]\.[A-Z])\.$"
)
"""A state's abbreviation right after its comma ("Norton, Mass."), a company's or a
generation's, or initials: no campus's last word ("University of California, San Diego.":
multi_news-val-315's stop)."""
