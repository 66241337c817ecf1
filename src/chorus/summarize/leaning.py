"""Summary sentences whose subject or speaker the sentence before them names, or that
tell of something other than it, and a live blog's older updates (surnames shown before
their person's full name: `surnames`).

Read for the summary alone (journal/summary.md, "Summary a reader sees, fourth pass"):

- an opening "He" or "She" right after a sentence that names someone ("..., Castaneda
  said." / "He said the counter-protesters were ..."): shown without that sentence, the
  pronoun stands for a person the summary may never name. After a sentence that names no
  one ("He has always maintained his innocence ..."), the pronoun goes on from further
  back and is left alone: holding every such opening back cost more ROUGE and changed
  twice as many summaries (the stop 30 passes). One speaking of a "he" or "she" outside its
  quotations, opening on no pronoun itself ("With that, Keurig’s CEO did what he had to
  do.", raw 61), is the one the "He" goes on about (twentieth pass); so is one bringing in
  "a woman" ("Paula saw a woman." / "She was a stranger, ...", raw 55:
  `pronouns_apart.brings_in_one`, hundred-and-sixth pass);
- a quotation credited to "the" and what someone is rather than who ("“It's just stunningly,
  breathtakingly naive,” the former House speaker and Republican presidential contender said
  ...", raw 86, after "Newt Gingrich says ..."; "..., the statement said."), right after a
  sentence that names someone: shown without it, the speaker is never named (journal/summary.md,
  "Summary a reader sees, seventh pass"). Without that condition a credit to "the" and a role
  took out sentences whose role tells who ("the Facebook founder said", sixth pass);
- an opening "The" and a noun the sentence before introduced with "a" or "an" ("The hitch
  punctured ..." after "... after striking a metal towing hitch ...", raw 143; eighth pass),
  or "the" and a noun, anywhere, that it picked from several ("There was no doubting the
  plane's age, ..." after "... on one of the smaller planes in the Polish government VIP
  fleet, ...", 224: alone it reads as the plane that crashed; forty-second pass);
- an opening "It's a ..." that calls something the sentence before tells ("It's a
  strawman argument, one of Conway's favorite tactics."); an impersonal "It" ("It's a
  good idea to ...") is not marked (`dangling.opens_with_pronoun`);
- a sentence that is one quotation and nothing else, right after a sentence crediting a
  quotation to "a ..." ('"...," a friend of Kendra tells me.' / '"She has made millions ...
  off her sex tape."', raw 203): shown without it, its "She" reads as whoever the summary
  named last. After a credit to a name the rule cost too much ROUGE (ninth pass); after a
  few quoted words and their credit, the quotation is taken with them instead
  (`credit_lines.credited_before`, twelfth pass);
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
  otherwise never name. A role that tells who ("the Facebook founder said") is left alone;
- a live blog's older updates: the lines under its second time mark ("2:44 p.m." ...
  "1:26 p.m."), which an update above them has overtaken ("One person is in custody"
  under 1:26 p.m., "13 people are in custody" under 2:44 p.m.);
- a "But it ..." after a thing of a named place, a deed done "there", "The" and a noun a
  quotation before wrote (thirteenth pass), a line with no subject ("Charged with ...")
  and a report closing on "she said" after a sentence naming someone (fourteenth pass),
  an opening "They ... also" or "They said", a quoted answer and a close on "than that"
  (eighteenth pass): `told_before`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import numpy as np

from chorus.dangling import introduced_before, opens_with_pronoun, picked_before
from chorus.language.quotations import QUOTED
from chorus.summarize.credit_lines import BARE_QUOTE
from chorus.summarize.pronouns_apart import brings_in_one, he_or_she_opening
from chorus.summarize.surnames import FIRST_NAME, NAME
from chorus.summarize.told_before import (
    NO_SUBJECT,
    UNCLEAR_OF,
    but_it_after_a_place,
    credits_a_pronoun,
    done_there,
    quoted_before,
    thing_there,
    told_just_before,
)

_HE_SHE = he_or_she_opening()
_THE_CREDIT = re.compile(
    r"the(?:(?<=[”\"’'] the)|(?<=[”\"’'], the))\s+(?:[\w’.-]+\s+){1,8}?"
    r"(?:said|says|told|added|wrote|explained)\b"
)
"""Words credited, after their closing mark, to "the" and up to eight words ("...,” the
attorney allegedly told the husband", "...," the statement said"). Opening on the literal
"the", looked back from, the search skips to each "the": a third of the time of one
scanning for the marks (the same marks over raw, DUC and 600 Multi-News+ clusters)."""
_CREDITED = re.compile(
    r"[”\"],?\s+(?:an?\s+(?:[\w’'.-]+\s+){1,6}?(?:said|says|tells|told|added|asked)"
    r"|(?:said|says|told|added|asked)\s+an?\s+[\w’'.-]+)\b[^“”\"]*\Z"
)
"""A sentence closing on a quotation's credit ('"Kendra is no dumb blonde ...," a friend of
Kendra tells me.'): a bare quotation after it goes on in that speaker's words."""
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
_IT_IS_A = re.compile(r"[\s(\[]*It(?:’s|'s|\s+is|\s+was)\s+(?:a|an|the|one|something|someone)\b")
"""An "It's a ..." calling what the sentence before tells; "It's something the other carriers
have done, ..." (raw 207, over data caps) too."""
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
_TITLES = (
    r"(?:Mr|Mrs|Ms|Dr|Sgt|Sen|Rep|Gov|Lt|Capt|Col|Gen|Prof|Det|Officer|President|Judge|"
    r"Justice|Chief|Minister|Prime Minister|Premier|Pope|Prince|Princess|King|Queen)\.?"
)
_SPEECH = r"(?:said|says|told|added|wrote|recalled|explained)"
_PARTY = r"(?:[A-Z][\w.’'-]+\s+){1,3}(?:Republican|Democrat|Independent)"
_PARTY_CREDIT = re.compile(
    rf"[,”\"’]\s+the\s+{_PARTY}\s+{_SPEECH}\b|\b{_SPEECH}\s+the\s+{_PARTY}\b"
)
"""A speaker named by a state and a party ("the Kentucky Republican said", "said the Oregon
Democrat")."""
_SOMEONE = re.compile(
    # Every form opens a word on a capital or on "said", "says", "told", "added" or
    # "according": looked ahead for, the search passes other words by at once (the same
    # matches over raw's sentences, in under half the time).
    r"\b(?=[A-Zsta])(?:"
    rf"\b{_TITLES}\s+[A-Z][\w’'-]+"  # "Sgt. Daron Wyatt", "Mr. Berlusconi"
    rf"|\b{FIRST_NAME}\s+(?:[A-Z]\.\s+)?{NAME}"  # "Karen Vecchio", "Matthew G. Whitaker"
    rf"|\b{NAME},?\s+{_SPEECH}\b"  # "..., Castaneda said."
    rf"|\b(?:said|says|told|added|according to)\s+{NAME}"  # "said Vecchio"
    ")"
)
"""A name as news writes a person's: after a title, as a first and last name, or as the
one who speaks. Places and bodies of two words ("Anaheim Police") read so too; the
measured rule holds back a few more openings for them."""

