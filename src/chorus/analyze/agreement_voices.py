"""Whose words a statement and a linked sentence report (agreement_supports.agrees): what
one named person said is not agreed by a sentence crediting an unnamed "some" with it.
Raw 185's "Heather Sculthorpe, chief executive of the Tasmanian Aboriginal Center, called
the work an “insult.”" is not told by "The performance has drawn a mixed response from
Tasmania's Aboriginal community, with some calling it "insulting"": the other outlet never
names her, and its "some" may be anyone of a community it says is divided. Nor, linked by
score alone (agreement_score_alone.py), is what a named speaker says she did told by what an
unnamed "He" did for her own (raw 239). Nor is a named speaker's remark in the first person
told by a sentence in the writer's voice that names no speaker and none of the remark's
words in a row (raw 217's "US airlines have raised concerns that the subsidies ..." beside
Parker's letter): it tells what the remark is about, not that he made it; nor by one naming
the speaker that tells no speech and one of the remark's words at most, a deed of his (raw
67's "Olivera drove Serna to the jail ..." for Olivera's "I had never been to jail
before"). Nor are two quotations, one telling what a "he" does and the other what a "she"
does, each speaking of no one of the other's sex: two remarks on two people (raw 108's
Sanders on the pope, "I think he does not want to be rude ...", and on Dorothy Day, "She was
a very, very progressive ... socialist ...")."""

from __future__ import annotations

import re
from itertools import pairwise

from chorus.analyze.quoted_remarks import QUOTED_RUN
from chorus.analyze.similarity import STOP_WORDS, stems
from chorus.language.quotations import QUOTED, QUOTED_WITH_SINGLES
from chorus.language.quote_marks import CLOSE, OPEN
from chorus.language.words import ascii_words, wording

_SAYING = (
    r"(?:call(?:s|ed|ing)?|say(?:s|ing)?|said|describ(?:e|es|ed|ing)|dubb(?:ed|ing)"
    r"|label(?:s|led|ed|ing))"
)
_SOME_SAY = re.compile(rf"\b(?:[Ss]ome|[Oo]thers|[Mm]any)\s+(?:have\s+|had\s+)?{_SAYING}\b")
"""An unnamed group saying something: "with some calling it", "others have said"."""
_NAMED_SAY = re.compile(rf"\b[A-Z][a-z]+\s+[A-Z][a-z]+(?:,[^,]{{1,90}},)?\s+{_SAYING}\b")
"""A name of two words saying something, an apposition between: "Heather Sculthorpe, chief
executive of ..., called". A single word ("Onlookers said") names no one."""


def some_against_named(statement: str, support: str) -> bool:
    """Whether one of the two credits an unnamed "some" (or "others", "many") with saying
    what the other credits a named person with. Over the agreed pairs of the 250 raw, 30 DUC
    and first 1,000 Multi-News+ validation clusters it reads only raw 185's (Multi-News+
    writes names in lower case); "Onlookers said they saw smoke and flames ..." / "Others
    said they heard two explosions ..." (DUC 2) name no one and stay agreed."""
    some_a, some_b = _some_say(statement), _some_say(support)
    if some_a == some_b:
        return False
    return bool(_NAMED_SAY.search(support if some_a else statement))


def _some_say(text: str) -> bool:
    """Whether a sentence credits an unnamed group with saying something (`_SOME_SAY`), its
    pattern run only on one writing such a word (agrees reads ~1,500 pairs over the raw
    clusters)."""
    return ("ome " in text or "thers " in text or "any " in text) and bool(_SOME_SAY.search(text))


_QUOTE_OPENS = tuple(OPEN)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|our)\b")
_NAME = re.compile(r"\b[A-Z][a-z]+\b")


def speaker_and_another(a: str, b: str) -> bool:
    """Whether one sentence is a quotation in the first person credited to someone named
    outside its quotation marks and the other tells what an unnamed "He" or "She" did, naming
    that speaker in the possessive: the pronoun is someone else. ""So I went to Walmart,
    grabbed clothes, shoes, diapers, wipes, and I just walked out, but they caught me," said
    Robinson." / "He asked Robinson’s oldest daughter to grab some shoes so that he could pay
    for them, and also the diapers and wipes." (raw 239, the officer: 0.471 by score alone,
    the goods and her name in common) tell her theft and his purchase."""
    return _of_the_speaker(a, b) or _of_the_speaker(b, a)


def _of_the_speaker(quoted: str, other: str) -> bool:
    # the openings and a possessive's mark spare most pairs the patterns' search
    if not quoted.startswith(_QUOTE_OPENS) or not other.startswith(("He ", "She ")):
        return False
    if "'s" not in other and "’s" not in other:
        return False
    if not any(_FIRST_PERSON.search(inside) for inside in QUOTED_WITH_SINGLES.findall(quoted)):
        return False
    credited = set(_NAME.findall(QUOTED_WITH_SINGLES.sub(" ", quoted)))
    return any(f"{name}'s" in other or f"{name}’s" in other for name in credited)


_QUOTE_MARKS = frozenset(OPEN + CLOSE)
_LETTERS = re.compile(r"[A-Za-z]+")
_TELLS = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old)|recall(?:s|ed)?|admit(?:s|ted)?|add(?:s|ed)"
    r"|expla(?:in|ins|ined)|describ(?:e|es|ed)|wr(?:ite|ites|ote)|insist(?:s|ed)|stated?"
    r"|testif(?:y|ies|ied)|claim(?:s|ed)?|den(?:y|ies|ied)|acknowledg(?:e|es|ed)|call(?:s|ed)"
    r"|confirm(?:s|ed)?|according|remember(?:s|ed)?|recount(?:s|ed)?|never|first[ ]time)\b",
    re.IGNORECASE,
)
"""What a line naming the speaker tells the remark by: a word of speech ("Olivera said
he had never been in jail") or the remark's own claim ("never", "the first time"). Without
one, and with one content word of the remark at most, it tells a deed of the speaker, not
the remark: "“I had never been to jail before,” Olivera said." is not told by "Olivera
drove Serna to the jail in Robeson County." (raw 67, "jail" and the name in common)."""
_FIRST_PERSON_WORDS = frozenset(("I", "me", "Me", "my", "My", "we", "We", "our", "Our", "us"))
"""A sentence's own first person ("US airlines" is none): read off its words, which a
pattern searching every letter for them took ~20 µs a sentence to find."""


