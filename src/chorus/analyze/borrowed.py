"""What two sentences of different outlets share that is no agreement between them.

A passage an article sets off as someone else's words, closed by a dash and the writer's name
("... People, people, people, people. —Paul Ehrlich") or opened by a paragraph that ends
saying whom it quotes ("... whom Kunzig quotes:"), is a book's or another outlet's text: a
blog that excerpts a magazine's piece copies its quotation of Ehrlich's book, and the two
"agree" on three of its sentences though neither reports them (raw validation 45; such
passages are read by `language/quoted_passages`).

Sums of money: a support giving a sum of the same thing (a word beside both) that differs,
neither sum being one the other sentence gives, tells of another sum ("... nearly $30,000 in
face value ..." / "... they add up in face value to $27,000": 105; "about $500,000 in tax
revenue" / "about $1 million in tax revenue", though both give $3 million in sales: 77),
however alike the rest; sums beside no word in common are most often of two things ("a
hedge fund with $ 4 billion under management, filed a lawsuit" / "... to attract its
nearly $ 100 million investment": one lawsuit, Multi-News+ 4481).

A sentence that relays a claim and answers it ("claiming ... even though ...") supports no
statement of the claim; words in common only where a study was published link no finding;
a rank ("the world’s 14th highest peak") is not the count of the same number ("the world's
14 highest mountains"); what would follow were something so is not what is, nor what was
found missing what was found, nor someone's body someone living on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chorus.analyze.aside_words import aside_stems
from chorus.analyze.similarity import STOP_WORDS, stems
from chorus.facts import placed_figures
from chorus.language.numbers import Figure
from chorus.language.words import same_ignoring_case

_MONEY = ("$", "£", "€", "dollar", "pound", "euro", " yen", "yuan", "rupee")
"""A currency written: sums are read only where one is (substring tests, ~1 µs a sentence
where one pattern of them cost ~6 and the figures' reading ~30)."""
_BESIDE = 20
"""Characters either side of a sum whose words tell what it is of ("$30,000 face value of
uncirculated", "in face value to $27,000")."""
_ROUGH_BEFORE = re.compile(
    r"\b(?:about|around|some|approximately|roughly|estimated|nearly|almost|more than|less than|"
    r"over|under|up to|at least|as much as|as many as)\s*[$£€]?\s*$",
    re.IGNORECASE,
)
ROUGH_SPREAD = 0.05
"""How far apart a rough sum and another may be and still be one: "around $ 240,000" /
"$250,000" (4%) are one shirt's price, "nearly $30,000" / "$27,000" (11%) two hauls."""
ONE_THING_RATIO = 2.0
"""How far apart the one sum each of two sentences gives may be and still be one thing
counted twice: "raised more than $15,000 in donations" / "more than $25,000 had flowed in"
(raw 208, x1.7) are the campaign's takings, "a ... hedge fund with $4 billion under
management" / "its nearly $100 million investment" (Multi-News+ 4481, x40) two things."""
_CURRENCY_AFTER = re.compile(r"\s+(dollars?|pounds?|euros?|yen|yuan|rupees?)\b", re.IGNORECASE)
_AMOUNT_WORDS = frozenset(stems("thousand million billion trillion dollars pounds euros"))


@dataclass(frozen=True, slots=True)
class Sum:
    """A sum of money of a sentence: its currency, its figure, whether it is rough ("about
    $500,000") and the stems beside it (figures and amounts aside)."""

    currency: str
    figure: Figure
    rough: bool
    beside: frozenset[str]


@lru_cache(maxsize=4096)
def _sums_beside(text: str) -> tuple[Sum, ...]:
    """A sentence's sums of money, read only where a currency is written. Left out: years;
    a sum in brackets, most often one converted ("one billion yen ($8.84 million)" / "1bn
    yen ($8.3m, £5.6m)": one sum at two days' rates); and a figure glued to a letter ("$
    7bn", "$8.3m"), read without its magnitude. A rough one ("around $ 240,000", "nearly
    $30,000"), whose word the currency sign keeps from the figure's reading, is marked."""
    if not _holds_money(text):
        return ()
    return tuple(
        Sum(
            _currency(text, p.figure),
            p.figure,
            bool(_ROUGH_BEFORE.search(text, max(0, p.figure.start - 25), p.figure.start)),
            _beside(text, p.figure),
        )
        for p in placed_figures(text)
        if p.money
        and not p.year
        and not _in_brackets(text, p.figure.start)
        and not text[p.figure.end : p.figure.end + 1].isalpha()
    )


def _currency(text: str, figure: Figure) -> str:
    """The sign before a sum, else the word after it ("12.7 million rupees")."""
    sign = text[max(0, figure.start - 2) : figure.start].strip()
    if sign:
        return sign
    after = _CURRENCY_AFTER.match(text, figure.end)
    return after.group(1).lower().rstrip("s") if after else ""


def _beside(text: str, figure: Figure) -> frozenset[str]:
    near = stems(text[max(0, figure.start - _BESIDE) : figure.end + _BESIDE])
    return frozenset(w for w in near if not w[0].isdigit() and w not in _AMOUNT_WORDS)


def _in_brackets(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def sums_apart(statement: str, support: str) -> bool:
    """Whether the two give a sum of one thing (one currency, a word beside both, or the one
    sum each gives) that differs, neither sum being one the other sentence gives: "$3
    million in sales revenue and about $500,000 in tax revenue" / "about $3 million in
    sales and ... about $1 million in tax revenue" (raw 77) agree on one sum and not on
    the other."""
    ours = _sums_beside(statement)
    theirs = _sums_beside(support) if ours else ()
    # one sum each, of one currency and near in size, is most often one thing counted
    # twice, whatever words stand beside it
    if len(ours) == 1 == len(theirs) and _near_sums(ours[0], theirs[0]):
        return not _same_sum(ours[0], theirs[0])
    return any(
        a.currency == b.currency
        and not a.beside.isdisjoint(b.beside)
        and not any(_same_sum(a, other) for other in theirs)
        and not any(_same_sum(other, b) for other in ours)
        for a in ours
        for b in theirs
    )


def _near_sums(a: Sum, b: Sum) -> bool:
    """Whether two sums are of one currency and within ONE_THING_RATIO of each other."""
    if a.currency != b.currency or min(a.figure.low, b.figure.low) <= 0:
        return False
    low, high = sorted((a.figure.low, b.figure.low))
    return high <= low * ONE_THING_RATIO


def _same_sum(a: Sum, b: Sum) -> bool:
    """Whether two sums of one currency are one: exactly, or within ROUGH_SPREAD when
    either is rough ("around $ 240,000" / "$250,000", one gold shirt: Multi-News+ 3991)."""
    if a.currency != b.currency:
        return False
    if a.rough or b.rough:
        low, high = sorted((a.figure.low, b.figure.low))
        return high <= low * (1 + ROUGH_SPREAD)
    return a.figure.low == b.figure.low and a.figure.high == b.figure.high


def _holds_money(text: str) -> bool:
    """Whether a text writes a currency, where a sum may be."""
    return any(word in text for word in _MONEY)


_PUBLISHED_IN = re.compile(r"\bpublished\s+(?:online\s+)?in\b[^,.;]*[.;]?\W*$")
"""Where a piece appeared, ending a sentence: "... in a paper published in a special cancer
issue of the International Journal of Paleopathology." """


def only_where_published(a: str, b: str, shared: set[str]) -> bool:
    """Whether every own word two sentences share is in the words ending one of them that
    say where a study was published: "... the lifetime cancer risk ... was about 5 in 1,000
    ..., wrote El Molto ... in a paper published in ... the International Journal of
    Paleopathology." / "The research has been published in the International Journal of
    Paleopathology." (raw 216) tell a finding and where it was printed, two facts."""
    return any(
        (tail := _PUBLISHED_IN.search(text)) is not None and shared <= set(stems(tail.group()))
        for text in (a, b)
        if "published" in text
    )


_REBUTTED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|insist(?:s|ed|ing)?|bragg(?:ed|ing)|hyp(?:es|ed|ing))\b"
    r"[^.;]{1,160}?,?\s+(?:even though|although)\s"
)
"""A claim relayed and answered in one breath: "GMA is hyping the interview by claiming Cosby
is responding to allegations for “the very first time,” even though Cosby has actually
addressed them before." (raw 172)."""


