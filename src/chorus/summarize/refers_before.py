"""Summary sentences that tell of something other than what the sentence before them tells,
or go on from it, read from themselves alone (`refers_to_before`): shown without that
sentence, they stand on nothing. Unlike `leaning.leans_on_before`, no look at that sentence is
needed, and an article's first sentence so marked is never taken.

Read for the summary alone (journal/summary.md, "Summary a reader sees, fourth pass"):

- an opening "Guess who ..." (a teaser), or an opening phrase set at "the meeting" or "the
  interview" ("At the meeting, Boehner said ...", raw 160): what it stands on is told
  before; "Here's a sampling of ..." with no colon points to a list the summary does not
  show, and is never shown (ninth pass; `page_lines.points_ahead` since the thirtieth);
- a body's further words ("It added that ..."), a question about what was told ("Was this a
  statistical anomaly ...?") and a deed done "soon" after it ("..., soon found a man's body
  ...", raw 245, shown before the search it ends): each waits for the sentence before it
  (tenth pass);
- an opening phrase naming one of what the sentence before lists ("On the first, Mr. Obama
  said: ...", raw 102) or going through each of them ("At each assessment, ...", 190) and
  "the ... ones" with no plural before it to stand for ("Keep the un-cracked ones frozen",
  139) wait for it; "It's one thing to ..." with no "another" is
  shown only with the sentence after it (221); a summary opening on "He" or "She" is chosen
  again without that sentence (unnamed_rows.py; 102: "He put the killing in a racial
  context ..."). Every "He"/"She" before a sentence naming someone cost raw R-2 0.026
  (eleventh pass);
- an opening "The rest ..." (what is left of a count told before, raw 145), "The
  organizations included ..." (a list of things named before, 68), "The general went on to
  ..." (104; a surname's "went on to say", 139) and a sentence closing on "the same" and a
  noun ("... are in the same situation.", 145) wait for the sentence before (sixteenth pass);
- an opening "Other ..." or "Another ..." ("Other pictures taken on the floor of the Sibuyan
  Sea ...", "Another man complained ..."): other than what the sentence before tells
  (journal/summary.md, "Summary a reader sees, sixth pass");
- words credited to a party and a state alone ("“...,” the Kentucky Republican said on
  CNN."): the sentence before names the speaker (Mitch McConnell), whom the summary may
  otherwise never name. A role that tells who ("the Facebook founder said") is left alone.
"""

from __future__ import annotations

import re

from chorus.language.quotations import QUOTED
from chorus.summarize.leaning import SPEECH
from chorus.summarize.told_before import (
    NO_SUBJECT,
    UNCLEAR_OF,
    done_there,
    thing_there,
    told_just_before,
)

