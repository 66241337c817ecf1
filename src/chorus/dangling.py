"""Sentences that point back at the sentence before them in their article.

Out of its context such a sentence reads as nonsense ("Six of those resolutions would
have condemned the regime", "Relations have deteriorated markedly since then"), so
selection takes one only after the sentence before it. What counts was read off the
summaries of the raw Multi-News validation clusters (see docs/journal/summary.md, "Summary
sentences that do not dangle"):

- an opening "This", "That", "These", "Those" or "Such", as a pronoun ("That is why",
  "This is key") or a determiner ("These spots", "Such a move"); not a time ("This
  week", "This October"), "Those" naming people by what follows ("Those who ran",
  "Those arrested"), nor "That" opening a clause ("That Clint Eastwood has become a
  great filmmaker is something few would contest");
- an opening share "of those" or "of these" ("Six of those resolutions");
- an opening count of what was named before ("All three movies are responses to ...",
  "Both journalists were hurt ..."; not "All three who ..."), "The two" or "The pair"
  standing alone for people before a verb ('The two were "familiar with the area, ..."',
  raw 164; not "The two injured officers ..."), or "With that";
- "since then" or "the latter" anywhere.

A sentence that ends in a colon points forward instead ("The Onion has updated its story
with this funny little tag:"), and so does one closing on what it announces without telling
it ("The argument Obama made Saturday went further.", "... but it had one great strength, I
was told.", raw 221 and 224): `introduces` marks it, for selection to show it with the
sentence after it or not at all.

`goes_on` marks, for the summary alone, sentences that go on from the one before without
pointing back at a thing in it: an opening connective ("However,", "Thus,", "For
example,"), "And", "Except", "Nor" or a "Which" that asks nothing;
dangling_inside.py's `unnamed_subject` a "he" or "she" after a short opening phrase that
names no one ("After the explosion, she put her son ..."), its `points_back_inside` one
pointing back past its opening words ("During the past month, that number ...", "In
each one, ...", "... at those ages ..."). An opening "He", "She" or "They" is left alone
there: the summary usually names the article's subject before it, and
holding such sentences back cost more ROUGE than the rest together. A lone item of the
cross-source sections has no such company, so `opens_with_pronoun` marks those openings
for it to show the sentence before ("It ties for the longest climb to No. 1 this
century"); an impersonal "It" ("It seems that", "It
took about 20 years for") is not marked. `names_again` marks the definite descriptions
("The dogs were brought ...", "The move comes two months after ...") such an item points
back with; `chorus.shown_alone` the other ways such an item leans on the sentence before
it (`leans_back`) and a "he" or "she" met before any name (`unnamed_person`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.language.quotations import QUOTED

PERIODS = (
    "morning|afternoon|evening|days?|week|weekend|month|year|season|time|spring|summer|fall|"
    "autumn|winter|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|"
    "September|October|November|December"
)
"""Words after which an opening "This" or "These" names a time ("This week", "These days"):
the reader's present, not something said before. ("That week" does point back.)"""
_CLAUSE = "the|a|an|he|she|they|we|i|it|you|there|his|her|their|its|our|my|some|many|no|most"
"""Words after which an opening "That" starts a clause ("That he lied is clear")."""
_PARTICIPANTS = "who|whom|whose|with|without|in|at|on|from|under|over|aged|[a-z]+ed"
"""Words after which an opening "Those" names people by what follows ("Those who ran")."""
_SHARES = (
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d[\d,.]*|Some|Many|Most|All|None|Each|"
    "Several|Few|Half|Both|Any|Either|Neither|Much"
)
"""Words that take a share "of those" or "of these" ("Six of those resolutions"),
capitalised as they open a sentence (a case-insensitive group made matching 3× slower)."""

_COUNTS = "two|three|four|five|six|seven|eight|nine|ten"
"""Counts after "All" that number what the sentences before named ("All three movies are
responses to ...")."""

_PAIR_DEEDS = (
    "were|was|are|is|had|have|has|will|would|could|each|both|also|then|later|allegedly|"
    "became|fell|grew|met|threw|hug|went|got|took|made|began|spent|left|sat|ran|won|lost"
)
"""Words after an opening count standing alone for people ("The two were ...", "The pair
threw back vodka shots ..."): a verb or an adverb, not a noun naming which two ("The two
injured officers ...")."""

