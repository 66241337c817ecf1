"""Claims a denial can answer: sentences that assert (proof, evidence, "confirmed", "was
behind", "responsible for", "carried out", blame) with a cue no negation in its clause
takes back, and that speak of no denial themselves; the accusations among them; and which
of them a denial answers by what it names (`claim_answers`: "the allegations" those
naming the denier; `accusing_denier`: "denied any wrongdoing" accusations sharing a word
with who denies, not those of an article telling the accused's side too: `told_alone`;
`claiming`: "denied having heard" claims of hearing).
"""

from __future__ import annotations

import re

from chorus.analyze.similarity import Similarity, stems

ACCUSATION_CUES = r"\b(?:proof|evidence|(?:was|were) behind|responsible for|carried out|blamed?)\b"
"""The assertions that accuse: a denial of "the allegations" answers these, not "confirmed"."""
ASSERTION_CUES = rf"\bconfirm(?:s|ed)?\b|{ACCUSATION_CUES}"
ASSERTION_WORDS = (
    *("proof", "evidence", "confirm", "behind", "responsible for", "carried out", "blame"),
)
"""Words, lowercased, that a sentence must hold for the cues to match: substring tests
are ~3x cheaper than the case-insensitive cue patterns, which try every position. (They
miss only matches the patterns' case folding finds through letters like dotless ı.)"""
ASSERTION = re.compile(ASSERTION_CUES, re.IGNORECASE)
_ACCUSATION = re.compile(ACCUSATION_CUES, re.IGNORECASE)
_NEGATION_WORDS = frozenset(("no", "not", "never", "nor", "without", "cannot"))
_NEGATION_MARK = re.compile(r"no|never|n['’]t|without|yet to")
"""What a lower-cased text holding one of `_NEGATION_WORDS`, an "n't" or "yet to" holds."""
_QUESTION_END = re.compile(r"[.!?]")
"""Where the sentence of an assertion cue ends: at a question mark it asks, not asserts
("what proof do u have donaldtrump did not suffer from millions of fraud votes?",
Multi-News+ train 11702)."""
_CLAIM_CLAUSE = re.compile(r"[,;:]|\bbut\b")
"""Where the clause of an assertion cue begins: a negation before it is another clause's."""
ONE_TELLING = 0.50
"""A claim and a denial this alike (similarity.py) tell one thing, not two sides: "saudi
arabia was dismissed ... as a defendant" and "a u.s. judge ... dismissed claims against
saudi arabia" score 0.60 (Multi-News+ train 30711); the real pairs of the gold, 0.16–0.43."""
SIDES_WITH_DENIER = ("innocen", "acquit", "exonerat", "exculpat")
"""Words, lowercased, of a sentence that takes the denier's side: "the proof of their
innocent[ce]" agrees with "denied all the charges" (Multi-News+ train 31175), "exculpatory
evidence" with "denied wrongdoing" (train 24643)."""
NEGATION_REACH = 8
"""Words before an assertion cue a negation of it may stand: "no" is next to "proof", but
"cannot be reconciled with the dna bloodstain evidence" is seven words from it."""


def negated(text: str, start: int) -> bool:
    """Whether a negation stands in the clause before `start`, within `NEGATION_REACH`
    words: "no proof", "has never confirmed officially", "didn't provide evidence", "nor
    was there reliable evidence", "cannot be reconciled with the dna bloodstain evidence",
    "had yet to provide any evidence"."""
    window = text[max(0, start - 70) : start].lower()
    if not _NEGATION_MARK.search(window):  # rules out most cues before the words are read
        return False
    words = _CLAIM_CLAUSE.split(window)[-1].split()[-NEGATION_REACH:]
    # "had yet to provide any hard evidence" (Multi-News+ train 11702)
    return "yet to" in " ".join(words) or any(
        w in _NEGATION_WORDS or w.endswith(("n't", "n’t")) for w in words
    )


def _asked(text: str, end: int) -> bool:
    """Whether the sentence holding a cue ending at `end` is a question."""
    stop = _QUESTION_END.search(text, end)
    return stop is not None and stop.group() == "?"


