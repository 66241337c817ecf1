"""Who two sentences credit, where that is all that links them: one official's two facts
each ending with the official's credit.

A credit opens or ends a sentence (", Delaware County District Attorney Jack Whelan
said.", "According to UCPD Chief Mitch Celaya, ...", "Bob Dole says ...") or follows the
quotation opening it ("“I doubt it,” he said on “Fox News Sunday” when asked ..."); two
sentences whose own words in common are all in their credits (a show's name, the question
asked), and that share few words besides, tell two facts of one source, or two remarks
made on one show.

A sentence closing "according to" a source the other's article never names (The Washington
Post's Jennifer Rubin, raw 36) tells that source's claim, which a sentence it shares one
own word with at a low score does not.

One speaker's two remarks and a remark's copy are `quoted_remarks.py`'s; two sentences
linked by who acts alone, an unnamed "They" or a role, `agreement_actors.py`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.similarity import stems
from chorus.model import Sentence

_NO_VERB = r"(?:(?!\b(?:is|are|was|were|has|have|had|will|that)\b)[^,])"
_CREDIT = re.compile(
    r",\s+([^,]{1,80}?\b(?:said|says|told|confirmed)(?:\s+(?:at|in|on|during)\s[^,]{1,40}?|\s+\w+day)?"
    r"|according to [^,]{1,80}"
    rf"|sa(?:id|ys)\s(?!\w+day\b)[A-Z]{_NO_VERB}{{1,60}}(?:,\s{_NO_VERB}{{1,80}})?)[.”\"’']*$"
)
"""A credit that ends a sentence: ", Delaware County District Attorney Jack Whelan said.",
", according to ... Jack Whelan.", "..., UC police Chief Mitch Celaya said at a news
conference." (where and when it was said), or its verb first, a capitalised speaker and who
they are, no verb (`_NO_VERB`) nor day: ", said Kelly Keyes, an Orange County supervising
deputy coroner." (raw 157), not what one named before says (", said four rebels were
killed.", raw 76; ", says ... Hervé Le Bras, demography has been steeped ...", raw 45)."""
_OPENING_CREDIT = re.compile(r"[\s(\[]*According to ([^,]{1,80}),\s")
"""A credit that opens a sentence: "According to UCPD Chief Mitch Celaya, officers arrived
..." (raw 189)."""
_OPENING_QUOTATION = re.compile(r"[\s(\[]*[“\"]([^“”\"]{4,})[”\"],?\s+")
_CREDITING = re.compile(r"\b(?:said|says|told|wrote|writes|added)\b")
_QUOTATION_AFTER = re.compile(r"[.:]\s*[“\"]")
_CREDIT_REACH = 150
"""A quotation opening a sentence, a verb crediting it within _CREDIT_REACH characters after
it, and its credit to the sentence's end or to a quotation the credit introduces: "“I doubt
it,” he said in an interview aired on “Fox News Sunday” when asked if ...", "“What I need
is ...,” she said on CNN's “State of the Union.”" (raw 86): the show, the asking and the
speaker tell where and who, the quotation what. A speaker's role and place may run long
before the verb: "“We were surprised at ...,” the lead researcher, William Copeland, a
clinical psychologist and epidemiologist at Duke University in Durham, N.C., said in a
statement." (raw 190, 125 characters; 110 left it uncredited, and his other remark, "lead
author ... at Duke University", linked to it by the credits' words alone)."""
_ASIDE = re.compile(r"\s[-–—]\s.*?\s[-–—](?=\s|$)")
_NO_SPEAKER = re.compile(r"[,;:“”\"]")
_SPEAKER_LENGTH = 80
"""A speaker who opens a sentence by saying its clause, in at most _SPEAKER_LENGTH
characters and no comma but in an aside set off by dashes: "Former Senate Majority Leader
Bob Dole says he doesn't believe he could make it ...", "The Kansas Republican - who served
27 years in the Senate, ... - said Congress' current dysfunction is hard to believe." (raw
86)."""
_SAYS = re.compile(r" sa(?:ys|id) ")
_TOLD = re.compile(
    r"([A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}, [^,;:“”\"]{3,100},) "
    r"(?:(?:earlier|later|also) )?(?:told|sa(?:id|ys)(?: \w+day)?(?: that)?) "
)
"""A speaker in at most four words and an aside on them set off by commas (a name and who
they are, or who they are and their name), telling someone a sentence's clause or saying it,
with the day: "Anond Snidvongs, of Thailand's Geo-Informatics and Space Technology
Development Agency, told the BBC the objects ranged from 2m to 15m ..." (raw 209), "Hayes'
attorney, John Fuller, said Monday that his client was involved in a hit-and-run ..." (raw
32), "Rami Abdel Rahman, the head of ... (SOHR), earlier said that ..." (raw 76)."""
_SAID_WHEN = (", earlier said ", ", later said ", ", also said ")
"""A speaker's verb after a word of when, tested before `_TOLD`'s match."""
_OPENING_REACH = 300
"""Characters from a sentence's start within which such a speaker's verb is looked for past
an aside."""
_CREDIT_VERBS = ("said", "says", "told", "confirmed", "according to")
"""What an ending credit holds, tested before its pattern's search."""
_CREDIT_TAIL = 140
"""The longest credit `_CREDIT` reads, its comma and closing marks."""
CREDITED_APART = 3
"""Fewest stems two credited sentences share before their credits to tell one fact: the
raw clusters' pairs credited alike that share none (95's charge and gunman, 208's donation
cap and a candidate's sum, 209's insurers and envoy by Xinhua) tell two; 29's light flashes
and jet lag (six stems) and 145's young adults living with their parents (five) one."""


