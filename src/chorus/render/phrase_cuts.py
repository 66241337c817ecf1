"""Where a headline or a tab title may stop: at a phrase's end (before "in", "who", ... or
after a clause closed by a comma: `render/phrase_ends.py`), never inside a quotation or
brackets when it can be helped, marked with "…"; a cut stopping inside a clause or before a
contrast or a subordinate clause runs on. `render/shortening.py` chooses what to leave out
first."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from chorus.render.phrase_ends import (
    AFTER_WORDS,
    CLAUSE_BREAK,
    CLAUSE_END,
    GERUND_LETTERS,
    bare_word,
    ends_phrase,
)
from chorus.render.spare_words import spare_chars
from chorus.render.wanted_objects import wants_object
from chorus.summarize.lexical import STOPWORDS

CUT_MARK = "…"
# What a cut's opening loses at its end before the mark: the comma or dash it stopped on.
CUT_TRIMS = " ,;:—–-"
# A particle or pronoun a comma closes a clause on ("Taylor Swift and Conor Kennedy have
# broken up, | a close friend ...", raw validation cluster 201): a function word, but the
# clause ends there.
_CLAUSE_CLOSERS = frozenset(
    (
        *("up", "out", "down", "off", "over", "in", "on", "it", "him", "them", "me", "you"),
        *("now", "here", "there", "too", "again"),
    )
)
# A clause a subordinator opened within the cut's last four words ("when a man shot | at a
# group of police officers, injuring two of them", raw validation cluster 94): cut there,
# it tells its subject and maybe its verb, not what was done to whom.
_CLAUSE_OPENED = re.compile(
    r"\b(?:when|while|because(?! of)|since|until|where|whereas|though|although|after|before)"
    r"(?: [^ ,;:—–]+){1,4}$"
)
_CLAUSE_OPENED_CHARS = 50
# Such a clause that has told only its subject ("... ago | when a Roman fort…").
_SUBJECT_ONLY = re.compile(
    r" (?:when|while|because(?! of)|since|until|where|whereas|though|although)"
    r" (?:a|an|the|his|her|its|their)(?: [^ ,;:—–]+){1,2}$"
)
# The word that opens a contrast after a comma ("a "threatened," not "endangered,"
# species"): cut before it, the line tells the first half without what it is set against.
_CONTRAST = "not"
# A clause a subordinator opens with a subject and a verb of its own: "after" ("the injured |
# after the warship and a merchant ship collided off the coast of Japan", raw validation
# cluster 244), "when" ("was approaching his home in the Chechen capital of Grozny | when the
# bomb went off under his Mercedes 600", DUC 2003 cluster 15), "as" ("took center stage in
# the national immigration debate Tuesday | as Homeland Security Secretary Janet Napolitano
# toured the state’s border", raw 182), "while", "because": what brought the main clause
# about or came with it. Not a phrase ("after an accident when he was ...", "after the
# release of ...") nor one a comma closes before the verb ("as a Nazi collaborator, the pope
# also stepped ...", DUC 17), nor a participle's ("after being accused").
_SUBORDINATE = re.compile(
    r"(?:after|when|as|while|because)"
    r" (?:[A-Z][\w’'.-]*|\d[\w,.-]*|(?!being\b|having\b)[a-z][\w’'-]*(?<!ing)(?<!ly))"
    r"(?: (?!(?:to|of|by|for|with|in|on|when|while|who|which|that|where)\b)[\w’'.,-]+(?<!,)){0,5}?"
    r" ((?:[a-z]{2,}ed|was|were|is|are|has|had|have|did|made|took|broke|hit|struck|shot"
    r"|fell|went|came|left|ran|blew|sank|lost|won|became|began|told|said|found|caught"
    r"|gave|got|heard|saw|sent|held|brought|knew)\b)"
)
# Read before the pattern: a cut stops before one of them 497 times in 13,043 sentences.
_SUBORDINATORS = ("after ", "when ", "as ", "while ", "because ")
# A sentence's end inside a run-on ("... when he became attorney general. ``Mr. Vacco
# disbanded ...", DUC 2003 cluster 21): the clause ended before it.
_SENTENCE_END = re.compile(r"[.?!][\"”’'`]* [\"“‘`A-Z]")
_SUBORDINATE_WORDS = 12
# What a verb's object opens on, and the prepositions after which a verb tells its clause
# alone ("collided | off the coast of Japan"): not a particle's "up", "out", "down".
_OBJECT_OPENERS = frozenset(
    ("the", "a", "an", "his", "her", "its", "their", "this", "these", "those")
)
_PREPOSITIONS = frozenset(
    (
        *("about", "across", "against", "along", "among", "around", "at", "before", "behind"),
        *("beside", "between", "beyond", "by", "during", "for", "from", "in", "inside", "into"),
        *("near", "off", "on", "onto", "outside", "over", "past", "through", "toward"),
        *("towards", "under", "until", "upon", "with", "within", "without"),
    )
)
# A "that" clause told as far as its verb (an auxiliary, a modal, a verb in "-ed").
_TOLD_CLAUSE = re.compile(
    r"that (?:[^ ]+ ){0,6}?(?:is|was|were|are|has|had|have|will|would|could|can|may|might"
    r"|must|should|did|[a-z]{2,}ed)\b"
)
# A verb's form right after a preposition or "be" ("in Menasha was described") waits for
# what it governs; not a noun's ("at a Ku Klux Klan gathering").
_VERB_ENDINGS = ("ed", "ing")
_BEFORE_VERB = _PREPOSITIONS | {"is", "was", "are", "were", "be", "been"}
# A plural possessive's apostrophe ("GOP leaders' election-year struggle", raw validation
# cluster 167) is no closing quotation mark: a cut after it leaves its noun unsaid.
_OPEN_ENDINGS = ("'s", "’s", "s'", "n't", "n’t", ".")
# A cut of fewer words tells nothing ("Celli went…"): one inside a quotation tells more.
_FEWEST_CUT_WORDS = 4


# Each way of leaving a part out reads the plain cut of the same text, and the headline
# cuts each candidate twice (at the limit, then within the reach): read once.
@lru_cache(maxsize=256)
def cut(text: str, limit: int, reach: int) -> str:
    """`text`'s longest opening that ends a phrase and is at least half the limit (one stopping
    inside a clause just opened runs on to its end within `reach`, or stops before it:
    `_out_of_clause`; one stopping right before a contrast's "not" runs on past it within
    `reach`: `_past_contrast`; one stopping right before a clause "after", "when", "as",
    "while" or "because" opens with its own subject and verb runs on into it within `reach`:
    `_into_subordinate`), else the longest such within `reach`, else the longest ending on a
    word a phrase can end with."""
    words = text.split(" ")
    # (opening, its number of words), longest first, each leaving room for the mark: those
    # shorter than the reach, sliced where their nth word ends (joining every opening of a
    # long sentence, then dropping those past the reach, was wasted).
    ends = list(accumulate(len(word) + 1 for word in words))
    cuts = [
        (text[: ends[n - 1] - 1], n) for n in range(len(words) - 1, 0, -1) if ends[n - 1] <= reach
    ]
    # The longest phrase end under the limit, else the longest within the reach, read
    # longest first and no further than the first under the limit: each opening read
    # only when reached (most cuts stop at one of the first few). One under the limit that
    # stops inside a clause just opened runs on to the clause's end within the reach.
    past_limit: list[str] = []
    for opening, n in ((o, n) for o, n in cuts if _closed(o)):
        if len(opening) < limit // 2:
            break
        if ends_phrase(opening, " ".join(words[n : n + AFTER_WORDS])):
            if len(opening) < limit:
                whole = (
                    _past_contrast(words[n], past_limit)
                    or _into_subordinate(text, opening, past_limit, reach)
                    or _past_spare(opening, past_limit, limit)
                    or _out_of_clause(opening, past_limit, limit)
                )
                return whole.rstrip(CUT_TRIMS) + CUT_MARK
            past_limit.append(opening)
    longest = next(iter(past_limit), None)
    if longest:
        return longest.rstrip(CUT_TRIMS) + CUT_MARK
    cuts = [c for c in cuts if len(c[0]) < limit]
    closed = [c for c in cuts if _closed(c[0])]
    # A quotation opened early may shut every cut but its first two or three words ("Celli
    # went…", raw validation 139): a cut inside it, on a word a phrase can end with, tells
    # more. A longer opening ("Mr. Oppenheim recalled the conversation:", 130) is a cut
    # the headline's choice reads and passes over.
    if closed and len(closed[0][0].split()) < _FEWEST_CUT_WORDS:
        closed = [(o, n) for o, n in cuts if not _leaves_open(o.rsplit(" ", 1)[-1])]
    fallbacks = [opening for opening, _ in closed or cuts] or [text[: limit - len(CUT_MARK)]]
    return fallbacks[0].rstrip(CUT_TRIMS) + CUT_MARK


def _past_contrast(after: str, past_limit: list[str]) -> str | None:
    """Where the word `after` a cut's opening is "not", opening a contrast after the opening's
    comma ("... designate polar bears as a "threatened," | not "endangered," species", raw
    validation cluster 114): the nearest longer cut of `past_limit` (longest first), which
    tells what the first half is set against; None when the word is another or no longer
    cut is within the reach."""
    if bare_word(after) != _CONTRAST:
        return None
    return next(reversed(past_limit), None)


def _into_subordinate(text: str, opening: str, past_limit: list[str], reach: int) -> str | None:
    """Where a cut after `opening` stops right before a clause a subordinator opens with its
    own subject and verb (`_SUBORDINATE`): the longest longer cut of `past_limit` when it keeps
    the clause's verb and more (the verb alone only before a preposition), else the clause cut
    at its verb's end within `reach` (`_verb_phrase`: "... among the injured after the warship
    and a merchant ship collided…", raw validation 244); None when no such clause opens there,
    its verb's phrase ends past the reach, or that longest cut holds a sentence's end in the
    clause or ends on a preposition (DUC 21's "… attorney general. ``Mr. Vacco …", raw 40's
    "… upon…"): no shorter cut is read."""
    at = len(opening) + 1
    if not text.startswith(_SUBORDINATORS, at):
        return None
    clause = _SUBORDINATE.match(" ".join(text[at:].split(" ")[:_SUBORDINATE_WORDS]))
    if clause is None:
        return None
    verb_end = at + clause.end(1)
    shown = _verb_phrase(text, verb_end)
    longer = next(iter(past_limit), "")
    if len(longer) > verb_end or longer == shown:
        ends_open = bare_word(longer.rsplit(" ", 1)[-1]) in _PREPOSITIONS
        return None if ends_open or _SENTENCE_END.search(longer, at) else longer
    return shown if shown and len(shown) < reach and _closed(shown) else None


def _past_spare(opening: str, past_limit: list[str], limit: int) -> str | None:
    """The nearest longer cut of `past_limit` (longest first), the phrase a cut after `opening`
    stopped before, when it fits in `limit` once the words of `opening` a reader gives up first
    are not counted (`spare_words.spare_chars`: a day it ends on, "on Tuesday", or a generic
    source's attribution it opens on, "Authorities say": "... in a Copenhagen court on Tuesday
    over the death of Swedish journalist Kim Wall…", raw validation 38), or when `opening` ends
    on a noun or verb the phrase gives the object of (`wants_object`: "... for his role | in
    the Holocaust…", 23; "... and for calling | for action", 108), then on through each
    phrase giving the object the one before wants (`_objects_given`). Only a phrase a
    preposition opens, ending on no bare verb (not "... Sunday in Menasha was described…",
    156), or a "that" clause told to its verb ("... said Tuesday that they had been able to
    identify the victims…", DUC 2003 cluster 15; not "... reported Wednesday that three top
    intelligence chiefs…", DUC 10); else None."""
    nearest = past_limit[-1] if past_limit else ""
    fits = bool(nearest) and len(nearest) - spare_chars(opening) < limit
    if not (fits or wants_object(opening, nearest[len(opening) :])):
        return None
    added = nearest[len(opening) :].lstrip(" ,").split(" ")
    if bare_word(added[0]) in _PREPOSITIONS:
        before = bare_word(added[-2]) if len(added) > 1 else ""
        bare_verb = added[-1].endswith(_VERB_ENDINGS) and before in _BEFORE_VERB
        return None if bare_verb else _objects_given(nearest, past_limit)
    return nearest if _TOLD_CLAUSE.match(" ".join(added)) else None


def _objects_given(shown: str, past_limit: list[str]) -> str:
    """`shown`, run on through each next longer cut of `past_limit` (longest first) whose
    phrase gives the object the cut before it ends wanting (`wants_object`: "... and for
    calling for action…" on to "... for action on climate change…", raw validation 108)."""
    for longer in reversed(past_limit):
        if len(longer) <= len(shown):
            continue
        if not wants_object(shown, longer[len(shown) :]):
            break
        shown = longer
    return shown


def _verb_phrase(text: str, verb_end: int) -> str | None:
    """`text` up to the end of the verb ending at `verb_end` and its object: the verb alone
    before a preposition ("collided | off the coast of Japan"), the object an article or a
    possessive opens up to a participle that tells more of it ("caused a South Philadelphia
    rowhome | undergoing extensive renovation to collapse", raw validation cluster 187);
    None before any other word (a pronoun, a name, "to", a particle: "announced | he would
    ...", "shot | himself", "decided | to boycott") or an object that no participle closes
    within its few words. "off" is read as a preposition before an object: "tipped | off the
    investigator" would show a bare verb; "went | off prematurely" shows none."""
    after = text[verb_end:].split(" ")[1 : AFTER_WORDS + 2]
    first = bare_word(after[0]) if after and after[0].islower() else ""
    # "off" before anything but an object is a particle: "went | off prematurely" (DUC 2003
    # cluster 2) tells no more than "went".
    particle = first == "off" and (
        bare_word(after[1] if len(after) > 1 else "") not in _OBJECT_OPENERS
    )
    if first in _PREPOSITIONS and not particle:
        return text[:verb_end]
    if first not in _OBJECT_OPENERS:
        return None
    for n, word in enumerate(after[1:], start=1):
        if word.endswith("ing") and len(word) >= GERUND_LETTERS:
            return text[:verb_end] + " " + " ".join(after[:n])
    return None


def _out_of_clause(opening: str, past_limit: list[str], limit: int) -> str:
    """`opening`, or where a cut after it stops inside a clause a subordinator opened in its
    last few words (`_CLAUSE_OPENED`): the nearest longer cut of `past_limit` (longest first)
    closing that clause with no break between ("... when a man shot at a group of police
    officers," for "... when a man shot", raw validation cluster 94), else, when the clause
    has told only its subject, the opening before it ("... more than 1,700 years ago" for
    "... ago when a Roman fort", 194)."""
    tail = opening[-_CLAUSE_OPENED_CHARS:]
    if not _CLAUSE_OPENED.search(tail):
        return opening
    closing = next((o for o in reversed(past_limit) if CLAUSE_END.search(o)), None)
    if closing is not None and not CLAUSE_BREAK.search(closing[len(opening) : -1]):
        return closing
    before = _SUBJECT_ONLY.sub("", opening) if _SUBJECT_ONLY.search(tail) else opening
    return before if len(before) >= limit // 2 and _closed(before) else opening


def _closed(opening: str) -> bool:
    """Whether a cut after `opening` leaves nothing open: no function word or abbreviation
    at its end (but a particle or pronoun closing its clause with a comma), no quotation
    or bracket inside it."""
    last = opening.rsplit(" ", 1)[-1]
    closes = last.endswith(",") and bare_word(last) in _CLAUSE_CLOSERS
    return (closes or not _leaves_open(last)) and shut(opening)


def _leaves_open(word: str) -> bool:
    """Whether a cut after `word` leaves the reader waiting for the next: a function word,
    a possessive or contraction ("the band's", "haven't"), an abbreviation ("Sen.")."""
    return bare_word(word) in STOPWORDS or word.endswith(_OPEN_ENDINGS)


def shut(opening: str) -> bool:
    """Whether every quotation and bracket an opening opens it also closes: a headline cut
    inside one ("... illegal to accuse “the Polish…", raw validation cluster 120) leaves
    the words quoted without their end."""
    return (
        opening.count("“") <= opening.count("”")
        and opening.count("(") <= opening.count(")")
        and opening.count("[") <= opening.count("]")
        and opening.count('"') % 2 == 0
    )