_GUESS = r"Guess\s+(?:who|what)\b"
"""A teaser that asks the reader to guess ("Guess who was waiting to greet her new daughter
in the delivery room?", raw 203): its "her" is the one the sentence before names."""
_AT_THE_EVENT = (
    r"(?:At|In|During|After)\s+the\s+"
    r"(?:meeting|interview|hearing|briefing|session|conference|call|speech)\s*,"
)
"""An opening phrase set at a meeting or an interview that a sentence before tells ("At the
meeting, Boehner said ...", raw 160, after "The three top leaders in Congress met privately
Wednesday evening ...")."""
_IT_ADDED = r"It\s+(?:added|adds)(?=\s+that\b|:)"
"""A body's further words ("It added that many police vehicles were patrolling the area.",
raw 76): the sentence before names the body and its first words. Any "It said/says/
reported ..." cost raw R-2 0.03 (222's FDA statement, −7.3 on that cluster)."""
_ASKS_OF_IT = (
    r"(?:Was|Is|Were|Are|Did|Does|Do|Could|Can|Will|Would|Should|Has|Have|Had)"
    r"\s+(?:this|that|these|those|it|he|she|they)\b[^?]*\?"
)
"""A question about what the sentence before tells ("Was this a statistical anomaly or the
beginning of an epidemic?", raw 118, after "... raised questions: was this a new problem
...?")."""
_SOON = re.compile(
    r"\bsoon\s+(?:afterwards?\b|[a-z]+ed\b|(?:found|became|began|came|went|took|got|made"
    r"|saw|left|knew|fell|gave|ran|won|lost|had|was|were|heard|sank|led)\b)"
)
"""A deed done soon after what the sentence before tells ("The dog's handler, Hiroyuki Sano,
soon found a man's body in the debris.", raw 245): shown before that moment, it runs the
story backwards."""
_OTHER = r"(?:Other|Another)\s+[a-z]"
_LATER = (
    r"(?:Just\s+|Only\s+)?(?:(?:[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Ee]ight|[Nn]ine|[Tt]en|[Aa]\s+few|[Ss]everal|\d+)\s+)?"
    r"(?:short\s+|little\s+)?"
    r"(?:[Ss]econds?|[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Mm]oments?|while)"
    r"\s+later\b"
)
"""A time after what the sentence before tells ("Just days later, the U.S. military
announced ...", raw 104, after "North Korea again tested ballistic missiles this week ...";
"A short while later, Phillip Dunn said again, ...", 121)."""
_ONE_OF_THEM = (
    r"(?:On|Of|In|For|As\s+for|As\s+to|To|With|From)\s+the\s+"
    r"(?:first|second|third|former|latter|other)\s*,"
)
"""An opening phrase naming one of what the sentence before lists ("On the first, Mr. Obama
said: ...", raw 102, after "... race and Florida’s lax gun laws are inextricably
interwoven.")."""
_EACH_OF_THEM = re.compile(
    r"[\s(\[“\"]*(?:At|In|For|After|During|On)\s+each\s+(?:of\s+them|[a-z]+)\s*,"
)
"""An opening phrase going through each of a set the sentence before tells ("At each
assessment, they were asked ...", raw 190, after "... were interviewed each year ..."; "In each
case, the judge said, ...", 103, after two jurors' outbursts; "In each one, babies ...", 93,
after "... launched two experiments."). Read only for a sentence writing "each " in its first
words: in `_GOES_BACK` it cost every sentence 0.1 µs."""
_THE_REST = r"The\s+(?:rest|remainder|others)\b(?!\s+of\b)"
"""What is left of a whole the sentence before counts ("The rest live with another family
member ...", raw 145, after "..., 32.1 percent of people live in their parents' house,
...")."""
_THE_LISTED = r"The\s+(?:[a-z]+\s+)?[a-z]+s\s+(?:also\s+)?includ(?:ed|e)\b"
"""Things listed by what they include, named before ("The organizations included the
National Science Teachers Association, ...", raw 68; "The assets included ...", 236)."""
_WENT_ON = r"The\s+(?:[a-z]+\s+)?[a-z]+\s+(?:went|goes)\s+on\s+to\b"
"""Someone named by a role, or a text, going on from words the sentence before gives ("The
general went on to explain ...", raw 104, after a quotation of Lt. Gen. Thomas Bergeson's;
"The statement goes on to say ...", 21)."""
_NAMED_GOES_ON = re.compile(
    r"(?:In\s+the\s+[a-z]+,\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'-]+\s+(?:went|goes)\s+on\s+to\s+"
    r"(?:say|add|explain|talk|tell|write|note|describe|call|ask|insist|argue|claim|warn|lambaste)\b"
)
"""Someone named by a surname or a pronoun going on to say more than the sentence before
quotes ("Celli went on to say that ...", raw 139, after Malu Celli's words; "Mr Carpentier went
on to add, however: ...", 179; "In the letter, Hockley goes on to talk about ...", 191; "She
went on to lambaste ...", 124). Only saying: "Lane went on to investigate ..." (96) tells a
life's next step."""
_OPENING_MARKS = r"[\s(\[“\"]*"
_GOES_BACK = re.compile(
    _OPENING_MARKS
    + "(?:"
    + "|".join((_OTHER, _GUESS, _AT_THE_EVENT, _IT_ADDED, _ASKS_OF_IT, _ONE_OF_THEM))
    + "|"
    + "|".join((NO_SUBJECT, UNCLEAR_OF))
    + ")"
)
"""The openings `refers_to_before` reads, after any opening marks, as one pattern: one match
a sentence, not five."""
_TIME_LATER = re.compile(_OPENING_MARKS + _LATER)
"""`_LATER` after any opening marks, read only in a sentence writing "later": in
`_GOES_BACK` its counts and units cost every sentence 0.2 µs, 0.015 ms a cluster."""
_LATER_ANYWHERE = re.compile(r"\b" + _LATER)
"""`_LATER` anywhere in a sentence ("Trump tweeted in support of the deal a few hours
later.", raw 146 [1], below a quotation of Marc Short's; "A dozen years later Milly ...",
41)."""
_OWN_EARLIER = re.compile(
    r"[,;:—–]|\b(?:and|but|then|when|after|before|until|which|who|while|since|as|initially"
    r"|first|[Ii]f|[Tt]hough|[Aa]lthough)\b|\b(?:1[89]|20)\d\d\b|\d:\d\d"
)
"""What a sentence may write before its "... later" to count from a deed or a time of its
own: a second clause or an opening one ("... was shot in the back and died half an hour
later.", raw 53; "Though his wife initially resisted ..., she was so lethargic a week later
...", 159), a year or a clock time ("... a 911 call at 2:17 p.m. and three officers responded
two minutes later.", 189)."""