def credited_alike(a: str, b: str, shared: set[str]) -> bool:
    """Whether every own word two sentences share (none, for a pair linked by its score) is in
    the credits that open or end both, which share a word, and the sentences, their
    credits aside, share fewer than CREDITED_APART stems: one source tells two facts
    ("If he survives, he will be charged Friday with murder, ... Jack Whelan said." /
    "The gunman, identified as Richard Plotts, ... according to ... Jack Whelan.":
    multi_news-val-4840; "According to UCPD Chief Mitch Celaya, officers arrived ... at
    2:19 p.m." / "The suspect entered the business school ..., UC police Chief Mitch
    Celaya said at a news conference.": raw 189; "“I doubt it,” he said in an interview
    aired on “Fox News Sunday” ..." / "“It's bent pretty badly,” he said on “Fox News
    Sunday” ...": raw 86)."""
    credit_a = _credit(a)
    if credit_a is None or (shared and not _may_hold(credit_a[0], shared)):
        return False
    credit_b = _credit(b)
    if credit_b is None or (shared and not _may_hold(credit_b[0], shared)):
        return False
    credited = _stem_set(credit_a[0]) & _stem_set(credit_b[0])
    if not credited or not shared <= credited:
        return False
    return len(_stem_set(credit_a[1]) & _stem_set(credit_b[1])) < CREDITED_APART


_CREDITED_WITHIN = re.compile(r"\baccording to ([^,;]{1,80})")
"""A credit anywhere in a sentence, to its next comma: "He was 14 years old at the time,
according to the Denver District Attorney’s Office, though ..." (raw 59)."""
ATTRIBUTED_LEFT = 2
"""Fewest stems two sentences share outside the credits both give to tell one fact, when
an own word they share lies in both credits: raw 59's "..., according to the Denver District
Attorney’s Office, though an affidavit for Hernandez's arrest says ..." / "... led to Kuisis’
arrest in early September, according to a release from the Denver district attorney’s
office." share "arrest" alone besides, two people's arrests."""


def attributed_alike(a: str, b: str, shared: set[str]) -> bool:
    """Whether own words two sentences share lie in the credits both give (one opening or
    ending each, or "according to" anywhere) and, their credits aside, the two share fewer
    than ATTRIBUTED_LEFT stems: who said it is no fact, and one word left is none either."""
    credited = _credited(a)
    if credited is None or shared.isdisjoint(credited[0]):
        return False
    other = _credited(b)
    if other is None or shared.isdisjoint(credited[0] & other[0]):
        return False
    return len(credited[1] & other[1]) < ATTRIBUTED_LEFT


