"""Summary sentences that go on about a thing or a place the sentence before them names, so
that they wait for it (docs/journal/summary.md, "Summary a reader sees, thirteenth pass"):

- "But it ..." after a sentence whose subject is a thing of a named place ("There is some
  good news: The river in Minot peaked two feet lower than expected." / "But it is nearly
  13 feet above flood stage ...", raw 147): shown after other lines (the Missouri's), "it"
  reads as whatever the summary told last. Every opening "But it" waiting cost raw R-1
  0.037 (eleventh pass); after such a subject it is 1 sentence of raw's 35, none of DUC's 14;
- a deed done "there" with no capitalised word before it but the first ("But 150 million
  years ago, ... sauropods roamed there—...", raw 33, after "The Black Hills mountain range
  ... is known for ..."): the place is the sentence before's;
- an opening "The" and a noun a quotation in the sentence before writes after "the" ("The
  proposal nearly derailed passage ...", raw 238, after Charlie Sykes's "“... the proposal
  is a $250 million taxpayer subsidy ...”"): the writer goes on about a thing the story told
  of before, which the reader meets only there. Without the quotation (any "the <noun>" in
  the sentence before) the shape holds 68 raw sentences, 10 shown in main's summaries, most
  of them reading well alone ("The study involved 2,174 adults ..."): not tried.

Fourteenth pass (stop 34):

- a list line with no subject ("Charged with eight counts of permitting a minor to
  illegally possess alcohol.", raw 8, below "Patrick Callahan, 21, Mansfield, CT."): whom it
  tells of is the line before;
- a report closing on "he said" or "she said" right after a sentence naming someone ("...
  revoked the local group's charter, she said.", raw 8, after "..., said Reitz."): shown
  without it, the speaker is never named. Fifteenth pass: a quotation closed before the
  credit's own words too ("“We don’t think it’s from the ships” involved in the search, he
  said.", raw 218, the one such sentence of raw, none of DUC's): its "it" is the oil slick
  of the sentence before.

Eighteenth pass (stop 35): an opening "They ... also" or "They said" (raw 6's "They were
also asked how much they liked the clips ...", 153's "They noted the bodies were found
..."), a quotation opening on an answer ("Not that I'm aware of," said the White House
press secretary.", raw 34, after the question) and a sentence closing on "than that"
("... refused to say much more than that.", 153) wait for the sentence before; a quotation
closed on its comma and credited to "he" or "she" ("“Our mission is ...,” he said.", raw
104) is taken with the sentence naming him (`unnamed_rows.speaker_apart`).

Twentieth pass (stop 35): an impersonal "It’s not clear whether it ..." (raw 14) waits for
the sentence naming what its "it" stands for; a speaker named only as "the official" or
"the source" ("The security official said ...", raw 110), introduced sentences before, is
never selected (`source_met_before`).

Forty-fifth pass (stop 41): words credited to "one of the people" or "the sources" (raw 178,
30) wait for the sentence introducing them.

Sixty-eighth pass (summary84, stop 47): a thing "there" with no place named before it ("A TV
spot promoting the sandwich there is noteworthy ...", raw 57, after "It’s back on the menu
in Spain ...": shown alone, "there" reads as the Austria of the line above it), and an
opening "It is also" or "There are also" ("It is also unlikely that human activity
influenced the mandrills ...", raw 41, after the other explanations ruled out) wait for
the sentence before.

Eighty-third pass (summary96, stop 49): "a similar" thing with nothing before it in the
sentence to be similar to ("“Where Have You Been” followed a similar trajectory last year.",
raw 82) waits for the sentence before, which tells the other half.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.dangling import says_outside_quotes
from chorus.language.quotations import QUOTED

_BUT_IT = re.compile(r"But\s+it\b")
_PLACED_SUBJECT = re.compile(r"(?:\A|:\s+)[\s“\"]*The\s+[a-z]+\s+(?:in|at|near)\s+[A-Z]")
"""A subject at a sentence's start, or after a colon, that is a thing of a named place ("The
river in Minot peaked ..."); not "The mayor of Minot", whom no "it" stands for."""
_DONE_THERE = re.compile(
    r"\A\W*\w+[^A-Z]*?\b[a-z]+ed\s+there\b(?!\s+(?:is|are|was|were|has|have|had|will|would"
    r"|may|might|could|can|should|be|been|seems?|remains?|appears?|exists?|lives?)\b|\s*\()"
)
"""A deed in "-ed" done "there" with no capital letter between the first word and it ("...
roamed there"); not "there" opening a clause ("..., and then there was ...") nor a place
named before it ("... eradicated there" after "Singapore", "Later on, Scottish earls were
buried there") or in brackets after it ("what has happened there (in London)", DUC d30003t)."""
_DETERMINERS = ("the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those")
_THERE_CLOSING = r"there\b(?=\s*[,—–]|\s+(?:is|are|was|were|has|have|had|will|would|could|can)\b)"
"""A "there" then a comma or a verb: where `_THING_THERE` closes, and searched before it
(`thing_there`)."""
_THING_THERE = re.compile(
    r"\A[^\w“\"]*\w+(?:[^A-Z“\"]|\b[A-Z]{2,}\b)*?\b"
    r"(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bfrom\s)"
    r"(?<!\bwith\s)(?<!\bover\s)(?<!\bacross\s)(?<!\baround\s)(?<!\bthroughout\s)"
    r"(?:" + "|".join(_DETERMINERS) + r")\s+"
    r"(?!(?:time|times|way|ways|moment|day|point|case|place|reason|fact|chance|all|means|if)\b)"
    r"[a-z][\w-]*\s+" + _THERE_CLOSING
)
"""A thing "there" (a noun after "the", "a", "his", ...) and then a verb or a comma ("A TV
spot promoting the sandwich there is noteworthy ...", raw 57; "During his year there, he
...", raw 155), with no capitalised word before it but the first and a short one in
capitals ("TV"), no quotation mark (a speaker's "there" is theirs: raw 193's "“And so my
hope and expectation is that once there is an actual nominee, ...”"): the place is the
sentence before's. Not after a preposition, where "there" opens a clause ("Yet now, across
the world there are people ...", raw 26), nor after a noun a clause of "there is" tells of
("the first time there was", "this means there will be")."""
_THERE_THEN = re.compile(_THERE_CLOSING)
_ALSO_OPENING = re.compile(
    r"[\s“\"]*(?:It(?:\s+is|’s|'s|\s+was)|There\s+(?:is|are|was|were|had\s+been))\s+also\b"
    r"|[\s“\"]*There\s+also\b"
)
"""An opening "It is also" or "There are also": one more of what the sentence before tells
("It is also unlikely that human activity influenced the mandrills ...", raw 41, after
"Laidre also ruled out alternative explanations ..."; "It's also a good idea to check
fluids ...", 139)."""
_RESPONDERS_ARRIVED = re.compile(
    r"[\s“\"]*(?:(?:When|As|Once|After|Before|Until|By\s+the\s+time)\s+)?(?:[Tt]he\s+)?"
    r"(?:first\s+)?(?:[Pp]olice\s+)?(?:[Oo]fficers|[Pp]olice|[Dd]eputies|[Ff]irefighters"
    r"|[Tt]roopers|[Pp]aramedics|[Rr]escuers|[Mm]edics)"
    r"\s+(?:arrived|responded|showed\s+up)\b(?!\s+(?:at|to|on|in)\b)"
)
"""An opening on responders arriving with no place after ("Officers arrived and eventually
brought him to the Houston Police Department ...", raw 54, after "Police said Conyers'
girlfriend told them that he was at the apartment ..."; "When police showed up, the students
were ...", 189): where they came, and what called them, is the sentence before's. 4
sentences of raw, none of DUC, each so (docs/journal/summary.md, "Summary a reader sees,
seventy-fourth pass")."""
UNCLEAR_OF = (
    r"It(?:’s|'s|\s+is|\s+was|\s+remains)\s+(?:not\s+|still\s+)?(?:clear|unclear|known|unknown)"
    r"\s+(?:whether|if|why|how|when|what)\s+(?:it|he|she|they|its|his|her|their)\b"
)
"""An impersonal "It's not clear" asking about what its pronoun stands for ("It’s not clear
whether it was fully carried out.", raw 14, after "Rumbaugh’s company put together the
plan ..."): the "It" stands for nothing, the "it" after it for what the sentence before
names."""
_THE_SOURCE = (
    r"The\s+(?:[a-z][\w’'-]*\s+){0,3}"
    r"(?:official|spokesman|spokeswoman|spokesperson|source|minister|ambassador|envoy)s?"
    r"\s+(?:said|says|told|added)\b"
)
_SOURCE_OPENING = re.compile(_THE_SOURCE)
"""A speaker named only as the official or the source met before ("The security official
said she appeared to have been killed ...", raw 110, four sentences after "A French security
official, who was not authorized ..., said ..."; "The source added that ...", 160). Twenty-
first pass: a minister, an ambassador or an envoy ("The minister said no one is dying in
Syria ...", raw 47, two sentences after "... Syrian Foreign Minister Walid Moallem vowed
...")."""
NO_SUBJECT = r"(?<![“\"])[A-Z][a-z]+ed\s+(?:with|of|by|in|for|to|at|on)\b[^,;:“”\"]*\Z"
"""A line opening on a deed in "-ed" with no comma, so no subject after an opening phrase
("Charged with eight counts ...", "Directed by Darren Romanelli."): whom it tells of is the
line before. Not "Excavated in 1998 by ..., "Bigfoot" was discovered ..." nor a quotation's
"Disappointed in the sense ..."; read in `refers_before`'s one pattern of openings."""
_PRONOUN_CREDITS = (", he said.", ", she said.", ", he added.", ", she added.")
"""A closing credit to "he" or "she", read as plain string ends (a pattern scanned every
sentence closing on "said." back for its comma)."""
_QUOTED_PRONOUN_CREDITS = tuple(
    f"{mark} {pronoun} {verb}."
    for mark in (",”", ',"')
    for pronoun in ("he", "she")
    for verb in ("said", "added", "says", "continued")
)
"""A quotation closed on its comma and credited to "he" or "she" (',” he said.'), read as
plain string ends."""
_QUOTED_PRONOUN_ACCORDING = re.compile(
    r"[,”\"]+\s+(?:he|she)\s+(?:said|added|says|continued),\s+according\s+to\s+[^,“”\"]*\.\Z"
)
"""The same credit passed on by someone else ('“I need to talk to you,” he said, according
to the police.', raw 240, the brother named in the sentence before)."""
_THEY_GO_ON = re.compile(
    r"[\s(\[“\"]*They\s+(?:(?:were|are|have|had|will|would|can|could|may|might)\s+)?also\b"
    r"|[\s(\[“\"]*They\s+(?:said|say|noted|added|told|explained|stressed)\b"
    r"|[\s(\[“\"]*They\s+(?:also\s+)?includ(?:e|ed)\b"
)
"""An opening "They" going on from the people the sentence before names, by "also" ("They
were also asked how much they liked the clips ...", raw 6: 22 sentences of raw, 7 of DUC)
or as the ones who speak ("They noted the bodies were found ...", 153: 18 of raw, 8 of
DUC): each of the 55 read stands for people the sentence alone never names. Nineteenth
pass: "They include(d)" too ("They include:", raw 47, over the sanctions the sentence before
names), so that its list item, taken only with it (`stands_on`), is never shown alone."""
_ANSWER = re.compile(
    r"[“\"‘]+(?:No|Yes|Nope|Yeah|Yep|Absolutely(?:\s+(?:not|false|true))?|Certainly\s+not"
    r"|Of\s+course\s+not|Not\s+at\s+all|Not\s+really|Not\s+yet|Not\s+that\s+I[’']m\s+aware"
    r"(?:\s+of)?)[,.!?]"
)
"""A quotation opening on an answer ('"Not that I'm aware of," said the White House press
secretary.', raw 34, after "Did President Donald Trump know ...?"; "“Absolutely false,” the
spokesperson told The Daily Beast.", 130): 10 sentences of raw, none of DUC's, each the
answer to a question or a claim the sentence before tells."""
_THAN_THAT = re.compile(r"\bthan\s+th(?:at|is)[.!]?\s*\Z")
"""A comparison closing on "than that" ("... refused to say much more than that.", raw 153;
"But back then, living with a spouse ... was even more popular than that.", 145): what it
is compared with is the sentence before's (3 sentences of raw outside quotations)."""
_UNKNOWN_HOW_THAT = re.compile(
    r"\b(?:know|knew|known|sure|unclear|clear|certain)\s+(?:how|whether|why|what)\s+"
    r"th(?:at|is)\s+(?:[a-z]+ed|is|was|were|will|would|could|might|may|can|has|had|means|meant)\b"
)
"""Not knowing how or why "that" or "this" came to be, a pronoun standing for what the
sentence before tells ("... Holt said he didn't know how that factored into Rose's decision
to stop the suspect.", raw 50, after "There also had been a rash of car break-ins in the area
the day before."; "It's unclear what this means, ...", 104; "No one is entirely sure why this
is the case, ...", 186: the 3 sentences of raw and DUC, all leaning so; summary128)."""
_THIS_TOWN = re.compile(r"\b[Tt]his\s+(?:town|city|village)\b(?!\s+(?:of|hall|council)\b)")
"""A town pointed at with "this", outside quotation marks ("The Free Syrian Army and the Syrian
Liberation Army are based in this town.", raw 47, a BBC reporter's box, after "The bombardment
has started in Binnish, ..."): the place is the one the sentence before names. The only such
sentence of raw and DUC; "this country", "this community", "this area" are most often the
writer's or speaker's own (raw 58, 102, 166; DUC 4, 21), no place told before (summary128)."""
_SIMILAR = re.compile(r"\b[Aa]\s+similar\s+(?![\w’'-]+\s+(?:to|as)\b)[\w’'-]")
"""A thing "similar" to one the sentence before tells ("“Where Have You Been” followed a
similar trajectory last year.", raw 82, after "“Right Now” was remixed for club floors ...";
"A similar find in the first days of the search was determined to be fuel oil ...", 218);
not one compared inside the sentence by "to" or "as" ("in a similar way to beer")."""
_OTHER_HALF = re.compile(r"\b(?:after|before|another|and|than|which|whose|who)\b")
"""Words before "a similar" bringing in the other half in the sentence itself ("The attack
came one day after a similar car bomb ...", DUC; "..., whose city was devastated by a
similar EF-5 tornado ...", raw 86)."""
_ONE_OF_THE_PEOPLE = re.compile(
    # "one" read before the look back for its word's start: both forms open on a literal,
    # which the search skips to (0.021 -> 0.008 ms a cluster, the same matches)
    r"one(?<!\wone)\s+of\s+(?:the|those|them)(?:\s+[a-z]+){0,2}?\s+(?:said|says|told|added)\b"
    r"|,\s+the\s+(?:people|sources|officials)\s+(?:said|say|says|added),"
)
"""Words credited to people the sentence before introduced ("..., one of the people said,
...", raw 178, after "Trump, according to several people with knowledge of the discussions,
..."; "It's possible, the sources said, that ...", 30, after "Law enforcement sources said
..."): shown without it, "the people" are no one."""
_THE_NOUN = re.compile(r"[\s(\[]*The\s+([a-z][\w’'-]*)\s")
_WORD = re.compile(r"[\w’'-]+")


