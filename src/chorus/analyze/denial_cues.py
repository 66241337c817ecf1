"""Which sentences deny, for denials.py: the cues of a denial ("denied that ...",
"refutes this claim", "rejected the allegations", "fabricated", "never happened") and the
words before a cue that make it none: a passive ("was denied bail"), "refused to confirm or
deny", an aim ("to ensure such an atrocity did not occur"), someone who "fabricated" a
thing, a court's ruling, a negated inference ("does not mean"), a denial taken back or said
by no one. Which claims a denial answers: denials.py.
"""

from __future__ import annotations

import re

from chorus.analyze.claims import NOT_ACTS, taken_back
from chorus.analyze.spoken_denials import SPOKEN

CLAIM_NOUNS = (
    r"(?:reports?|claims?|allegations?|accusations?|charges?|story|account|assertions?|"
    r"characteri[sz]ation|suggestions?|contention)"
)
"""Nouns of what someone said that a denial can point back at."""
POINTER = (
    r"(?:this|these|those|that|such) (?:[\w'’.-]+ ){0,2}(?:reports?|claims?|allegations?|"
    r"accusations?|story|account|assertions?|characteri[sz]ation|suggestions?|contention)"
)
"""A denial pointing back at a claim told before it: "refutes this claim", "disputed that
characterization" (not "dismissed those charges": a judge's act)."""
DENIED = (
    rf"(?:{POINTER}|that|reports?|claims?|allegations?|accusations?|charges?|rumou?rs?|"
    r"wrongdoing|involvement|responsibility|knowledge|any|all|having|being|ever|"
    rf"(?!{NOT_ACTS}\b)[a-z]+ing|"
    r"there (?:was|were|is|are)|"
    rf"(?:the|a|his|her|their|its) (?:[\w'’.-]+ ){{0,3}}{CLAIM_NOUNS}|"
    r"(?:he|she|they|it|we|I) (?:was|were|is|are|had|has|did|knew|ever|\w+ed)\b)"
)
"""What a denial denies: a claim ("denied that ...", "denied the New York Times report",
"denies any wrongdoing", "denied he was Enoch", "refutes this claim") or an act ("denied
drinking alcohol"), not a request or a right ("denied prosecutors' request", "deny a
Democratic successor ... the opportunity")."""
DENIAL_CUES = (
    rf"\b(?:(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing))(?: \w+ly)? {DENIED}|"
    r"(?:reject|dismiss|disput)(?:s|es|ed)?(?: \w+ly)? (?:(?:(?:the|any|all) )?(?:claims?|"
    rf"allegations?|accusations?|reports?)|{POINTER})|fabricat\w+|"
    r"(?:never|did not|didn't) (?:happen|take place|occur)(?! until))\b"
)
DENIAL_WORDS = (
    *("deny", "denie", "refut", "reject", "dismiss", "fabricat", "never"),
    *("did not", "didn't", "disput"),
)
"""Words, lowercased, that a sentence must hold for the denial cues to match (as
claims.ASSERTION_WORDS for the assertion cues)."""
_DENIAL = re.compile(DENIAL_CUES, re.IGNORECASE)
_NOT_DENYING = re.compile(
    r"(?:\b(?:be|been|being|was|were|is|are|get|gets|got|not|never)|n['’]t)\s+(?:\w+ly\s+)?$", re.I
)
"""Before a denial cue, a passive ("will be denied entry", "was denied bail") or a negation:
"the prince did not deny killing abdulaziz" (Multi-News+ train 1853)."""
_AIM = re.compile(
    r"\b(?:ensur\w*|make sure|made sure|making sure|so that|to prevent)\b[^,;.]*$", re.I
)
"""Before a denial cue, an aim, not a denial: "took reasonable steps to ensure such an
atrocity did not occur"."""
_SOMEONE = re.compile(r"\b(?:he|she|they|who|had|has|have)\s+[\"“]?\s*$", re.IGNORECASE)
"""Before "fabricated", someone who did it: "investigators said she "fabricated " ... her
research" accuses, where "the quotes were fabricated" denies."""
_MADE_UP = re.compile(r"fabricat\w+ (?:an?|some) ", re.IGNORECASE)
""""Fabricated" making a new thing: "her boss, michael garner, fabricated a performance
review" accuses him (Multi-News+ train 39915), where "the u.s. Fabricated them" calls
what was told made up."""
_RULING = re.compile(r"\b(?:judges?|courts?|justices?)\b[^,;.]*$", re.IGNORECASE)
"""Before "dismissed"/"rejected", a court: a ruling on a suit's claims ("a u.s. judge on
tuesday dismissed claims against saudi arabia", Multi-News+ train 30711), not one side's
denial."""
_UNDECIDED = re.compile(r"\bconfirm(?:s|ed)?\s+(?:or|nor)\s+$", re.IGNORECASE)
"""Before a denial verb, an answer that denies nothing: "refused to confirm or deny"."""
_DOUBTED = re.compile(
    r"\b(?:not|n['’]t|never)\s+(?:\w+ly\s+)?(?:mean|prove|show|suggest)s?\b[^,;.]{0,40}$",
    re.IGNORECASE,
)
"""Before a denial, a negated inference: "the fact investigators could not find evidence of
the rape does not mean it didn't happen" (Multi-News+ train 34635) denies nothing."""


def _unspoken(text: str, match: re.Match[str]) -> bool:
    """Whether a denial with no denial verb ("did not occur", "never happened") is no one's:
    its sentence reports no one saying it (spoken_denials.SPOKEN), as a narrator's or a study's
    "divergence in drinking habits did not occur for any measure" (Multi-News+ train
    10933). No pair the gold judged right was such a denial."""
    bare = match.group().lower().startswith(("never", "did"))
    return bare and not any(word in text for word in SPOKEN)


def denial_in(text: str) -> re.Match[str] | None:
    """A denial of a claim in the sentence, not a passive ("was denied bail"), "refused to
    confirm or deny", an aim, "she fabricated", a court's ruling, one after "does not
    mean" (`_DOUBTED`) nor one taken back or no one's (`_unspoken`)."""
    for match in _DENIAL.finditer(text):
        start = match.start()
        undecided = _UNDECIDED.search(text, max(0, start - 20), start)
        aim = _AIM.search(text, max(0, start - 60), start)
        accused = match.group().startswith("fabricat") and (
            _SOMEONE.search(text, 0, start) or _MADE_UP.match(text, start)
        )
        ruling = match.group()[:3].lower() in ("dis", "rej") and _RULING.search(
            text, max(0, start - 60), start
        )
        back = (
            taken_back(text, match.end())
            or _unspoken(text, match)
            or _DOUBTED.search(text, max(0, start - 60), start)
        )
        if not (
            _NOT_DENYING.search(text, 0, start) or undecided or aim or accused or ruling or back
        ):
            return match
    return None