def _later_than_before(text: str) -> bool:
    """Whether a text tells a time after a deed it does not tell itself ("... a few hours
    later."), outside its quotations: the deed is its article's sentence before."""
    bare = QUOTED.sub(" ", text) if ('"' in text or "“" in text) else text
    found = _LATER_ANYWHERE.search(bare)
    return found is not None and _OWN_EARLIER.search(bare, 0, found.start()) is None


_THE_BEFORE = re.compile("|".join((_THE_REST, _THE_LISTED, _WENT_ON)))
"""The openings on "The" that `refers_to_before` reads, only for a sentence opening so: in
`_GOES_BACK` they cost every sentence a third more."""
_SAME_AT_END = re.compile(r"\bthe\s+same\s+(?!time\b|way\b)[a-z]+[.!]?[”\"’']?\s*\Z")
"""A sameness whose other half the sentence before tells, closing the sentence ("Black and
Hispanic young people, compared with white people, are in the same situation.", raw 145;
"... retired because of the same problem."); not an idiom ("at the same time")."""
_PARTY = r"(?:[A-Z][\w.’'-]+\s+){1,3}(?:Republican|Democrat|Independent)"
_PARTY_CREDIT = re.compile(rf"[,”\"’]\s+the\s+{_PARTY}\s+{SPEECH}\b|\b{SPEECH}\s+the\s+{_PARTY}\b")
"""A speaker named by a state and a party ("the Kentucky Republican said", "said the Oregon
Democrat")."""


_ONES = re.compile(
    r"\bthe\s+(?:[a-z][\w-]*\s+)?ones\b"
    r"(?!\s+(?:who|whom|whose|that|which|with|in|of|from|at|on|we|you|they|I|he|she|the"
    r"|[a-z]+ed|[a-z]+ing)\b)"
)
"""Things named "the ... ones" with nothing after saying which ("Keep the un-cracked ones
frozen", raw 139)."""
_PLURAL = re.compile(r"\b[A-Za-z][a-z-]{2,}[^s\W]s\b(?<!\bthis)(?<!\bthus)(?<!\bdoes)")
"""A plural written before "ones", which it may stand for ("Republicans aren't the only
ones", "a pocketknife ... like the ones")."""


def _ones_of_before(text: str) -> bool:
    """Whether a text writes "the ... ones" with no plural before it in the sentence: the
    things it stands for are named in the sentence before ("Eggs shouldn't be allowed to
    freeze ...; ... throw away any cracked eggs." / "Keep the un-cracked ones frozen, ...")."""
    ones = _ONES.search(text)
    return ones is not None and _PLURAL.search(text, 0, ones.start()) is None


def refers_to_before(text: str) -> bool:
    """Whether a text is about something other than what the sentence before tells ("Other
    pictures ..."), asks the reader to guess what it sets up ("Guess who ..."), is set at
    a meeting or an interview told before ("At the meeting, ..."), gives a body's further
    words ("It added that ..."), asks about what was told ("Was this ...?"), tells what
    happened a time after it ("Days later, ...", "... a few hours later." after no deed of
    its own: `_later_than_before`) or soon after it ("..., soon found ..."),
    goes on to say more ("Celli went on to say ...": `_NAMED_GOES_ON`), goes through each of
    a set it tells ("At each assessment, ...": `_EACH_OF_THEM`), tells of a deed done
    "there" naming no place ("... roamed there": `told_before.done_there`) or a thing "there"
    ("the sandwich there is ...": `thing_there`), is a line with no subject ("Charged with
    ...": `told_before.NO_SUBJECT`), or credits its words to the party and state of someone named
    there ("the Kentucky Republican said"), so that it waits for that sentence. Unlike
    `leaning.leans_on_before`, it needs no look at that sentence: an article's first sentence so
    marked is never taken."""
    return (
        _GOES_BACK.match(text) is not None
        or ("later" in text and (_TIME_LATER.match(text) is not None or _later_than_before(text)))
        or ("soon" in text and _SOON.search(text) is not None)
        # "ed there" holds " there": one scan of every text for both
        or (" there" in text and (("ed there" in text and done_there(text)) or thing_there(text)))
        or ("ones" in text and _ones_of_before(text))
        or told_just_before(text)
        or (text.startswith("The ") and _THE_BEFORE.match(text) is not None)
        or (" on to " in text and _NAMED_GOES_ON.match(text) is not None)
        or ("each " in text[:16] and _EACH_OF_THEM.match(text) is not None)
        or ("the same" in text and _SAME_AT_END.search(text) is not None)
        or (
            ("Republican" in text or "Democrat" in text or "Independent" in text)
            and _PARTY_CREDIT.search(text) is not None
        )
    )