OPENING = re.compile(
    # An aside in brackets opens the same way: "(This is not to be confused with ...)".
    r"[\s(\[]*(?:"
    rf"(?:This|These)\b(?!\s+(?:{PERIODS})\b)"
    rf"|Those\b(?!\s+(?:{_PARTICIPANTS})\b)"
    rf"|That\b(?!\s+(?:[A-Z]|(?:{_CLAUSE})\b))"
    r"|Such\b"
    rf"|(?:{_SHARES})\s+of\s+th(?:ose|ese)\b"
    rf"|All\s+(?:{_COUNTS})\b(?!\s+(?:{_PARTICIPANTS})\b)"
    r"|Both\s+[a-z]+s\b"
    rf"|The\s+(?:{_COUNTS}|pair|duo|trio)\b(?!-|,\s+[A-Z])(?=,|\s+(?:[a-z]+ed\b(?!\s+[a-z]+s\b)|(?:{_PAIR_DEEDS})\b))"
    r"|With\s+that\b)"
)
_ANYWHERE = (("ince then", "sS"), ("he latter", "tT"))
"""References back that may come anywhere in a sentence ("since then", "the latter"), as
the phrase after its first letter and what that letter may be: found by `str.find` over
the cluster's joined text, two searches instead of four (one regex over the joined text
measured 26× slower)."""


_PRONOUN = re.compile(r"[\s(\[]*(?:He|She|They|His|Her|Their|Its|It)\b")
_IMPERSONAL_IT = re.compile(
    r"It(?:'s|’s|\s+(?:is|was|seems|seemed|appears|appeared|looks|looked|took|takes|helped"
    r"|would take|(?:has|had) been))\s+(?:\S+\s+){0,3}?"
    r"(?:that|to|whether|how|what|why|if|for(?:\s+[^\s,;]+){1,4}?\s+to)\b"
    r"|It\s+(?:has|had)\s+been\s+(?:claimed|reported|said|suggested)\b"
)
"""An "It" that stands for no thing: "It seems that", "It's worth noting that", "It took
about 20 years for the song to", "It has been claimed the captain ...". On the unique items
of the raw validation clusters about one opening "It" in three reads so. A "for" only with
the infinitive it opens ("It's illegal for the IRS to discuss"): without one the "It" is
most often a thing the sentence before names ("It's a typical sight for this neighborhood",
"It was nominated for 14 oscars", "It is a crushing loss for the Safari Park")."""


def opens_with_pronoun(text: str) -> bool:
    """Whether a text opens with a personal or possessive pronoun ("He was later
    released", "Its location appears in books"), an impersonal "It" aside."""
    return bool(_PRONOUN.match(text)) and not _IMPERSONAL_IT.match(text.lstrip("\t\n (["))