def done_there(text: str) -> bool:
    """Whether a text tells of a deed done "there" and names no place before it: the place
    is named in the sentence before. The caller tests for "ed there" first."""
    return _DONE_THERE.match(text) is not None


def thing_there(text: str) -> bool:
    """Whether a text tells of a thing "there" ("the sandwich there is ...") and names no
    place before it: the place is named in the sentence before. The caller tests for
    "there" first."""
    # string tests first (~2 µs a text): `_THING_THERE` tries a determiner at every
    # character (~30 µs), where `_THERE_THEN`'s literal "there" is found by a fast scan
    return (
        any(_determined(text[: there.start()]) for there in _THERE_THEN.finditer(text))
        and _THING_THERE.match(text) is not None
    )


def _determined(before: str) -> bool:
    """Whether the words before a "there" close on what `_THING_THERE` reads there: a word
    ending on a determiner, then one opening on a lowercase letter (`str.split` and `re`
    read the same characters as whitespace: Unicode's)."""
    words = before.rsplit(None, 2)
    return len(words) >= 2 and words[-2].endswith(_DETERMINERS) and "a" <= words[-1][0] <= "z"


def but_it_after_a_place(text: str, before: str) -> bool:
    """Whether `text` opens "But it" right after `before`, whose subject is a thing of a
    named place ("The river in Minot ...")."""
    return _BUT_IT.match(text) is not None and _PLACED_SUBJECT.search(before) is not None