def remark_untold(statement: str, support: str) -> bool:
    """Whether one of the two is a remark in the first person credited to someone named
    outside its quotation marks and the other, in the writer's voice (no quotation mark, no
    first person), names that speaker nowhere (or in a deed of his, `_deed_of_speaker`) and
    writes none of the remark's words QUOTED_RUN in a row, nor two of its content words in a
    row: it tells what the remark speaks of, not that it was made. "“While anyone can
    purchase our shares in the open market, ... the illegal subsidies that Qatar, Emirates
    and Etihad have all received ...,” Parker wrote." is not told by "US airlines have
    raised concerns that the subsidies that Qatar Airways, Etihad Airways, and Emirates
    receive ... could squeeze them out of key markets." (raw 217: 0.342, Emirates, Etihad
    and "market" in common). The speaker's own words quoted elsewhere ("“The judge was wrong
    on this.”", raw 103) or told without marks ("I-- I'm used to being an underdog.", raw
    144) stay."""
    return _remark_untold_by(statement, support) or _remark_untold_by(support, statement)


def _remark_untold_by(quoted: str, other: str) -> bool:
    # the opening mark and the other's marks spare most pairs the patterns' search
    if not quoted.startswith(_QUOTE_OPENS) or not _QUOTE_MARKS.isdisjoint(other):
        return False
    if not any(_FIRST_PERSON.search(inside) for inside in QUOTED_WITH_SINGLES.findall(quoted)):
        return False
    credited = set(_NAME.findall(QUOTED_WITH_SINGLES.sub(" ", quoted)))
    if not credited:
        return False
    if any(name in other for name in credited) and not _deed_of_speaker(quoted, other):
        return False
    if not _FIRST_PERSON_WORDS.isdisjoint(_LETTERS.findall(other)):
        return False
    written = f" {wording(quoted)} "
    words = ascii_words(other)
    if any(f" {first} {second} " in written for first, second in _named_pairs(words)):
        return False
    return not any(
        f" {' '.join(words[start : start + QUOTED_RUN])} " in written
        for start in range(len(words) - QUOTED_RUN + 1)
    )


def _deed_of_speaker(quoted: str, other: str) -> bool:
    # a line naming the speaker tells the remark when it tells speech (`_TELLS`) or the
    # scene the remark tells: "The cell door closed and Serna sat on the cot." for Serna's
    # "... they close the door and lock it, ... so we sat on the bunk ..." (raw 67, in part)
    if _TELLS.search(other):
        return False
    remark = set(stems(" ".join(QUOTED_WITH_SINGLES.findall(quoted))))
    return len(remark.intersection(stems(other))) <= 1


def _named_pairs(words: list[str]) -> list[tuple[str, str]]:
    # two content words in a row name the thing the remark speaks of as the remark does:
    # raw 209's "battery life" ("has a limited battery life" / "is due to run out of battery
    # life", one fact to reader35's gold)
    return [
        (first, second)
        for first, second in pairwise(words)
        if len(first) > 2 and len(second) > 2 and not {first, second} & STOP_WORDS
    ]


_HE = re.compile(r"\b[Hh]e\b")
_SHE = re.compile(r"\b[Ss]he\b")
_MASCULINE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b")
_FEMININE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_REMARK_OPENS = (*_QUOTE_OPENS, "``")
"""A quotation's opening marks, newswire's ``...'' among them (DUC)."""


def remarks_on_two(statement: str, support: str) -> bool:
    """Whether both are quotations (opening on a quotation mark, newswire's ``...'' too) and
    one's quoted words tell of a "he" as a subject and no woman, the other's of a "she" and
    no man: a remark on a man and one on a woman are two facts, whatever word they share.
    Raw 108's Sanders on the pope, "I think he does not want to be rude, as a guest. But I
    think his calling out for social justice, his talking about income and wealth inequality
    ...", is not told by his "She was a very, very progressive ... socialist who organized
    working people and the poor to stand up to the wealthy ..." of Dorothy Day (0.341, own
    "wealth"), nor DUC 21's friend's "But he performed abortions because he believed it was a
    women's legal right to choose." by her "Right now, she is worried about the kids'
    safety ..." of the widow (0.378, "right"). A remark naming a man and a woman only in the
    possessive ("the man who took his own life" / "we lost her husband and daughter", raw
    156) may tell one loss: only a subject says whom a remark is about. Over the links of the
    raw, DUC and first 1,000 Multi-News+ validation clusters these two are all it reads."""
    whom, other = _whom(statement), _whom(support)
    return bool(whom) and bool(other) and whom != other


def _whom(text: str) -> str:
    """Whom a quotation's words tell of: "he" for a man as a subject and no woman, "she" for
    a woman and no man, "" for anything else or a sentence opening on no quotation."""
    if not text.startswith(_REMARK_OPENS):
        return ""
    quoted = " ".join(QUOTED.findall(text))
    if _HE.search(quoted) and not _FEMININE.search(quoted):
        return "he"
    if _SHE.search(quoted) and not _MASCULINE.search(quoted):
        return "she"
    return ""
