"""A long subject cut so that a shortened headline keeps its verb: the end of what an opening
subject is said to be ("The Millis police officer who was fired after … has died.") or of the
subject of what a finding says ("A new study suggests the biblical account of … was a bit
premature"), left out and marked, the noun an "and" joins kept before a plural verb; and
whether a cut keeps a verb and what it tells (`keeps_verb`), which every way
`shortening.shortened` leaves a part out asks."""

from __future__ import annotations

import re

from chorus.render.cut_unfinished import AUXILIARY, claimed_subject
from chorus.render.name_cuts import loses_every_name
from chorus.render.phrase_cuts import CUT_MARK, CUT_TRIMS, cut, shut
from chorus.render.phrase_ends import AFTER_WORDS, ends_phrase

# A dash a dateline or an aside is set off by ("PLEASANT HILL -- City Clerk ...").
DASH_IN = re.compile(r"[—–]|-- | - ")
# A cut keeping fewer words than this from the subject's verb on tells that something
# happened and not what ("... Hillary Clinton, flew…", raw validation cluster 192).
_VERB_WORDS = 3


def keeps_verb(text: str, verb_at: int, limit: int, reach: int) -> bool:
    """Whether `text` cut as `cut` cuts it keeps the verb at `verb_at` and the words that
    tell what happened after it."""
    # measured as the cut would end on them, without the comma or dash that closes them
    # ("have broken up," for raw validation cluster 201's "... Taylor Swift and Conor Kennedy
    # have broken up…", whose cut was read to lose "up")
    told = len(" ".join(text[verb_at:].split(" ")[:_VERB_WORDS]).rstrip(CUT_TRIMS))
    return len(cut(text, limit, reach)) - len(CUT_MARK) - verb_at >= told


# A subject held by what is said of it before its verb ("The Millis police officer who
# was fired after ...", "The Fort Wayne mother accused of killing ...", "A 9-year-old boy
# wounded by a gunman who ...", raw validation cluster 75; "A Canadian man who was believed
# to have been in a vegetative state for more than a decade, has been able ...", 125),
# maybe the subject of what someone said ("Federal prosecutors ... said Wednesday that one
# of the men accused of conspiring to bomb the U.S. Embassies ... had met earlier with
# Osama bin Laden", DUC 2003 clusters 1 and 27), then the main verb: an auxiliary or
# "said" after a word (and maybe a comma) that is no clause's own subject ("he was", "who
# was") nor "to". A "that" is read only before a verb in "-s"/"-ed" ("A story that describes
# a gold heist ... could explain", raw 105; "The random shooting spree that ended ...",
# 156): "The revelation that Donald Trump ..." (raw 9) opens a clause of its own. Or a bare
# subject held by "over"/"about"/"against" ("Republican apprehension over President Donald
# Trump's next tweet and fear of ... are undermining ...", raw 167; "of" found a later
# clause's verb: "The identity of the last attacker ... was underway", raw 27).
_MODIFIED_SUBJECT = re.compile(
    r"(?:The |An? |(?<= that )(?:the |one of the ))(?:\w[\w’'-]* ){1,4}"
    r"(?:who|that(?= [a-z]{3,}(?:s|ed)\b)|accused|charged|suspected|convicted|arrested|fired"
    r"|wounded)\b"
    r"|(?!(?:The|An?|After|As|When|While|With|In|At|On|For)\b)[A-Z][a-z]+ [a-z]{3,}(?<!ing)"
    r" (?:over|about|against)\b"
)
# A main clause that tells only what the subject was called: the news is in what the
# subject is said to be ("The random shooting spree that ended the lives of four people
# ... was described as the end of innocence for the Fox Cities.", raw validation 156).
_CALLED = re.compile(r"(?:is|was|are|were) (?:described|called|dubbed|hailed|labell?ed) as\b")
_REPORTED = re.compile(r"[A-Z][^,;:“”\"]{2,60}? (?:said|says)(?: \w+)? that ")
# Read only when a "said"/"says" comes this early: the search costs every long sentence.
_REPORTED_CHARS = 80
# A verb inside a clause set off by commas is that clause's own ("Claremont McKenna College,
# where top administrators were forced out ..., has now reached", raw validation 206).
_IN_CLAUSE = re.compile(r", (?:where|when|who|which|whose)\b[^,]*\Z")
_THAT_CLAUSE = re.compile(r",? that\b")
_VERB = re.compile(r"\b(\w+),? (is|was|were|are|has|have|had|will|would|could|said|says)\b")
# After a clause's own subject ("who was", "he was") or an infinitive's "to" ("believed to
# have been"), an auxiliary is no main verb.
_NO_MAIN_VERB_AFTER = frozenset(
    ("who", "that", "which", "he", "she", "it", "they", "we", "i", "to")
)