def quoted_before(text: str, before: str) -> bool:
    """Whether `text` opens with "The" and a noun that a quotation in `before` writes after
    "the"."""
    # string tests first: most sentences before hold no quotation, most quotations no noun
    if not ("“" in before or '"' in before):
        return False
    opening = _THE_NOUN.match(text)
    if opening is None:
        return False
    noun = opening.group(1)
    for quotation in QUOTED.findall(before):
        if noun not in quotation:
            continue
        words = _WORD.findall(quotation)
        if any(word == noun and words[n - 1].lower() == "the" for n, word in enumerate(words) if n):
            return True
    return False


def credits_a_pronoun(text: str) -> bool:
    """Whether a text closes on ", he said." or ", she added." (the caller reads the
    sentence before for a name): a report, or a quotation closed before the credit's own
    words ("“We don’t think it’s from the ships” involved in the search, he said.", raw 218,
    whose "it" is the oil slick of the sentence before)."""
    return text.endswith(_PRONOUN_CREDITS)


def told_just_before(text: str) -> bool:
    """Whether a text opens "They ... also", "They said", "It is also" or on responders
    arriving (`_RESPONDERS_ARRIVED`), opens a quotation on an answer, closes on "than
    that", tells of "a similar" thing (`similar_before`), of not knowing how "that" came
    to be (`_UNKNOWN_HOW_THAT`) or of "this town" (`_THIS_TOWN`): what it stands on is the
    sentence before it."""
    return (
        ("They" in text[:8] and _THEY_GO_ON.match(text) is not None)
        or ("also" in text[:20] and _ALSO_OPENING.match(text) is not None)
        or (
            # literals first: the verbs, then the pattern
            ("arrived" in text or "responded" in text or "showed up" in text)
            and _RESPONDERS_ARRIVED.match(text) is not None
        )
        or (text[:1] in '“"‘' and _ANSWER.match(text) is not None)
        or ("than th" in text and _THAN_THAT.search(text) is not None)
        or (
            ("one of th" in text or ", the " in text)
            and _ONE_OF_THE_PEOPLE.search(text) is not None
        )
        or ("similar" in text and similar_before(text))
        or ((" that " in text or " this " in text) and _UNKNOWN_HOW_THAT.search(text) is not None)
        or (
            ("his town" in text or "his city" in text or "his village" in text)
            and says_outside_quotes(_THIS_TOWN, text)
        )
    )


def similar_before(text: str) -> bool:
    """Whether a text tells of "a similar" thing with nothing before it in the sentence to
    be similar to (`_SIMILAR`, `_OTHER_HALF`). The caller tests for "similar" first."""
    found = _SIMILAR.search(text)
    return found is not None and _OTHER_HALF.search(text, 0, found.start()) is None


def quotes_a_pronoun(text: str) -> bool:
    """Whether a text is a quotation closed on its comma and credited to "he" or "she"
    ("“Our mission is first and foremost to deter any aggression from North Korea,” he
    said.", raw 104), the credit passed on "according to" someone or not."""
    if text.endswith(_QUOTED_PRONOUN_CREDITS):
        return True
    return ", according to " in text and _QUOTED_PRONOUN_ACCORDING.search(text) is not None


def source_met_before(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it opens on words of "the official" or "the source", introduced
    sentences before it, not always in the sentence right before: never selected."""
    marked = np.zeros(len(texts), dtype=bool)
    # the few rows gathered, not a generator step a text
    rows = [
        row for row, text in enumerate(texts) if text[:4] == "The " and _SOURCE_OPENING.match(text)
    ]
    if rows:
        marked[rows] = True
    return marked