def refers_back(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it points back at the sentence before it (see the module
    docstring)."""
    marked = np.fromiter(map(bool, map(OPENING.match, texts)), dtype=bool, count=len(texts))
    joined = "\n".join(texts)
    ends = None
    for phrase, first in _ANYWHERE:
        at = joined.find(phrase, 1)
        while at >= 0:
            if joined[at - 1] in first:
                if ends is None:
                    # Where each text ends in `joined`, counting the newlines between them.
                    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)))
                    ends += np.arange(len(texts))
                marked[np.searchsorted(ends, at, side="right")] = True
            at = joined.find(phrase, at + len(phrase))
    return marked


_EXCLAMATION = re.compile(r"[\"“‘']?[A-Za-z’']+(?:,? [A-Za-z’']+)?!+[\"”’']?\Z")
"""An exclamation of one or two words, a sentence of its own ("Gasp!", "Oh my!")."""
_THAT_IS = re.compile(r"That(?:'s|’s| is)\b")


def says_what_exclaimed(texts: Sequence[str]) -> np.ndarray:
    """Per text: an opening "That's" right after an exclamation of one or two words, telling
    what the exclamation was at ("Gasp!" / "That's life in the Harding family from
    Montgomery, Ala., the self-titled "Brainy Bunch," who boast seven children enrolled in
    college by the time they were 12 years old.", raw validation 3 [2], the only one over raw
    and DUC): the exclamation is no sentence a summary takes, and the line reads alone.
    `refers_back` marks it; selection reads it unmarked (docs/journal/summary.md, "Summary a
    reader sees, hundred-and-eleventh pass")."""
    marked = np.zeros(len(texts), dtype=bool)
    for n in range(1, len(texts)):
        if texts[n].startswith("That") and _THAT_IS.match(texts[n]):
            marked[n] = _EXCLAMATION.match(texts[n - 1]) is not None
    return marked


CONNECTIVES = (
    "However|Thus|Therefore|Hence|Consequently|Accordingly|As a result|As such|Moreover|"
    "Furthermore|In addition|Additionally|Also|Plus|Besides|Still|Yet|Instead|Rather|"
    "Nevertheless|Nonetheless|Even so|Even then|That said|Regardless|Otherwise|Indeed|In fact|"
    "After all|Again|Then again|Similarly|Likewise|In turn|In contrast|By contrast|Conversely|"
    "On the other hand|For example|For instance|In particular|Specifically|Notably|"
    "In other words|In short"
)
"""Connectives that open a sentence, set off by a comma, going on from the one before: a
contrast ("However, hunger does not influence ..."), a consequence ("Thus, the lifetime
cancer risk ..."), an example ("For example, Obama's campaign ..."), an addition ("In
addition, the hospital had ..."). Not "Meanwhile" nor "Of course": those read alone.
`dangling_inside.goes_on_inside` reads them after a sentence's opening words too ("In
Malaysia, for example, ...")."""
_ADJECTIVES_IN_LY = (
    "chilly|early|likely|costly|deadly|friendly|lively|lonely|ugly|only|holy|silly|elderly|"
    "daily|weekly|monthly|yearly"
)
"""Adjectives ending in "-ly", not adverbs: "More chilly, moist air will sweep into the
Northwest ..." (DUC d31024t, a forecast) is more of a thing, not a point weighed."""
_DEGREE = (
    r"(?:(?:But|And|Yet|Or)\s+)?(?:(?:even|perhaps|far|much|and|Even|Perhaps|Far|Much)\s+)?"
    rf"(?:(?:More|more|Less|less)\s+(?!(?:{_ADJECTIVES_IN_LY}),)"
    rf"|(?:Most|most|Least|least)\s+(?!recently,|(?:{_ADJECTIVES_IN_LY}),))[a-z]+ly,"
)
"""An opening adverb of degree in "-ly" weighing a point against one told before, set off
by a comma, after any "But", "And", "Yet" or "Or" ("But more importantly, wavering
Republicans want Trump to provide political cover ...", raw 167, after "Party leaders are
trying to ... secure the votes ... with tweaks ..."; "More broadly, U.S. officials say
...", DUC; "Even more simply, ...", raw 123; "And perhaps most strikingly, ...", DUC). Not
"Most recently," which puts its event last of a series and reads alone ("Most recently,
Oculus raised $75 million ...", raw 169). 11 sentences of raw and DUC, each weighed against
its line before (docs/journal/summary.md, "Summary a reader sees, ninetieth pass")."""
_GOES_ON = re.compile(
    rf"[\s(\[“\"]*(?:(?:{CONNECTIVES}),|{_DEGREE}|And\b|Except\b|Nor\b|Which\b(?![^?]*\?)"
    r"|Also\s+[a-z]+ed\s+(?:was|were|is|are)\b|Instead\s+(?!of\b)"
    r"|So\s+(?!I\b)(?:[A-Z][\w.’'-]*\s+){1,3}[a-z])"
)
"""An opening connective, or an "And" ("And the explosion, though it is slowing, is far from
over."), also inside a quotation's opening mark; an "Except" taking an exception to what was
told ("Except seven of those ten children all went to college by the age of twelve", raw
validation cluster 3), an "Instead" with no comma but for "Instead of" ("Instead I take the
four-inch-long atomizer ...", raw 222, after the coffee it replaces: the one such sentence of
raw and DUC), a "Nor" going on from a denial, a "Which" that is no question ("Which is not
to say this reboot won't also beget sequels.", 70), an "Also" before a deed done again,
inverted ("Also released was a letter that he wrote ...", 121, after the release
of nine calls; "Also adopted was one by McConnell ...", 72; not "Also along for the ride are
...", 46, which reads alone). Not "So" in general: holding it back cost
raw R-1/R-2 0.03-0.09 (docs/decisions.md, stop 30 and stop 32 passes); only a "So" before a
name telling what that person did next ("So Mona Lisa got the idea that she could take an
online college class ...", raw 3, after her daughter outdid her in math; "So Mr. Obama gets
to spend more now ...", 107): the two such sentences of raw and DUC."""


def goes_on(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it goes on from the sentence before it other than by pointing back
    (`refers_back`): an opening connective, "And", "Except", "Nor" or "Which". Read for the
    summary only, where such a sentence waits for the one before it."""
    return np.fromiter((_GOES_ON.match(t) is not None for t in texts), dtype=bool, count=len(texts))


_COUNTED = (
    "strengths?|reasons?|advantages?|problems?|things?|questions?|lessons?|goals?|benefits?|"
    "options?|explanations?|theories|concerns?|ways|factors?|messages?|flaws?|weakness(?:es)?"
)
"""What a count announces ("two reasons", "one great strength"): each told by the lines
after it."""
_CREDITED_BY = "told|said|says|explained|added|argued|noted"
_ANNOUNCES = re.compile(
    r"(?:\b(?:went|go|goes|gone|going)\s+(?:even\s+|much\s+|a\s+step\s+)?further"
    rf"|\b(?:one|two|three|four|five|several|a\s+few|a\s+couple\s+of)\s+(?:[a-z]+\s+)?(?:{_COUNTED})"
    rf"(?:,\s+(?:[A-Za-z]+\s+){{1,3}}(?:{_CREDITED_BY}))?)"
    r"\.[\"”’']?\Z"
)
"""A sentence closing on what it announces and does not tell ("The argument Obama made
Saturday went further.", "... but it had one great strength, I was told.", "... sent the
pills that way to her daughter for two reasons.", raw 221, 224, 215): the sentence after it
tells what."""
_ANNOUNCED = 90
"""Characters read from a sentence's end for `_ANNOUNCES`: past the longest count and credit."""
_ANNOUNCES_LAST = re.compile(rf"\s(?:further|{_COUNTED}|{_CREDITED_BY})\.[\"”’']?\Z")
"""`_ANNOUNCES`' last word, after the space every one of its forms writes before it: read
first, it passes 1,022 of raw validation's 18,183 sentences (", he said."), where
`_ANNOUNCES` would be searched after each closing stop (0.167 → 0.069 ms a cluster)."""
_LAST_READ = 20
"""Characters read from a sentence's end for `_ANNOUNCES_LAST`: past " explanations.”"."""


def _introduces(text: str) -> bool:
    text = text.rstrip()
    if text.endswith(":"):
        return True
    # read from the end only: nearly every sentence closes on something else
    start = max(0, len(text) - _LAST_READ)
    return _ANNOUNCES_LAST.search(text, start) is not None and (
        _ANNOUNCES.search(text, max(0, len(text) - _ANNOUNCED)) is not None
    )


def introduces(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it ends in a colon, introducing what follows ("The Onion has
    updated its story with this funny little tag:"), or closes on what it announces and the
    sentence after it tells (`_ANNOUNCES`): without it, it says nothing."""
    return np.fromiter(map(_introduces, texts), dtype=bool, count=len(texts))


_DEFINITE = re.compile(r"[\s(\[]*The\s+([a-z][\w’'-]*)(?:\s+([a-z][\w’'-]*))?")
"""An opening "The" and the one or two lower-case words after it ("The control room")."""
_ACTS = frozenset(("move", "decision", "incident", "attack", "announcement", "comments", "remarks"))
"""Nouns that stand for what the sentence before tells without repeating its words ("The
move comes two months after rival handbag maker Coach ...", after "Michael Kors agreed to
buy ... Jimmy Choo")."""
_ORDINALS = frozenset(("first", "second", "third", "last", "next", "same", "other", "most"))
"""Words that rank or compare ("The first Model S fire"): written again without pointing
back at the sentence before."""
_VERBS = frozenset(("were", "have", "will", "would", "could", "should", "said", "says", "been"))
"""Verbs after the noun ("The dogs were brought ...") that any sentence before may write:
not compared, nor a second word of three letters or fewer ("of", "was")."""
_WORD = re.compile(r"[a-z][\w’'-]*")
STEM = 5
"""Letters compared, as the similarity's stems are cut: "The document release" after
"Monday's release of documents"."""


def names_again(text: str, before: str) -> bool:
    """Whether a text opens with a definite description of something the sentence `before`
    names ("The dogs were brought to the shelter ..." after "Officials said the dogs ...")
    or of the act it tells ("The move comes ..."): the reader of the text alone cannot tell
    which dogs, which move."""
    match = _DEFINITE.match(text)
    if match is None:
        return False
    first, second = match.groups()
    words = [first, *([second] if second and len(second) > 3 and second not in _VERBS else [])]
    words = [w for w in words if w not in _ORDINALS]
    if not _ACTS.isdisjoint(words):
        return True
    named = stems(before)
    return any(w[:STEM] in named for w in words)


def stems(text: str) -> set[str]:
    """The first `STEM` letters of each of a text's words, lower-cased."""
    return {w[:STEM] for w in _WORD.findall(text.lower())}


_TOKEN = re.compile(r"[\w’'-]+")


def introduced_before(text: str, before: str) -> bool:
    """Whether a text opens with "The" and a noun that the sentence `before` introduced
    with "a" or "an" up to two words ahead of it ("The hitch punctured the electric car’s
    battery pack ..." after "..., a Model S caught fire ... after striking a metal towing
    hitch lying in the road.", raw 143): shown alone, it names a thing the reader was never
    shown."""
    match = _DEFINITE.match(text)
    if match is None or match.group(1) in _ORDINALS:
        return False
    noun = match.group(1)
    if (
        text[match.end(1) : match.end(1) + 2] == ", "
        and text[match.end(1) + 2 : match.end(1) + 3].isupper()
    ):
        # named by its apposition ("The obstetrician, Dr. Barnett Slepian, was killed ...")
        return False
    if noun not in before:
        return False
    words = _TOKEN.findall(before)
    return any(
        word == noun and not {"a", "an"}.isdisjoint(words[max(0, n - 3) : n])
        for n, word in enumerate(words)
    )


_ONE_OF = re.compile(r"\bone\s+of\s+the\s+(?:[\w’'-]+\s+){0,2}?([a-z][a-z-]*[a-rt-z])s\b")
"""One thing picked from several, by the singular of their plural ("on one of the smaller
planes in the Polish government VIP fleet, a Soviet-built Yak 40", raw 224)."""
_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z][a-z-]*?)(?:['’]s)?\b")


def picked_before(text: str, before: str) -> bool:
    """Whether a text writes "the" and a noun, outside its quotations, that the sentence
    `before` picked from several with "one of the" and up to two words ("There was no
    doubting the plane's age, ..." after "... on one of the smaller planes in the Polish
    government VIP fleet, a Soviet-built Yak 40.", raw 224; "He said the writing on the
    valve was proof ..." after "... shows one of the Musashi's valves ...", 163). Shown
    alone, "the plane" reads as the story's own: in 224 the Tu-154 that crashed."""
    # a literal first: "one of the" is in about one sentence in a hundred
    if "one of the" not in before:
        return False
    picked = {match.group(1) for match in _ONE_OF.finditer(before)}
    return any(match.group(1) in picked for match in _THE_NOUN.finditer(QUOTED.sub(" ", text)))


def says_outside_quotes(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` is found in `text` outside its quotations."""
    # the quotations are taken out only where the pattern is found at all
    return pattern.search(text) is not None and pattern.search(QUOTED.sub(" ", text)) is not None
