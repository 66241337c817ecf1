"""Whether a cut falls between phrases (`ends_phrase`): right before a word that opens one (a
preposition, a conjunction, a dash) or after a clause of a few words a comma closes; not
inside a pair ("both arms | and both legs"), a complex preposition ("in connection | with"),
a measure of time before what it counts from ("two days | after"), nor right after a
relative clause's modal verb ("that would allow | for"). `render/phrase_cuts.py` reads it to
choose where a headline or a tab title stops; split from it at the 400-line limit (tidy59).
"""

from __future__ import annotations

import re

# Words that open a phrase: a cut just before one ends a phrase ("... Adolf Eichmann |
# for his role"). Not "of" and "to", which bind to the word before ("at the hands of",
# "according to"). A cut never ends on a function word (`lexical.STOPWORDS`) either.
PHRASE_OPENERS = frozenset(
    (
        *("about", "after", "against", "among", "and", "as", "at", "because", "before"),
        *("between", "but", "by", "during", "for", "from", "if", "in", "into", "like"),
        *("on", "or", "over", "since", "than", "that", "through", "under", "until"),
        *("when", "where", "whether", "which", "while", "who", "whom", "whose", "with"),
        *("within", "without"),
    )
)
# "and"/"or" after a participle or an adjective in "-ed"/"-ing" joins it to the next
# word ("the four surviving | and original members", raw validation cluster 44; "was
# intoxicated | and abusive", 12; "discovered | and shut down", 128): no phrase ends there.
_JOINERS = frozenset(("and", "or"))
# A relative clause's modal verb waits for what it governs ("policy changes that would
# allow | for the ordination of gay people", raw validation cluster 106): no phrase ends
# right after it. Not any modal's: "... said Thursday that Mr. Kushner would cooperate"
# then fell back to "... said Thursday…" (raw 219's first sentence).
_AWAITING = re.compile(
    r"\b(?:that|which|who) (?:would|will|could|can|may|might|should|must) [a-z]+$"
)
# Read only at an opening's end: every cut's opening is read.
_AWAITING_CHARS = 40
_CONJUNCTIONS = _JOINERS | {"but"}
_ARTICLES = frozenset(("the", "a", "an"))
# A second subject after "and" and its verb: "and a merchant ship collided".
_SECOND_SUBJECT = re.compile(
    r"(?:and|or) (?:the|a|an) (?:[\w’'-]+ ){1,2}(?:[a-z]+ed|was|were|had|have|has)\b"
)
# The first half of a pair waits for its "and"/"or": "had to get major parts of both arms
# | and both legs amputated" (raw validation cluster 159), "between A | and B".
_PAIR_OPENED = re.compile(r"\b(?:both|between|either)(?: [^ ,;:—–]+){1,3}$")
_PAIR_CHARS = 40
# A complex preposition's first words ("in connection | with the October death of ...",
# raw validation cluster 8) or a word that governs the preposition after it ("and maybe
# away | from gang crossfire", 53; "people familiar | with the matter said", 207): a cut
# before its "with", "for" or "from" leaves the phrase half said.
_GOVERNED = frozenset(("with", "for", "from"))
_GOVERNS = re.compile(
    r"(?:\bin (?:connection|exchange|contact|touch|keeping|line|return|conjunction|accordance"
    r"|preparation|association|tandem|sync|combination|comparison|cooperation|order)"
    r"|\b(?:away|apart|aside|familiar))$"
)
_GOVERNS_CHARS = 30
# A measure of time before the event it counts from ("said Sunday, two days | after the
# president sought to distance himself ...", raw validation cluster 126): cut there, it
# counts from nothing; a cut before the measure ends a phrase ("to buy uniforms | just a
# week before sequestration took effect", 24).
_MEASURED = frozenset(("before", "after", "since"))
_MEASURE = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|\d+)"
    r" (?:second|minute|hour|day|night|week|month|year|decade)s?"
)
_TIME_MEASURE = re.compile(rf"\b{_MEASURE}$")
_MEASURE_AHEAD = re.compile(
    rf"(?:(?:just|only|about|nearly|almost|some|barely) )?{_MEASURE} (?:before|after|since)\b"
)
# How many words after a cut `ends_phrase` reads: the joiner, the subject and its verb.
AFTER_WORDS = 5
GERUND_LETTERS = 6
# A dash, or two hyphens typed for one ("from trying -- for a second time").
_DASHES = ("—", "–", "--")
CLAUSE_END = re.compile(r"[,;:—–]$|[,;:]?[”’\"')\]]$")
CLAUSE_BREAK = re.compile(r"[,;:—–]\s")
# A clause shorter than this is an aside or a name in apposition ("— yes,", ", Kiruna,"):
# a comma after it ends no phrase a headline can stop at.
_CLAUSE_WORDS = 3


def ends_phrase(opening: str, after: str) -> bool:
    """Whether a cut between `opening` and the words `after` it falls between phrases: a
    clause of a few words closed by a comma (or a quotation closed), or a phrase that
    the next word (a preposition, a conjunction, a dash) opens."""
    first = after.split(" ", 1)[0]
    if bare_word(first) in _JOINERS and (
        _joins(opening) or _pairs(opening, after) or _PAIR_OPENED.search(opening[-_PAIR_CHARS:])
    ):
        return False
    if _AWAITING.search(opening[-_AWAITING_CHARS:]):
        return False
    if bare_word(first) in _GOVERNED and _GOVERNS.search(opening[-_GOVERNS_CHARS:]):
        return False
    if bare_word(first) in _MEASURED and _TIME_MEASURE.search(opening[-_GOVERNS_CHARS:]):
        return False
    # The pattern read only when its preposition is among the words after.
    if any(word in after for word in _MEASURED) and _MEASURE_AHEAD.match(after):
        return True
    if bare_word(first) in PHRASE_OPENERS or first.startswith(_DASHES):
        return True
    *before, last_clause = CLAUSE_BREAK.split(opening)
    # An aside after "and," ("wildly influential and, in its own little-movie-that-could
    # way,", raw validation cluster 70) leaves its "and" waiting for what it joins.
    aside = bool(before) and bare_word(before[-1].rsplit(" ", 1)[-1]) in _CONJUNCTIONS
    return (
        bool(CLAUSE_END.search(opening)) and len(last_clause.split()) >= _CLAUSE_WORDS and not aside
    )


def _joins(opening: str) -> bool:
    """Whether an opening ends on a word an "and" after it joins to the next: one in "-ed",
    or in "-ing" that is no noun after an article ("the king", "the building")."""
    before, _, last = opening.rpartition(" ")
    if last.endswith("ed"):
        return True
    noun = before.rpartition(" ")[2].casefold() in _ARTICLES
    return last.endswith("ing") and len(last) >= GERUND_LETTERS and not noun


def _pairs(opening: str, after: str) -> bool:
    """Whether an "and" after an opening joins a second subject to the noun the opening
    ends on, right after its conjunction and an article, and their verb follows ("after the
    warship | and a merchant ship collided off the coast of Japan", raw validation cluster
    244): cut there, the clause names half of who did it and not what happened."""
    words = [bare_word(word) for word in opening.split(" ")[-3:]]
    return (
        len(words) == 3
        and words[0] in PHRASE_OPENERS
        and words[1] in _ARTICLES
        and words[2] == opening.rsplit(" ", 1)[-1].casefold()
        and bool(_SECOND_SUBJECT.match(after))
    )


def bare_word(word: str) -> str:
    """A word without the punctuation around it, lower-cased, to look up."""
    return word.strip("\"'“”‘’()[],;:.!?—–").casefold()