TIME_MARK = re.compile(r"\s*\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*$", re.IGNORECASE)
"""A live blog's line giving an update's time alone ("2:44 p.m."), newest first."""


def _has_mark(text: str) -> bool:
    """Whether a text holds a mark a credit to "the" follows (`_THE_CREDIT`'s first
    character): 43% of raw validation's sentences do, and the search costs a third of
    `leans_on_before` read over every one (0.034 → 0.022 ms a cluster)."""
    return "”" in text or '"' in text or "’" in text or "'" in text


def names_someone(text: str) -> bool:
    """Whether a text names a person outside its quotations ("Castaneda said", "Sgt. Daron
    Wyatt")."""
    # a name inside a quotation is the speaker's subject, not who the sentence is about
    return _SOMEONE.search(QUOTED.sub(" ", text)) is not None


_ONE_PERSON = re.compile(r"\b(?:he|she|him|his|her)\b")


def speaks_of_one(text: str) -> bool:
    """Whether a text speaks of a "he" or "she" outside its quotations ("With that, Keurig’s
    CEO did what he had to do.", raw 61): an opening "He" after it goes on about that one."""
    return _ONE_PERSON.search(QUOTED.sub(" ", text)) is not None


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
    `leans_on_before`, it needs no look at that sentence: an article's first sentence so
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


def leans_on_before(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it opens with "He" or "She", credits its quotation to "the" and
    a description, or closes on ", she said." (`told_before.credits_a_pronoun`),
    right after a text that names someone, opens with "The" and a noun the
    text before introduced ("The hitch ..." after "... a metal towing hitch ...":
    `dangling.introduced_before`) or writes "the" and a noun it picked from several ("the
    plane's age" after "one of the smaller planes": `dangling.picked_before`), opens with an
    "It's a ..." that calls what the text
    before tells, or is a bare quotation after a text crediting a quotation to "a ..." ("a
    friend of Kendra tells me"; see the module docstring), or goes on about what the text
    before names (`told_before`: "But it" after "The river in Minot ...", "The proposal"
    after a quotation writing "the proposal"). The first text has nothing before it."""
    marked = np.zeros(len(texts), dtype=bool)
    # each row's answer kept in a local: numpy's scalar reads and writes cost a third of
    # the loop
    for row, (before, text) in enumerate(itertools.pairwise(texts), start=1):
        mark = False
        if opening := _HE_SHE.match(text):
            mark = names_someone(before) or (
                # one opening "He" itself names no one either: both go back further (raw 78)
                not _HE_SHE.match(before) and speaks_of_one(before)
            )
            # ... nor after one bringing in "a woman" it stands for (raw 55's "Paula saw a
            # woman." / "She was a stranger, ...")
            mark = mark or brings_in_one(before, opening.group(1).lower())
        elif _has_mark(text) and _THE_CREDIT.search(text):
            mark = names_someone(before)
        elif text.startswith("The "):
            mark = introduced_before(text, before) or quoted_before(text, before)
        elif _IT_IS_A.match(text):
            mark = opens_with_pronoun(text)
        elif text[:1] in '“"' and BARE_QUOTE.match(text):
            mark = _CREDITED.search(before) is not None
        elif text.startswith("But it"):
            mark = but_it_after_a_place(text, before)
        # a closing "she said" after any opening: one on "The" or "But it" was read by its
        # branch alone ("But it was too little, too late, she added.", raw 85, after "And,
        # said Malkan, ...", shown below another woman's words)
        if not mark and credits_a_pronoun(text):
            mark = names_someone(before)
        if mark or picked_before(text, before):
            marked[row] = True
    return marked


def older_updates(texts: Sequence[str], article_starts: Sequence[int]) -> np.ndarray:
    """Per text: whether it is under the second or a later time mark of its article, a
    live blog's update that a newer one above it has overtaken."""
    older = np.zeros(len(texts), dtype=bool)
    bounds = [*article_starts, len(texts)]
    for start, end in itertools.pairwise(bounds):
        marks = [row for row in range(start, end) if TIME_MARK.match(texts[row])]
        if len(marks) >= 2:
            older[marks[1] : end] = True
    return older
