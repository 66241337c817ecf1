"""What a sentence must hold before a pattern of `quote_patterns.py` is tried on it: the
words without which each cannot match (`REQUIRED`), what a match of each holds from its
verb on (`TAILS`), searched alone first, and the patterns a sentence whose one speech verb
is ", saying" can match (`PARTICIPLES`). A substring test or a short search fails in
microseconds where the whole pattern would try a speaker at every position."""

from __future__ import annotations

from chorus.language.quote_marks import OPEN
from chorus.language.quote_participles import ADDING, SAYING
from chorus.language.quote_patterns import ACCORDING_TO, OPENING_VERB
from chorus.language.quote_settings import TOLD_AN_ACCOUNT
from chorus.language.quote_tails import (
    ASIDE_TAIL,
    COMMA_VERB,
    CONCLUDING_WORDS,
    RELATIVE_TAIL,
    SAID_STATEMENT,
    VERB_LAST,
    VERB_QUOTE,
    VERB_THAT,
)
from chorus.language.quote_verbs import ARGUING, INVERTED_VERBS

_OPENING_MARKS = tuple(OPEN)
REQUIRED: dict[str, tuple[str, ...]] = {
    "quote, speaker verb": _OPENING_MARKS,
    "quote, verb speaker": _OPENING_MARKS,
    "verb speaker: quote": (":",),  # one test: its ten verbs' cost 3% of finding quotes
    "statement, verb speaker": (*INVERTED_VERBS, "say", "quoted"),
    "statement, speaker verb": (
        *("said", "say", "added", "reported", "reports", "writes", "wrote", "states", "confirmed"),
        *("told", "records show"),
        *CONCLUDING_WORDS,
    ),
    "statement, speaker verb, statement": ("said", "says", "add", "note", "argue", "explain"),
    "connective, speaker verb, statement": (" said, ", " says, ", " added, ", " adds, "),
    "according to speaker, statement": ("ccording to",),  # "According", "But according", ...
    "speaker verb that": ("that",),
    "speaker said statement": ("said", "say", "added", "warned", "stated", "insisted", "alleged"),
    "speaker told statement": ("told", "tells"),
    "group verb statement": (
        *("sa", "estimate", "warn", "found", "find", "conclude", "suggest"),
        *("tell", "told", "alleg", "claim", "state"),
    ),
    "speaker verb quote": (*_OPENING_MARKS, ": '", ": ‘"),
    "speaker ..., adding that": ("adding",),
    "group ..., saying": ("saying", "telling", "tweeting", "writing", *ARGUING),
    "speaker ..., saying": ("saying", "telling", "tweeting", "writing", *ARGUING),
    "relative, speaker said": ("said", "say", "claim"),
}
"""Words without which a pattern cannot match: a substring test is ~100× cheaper than the
unanchored patterns, which try a speaker at every position of the sentence."""
TAILS: dict[str, str] = {
    "statement, verb speaker": COMMA_VERB,
    "statement, speaker verb": rf"\s{VERB_LAST}",
    "statement, speaker verb, statement": ASIDE_TAIL,
    "speaker verb that": rf"\s{VERB_THAT}",
    "speaker said statement": rf"\s{SAID_STATEMENT}",
    # a literal first: the engine finds "told" at C speed, where "\s" stopped at each space
    "speaker told statement": TOLD_AN_ACCOUNT,
    "speaker verb quote": rf"\s{VERB_QUOTE}",
    "relative, speaker said": RELATIVE_TAIL,
    "verb speaker: quote": OPENING_VERB,
    "according to speaker, statement": ACCORDING_TO,
    "speaker ..., adding that": ADDING,
    "group ..., saying": SAYING,
    "speaker ..., saying": SAYING,
}
"""The patterns that try a speaker at every position, by what a match of each holds from
its verb on: a search for that alone, from the verb's first letters, fails in a few
microseconds on the two sentences in three where the whole pattern would fail after
trying every position (~30 µs each). The space every speaker leaves before its verb starts
the search: the engine scans for it in C, where it tried the verbs' letters at every
character (a third of the searches' time). The anchored patterns whose speaker follows
its statement search its verb first too; so do the rarer anchored ones, whose pattern
`quote_hits` then compiles (~5 ms each) only for a sentence that holds its tail."""

PARTICIPLES = ("group ..., saying", "speaker ..., saying")
"""The patterns of a subject that says something as it acts: the only ones a sentence
whose one speech verb is ", saying" can match."""
