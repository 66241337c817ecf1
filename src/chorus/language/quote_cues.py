"""Which of the quote patterns of `quote_patterns.py` are worth trying on a sentence: a
cheap search for a speech verb, a finding's verb before "that" or a paper's finding rules
out most sentences before any pattern runs (`cued`), and the speech verbs of a sentence
(`cues`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from chorus.language.quote_alternation import by_first_letter
from chorus.language.quote_marks import CLOSE
from chorus.language.quote_pattern_needs import PARTICIPLES
from chorus.language.quote_patterns import PAPER_SUBJECTS, QUOTE_NAMES
from chorus.language.quote_tails import DESCRIBED_AS
from chorus.language.quote_verbs import (
    ARGUING,
    ATTRIBUTING_VERBS,
    FINDINGS,
    OFFERED,
    OPENING_VERB_WORDS,
)

_CUE_WORDS = (
    *(v for v in ATTRIBUTING_VERBS if v != "say"),
    *("according to", "According to", "called", "quoted", "suggests", "posits", "acknowledge"),
    "concluded",
    *("records show", "records showed"),
    "warn",  # of a group only ("Some experts warn that": `_COLLECTIVE_VERB`)
)
_CUE = re.compile(rf"\b(?:{by_first_letter(_CUE_WORDS)})\b")
"""One cheap search that rules out most sentences before the patterns run (grouped by
first letter: 40% cheaper than the flat alternation of ~70 words)."""
_PLURAL_SAY = re.compile(r"[se,]\ssay\b")
""""Say" after a plural ("Critics say", "Police say"), where groups speak, or before its
speaker ("..., say experts.": multi_news-val-1942), not after "I" or "you": a sentence in
four says "say" at all. Searched apart, after a substring test (a
lookbehind in `_CUE` doubled its cost)."""
_PLURAL_TELL = re.compile(r"[se]\stell\s+[A-Z]")
""""Tell" after a plural, before whom: "Law enforcement sources tell TMZ, Kroll's girlfriend
called police ..." (multi_news-val-2404); not "You could tell there was ..."."""
_ARGUING = re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:{by_first_letter(ARGUING)})\b")
"""The participles that say something before a "that", after a comma ("..., arguing that
..."): searched from the comma, a literal the engine finds at C speed (the participles
alone, tried at every position, cost ~0.1 ms a cluster)."""
_AFTER_QUOTATION = re.compile(rf"[{CLOSE}],?\s+(?:(?:the\s+)?\w+\s+)?{OFFERED}\b")
"""The verbs that speak only right after a quotation ("“...,” offered Mickey Hart", "“...!”
she cried", "“...,” the statement read": raw multi_news-val-410), there only: as cues
anywhere, "The new guidelines also offered far less time" spoke with no speaker, and "he"
in the next sentence lost whom it stood for (1745)."""


_DESCRIBED = re.compile(DESCRIBED_AS)
"""Past "described" only before "as" and a quotation: a cue word, it would try every pattern
on each sentence that describes anything."""
_OPENING_VERBS = tuple(f"{verb} " for verb in OPENING_VERB_WORDS)
_FINDING_VERBS = frozenset(FINDINGS)


def _found_that(text: str, at: int) -> bool:
    """Whether a finding's verb stands right before a " that " of the sentence (the first
    at `at`): the word before each " that " looked up (in `_CUE`, the "e" of "estimates"
    was tried at every "e" of every sentence; a substring test for each verb's "... that "
    scanned the sentence once a verb)."""
    while at >= 0:
        if text[text.rfind(" ", 0, at) + 1 : at] in _FINDING_VERBS:
            return True
        at = text.find(" that ", at + 6)
    return False


_PAPER_FOUND = re.compile(rf"\b(?:{'|'.join(PAPER_SUBJECTS)})\s+f(?:ound|inds)\s")
"""A paper's finding without "that" ("The report found women who ...": 4008), searched
only in a sentence that says "found" or "finds" at all."""


def cues(text: str) -> Iterator[re.Match[str]]:
    """The speech verbs of a sentence."""
    yield from _CUE.finditer(text)
    if "say" in text:
        yield from _PLURAL_SAY.finditer(text)


def cued(text: str) -> tuple[str, ...]:
    """The names of the patterns worth trying on a sentence: none without a speech verb
    (the patterns cannot match without one), the participles' with "saying" alone (a
    sentence in two hundred: trying every pattern on those cost 0.1 ms a cluster), which
    still tells that someone spoke ("... issued a statement later saying ...")."""
    if _CUE.search(text) is not None or ("say" in text and _PLURAL_SAY.search(text) is not None):
        return QUOTE_NAMES
    if " tell " in text and _PLURAL_TELL.search(text) is not None:
        return QUOTE_NAMES
    if " put it, " in text or " put it: " in text:
        return QUOTE_NAMES  # "as Navy Adm. Scott Swift, ..., put it, "..."" (4945)
    if " answered: " in text or " went on to add" in text or " went on to say" in text:
        return QUOTE_NAMES  # "Senator Obama answered: “...”" (2145), "went on to add" (5619)
    if ": " in text and (" shouted " in text or " yelled " in text or " screamed " in text):
        return QUOTE_NAMES  # "shouted at his fellow council members: "Everybody get down!""
    if text.startswith(_OPENING_VERBS) and ":" in text:
        return QUOTE_NAMES  # "Adds Weir: “...”": as cue words, capitals cost a try each
    # searched only in a sentence holding a closing mark (in every sentence with no other
    # cue, it cost 2% of finding quotes; a test per verb cost three times the mark's)
    if ("”" in text or '"' in text) and (
        _AFTER_QUOTATION.search(text) or (" described " in text and _DESCRIBED.search(text))
    ):
        return QUOTE_NAMES
    # one scan for " that ", read twice: a scan per test cost what the "tell" test adds
    that = text.find(" that ")
    if _found_that(text, that):
        return QUOTE_NAMES
    if ("found " in text or "finds " in text) and _PAPER_FOUND.search(text) is not None:
        return QUOTE_NAMES
    if "saying" in text or ", telling " in text or ", tweeting" in text:
        return PARTICIPLES
    # no "that" before a clause that quotes: "..., insisting they’re ‘100 per cent safe.’"
    if (that >= 0 or "‘" in text or "“" in text) and _ARGUING.search(text) is not None:
        return PARTICIPLES
    return ()
