"""Summary sentences pointing at something a line before them told, inside their words,
where the opening reads (`dangling`, `leaning`) do not look, and lines pointing ahead at
what their page never tells.

Read over the 250 raw validation and 30 DUC clusters (journal/summary.md, "Summary a reader
sees, forty-seventh pass"):

- "these questions", "those allegations" and other words of talk ("It was decided that a
  rigorous, scientific approach was necessary to gather the data to answer these questions
  ...", raw 118): 23 sentences, each pointing back at questions or claims told before;
- "that person", "that man", "that woman", "that individual" with no person written before
  it in the sentence ("It was unclear if police were still searching for that person.", raw
  141, the man of a 7-Eleven video the sentence before tells of; not "... his eventual
  nominee ... to summarily deny that person a hearing.", 193);
- "that conversation", "that meeting", "that discussion", "that encounter" ("Trump aides
  dispute Comey's reported account of that conversation.", raw 9; summary59): 14 sentences
  over raw and DUC, each pointing at a meeting or a talk told before (not one the sentence
  tells itself first: "They met with Vasiliades again on May 18, and during that meeting,
  ...", 228); "that filing" (raw 40's "... reads that filing.", the one over raw and DUC;
  summary65);
- "that condition", "this condition", "those criteria", "these standards" ("It's up to each
  administration to determine which organizations meet that condition.", raw 132, below the
  law barring funds to groups aiding forced abortion; "Under those criteria, Xiong would never
  have had his second chance ...", DUC): five sentences over raw and DUC, each pointing at a
  rule or an illness told before (summary69);
- "this mistake", "that error" and other words of a fault, inside a quotation too ('"The
  biggest consequence of this mistake," Kayyem said, ...', raw 134, two lines below "...
  the misplacement of the documents was "a really stupid thing.""; "However, this mistake
  was far worse.", 205): three sentences over raw and DUC (with "that mistake" in 215's
  quotation), each pointing at a deed told before (summary89);
- "the aforementioned" ("The ARSO-I then created an international task force composed of
  the aforementioned Ghana Police Force, ...", raw 128; summary57): six raw sentences write
  it, each of something told higher up;
- "such a"/"such an" right after an opening phrase ("To our knowledge, such an analysis of
  an actual recorded trauma has not been reported ...", 118), as an opening "Such" is read.

Each such sentence waits for the sentence before it. A summary opening on "The", a
capitalised word or three and a person's role, with no name after it ("The Phish frontman
says that accepting the invitation was a no-brainer.", raw 44 as briefed; `role_opening`),
never says who, here Trey Anastasio: read for the first row alone
(`unnamed_rows.unnamed_opening`). Made to wait for its line before everywhere, it took raw 199's
"The Oscar winner's line ..." out from below the line naming Halle Berry. Nor does one
opening on "The", a count and a plural ("The two vehicles stop for a moment, ...", raw 32;
`count_opening`) say which: an article's lead shown reads before it (`order.reading_order`),
as it does before a part of a count no noun names ("Of the 12 arrested on Saturday, seven
were booked ...", raw 35, its page's first line; `counted_part`), another article's lead.
Left out as the role is, the summary chosen again opened raw 237 at 100 words on "When they
entered the chapel ..." for "The two men dressed in white ..." (fiftieth pass).

A line telling that someone revealed or recalled a conversation, a moment or a story, and
closing there ("In a heartbreaking twist to the story, Brad also revealed the last
conversation he had with Devin.", raw 111, its article's last line) points ahead at what it
does not tell (`teases`): shown with the sentence after it, or, as its article's last, never.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.language.quotations import QUOTED

_TALK = "questions|issues|concerns|allegations|accusations|claims|charges|comments|remarks|problems"
_TALKED_OF = re.compile(rf"\b(?:these|those)\s+(?:{_TALK})\b")
"""Words of talk told before, pointed at ("to answer these questions", "denied those
allegations")."""
_THAT_ONE = re.compile(r"\bthat\s+(?:person|man|woman|individual)\b(?![’'-])")
"""A person pointed at ("searching for that person")."""
_THAT_TALK = re.compile(
    r"\bthat\s+(?:conversation|meeting|discussion|encounter|filing(?!\s+[a-z]))\b(?![’'-])"
)
"""A meeting, a talk or a court filing pointed at ("Trump aides dispute Comey's reported
account of that conversation.", raw 9, after the line telling the Oval Office meeting;
"Congressional aides have said they would like to question Kushner about that meeting, ...",
219; '“The Klingon language itself is an idea or a system, ...,” reads that filing.', 40,
below "... in filing their motion to dismiss ..."). Not "that filing" before a lower-case
word: "said that filing a lawsuit ..." is a clause, no filing pointed at."""
_THAT_RULE = re.compile(
    r"\b(?:that|this|these|those)\s+(?:conditions?|criteria|standards?)\b(?![’'-])"
    r"(?!\s+(?:of|for|that|which|set|laid|in)\b)"
)
"""A rule or a state pointed at ("meet that condition", "Under those criteria"); not one a
modifier after it says ("those standards of conduct")."""
_TALK_WRITTEN = re.compile(r"\b(?:met|meet|meets|talked|spoke|filed)\b")
"""A meeting the sentence tells before its "that meeting", which that one is ("They met with
Vasiliades again on May 18, and during that meeting, he ordered ...", raw 228)."""
_ONE_WRITTEN = re.compile(
    r"\b(?:he|she|him|his|her|person|man|woman|individual|someone|anyone|nominee|candidate)\b"
)
"""A person the sentence writes before its "that person", who that one is ("... his eventual
nominee ... to summarily deny that person a hearing.", raw 193; "To speak of a person’s “inner
child” is not to call that person a child.", 102)."""
_SUCH_AFTER_PHRASE = re.compile(r"[\s(\[]*[A-Z][^,A-Z“”\"]{1,40},\s+such\s+an?\s")
"""An opening phrase naming no one, then "such a"/"such an" ("To our knowledge, such an
analysis ...")."""
_THAT_FAULT = re.compile(
    r"\b(?:(?:[Tt]his|[Tt]hat)\s+(?:mistake|error|blunder|lapse|gaffe)"
    r"|(?:[Tt]hese|[Tt]hose)\s+(?:mistake|error|blunder|lapse|gaffe)s)\b(?![’'-])"
)
"""A fault pointed at ("this mistake", "those errors"), read inside quotations too: a
speaker's "this mistake" is one the article told before quoting them. Not "that" before a
plural, most often a conjunction ("acknowledged that mistakes were made")."""
_MENTIONED = re.compile(r"\b(?:the|these|those|this|that)\s+(?:afore|above-?)mentioned\b", re.I)
"""Something named "the aforementioned" ("... composed of the aforementioned Ghana Police
Force, ...", raw 128; "the above-mentioned"): the page told it higher up."""
_ROLES = (
    "frontman|frontwoman|singer|rapper|actor|actress|comedian|musician|guitarist|drummer|star|"
    "winner|senator|congressman|congresswoman|lawmaker|governor|mayor|billionaire|mogul|"
    "quarterback|coach"
)
_ROLE_OPENING = re.compile(
    rf"[\s(\[]*The\s+(?:[A-Z][\w.’'-]*\s+){{1,3}}(?:{_ROLES})\b(?!,?\s+[A-Z])"
)
"""An opening "The", one to three capitalised words and a person's role, no name after it
("The Phish frontman says ...", "The Texas senator, an outspoken critic ..."; not "The Oscar
winner Jim Broadbent is tipped ...")."""


_COUNT_OPENING = re.compile(
    r"The\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+s|men|women|people|children)"
    r"\b(?![’']|\s*[,–—-]|\s+(?:who|whom|whose|that|which)\b)"
)
"""An opening "The", a count and a plural ("The two vehicles stop for a moment, ...", raw 32;
"The two men dressed in white embraced warmly ...", 237): the count presumes its members
told before. Not with a comma or a dash after the plural, which names them next ("The two
tracks - blues classic Keys to the Highway, ... and an early version of ... Whole Lotta Love
- are among ...", 20), nor a relative clause saying which ones ("The two typhoons that
recently hit the country, Zeb and Babs, ...", DUC)."""


_COUNTED_PART = re.compile(
    r"Of (?:the|those) (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:,| (?!hundred\b)[a-z]{3,}ed\b)"
)
"""A line opening on a part of a count it names by a participle alone ("Of the 12 arrested
on Saturday, seven were booked at the Anaheim Detention Facility, ...", raw 35, whose page
tells the arrests in its next line) or by nothing ("Of the 10, four have trial dates ...", raw 23):
a detail of news told elsewhere, no lead to open on. A count naming its members ("Of the
106 million Brazilians eligible to vote Sunday, ...", "Of the 129 deaths reported ...",
DUC) tells its news itself."""


_SHARE_OF_COUNT = re.compile(
    r"(?:\d[\d,]*|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven) of the"
    r" (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r" (?:[a-z]+ ){0,2}[a-z]+ (?:\(|(?:was|were|is|are|had|has|have)\b|[a-z]{3,}ed\b)"
)
"""A line opening on a share of a count "the" presumes told, its noun followed by what it
does or a parenthesis ("Three of the six cases (two females and one male) were people in
their 20s or 30s, ...", raw 216, below its page's "Archaeologists have uncovered six cases
of cancer ..."; "One of the two areas appeared as a depression ...", 79; "One of the two exit
stairways was blocked by fire ...", DUC): a detail of news told elsewhere, as "Of the 12
arrested" is. Not one whose noun a phrase goes on to name ("Two of the 7 young men from the
Twin Cities accused of attempting to join ISIS ...", 63, its page's lead; "Five of the six
most expensive areas to get married ...", 18)."""


def role_opening(text: str) -> bool:
    """Whether a text opens on "The", capitalised words and a person's role, naming no one
    after it (`_ROLE_OPENING`)."""
    return text.startswith("The ") and _ROLE_OPENING.match(text) is not None


def count_opening(text: str) -> bool:
    """Whether a text opens on "The", a count and a plural (`_COUNT_OPENING`)."""
    return text.startswith("The ") and _COUNT_OPENING.match(text) is not None


def counted_part(text: str) -> bool:
    """Whether a text opens on a part of a count named by a participle or by nothing
    (`_COUNTED_PART`), or on a share of a count "the" presumes (`_SHARE_OF_COUNT`)."""
    if text.startswith("Of "):
        return _COUNTED_PART.match(text) is not None
    # literal first: " of the " within a line's first words is in about one line in 200
    return " of the " in text[:16] and _SHARE_OF_COUNT.match(text) is not None


def points_at_before(text: str) -> bool:
    """Whether a text points at something a sentence before it told, in words the opening
    reads pass by (see the module docstring): it waits for the sentence before it."""
    # literals first: each form is in about one sentence in a hundred or fewer
    if ("these " in text or "those " in text) and _TALKED_OF.search(QUOTED.sub(" ", text)):
        return True
    # "that " is in 1 sentence in 4, with a noun `_THAT_ONE` reads in 1 in 28: only those
    # are read with their quotations blanked
    if "that " in text and (
        (_person_noun(text) and _that_one(QUOTED.sub(" ", text)))
        or (_talk_noun(text) and _that_talk(QUOTED.sub(" ", text)))
    ):
        return True
    if "mentioned" in text and _MENTIONED.search(QUOTED.sub(" ", text)) is not None:
        return True
    if _rule_noun(text) and _THAT_RULE.search(QUOTED.sub(" ", text)) is not None:
        return True
    if _fault_noun(text) and _THAT_FAULT.search(text) is not None:
        return True
    return ", such a" in text and _SUCH_AFTER_PHRASE.match(text) is not None


def _person_noun(text: str) -> bool:
    """Whether a text writes a noun `_THAT_ONE` reads ("woman" holds "man"): blanking the
    quotations only writes spaces, so a noun it finds is written in the text itself."""
    return "man" in text or "person" in text or "individual" in text


def _talk_noun(text: str) -> bool:
    """Whether a text writing "that " writes a noun `_THAT_TALK` reads (in 1 sentence in 60
    or fewer): only those are read with their quotations blanked."""
    return (
        "conversation" in text
        or "meeting" in text
        or "discussion" in text
        or "encounter" in text
        or "filing" in text
    )


def _rule_noun(text: str) -> bool:
    """Whether a text writes a noun `_THAT_RULE` reads (in 1 sentence in 200 or fewer)."""
    return "ondition" in text or "criteria" in text or "standard" in text


def _fault_noun(text: str) -> bool:
    """Whether a text writes a word `_THAT_FAULT` reads, after a space: "error" alone is
    in "terror", "lapse" in "collapse"."""
    return (
        " mistake" in text
        or " error" in text
        or " blunder" in text
        or " lapse" in text
        or " gaffe" in text
    )


def _that_talk(bare: str) -> bool:
    found = _THAT_TALK.search(bare)
    return found is not None and _TALK_WRITTEN.search(bare, 0, found.start()) is None


def _that_one(bare: str) -> bool:
    found = _THAT_ONE.search(bare)
    return found is not None and _ONE_WRITTEN.search(bare, 0, found.start()) is None


_TEASES = re.compile(
    r"\b(?:revealed|shared|recalled|described|disclosed|detailed)\s+(?:the|his|her|their)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:conversation|exchange|talk|chat|moment|story|details|reason|secret)s?"
    r"(?:\s+(?:he|she|they|we|I)\s+(?:had|shared)\s+with\s+[\w’'.-]+(?:\s+[\w’'.-]+)?)?"
    r"\.[\"”’']?\Z"
)
"""A line closing on what someone revealed or recalled, untold ("Brad also revealed the last
conversation he had with Devin.")."""


def teases(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it closes on a conversation, moment or story someone revealed
    without telling it (`_TEASES`): the sentence after it tells it, or nothing does."""
    return np.fromiter(
        (_tease_verb(t) and _TEASES.search(t) is not None for t in texts),
        dtype=bool,
        count=len(texts),
    )


_TELLS_NEXT = re.compile(
    r"[“\"](?:I want to tell you|[Ll]et me tell you|I(?:'ll|’ll| will) tell you)\b[^“”\".?!]*"
    r"[,.]?[”\"],?\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says|told|added)\b[^“”\"]*\Z"
)
"""A quotation that is only its speaker's announcing what he will tell, then its credit
("“I want to tell you one more thing I know about the Negro,” Bundy said, according to the
video.", raw 151 [3]): the words announced are the line after it ("“I’ve often wondered:
Are they better off as slaves, ...”"). Over raw validation and DUC it is the only line whose
quotation is all announcement; "“Let me tell you, it was never the ladies who lunch. ...”"
(81) tells as it goes on."""


def announces_quotation(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether its quotation only announces what its speaker tells next
    (`_TELLS_NEXT`): the line after it tells it, and without it the line says nothing."""
    return np.fromiter(
        ("tell you" in t and _TELLS_NEXT.match(t) is not None for t in texts),
        dtype=bool,
        count=len(texts),
    )


def _tease_verb(text: str) -> bool:
    """Whether a text writes one of `_TEASES`' verbs and the space after it: in 1 sentence
    in 93, so the pattern is searched on few. Written out, not an `any` over a tuple: the
    generator cost more than the six searches (journal/speed.md, thirty-first pass)."""
    return (
        "revealed " in text
        or "shared " in text
        or "recalled " in text
        or "described " in text
        or "disclosed " in text
        or "detailed " in text
    )