def rebuts_claim(text: str) -> bool:
    """Whether a sentence relays someone's claim and answers it (`_REBUTTED`): it supports no
    statement of that claim, whose words it shares."""
    return ("though" in text) and _REBUTTED.search(text) is not None


_RANKED = re.compile(r"(\d+)(?:st|nd|rd|th)\s+([a-z]+)")
"""A rank by a number and the word after it, in lower case: "14th highest"."""
_RANK = re.compile(r"\d(?:st|nd|rd|th)\b")
"""What every rank holds: searched first, ~1 µs a sentence where `_RANKED` costs ~5."""
_COUNTED = re.compile(r"\b(\d+)\s+([a-z]+)\b", re.IGNORECASE)
_COUNT = re.compile(r"\d\s")
"""What every count `_COUNTED` finds holds, searched first."""


def rank_against_count(statement: str, support: str) -> bool:
    """Whether one sentence ranks by a number ("the world’s 14th highest peak") before the
    word the other counts by it ("the world's 14 highest mountains", raw 7): a rank is no
    count, and the two tell of one thing and of a set."""
    return _rank_counted(statement, support) or _rank_counted(support, statement)


def _rank_counted(ranking: str, counting: str) -> bool:
    ranks = _ranks(ranking)
    return bool(ranks) and any(
        number == counted and same_ignoring_case(written, word)
        for number, word in ranks
        for counted, written in _counted(counting)
    )