def _speaks_of_denial(text: str) -> bool:
    """Whether a sentence speaks of a denial ("denied", "its denials", "reports ... are
    untrue") or sides with the denier (`SIDES_WITH_DENIER`): an `or` of substring tests,
    the lower-cased copy made only for the rare sentence with one of their letters."""
    if "deni" in text or "deny" in text or "Deni" in text or "Deny" in text or "untrue" in text:
        return True
    return ("nnocen" in text or "cquit" in text or "xonerat" in text or "xculpat" in text) and any(
        word in text.lower() for word in SIDES_WITH_DENIER
    )


def asserts(text: str) -> bool:
    """Whether a sentence asserts (`ASSERTION_CUES`) with a cue no negation takes back
    ("there is no proof that dylan ever said this" agrees with "fabricated quotes"), and
    speaks of no denial itself ("making a mockery of its denials" tells both sides) nor of
    the denier's innocence; a question asserts nothing."""
    if _speaks_of_denial(text):
        return False
    match = ASSERTION.search(text)
    while match and (negated(text, match.start()) or _asked(text, match.end())):
        match = ASSERTION.search(text, match.end())
    return match is not None


NOT_ACTS = r"(?:funding|boarding|housing|parking|catering|clothing|training|building|\w*thing)"
"""Words in -ing after "denied" that name no act denied ("denied drinking alcohol"): a thing
refused ("denied funding to", "denied boarding"), "anything", "everything"."""
OWN_ACT = re.compile(
    rf"\w+(?: \w+ly)? (?:(?:having (?:been )?|being )(\w+)|(?!{NOT_ACTS}|wrongdoing)(\w+ing \w+))",
    re.IGNORECASE,
)
"""A denial of the denier's own act or state ("denied having heard of bin Laden", "deny
being paid by the north korean government", "denied drinking alcohol": the act and the word
after it, Multi-News+ train 42236): it answers only a claim of that act, not
every claim about bin Laden or North Korea (DUC d31038t; Multi-News+ train 30505's
"atrocities carried out by the north korean dictatorship")."""
_ATTRIBUTION = re.compile(
    r"\b(?:police|authorities|prosecutors|investigators|officials|officers|witnesses) "
    r"(?:say|says|said)\b|\baccording to (?:the |a )?(?:[\w-]+ ){0,2}?(?:police|authorities|"
    r"prosecutors|investigators|officials|witnesses)\b",
    re.IGNORECASE,
)
"""What officials tell: "police say she was drunk", "according to the police report" (not
"news reports said": DUC d30028t's "attack Kurdish rebels" is no claim Syria "denies
sheltering Kurdish fighters" answers)."""
ATTRIBUTION_WORDS = (" say", " said", "according to")


def attributed(text: str) -> bool:
    """Whether a sentence tells what officials or a record say (`_ATTRIBUTION`) and speaks
    of no denial itself."""
    return not _speaks_of_denial(text) and _ATTRIBUTION.search(text) is not None


def accusing(claims: list[int], similarity: Similarity) -> list[int]:
    """The claims (rows of `similarity`) that accuse (`ACCUSATION_CUES`)."""
    return [r for r in claims if _ACCUSATION.search(similarity.sentences[r].text)]


DENIAL_STEMS = frozenset(
    stems("deny denies denied denying refute refutes refuted reject rejects rejected dismiss")
    + stems("dismissed reports claims allegations accusations charges rumours rumors")
    + stems("wrongdoing involvement responsibility knowledge any all having being ever story")
    + stems("account accounts dispute disputed these those such characterization assertion")
    + stems("suggestion contention")
)
"""Words of the denial itself, not of what it denies: shared with a claim they show
nothing."""
_NAME_WORD = re.compile(r"\b[A-Z][\w'’.-]*")


def name_stems(text: str) -> frozenset[str]:
    """The stems of the capitalised words of a text: the names it holds ("The" is a stop
    word)."""
    return frozenset(stems(" ".join(_NAME_WORD.findall(text))))