def without_modifier(text: str, limit: int, reach: int) -> str | None:
    """`text` with the end of what its opening subject is said to be left out and marked
    ("The Millis police officer who was fired after he was accused of fabricating a
    shootout … has died.", raw validation cluster 246, whose cut ended before "has died"),
    when a cut would end before the main verb and the words after it; or, when a cut within
    the reach keeps the whole subject and what its verb tells, that cut; None when the
    sentence opens otherwise or no main verb is found."""
    reported = _REPORTED.match(text) if " sa" in text[:_REPORTED_CHARS] else None
    opening = _MODIFIED_SUBJECT.match(text, reported.end() if reported else 0)
    if not opening:
        return None
    verbs = _VERB.finditer(text, opening.end())
    verb = next(
        (
            v
            for v in verbs
            if v.group(1).casefold() not in _NO_MAIN_VERB_AFTER
            and not _IN_CLAUSE.search(text, opening.end(), v.start(2))
        ),
        None,
    )
    if verb is None or not shut(text[: verb.end(1)]) or DASH_IN.search(text[: verb.end(1)]):
        return None
    rest = text[verb.start(2) :]
    if keeps_verb(text, verb.start(2), limit, reach) or _CALLED.match(rest):
        return None
    # A cut within the reach that keeps the whole subject and what its verb tells (to the
    # first phrase end, not before a "that" clause it governs) loses only the clause's end:
    # "A 9-year-old boy wounded by a gunman who opened fire and killed his estranged wife at
    # a California elementary school was recovering Wednesday…" (raw validation cluster
    # 75), where the subject cut lost where; not 125's "... has been able to tell scientists…".
    whole = cut(text, reach, reach)
    kept = len(whole) - len(CUT_MARK)
    if kept >= verb.start(2) + _told(rest) and not _THAT_CLAUSE.match(text, kept):
        return whole
    budget = limit - len(f" {CUT_MARK} ") - _told(rest)
    subject = cut(text[: verb.end(1)], budget, budget).removesuffix(CUT_MARK)
    room = reach - len(f" {CUT_MARK} ") - _told(rest)
    subject = _named(subject, text[: verb.end(1)], room)
    subject = _whole_pair(subject, text[: verb.end(1)], verb.group(2), room)
    return f"{subject} {CUT_MARK} {rest}"


def _named(subject: str, whole: str, room: int) -> str:
    """A subject cut keeping a proper name its whole writes, when the `room` the reach
    leaves it holds one ("The young woman who is alleging that Anthony Weiner initiated …
    says ...", raw validation cluster 210, where the cut at the limit, "The young woman who
    is alleging …", left out who the story is about)."""
    if not loses_every_name(whole, subject):
        return subject
    longer = cut(whole, room, room).removesuffix(CUT_MARK)
    return longer if len(longer) < len(whole) and not loses_every_name(whole, longer) else subject


_PLURAL_VERBS = frozenset(("are", "were", "have"))
_PAIRED = re.compile(r" and (?!(?:the |an? )?[A-Z])(?:(?:the|an?) )?[\w’'-]+")
"""An "and" and the first word of a noun it joins; not a name, which joins names inside a
clause or an apposition ("those who opposed Ms. Madikizela-Mandela and the Mandela United
Football Club ...", "The two suspects ..., Abdel Basset Ali al-Megrahi and Lamen Khalifa
Fhimah, were ...", DUC 2003 clusters 16 and 10)."""


def _whole_pair(subject: str, whole: str, verb: str, room: int) -> str:
    """A subject cut keeping the noun its "and" joins before a plural verb ("Republican
    apprehension over President Donald Trump's next tweet and fear … are undermining ...",
    raw validation cluster 167, where the cut before "and" left "apprehension … are"; "...
    71 people who died in landslides in hard-hit Catanduanes island and 41 … were
    electrocuted ...", DUC 2003 cluster 20): the cut runs on to that noun when it ends within
    the `room` the reach leaves the subject before its verb; run on further, the shortened
    text would be cut again and lose its verb."""
    if verb not in _PLURAL_VERBS:
        return subject
    # the last "and" of the subject joins its last noun
    pairs = list(_PAIRED.finditer(whole, len(subject)))
    return whole[: pairs[-1].end()] if pairs and pairs[-1].end() <= room else subject


def without_claimed_subject(text: str, limit: int, reach: int) -> str | None:
    """`text` with the end of the subject of what a finding or a claim says left out and
    marked ("A new study suggests the biblical account of the commanded annihilation … was a
    bit premature, ...", raw validation cluster 89, whose cut ended before "was"), when a cut
    would end before that subject's verb; None when the text claims nothing so
    (`cut_unfinished.claimed_subject`) or the subject cut would keep none of it."""
    subject_at = claimed_subject(text)
    verb = AUXILIARY.search(text, subject_at) if subject_at is not None else None
    if not verb or "," in text[subject_at : verb.start()] or not shut(text[: verb.start()]):
        return None
    if keeps_verb(text, verb.start(), limit, reach):
        return None
    rest = text[verb.start() :]
    # the reach, not the limit, and half the limit at least: what is found is cut after its
    # verb when it would leave the subject no room ("may be predictive of a variety of
    # disorders related to disturbed hormonal balance.", raw validation cluster 123)
    budget = max(reach - len(f" {CUT_MARK} ") - _told(rest), limit // 2)
    subject = cut(text[: verb.start() - 1], budget, budget).removesuffix(CUT_MARK)
    return f"{subject} {CUT_MARK} {rest}" if len(subject) > subject_at else None


def _told(rest: str) -> int:
    """The length of what a clause from its verb on tells: up to its first phrase end past
    its first few words ("says the New York City mayoral candidate repeatedly sent her lewd
    messages", raw validation cluster 210), or all of it."""
    words = rest.split(" ")
    for n in range(_VERB_WORDS, len(words)):
        opening = " ".join(words[:n])
        if ends_phrase(opening, " ".join(words[n : n + AFTER_WORDS])):
            return len(opening)
    return len(rest)
