"""Whether a headline's cut stops before the words it introduces: what someone said, what a
colon announces, the main clause after an opening one, the "but" of "Not only ...", or the
verb of what a finding or a claim says (`unfinished`). `render/shortening.py` makes the cut."""

from __future__ import annotations

import re

from chorus.render.phrase_cuts import CUT_MARK

_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|added|asked|wrote|writes)\b(?:\s+[^\s,;:]+){0,4},?$"
)
"""A report of someone's words that ends a few words after its verb ("A spokesperson for
Conyers told KPRC 2 News"): cut there, before the quotation, it says nothing."""
_QUOTE_OPENERS = ('"', "“", "‘", "'")


_CONDITION = re.compile(
    r"(?:(?:Just|Even) (?:because|if|though)|If|While|Although|Though|Because|Unless|Whereas"
    r"|According to) "
)
_NOT_ONLY = re.compile(r"Not only\b")
"""A "Not only ..., but ..." sentence: its point is the "but" clause ("Not only will Boehner
have to convince more than half of the House’s 240 Republican members to vote in favor of the
bill, but problems lurk within the chamber’s blue seats as well.", raw 112)."""
_MAIN_SUBJECT = re.compile(r", (?:I|you|he|she|it|we|they|the|a|an|this|there)\b")
"""A comma then a subject: where a main clause may open after an opening clause."""


_CLAIMED = re.compile(
    r"[A-Z][^,;:“”\"]{0,60}? (?:suggests|suggested|finds|found|claims|claimed"
    r"|indicates|indicated|argues|argued)(?: that)?"
    r" (?=(?:the|a|an|his|her|its|their) )"
)
"""A finding or a claim whose clause opens on its subject ("A new study suggests the
biblical account of ...", raw validation cluster 89). Not "shows" or "reveals", whose object
is most often a thing ("Chilean television news repeatedly showed the same videotape of
...", DUC 2003 cluster 0)."""
_CLAIM_WORDS = (" suggest", " find", " found", " claim", " indicate", " argue")
AUXILIARY = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|could|can|may|might)\b")
"""A form of "be" or "have" or a modal: the verb that a claimed subject's clause opens on
("... the commanded annihilation of the ancient Canaanite people | was a bit premature")."""
_PAST_AFTER_NOUN = re.compile(r"(?<!\bthe)(?<!\ban)(?<!\ba) [a-z]+ed\b")
"""A word in "-ed" after a noun, the clause's own verb ("Eichmann argued that the judges
ignored his claim ...", raw 23); after an article it is an adjective ("the commanded
annihilation", 89)."""


def claimed_subject(text: str) -> int | None:
    """Where the subject of what a text's finding or claim says opens ("A new study suggests
    | the biblical account of ..."), when no verb of its own ("ignored") follows it before
    the text's first auxiliary; None when the text claims nothing so."""
    # the verbs' own searches first: every cut headline is read
    claimed = _CLAIMED.match(text) if any(verb in text for verb in _CLAIM_WORDS) else None
    if claimed is None:
        return None
    verb = AUXILIARY.search(text, claimed.end())
    end = verb.start() if verb else len(text)
    return None if _PAST_AFTER_NOUN.search(text, claimed.end(), end) else claimed.end()


def _claim_unsaid(opening: str, after: str) -> bool:
    """Whether a cut ends inside the subject of what a finding or a claim says, before its
    verb ("A new study suggests the biblical account of the commanded annihilation of the
    ancient Canaanite people… | at the hands of the invading Israelites was a bit
    premature", raw validation cluster 89): it tells that something was found, not what."""
    subject_at = claimed_subject(opening)
    if subject_at is None or AUXILIARY.search(opening, subject_at):
        return False
    verb = AUXILIARY.search(after)
    return verb is not None and "," not in after[: verb.start()]


def unfinished(shown: str, sentence: str) -> bool:
    """Whether a cut headline stops right before the words someone said ("A spokesperson
    for Conyers told KPRC 2 News…", raw validation cluster 54), or before the colon of
    what it introduces ("... Miami Heat coach Erik Spoelstra has a line…", 226): it tells
    that something was said and not what; or at a comma inside its opening clause, before
    the main clause ("If Syrian President Bashar al-Assad has really carried out a chemical
    attack…", 194; "Just because Obama has ... Reid (D-NV) in agreement…", 112) or its
    credit ("According to University of Leicester archaeologist Simon James, who published
    his findings back in 2009…", 194); or a "Not only ..." cut before its "but" (112); or
    inside the subject of what a finding says, before its verb (`_claim_unsaid`, 89)."""
    if not shown.endswith(CUT_MARK):
        return False
    opening = shown.removesuffix(CUT_MARK)
    after = sentence[sentence.find(opening) + len(opening) :]
    if (
        after.startswith(",")
        and _CONDITION.match(opening)
        and _MAIN_SUBJECT.search(opening) is None
    ):
        return True
    if _NOT_ONLY.match(opening) and " but " not in opening and ", but " in after:
        return True
    if _claim_unsaid(opening, after):
        return True
    rest = after.lstrip(" ,;")
    if rest.startswith(":"):
        return True
    return rest.startswith(_QUOTE_OPENERS) and bool(_SPEECH.search(opening))
