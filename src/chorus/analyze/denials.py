"""Denials and the claims they answer, one of the three kinds of conflicts.py: a claim and a
denial of it ("France has proof" / "Moscow ... denied that any gas attack took place"),
the claim sharing a word with what is denied; a denial that points back at a claim
("UNFPA refutes this claim") answers what another article reports said of the denier.
Which sentences claim, and which claims a denial answers by what it names: claims.py;
which sentences deny (a denial's cues and what makes one none): denial_cues.py; spoken
negations with no denial verb ("never asked Mr. Comey"): negations.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.claims import (
    ASSERTION_WORDS,
    ATTRIBUTION_WORDS,
    DENIAL_STEMS,
    ONE_TELLING,
    OWN_ACT,
    SENTENCE_END,
    SIDES_WITH_DENIER,
    accusing_denier,
    asserts,
    attributed,
    claim_answers,
    claiming,
    others_claims,
    own_start,
    sides_told,
    told_alone,
)
from chorus.analyze.denial_cues import CLAIM_NOUNS, DENIAL_WORDS, POINTER, denial_in
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.analyze.negations import NEGATING, denial_reason
from chorus.analyze.similarity import Similarity, stems
from chorus.analyze.spoken_denials import quoted_clause
from chorus.model import Sentence

DENIAL_SIMILARITY = 0.15
"""A denial and the claim it denies share few words ("proof chemical weapons were used"
vs "denied that any gas attack took place" scores 0.20–0.24 on the seeds; "Lerner, who
has denied any wrongdoing" vs "evidence that Lois Lerner may have violated ..." 0.16): the
cue words and a word shared with what is denied carry the rest."""
MAX_CLAIMS_PER_DENIAL = 3
_CLAUSE_END = re.compile(
    rf"[,;:]|\.\.\.|…|{SENTENCE_END.pattern}|\s(?:while|because|although|though|whereas|whose)\s"
)
"""Where what a denial denies ends; an ellipsis too: a cut caption runs on into the next
line ("when he denied ever using... ( associated press ) u.s. District judge ..."); and a
clause of its own after "while", "because" ... ("dismiss reports that 8-year-old sisters
finley and harper had been taken into foster care while their father is accused of having
... images of children": the children and the father are not what she denies); and one
describing whom it names ("denied allegations that he consorted with prostitutes during trips
... with a longtime friend and campaign donor whose south florida office was raided by the
fbi": the raid is not what he denies, Multi-News+ train 16361)."""
_FABRICATED_THING = re.compile(
    r"fabricated\s+(?!(?:them|it|him|her|the|a|an|his|their|its|this|that|these|those|by|"
    r"and|or|to|in|on|as)\b)([a-z][\w'’-]*)",
    re.IGNORECASE,
)
""""Fabricated" before a noun: the thing it calls made up is all it denies ("the tabloid eds
who frothed ... over the fabricated feud were just handed a new ... headline after both
actresses ..." denies a feud, not the actresses' bids for a role, Multi-News+ train 31586;
"called them fabricated quotes"), where "Fabricated them in ..." denies its clause."""
_DENIAL_END = re.compile(r"[,;:.]|\s(?:and|but)\s")
"""Where the words a denial denies end, for quoting: "denied he was Enoch and said ..."."""
_POINTER = re.compile(POINTER, re.IGNORECASE)
REPORTED_WORDS = ("said", "says", "accus", "alleg", "according to", '"', "“")
"""Words, lowercased, of a sentence that reports what someone said or alleged."""
_ON_BEHALF = re.compile(
    r"\w+(?: \w+ly)? (?:that )?(?:his|her|their) (?:clients?|sons?|daughters?|husband|wife)\b",
    re.IGNORECASE,
)
"""A denial said for someone the sentence does not name ("his lawyer ... denied that his
client had any connection to terrorist activities"): who that is lies in another sentence,
so the claims it answers cannot be told from the words it shares (DUC d30005t, d31038t:
evidence of bin Laden's own "involvement in terrorist activity")."""
_CLAIM_OBJECT = re.compile(
    rf"\s(?:(?:the|a|his|her|their|its|any|all) (?:[\w'’.-]+ ){{0,3}})?"
    rf"(?:{CLAIM_NOUNS}|rumou?rs?)$",
    re.IGNORECASE,
)
"""A denial whose object is only a claim noun ("denied the allegations", "has routinely
denied the charges", "denied the New York Times report"): what is claimed was told
elsewhere, and the words after it are another act ("... and accused Turkey of plotting")."""
_WHOSE_CLAIM = re.compile(
    r"\s+(?:(?:presented|made|contained|raised|levell?ed)\s+)?(?:in|by)\s+"
    r"(?:[\w'’.-]+\s+){0,4}?(?:complaint|lawsuit|suit|filing|book|report|article)\b",
    re.IGNORECASE,
)
"""After a claim noun, whose claims they are: "disputes the allegations presented in mr.
Buckingham's complaint" denies what the complaint alleges, told nowhere else, not that
Buckingham sued (Multi-News+ train 14090)."""
_EARLIER = re.compile(r"\b(?:had|initially|originally|previously|at first)\s+(?:\w+ly\s+)?$", re.I)
"""Before a denial verb, a denial told as past: "The company had flatly denied it was
responsible" (Multi-News+ train 19509, whose article tells Norilsk Nickel "has admitted")."""
_BLAMED = re.compile(r"\bblam(?:e|es|ed|ing) ([a-z][\w'’-]*) (?:for|over)\b", re.IGNORECASE)
"""Whom a claim blames: "blamed israel for a deadly attack"."""
_ADMITTED = re.compile(r"\b(?:admit|acknowledg|conced|confess)\w*", re.IGNORECASE)
_GENERAL_OBJECT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:any\s+|all\s+)?(?:wrongdoing|involvement|responsibility|knowledge|"
    r"allegations?|accusations?|charges?)\b",
    re.IGNORECASE,
)
"""After a denial verb, an object in general (`_denies_generally`)."""


def _taken_back_later(sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a denial told as past (`_EARLIER`) stands in an article that tells an
    admission: one account of a changed position, no dispute between sources."""
    text = sentence.text
    earlier = _EARLIER.search(text, max(0, match.start() - 40), match.start())
    return earlier is not None and _ADMITTED.search(sentence.article.text) is not None


def _blaming_others(
    text: str, match: re.Match[str], claims: list[int], sim: Similarity
) -> list[int]:
    """The claims a denial of the denier's own act answers, but those blaming someone its
    sentence does not name for it ("The us and france both denied attacking the t-4
    airfield" answers no "russia ... blamed israel for a pre-dawn missile attack",
    Multi-News+ train 24515); all of them when a pronoun denies."""
    denier = frozenset(stems(text[own_start(text, match.start()) : match.start()])) - DENIAL_STEMS
    if not denier:
        return claims
    return [
        r
        for r in claims
        if not any(
            denier.isdisjoint(stems(blamed.group(1)))
            for blamed in _BLAMED.finditer(sim.sentences[r].text)
        )
    ]


def _denial_words(text: str, match: re.Match[str]) -> str:
    """The denial as the reason quotes it: from its verb to the end of what it denies
    ("denied that any gas attack took place"), at most `QUOTED_WORDS` words."""
    return quoted_clause(text, match.start(), _DENIAL_END, after=match.end())


def _denied(text: str, match: re.Match[str]) -> frozenset[str]:
    """The stems of what a denial denies: the thing "fabricated" qualifies, its clause from
    the cue on, or, when that names nothing of its own ("denied any wrongdoing"), who
    denies: the claims it answers are the ones made about them."""
    thing = _FABRICATED_THING.match(text, match.start())
    if thing:
        return frozenset(stems(thing.group(1)))
    end = _CLAUSE_END.search(text, match.end())
    denied = frozenset(stems(text[match.start() : end.start() if end else len(text)]))
    who = text[own_start(text, match.start()) : match.start()]
    return (denied - DENIAL_STEMS - _PREPOSITIONS) or (frozenset(stems(who)) - DENIAL_STEMS)


_PREPOSITIONS = frozenset(stems("during between over since before until against among within"))
"""Words of what is denied that name nothing of it: shared with a claim, "during" showed
nothing ("consorted with prostitutes during trips" / "removes evidence during raid")."""


def _claim_only(text: str, match: re.Match[str]) -> bool:
    """Whether a denial's object is a claim noun and no more: its clause ends there ("denied
    the charges, although ...", "denied the allegations and accused ..."), or after whose
    claims they are (`_WHOSE_CLAIM`), not "deny rumors he had fled to Venezuela"."""
    if _CLAIM_OBJECT.search(match.group()) is None:
        return False
    whose = _WHOSE_CLAIM.match(text, match.end())
    end = whose.end() if whose else match.end()
    return end == len(text.rstrip()) or _DENIAL_END.match(text, end) is not None


def _denies_generally(text: str, match: re.Match[str]) -> bool:
    """Whether a denial's object is wrongdoing, knowledge, allegations in general ("denied
    wrongdoing in the case", "denied any knowledge of the motor", "denied allegations that
    ..."): it answers accusations, not what someone "confirmed" (a settlement, a phone call,
    a motor found in her bike)."""
    verb_end = match.start() + len(match.group().split()[0])
    return _GENERAL_OBJECT.match(text, verb_end) is not None


def _said_of(text: str, denied: frozenset[str]) -> bool:
    """Whether a sentence reports what someone said of what a denial denies: a speech verb
    or a quotation mark, what is denied named after it (not "UNFPA said it regrets"), and
    no negation or denial of its own."""
    lowered = text.lower()
    at = [found for word in REPORTED_WORDS if (found := lowered.find(word)) >= 0]
    if not at or any(word in lowered for word in NEGATING):
        return False
    return not denied.isdisjoint(stems(text[min(at) :]))


def _reports(
    rows: Sequence[int],
    denial: int,
    denied: frozenset[str],
    similarity: Similarity,
    claims: set[int],
) -> list[int]:
    """The rows, besides the claims, that a denial pointing back at a claim ("refutes this
    claim") answers: what someone was reported saying of the denier, asserted or not ("the
    State Department said ... UNFPA “supports, or participates in ... coercive abortion”")."""
    return [
        r
        for r in rows
        if r != denial
        and r not in claims
        and DENIAL_SIMILARITY <= similarity.scores[denial, r] < ONE_TELLING
        and _said_of(similarity.sentences[r].text, denied)
    ]


def denial_conflicts(
    similarity: Similarity, rows: Sequence[int], texts: Sequence[str], lowered: Joined
) -> list[Conflict]:
    """Each denial with the claims it answers: claims from any article on the story that
    share a word with what it denies, at least one of them from another article (one
    article telling both sides is no conflict between the sources). `texts` are the rows'
    sentences, `lowered` the same in lower case, joined."""
    sentences = similarity.sentences
    denials = [
        (rows[n], m) for n in sorted(lowered.holding(DENIAL_WORDS)) if (m := denial_in(texts[n]))
    ]
    if not denials:  # the claims are looked for only then: most stories deny nothing
        return []
    denying = {row for row, _ in denials}
    claims = [
        rows[n]
        for n in sorted(lowered.holding(ASSERTION_WORDS))
        if rows[n] not in denying and asserts(texts[n])
    ]
    reported: list[int] | None = None  # read for the first denied act only: most have none
    siding: dict[int, frozenset[str]] | None = None  # and for the first denied wrongdoing
    conflicts = []
    seen: set[tuple[int, ...]] = set()
    for denial, match in denials:
        text = sentences[denial].text
        if _ON_BEHALF.match(text, match.start()) or _taken_back_later(sentences[denial], match):
            continue
        pointer = _POINTER.search(match.group())
        denied = _denied(text, match)
        act = OWN_ACT.match(text, match.start())
        if act is not None and reported is None:
            may_report = sorted(lowered.holding(ATTRIBUTION_WORDS))
            reported = [
                rows[n] for n in may_report if rows[n] not in claims and attributed(texts[n])
            ]
        # Officials' words answer only a denied act they tell (as any claim: d30003t wrong).
        answerable = (
            claims
            if act is None
            else _blaming_others(
                text,
                match,
                claiming([*claims, *(reported or ())], act.group(1) or act.group(2), similarity),
                similarity,
            )
        )
        if not pointer and _claim_only(text, match):
            denied, answerable = claim_answers(text, match, answerable, similarity)
        elif _denies_generally(text, match):
            if siding is None:
                innocent = {rows[n] for n in lowered.holding(SIDES_WITH_DENIER)}
                siding = sides_told(denials, innocent, similarity)
            accusations = accusing_denier(text, match, answerable, similarity)
            answerable = told_alone(denial, match, accusations, siding, similarity)
        if pointer:
            # Rare (3 of the 280 clusters): what someone was reported saying is looked for
            # only then.
            answerable = answerable + _reports(rows, denial, denied, similarity, {*claims})
        answerable = others_claims(text, match.start(), answerable, similarity)
        answered = sorted(
            (
                r
                for r in answerable
                if DENIAL_SIMILARITY <= similarity.scores[denial, r] < ONE_TELLING
                and not denied.isdisjoint(similarity.stems[r])
            ),
            key=lambda r: -similarity.scores[denial, r],
        )[:MAX_CLAIMS_PER_DENIAL]
        key = tuple(sorted(answered))
        elsewhere = any(sentences[r].article is not sentences[denial].article for r in key)
        if not elsewhere or key in seen:
            continue
        seen.add(key)
        claim_sentences = tuple(sentences[r] for r in key)
        quoted = _denial_words(text, match)
        reason = denial_reason(quoted)
        conflicts.append(Conflict("denial", claim_sentences, (sentences[denial],), reason))
    return conflicts