@lru_cache(maxsize=4096)
def _credited(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The stems of the credits a sentence gives and of the rest of it, or None without one;
    a substring test spares most sentences the patterns, once a sentence."""
    found = _credit(text)
    if found is None and "ccording to" not in text:
        return None
    credits, rest = (found[0], found[1]) if found is not None else ("", text)
    within = list(_CREDITED_WITHIN.finditer(rest))
    if found is None and not within:
        return None
    credits += " ".join(match[1] for match in within)
    return _stem_set(credits), _stem_set(_CREDITED_WITHIN.sub(" ", rest))


@lru_cache(maxsize=4096)
def _stem_set(text: str) -> frozenset[str]:
    """A credit's stems, or the rest's, once a sentence: a sentence crediting someone meets
    several others in `agreed`."""
    return frozenset(stems(text))


def _may_hold(credit: str, shared: set[str]) -> bool:
    """Whether a credit's letters hold every stem `shared` (its stems may then hold them):
    a substring test spares most pairs the stems."""
    lowered = credit.lower()
    return all(stem in lowered for stem in shared)


@lru_cache(maxsize=4096)
def _credit(text: str) -> tuple[str, str] | None:
    """The credit that opens or ends a sentence (`_OPENING_CREDIT`, `_CREDIT`), follows the
    quotation opening it (`_quoted_then_credit`) or is a speaker saying its clause
    (`_speaker_says`), or with an aside on them saying it or telling someone it
    (`_speaker_told`), and the rest of it; the end is searched in its last _CREDIT_TAIL
    characters and only when they hold its verb: tried on every linked pair sharing an own
    word, the search of whole sentences cost agreed() ~10%. Read once a sentence, which
    meets several in `agreed`."""
    opening = text.lstrip(" ([")
    if opening.startswith("According to "):
        found = _OPENING_CREDIT.match(text)
        if found is not None:
            return found.group(1), text[found.end() :]
    if opening.startswith(("“", '"')):
        return _quoted_then_credit(text)
    start = max(0, len(text) - _CREDIT_TAIL)
    tail = text[start:]
    if any(verb in tail for verb in _CREDIT_VERBS):
        ending = _CREDIT.search(text, start)
        if ending is not None:
            return ending.group(1), text[: ending.start()]
    return _speaker_says(text) or _speaker_told(text)


def _quoted_then_credit(text: str) -> tuple[str, str] | None:
    """The credit after a quotation opening a sentence, and the quotation."""
    quoted = _OPENING_QUOTATION.match(text)
    end = quoted.end() if quoted is not None else 0
    if quoted is None or _CREDITING.search(text, end, end + _CREDIT_REACH) is None:
        return None
    after = _QUOTATION_AFTER.search(text, end)
    return text[end : after.start() if after else len(text)], quoted.group(1)


def _speaker_told(text: str) -> tuple[str, str] | None:
    """The speaker and aside opening a sentence by telling someone its clause or saying it
    (`_TOLD`), and the clause; substring tests spare most sentences the pattern."""
    if (
        text.find(" told ", 0, _OPENING_REACH) < 0
        and text.find(", said ", 0, _OPENING_REACH) < 0
        and text.find(", says ", 0, _OPENING_REACH) < 0
        and not any(text.find(when, 0, _OPENING_REACH) >= 0 for when in _SAID_WHEN)
    ):
        return None
    found = _TOLD.match(text)
    return (found.group(1), text[found.end() :]) if found is not None else None


def _speaker_says(text: str) -> tuple[str, str] | None:
    """The speaker opening a sentence by saying its clause, and the clause."""
    # the verb's letters first, past a speaker's length only after a dash that may open an
    # aside: searches for them spare most sentences the pattern
    near = text.find(" sa", 1, _OPENING_REACH)
    if near < 0:
        return None
    opening = text[: _SPEAKER_LENGTH + 2]
    dashed = " - " in opening or " — " in opening or " – " in opening
    reach = _OPENING_REACH if dashed else _SPEAKER_LENGTH + 8
    verb = _SAYS.search(text, near, reach) if near < reach else None
    if verb is None:
        return None
    speaker = text[: verb.start()].lstrip(" ([")
    bare = _ASIDE.sub("", speaker) if dashed else speaker
    if not bare[:1].isupper() or len(bare) > _SPEAKER_LENGTH or _NO_SPEAKER.search(bare):
        return None
    clause = text[verb.end() :]
    return speaker, clause.removeprefix("that ")


_ACCORDING = re.compile(r"according to ((?:[A-Z][\w.'’-]*\s*|the |of |’s |'s )+)[^.]*\.?$")
"""A credit closing a sentence, "according to" a source named in capitals: "..., according to
The Washington Post's Jennifer Rubin, a conservative blogger."."""
_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}")


def credited_unnamed(a: Sentence, b: Sentence) -> bool:
    """Whether one of two sentences closes crediting what it says to a named source
    (`_ACCORDING`) whose name the other's article never writes: linked by one own word at a
    low score, the other tells the story, not that source's claim ("Jim DeMint might be
    quitting to run a think tank, but he's no thinker, according to The Washington Post's
    Jennifer Rubin, ..." / "DeMint announced Thursday he was leaving the Senate to become
    president of the Heritage Foundation, a conservative think tank.", raw 36)."""
    for credited, other in ((a, b), (b, a)):
        if "according to" not in credited.text:
            continue
        credit = _ACCORDING.search(credited.text)
        names = set(_NAME_WORD.findall(credit[1])) - {"The"} if credit else set()
        if names and not any(name in other.article.text for name in names):
            return True
    return False