@lru_cache(maxsize=4096)
def _counted(text: str) -> tuple[tuple[str, str], ...]:
    """A sentence's numbers, each with the word after it, as `\\bnumber\\s+word\\b` of a
    rank would find them ("14 highest"): one pattern, where one a rank cost a compile."""
    if not _COUNT.search(text):
        return ()
    return tuple(_COUNTED.findall(text))


@lru_cache(maxsize=4096)
def _ranks(text: str) -> tuple[tuple[str, str], ...]:
    """A sentence's ranks by a number, each with the word after it, but a function word
    ("the 3rd of July" / "3 of the victims"). Read once a sentence, which meets several in
    `_agrees`."""
    if not _RANK.search(text):
        return ()
    return tuple(
        (number, word) for number, word in _RANKED.findall(text.lower()) if word not in STOP_WORDS
    )


_IF_UNREAL = r"(?<!\bas )(?<!\beven )\b[Ii]f\b[^.;]{1,120}?\b(?:were|had been)\b(?! to\b)"
_WOULD = r"\b(?:would|could)\b"
_IMAGINED = re.compile(rf"{_IF_UNREAL}[^.;]*?{_WOULD}|{_WOULD}[^.;]{{1,120}}?{_IF_UNREAL}")
"""What a sentence imagines: an "if" clause that is contrary to fact ("were", "had been")
with what would follow ("If the polar bear were listed as endangered, the government could
be required ...", "Romney would hold a slight lead ... if the 2012 election were replayed
today"); "as if they were his own" imagines nothing, nor does "were to" (raw 172: "Asked how
he would react if the children ... were to confront him ..., he said, "..."", what he said)."""
_HEDGED = re.compile(r"\b(?:[Ii]f|would|could)\b")


def imagined_against_fact(statement: str, support: str) -> bool:
    """Whether one sentence imagines what would be (`_IMAGINED`), with no aside on someone
    that states what is ("Bin Laden, who was stripped of his Saudi citizenship in 1994, would
    face ``swift'' action if he were brought back ...": DUC 1), and the other, with no "if",
    "would" or "could", states what is: "Threatened species receive most of the same
    regulatory protections ..." is not what "If the polar bear were listed as endangered,
    the government could be required to act ..." imagines (raw 114)."""
    # one that imagines holds "if" and "would" or "could": the two cannot both stand alone
    if _imagines(statement):
        return _HEDGED.search(support) is None
    return _imagines(support) and _HEDGED.search(statement) is None


@lru_cache(maxsize=4096)
def _imagines(text: str) -> bool:
    """Whether a sentence imagines what would be, with no aside on someone: read once a
    sentence, which meets several in `_agrees`; substring tests before the pattern."""
    return (
        ("if " in text or "If " in text)
        and ("were" in text or "had been" in text)
        and _IMAGINED.search(text) is not None
        and not aside_stems(text)
    )


_FOUND_MISSING = re.compile(r"\bfound\s+(?:[\w'’-]+\s+){1,6}(?:missing|gone)\b")
"""What someone found gone: "they found some clothes and other items missing"."""
_GONE = re.compile(r"\b(?:missing|gone)\b")


def found_gone_against_found(statement: str, support: str) -> bool:
    """Whether one sentence says what was found missing (`_FOUND_MISSING`) and the other what
    was found, gone from neither: "She said she found a backpack full of clothes." is the
    opposite of "... they found some clothes and other items missing." (raw 54)."""
    if "found" not in statement or "found" not in support:
        return False
    return _found_gone(statement, support) or _found_gone(support, statement)


def _found_gone(gone: str, found: str) -> bool:
    return _FOUND_MISSING.search(gone) is not None and _GONE.search(found) is None


_BODY = re.compile(r"\bbody\b")
"""A body ("took the body to the wooded area"); not "remains", most often a verb."""
_LIVING = re.compile(
    r"\b(?:condition|health)\s+(?:deteriorat|worsen|declin)\w*"
    r"|\b(?:deteriorat|worsen|declin)\w*\s+(?:condition|health)\b|\bstill (?:alive|breathing)\b"
)
"""Someone told of as living on: "As the child’s condition deteriorated ...", "his health
declined", "still alive"."""


def body_against_living(statement: str, support: str) -> bool:
    """Whether one sentence tells of someone's body and the other, writing no body, of that
    one living on: "Police said Stinson then took the body to the wooded area" is not "As
    the child’s condition deteriorated ..., Stinson took the child to a wooded area ... and
    left him there" (raw 141), whose news is that he was left alive."""
    # few pairs write a body: one substring test spares the rest the patterns
    if "body" not in statement and "body" not in support:
        return False
    return _living_against_body(statement, support) or _living_against_body(support, statement)


def _living_against_body(living: str, body: str) -> bool:
    return (
        _BODY.search(body) is not None
        and _LIVING.search(living) is not None
        and _BODY.search(living) is None
    )
