"""Denials told against reports: a negation its own sentence sets against what was reported
("Top tawyer Robert M. Wallack says, despite the reports, he has not met with Kim to
discuss any divorce") answers a report of another article that tells of the party denying
and shares a word with what is negated ("Star magazine ... has reported that Kim may have
already consulted a 'top divorce lawyer'"), not one that only shares the subject ("This
news gives further weight to reports that the couple are headed for a divorce"). No
denial verb stands there and the negated verb is not the reported one ("met" /
"consulted"), so neither denials.py nor negations.py reads such a pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.claims import ONE_TELLING, denier_words, own_start
from chorus.analyze.denials import DENIAL_SIMILARITY, MAX_CLAIMS_PER_DENIAL
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.analyze.negations import NEGATING, denial_reason
from chorus.analyze.similarity import Similarity, stems
from chorus.analyze.spoken_denials import quoted_clause

COUNTER_WORDS = ("despite", "contrary to")
"""Words, lowercased, a sentence must hold besides "report" for `_COUNTER` to match."""
_COUNTER = re.compile(
    r"\b(?:despite (?:[\w'’-]+ ){0,3}?reports|contrary to (?:[\w'’-]+ ){0,3}?reports?)\b",
    re.IGNORECASE,
)
"""A sentence setting itself against what was reported: "despite the reports", "contrary to
earlier reports", "contrary to a report"; not "despite a report" ("no effort was made to
indict him (despite a report last october that the obama administration was "considering"
indicting him)", Multi-News+ train 17907: what happened since, no answer to it). Only
reports: "despite some sensational speculation by one of the london papers" (train 18389)
or "contrary to Farrow's claims" would cost each story a search for each word: "report"
is searched for anyway, for the reports answered."""
_NEGATION = re.compile(r"\b(?:not|never|no|nothing|none|nor)\b|n['’]t\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?—–]|\s(?:but|and|while|because|although)\s")
"""Where a negated clause, or the reports' own clause after the pointer, ends."""
NEGATED_WORDS = 8
"""Words after a negation that say what is negated ("not met with Kim to discuss any
divorce")."""
NEAR = 15
"""Words that may stand between the pointer and its negation ("despite the reports, he has
not met": 2); a line the splitter left whole runs on into other sentences' negations."""
_REPORTED = re.compile(r"\breport(?!er)", re.IGNORECASE)
"""A report told: "Star reports that", "has reported that", "the times of london reports";
not "the hollywood reporter" (a paper, whose sources' words are no report of what is
negated, Multi-News+ train 5580), nor a rumour or speculation told as such ("rumors began
swirling this week that msnbc was looking to replace ...", train 17965)."""
_NOT_WHAT = frozenset(
    stems("any anyone anything else with to of in on at for yet really fact even just")
    + stems("report reports reported claims claim rumors rumours speculation contrary")
)
"""Stems of a negated clause that name nothing of what is negated."""


def _countered(text: str) -> tuple[int, frozenset[str]] | None:
    """Where the negation of a sentence set against reports starts, with its verb's word
    ("has not met"), and the stems of what it negates: a negation of the pointer's own
    sentence (a line may run several together) outside the pointer's own clause ("despite
    many reports that he had"). None when the sentence sets itself against no reports or
    negates nothing there."""
    lowered = text.lower()
    if not any(word in lowered for word in COUNTER_WORDS):
        return None
    pointer = _COUNTER.search(text)
    if pointer is None:
        return None
    own_end = _CLAUSE_END.search(text, pointer.end())
    inside = range(pointer.start(), own_end.start() if own_end else len(text))
    sentence = own_start(text, pointer.start())
    for negation in _NEGATION.finditer(text):
        at = negation.start()
        if at in inside or own_start(text, at) != sentence or _apart(text, pointer, at):
            continue
        # what is negated ends with its clause, or at the pointer ("he didn't cheat on her
        # despite recent reports that showed ...", Multi-News+ train 35894)
        end = _CLAUSE_END.search(text, negation.end())
        stop = end.start() if end else len(text)
        if pointer.start() > at:
            stop = min(stop, pointer.start())
        words = text[negation.end() : stop].split()[:NEGATED_WORDS]
        # names ("Kim") say whom, not what: every sentence of the story may name them
        named = frozenset(stems(" ".join(w for w in words if w[0].isupper())))
        negated = frozenset(stems(" ".join(words))) - _NOT_WHAT - named
        if negated:
            return _verb_start(text, at), negated
    return None


def _verb_start(text: str, at: int) -> int:
    """Where the words of a negation at `at` start, its verb's with it: "has not met",
    "didn't meet"."""
    word = text.rfind(" ", 0, at) + 1
    return text.rfind(" ", 0, word - 1) + 1 if word == at > 0 else word


def _apart(text: str, pointer: re.Match[str], at: int) -> bool:
    """Whether more than `NEAR` words stand between the pointer and a negation at `at`:
    then the negation is another clause's, of a sentence the splitter left whole."""
    between = text[pointer.end() : at] if at > pointer.start() else text[at : pointer.start()]
    return len(between.split()) > NEAR


def _report(text: str) -> bool:
    """Whether a sentence tells what was reported (`_REPORTED`) and negates, denies or
    counters nothing itself."""
    lowered = text.lower()
    return _REPORTED.search(text) is not None and not any(
        word in lowered for word in (*NEGATING, *COUNTER_WORDS)
    )


def report_conflicts(
    similarity: Similarity, rows: Sequence[int], texts: Sequence[str], lowered: Joined
) -> list[Conflict]:
    """Each negation told against reports with the reports of the story it answers: close
    to it (`DENIAL_SIMILARITY` up to `ONE_TELLING`), telling of the party that denies
    (claims.denier_words: "a 'top divorce lawyer'" of "Top lawyer Robert M. Wallack says
    ... he has not met"), sharing a stem with what is negated and negating nothing
    themselves; at least one of them from another article."""
    # one search of the story for "report" finds both sides: the negations set against
    # reports (one of the 250 raw validation clusters holds one) and the reports
    holding = sorted(lowered.holding(("report",)))
    countered = {n: found for n in holding if (found := _countered(texts[n]))}
    if not countered:
        return []
    sentences = similarity.sentences
    reporting = [n for n in holding if _report(texts[n])]
    conflicts = []
    for n, (start, negated) in sorted(countered.items()):
        denial = rows[n]
        denier = denier_words(texts[n], start)
        answered = sorted(
            (
                rows[m]
                for m in reporting
                if m != n
                and DENIAL_SIMILARITY <= similarity.scores[denial, rows[m]] < ONE_TELLING
                and not negated.isdisjoint(similarity.stems[rows[m]])
                and not denier.isdisjoint(similarity.stems[rows[m]])
            ),
            key=lambda r: -similarity.scores[denial, r],
        )[:MAX_CLAIMS_PER_DENIAL]
        article = sentences[denial].article
        if not any(sentences[r].article is not article for r in answered):
            continue
        quoted = quoted_clause(texts[n], start, _CLAUSE_END, after=start + 1)
        claims = tuple(sentences[r] for r in sorted(answered))
        conflicts.append(Conflict("denial", claims, (sentences[denial],), denial_reason(quoted)))
    return conflicts