def claim_answers(
    text: str, match: re.Match[str], claims: list[int], similarity: Similarity
) -> tuple[frozenset[str], list[int]]:
    """What a denial of "the New York Times report" or "the allegations" denies, and the
    claims that can be what it denies. The first names the claim: its names. The second
    names none: a claim it denies is an accusation naming the denier (its names, not
    "Those" of "Those banks have denied the respective allegations"; DUC d30056t's
    Berezovsky "denied the charges" answers no "officials blamed the attack on Bargishev's
    promise"), not a statement it "confirmed", often the denier's own (d30028t's "Damascus
    denied the allegations" against "A government statement ... confirmed Syria's
    keenness for good, neighborly relations with Turkey")."""
    named = name_stems(match.group())
    if named:
        return named, claims
    return name_stems(text[: match.start()]) - DENIAL_STEMS, accusing(claims, similarity)


_CLAUSE_BREAK = re.compile(r"[,;:]")
_ADVERB = re.compile(r"\b\w+ly\b")


def accusing_denier(
    text: str, match: re.Match[str], claims: list[int], similarity: Similarity
) -> list[int]:
    """The claims a denial of wrongdoing or involvement in general answers: accusations
    that share a word with who denies ("The doctor and dentist deny any wrongdoing" answers
    the filming of "a doctor, a dentist ..."), not any accusation of the act ("abu khattalah
    has admitted being at the scene but denied involvement in the attack" answers no "the
    obama administration initially thought the attack was carried out by an angry mob",
    Multi-News+ train 38410)."""
    denier = denier_words(text, match.start())
    return [r for r in accusing(claims, similarity) if not denier.isdisjoint(similarity.stems[r])]


def told_alone(
    denial: int,
    match: re.Match[str],
    claims: list[int],
    siding: dict[int, frozenset[str]],
    similarity: Similarity,
) -> list[int]:
    """The accusations a denial of wrongdoing answers (`accusing_denier`) but those of
    another article that tells the accused's side itself: a sentence of it (`siding`: row
    → whose side it tells, `sides_told`) names a word the claim and who denies share. Raw
    validation 116: [1]'s "uncovered evidence that Lois Lerner may have violated ..."
    beside its "Lerner's lawyer issued a statement Wednesday declaring her innocence",
    against [2]'s "Lerner, who has denied any wrongdoing": [1] tells the dispute both
    ways, so the outlets do not disagree. Claims of the denial's own article stay, as for
    every denial (shown beside another article's)."""
    sentences = similarity.sentences
    denier = denier_words(sentences[denial].text, match.start())
    own = sentences[denial].article
    return [
        r
        for r in claims
        if sentences[r].article is own
        or not any(
            sentences[s].article is sentences[r].article
            and not denier.intersection(similarity.stems[r]).isdisjoint(whose)
            for s, whose in siding.items()
        )
    ]


def sides_told(
    denials: list[tuple[int, re.Match[str]]], siding: set[int], similarity: Similarity
) -> dict[int, frozenset[str]]:
    """Whose side each sentence telling one tells: a denial, its denier's (`_denier`, the
    word before its verb: not Berlusconi's in "the women began receiving 2,500 euros each
    month from berlusconi and subsequently they offered ... testimony in court denying
    that the parties had sexual overtones", Multi-News+ train 33955, whose article tells
    no denial of his); one of the `siding` rows that hold a word of `SIDES_WITH_DENIER`,
    anyone's it names ("Lerner's lawyer issued a statement Wednesday declaring her
    innocence")."""
    told = {
        row: frozenset(stems(_denier(similarity.sentences[row].text, match.start())))
        for row, match in denials
    }
    return told | {row: frozenset(similarity.stems[row]) for row in siding}


def denier_words(text: str, at: int) -> frozenset[str]:
    """The stems naming who makes the denial at `at`: those of its own clause ("... had been
    transferred from her accounts, schwartz denied any wrongdoing" names Schwartz, not the
    accounts, Multi-News+ train 33650), or of its sentence when that clause names no one
    ("lerner, who has denied ...")."""
    start = own_start(text, at)
    commas = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, at)]
    clause = _ADVERB.sub(" ", text[commas[-1] : at]) if commas else ""
    own = frozenset(stems(clause)) - DENIAL_STEMS
    return own or frozenset(stems(text[start:at])) - DENIAL_STEMS


SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d))[.!?]\s")
"""The end of a sentence inside one the splitter left whole (a Multi-News+ line runs several
together): a stop after a word of three letters or more or a figure, so not "u.s." nor
"mr."."""
_TAKEN_BACK = re.compile(
    r"[^.;]*?\b(?:but|and|then|later|eventually|subsequently)\s+(?:\w+\s+)?"
    r"(?:acknowledg|admit|confess|conced)\w*",
    re.IGNORECASE,
)
"""After a denial, its taking back: "the contractor initially denied taking classified
information home with him but later acknowledged doing so" (Multi-News+ train 26620)."""


def own_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts inside a text that runs several together
    (`SENTENCE_END`): who denies is named there ("... sheen was 19. " charlie sheen
    categorically denies these allegations": Sheen, not Haim of the sentence before)."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def taken_back(text: str, end: int) -> bool:
    """Whether a denial ending at `end` is taken back in its sentence (`_TAKEN_BACK`)."""
    return _TAKEN_BACK.match(text, end) is not None


_TITLES = frozenset(stems("president senator governor mayor minister prime mr mrs ms dr"))
"""Words after a denied act that name whom it was done to by a title, not the act: "denied
calling president donald trump an idiot" is answered by no claim naming "the president"
(Multi-News+ train 17721)."""


def claiming(claims: list[int], act: str, similarity: Similarity) -> list[int]:
    """The claims that tell of an act the denier denies having done ("heard")."""
    wanted = set(stems(act)) - _TITLES
    return [r for r in claims if not wanted.isdisjoint(similarity.stems[r])]


_NOT_DENIER = frozenset(("has", "have", "had", "also", "but", "and", "then", "later", "who"))
"""Words before a denial's verb that are not who denies; an adverb ("vehemently") neither."""
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you"))


def _denier(text: str, start: int) -> str:
    """Who denies, by the last word before the verb at `start` ("allen's company, vulcan,
    disputes": "vulcan"; "Facebook vehemently denied": "facebook"), lowercased; "" when it
    is a pronoun or no word."""
    words = text[max(0, start - 60) : start].lower().replace(",", " ").split()
    for word in reversed(words):
        if word not in _NOT_DENIER and not word.endswith("ly"):
            return word if word.isalpha() and word not in _PRONOUNS else ""
    return ""


def others_claims(text: str, start: int, claims: list[int], similarity: Similarity) -> list[int]:
    """The claims not told on the word of who makes the denial at `start` in `text`:
    "according to a joint statement issued by the government and vulcan" is Vulcan's own,
    no claim "vulcan disputes" (Multi-News+ train 21748), and "Peinovich decided to fess up
    to his devoted Nazi fans" is Peinovich's own admission, no claim his "Peinovich denied
    he was Enoch" disputes: one man's two positions, not two sources (raw validation 92,
    whose articles both tell the denial and the admission)."""
    denier = _denier(text, start)
    if not denier:
        return claims
    claims = [r for r in claims if not _admits(similarity.sentences[r].text, denier)]
    sourced = [r for r in claims if _SOURCE.search(similarity.sentences[r].text)]
    if not sourced:
        return claims  # no claim names a source: no pattern made for the denier (~0.26 ms)
    source = re.compile(rf"{_SOURCE.pattern}[^.;,]{{0,60}}?\b{denier}\b", re.IGNORECASE)
    return [
        r for r in claims if r not in sourced or not source.search(similarity.sentences[r].text)
    ]


_SOURCE = re.compile(r"\b(?:according to|statements? (?:issued |released )?by)\b", re.IGNORECASE)
"""A claim told on someone's word; whose, `others_claims` reads after it."""
_ADMISSION = (
    r"(?:\w+\W+){0,3}?(?:admit|acknowledg|conced|confess|fess(?:es|ed|ing)? up|c[ao]me clean)"
)
"""After who denies, their own admission ("Peinovich decided to fess up", "Smith later
admitted"): at most three words between."""


def _admits(claim: str, denier: str) -> bool:
    """Whether a claim tells the admission of `denier` (a lower-cased word, `_denier`)."""
    # The substring test first: a pattern is made only for the rare claim naming the denier.
    return denier in claim.lower() and (
        re.search(rf"\b{re.escape(denier)}\W+{_ADMISSION}", claim, re.IGNORECASE) is not None
    )
