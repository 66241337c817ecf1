"""Summary sentences that set up a contrast whose point another sentence makes.

"It's one thing to say Republicans aren't participating ..." (raw validation 221) and "And
the problem is not that Colbert isn't qualified." (raw 36, before "It's that he's too
qualified.") each deny or grant something only for the sentence after to say what matters:
alone, each sets up a point it never makes, and reads as the point itself ("Colbert isn't
qualified"). Shown with the sentence after, when that sentence makes the point; never shown
when the point comes later ("The weirdest part of a story ... is not that it happened at
all.", raw 51, whose "It is that the Post is referring to the guy ... as a journalist" is
two sentences on).

A claim the sentence after takes back ("The phone of the first officer ... made contact with a
cell tower ...," / "However, the U.S. official ... said there was no evidence the first
officer ... had tried to make a call.", raw 218; "At the time, the researchers believed ..."
/ "But according to James, ...", 194), or a sentence a court's later ruling undid ("... was
sentenced to one year in jail." / "When Pasztor was able to get the sentence changed, she
ended up spending no time in jail, ...", raw 52), or a hope or belief the sentence after answers
in the negative ("This year, a woman in Virginia called to say she thought her husband might be
his son." / "But a DNA test was negative.", raw 155), or a claim the sentence after calls not
accurate by a pointer back to it ("In a statement, the California Democrat said the White House
had informed her that "collection on our allies will not continue."" / "The administration
official said that statement was not accurate, but added that ...", raw 149), is shown with it
too (`taken_back`): alone, it tells more than its article does. Such a denial is shown though
its speaker is only "the official" met before (`takes_back_before`, read in `ties`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.language.quotations import QUOTED

_ONE_THING = re.compile(
    r"[\s(\[“\"]*It(?:’s|'s|\s+is|\s+was)\s+one\s+thing\s+to\b(?!.*\banother\b)"
)
"""The first half of a contrast whose second the sentence after gives ("It's one thing to say
Republicans aren't participating ..." / "The argument Obama made Saturday went further.",
raw 221)."""
_NOT_THAT = re.compile(
    r"\b(?:is|was)\s+not\s+that\s+(?:[A-Z]|(?:it|he|she|they|we|you|this|there|the|a|an|his"
    r"|her|their)\b)(?!.*\bbut\b)"
)
"""A point denied before the one made: "is not that" and a clause ("not that Colbert isn't
qualified", "not that it happened"), with no "but" giving the point in the sentence itself
("What was surprising was not that ... endorsed Schumer but that it anguished ...", DUC
d30013t). Not "not that" before a word of degree ("not that many people", "aren't that
unusual"): no clause follows it."""
_POINT = re.compile(r"[\s(\[“\"]*(?:It(?:’s|'s|\s+is|\s+was)\s+that|Rather)\b")
"""The point the denial sets up: "It's that he's too qualified.", "Rather, it was ..."."""


def sets_up_contrast(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it opens "It's one thing to ..." with no "another" after it, to be
    shown only with the sentence after it."""
    return np.fromiter(
        ("one thing" in t and _ONE_THING.match(t) is not None for t in texts),
        dtype=bool,
        count=len(texts),
    )


def denied_points(texts: Sequence[str], first_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per text, whether it denies a point (`_NOT_THAT`) whose point the sentence after
    makes (`_POINT`), to be shown only with it; and whether it denies one with no such
    sentence after it in its article, never to be shown. `first_rows` are the articles'
    first rows."""
    leads = np.zeros(len(texts), dtype=bool)
    shut = np.zeros(len(texts), dtype=bool)
    last = set((np.asarray(first_rows) - 1).tolist()) | {len(texts) - 1}
    for row, text in enumerate(texts):
        # a literal first: "not that" is in 8 of the 24,750 raw and DUC sentences
        if "not that" in text and _NOT_THAT.search(text):
            makes = row not in last and _POINT.match(texts[row + 1]) is not None
            (leads if makes else shut)[row] = True
    return leads, shut


_TAKES_BACK = re.compile(
    r"[\s(\[“\"]*(?:But|However,|Still,|Yet)\s+(?:according\s+to\b|.*?\b(?:no\s+(?:evidence"
    r"|indication|proof)|(?:not\s+|un)clear\s+(?:whether|if)"
    r"|denie[sd]\s+(?:that|it|this|the\s+(?:report|claim)))\b)"
)
"""A sentence opening on a contrast that denies what the one before tells, or doubts it:
"However, ... said there was no evidence the first officer ... had tried to make a call."
(raw 218), "Still, the memo acknowledged there was no evidence of U.N. support for forced
abortions ..." (132), "But Pendry denied that Idris owned ..." (DUC d31038t), or sets another
voice against it at once ("But according to James, residue of pitch ... indicated a much
more gruesome reality.", raw 194, after what "the researchers believed" in the 1930s). A
doubt only of when or how ("However, it's unclear when Sony's headset will launch.", raw
169) leaves the claim standing; "should be denied the chance" denies no claim (DUC
d30010t); a credit further on tells where a fact comes from ("But at 11 p.m. on Feb. 20,
according to Russell's Portland-area family, ...", raw 215)."""
_CALLED_FALSE = re.compile(
    r"(?:\bthough\b|\bhowever\b|\A[\s(\[“\"]*But\b)"
    r".*?\b(?:was|were|is|are)\s+(?:all\s+)?(?:a\s+)?(?:lie|lies|hoax|false|untrue|fabricated)\b"
)
"""A sentence calling what the one before tells a lie, a hoax or false, set against it by a
contrast ("The story though was all a lie according to police, ...", raw 141, after the
mother's "When she woke up in Largo Central Park, Jordan was gone, she said."; "But within
hours, police decided it was all a hoax, ...", 246). Without the contrast it may be a
charge someone calls false in its own words ("..., a charge Chu claimed was fabricated.",
DUC d30029t)."""


def _called_false(text: str) -> bool:
    """Whether a text calls what the one before tells false (`_CALLED_FALSE`). Its contrast
    words first (one is in 1 text in 16), then its words of falsehood in the text as
    written, each written out: an `any` over a tuple cost more than the searches
    (journal/speed.md, thirty-first pass)."""
    return (
        ("though" in text or "however" in text or "But" in text)
        and (
            " lie" in text
            or "hoax" in text
            or "false" in text
            or "untrue" in text
            or "fabricated" in text
        )
        and _CALLED_FALSE.search(QUOTED.sub(" ", text)) is not None
    )


_FIRMLY = (
    r"(?:(?:simply|absolutely|completely|flatly|entirely|totally|also|just|patently"
    r"|categorically)\s+)?"
)
_FALSEHOOD = r"(?:not\s+(?:accurate|true|correct)|inaccurate|incorrect|untrue|false)"
_NOT_OF = r"\b(?!\s+(?:of|for)\b)"
_CALLED_INACCURATE = re.compile(
    r"\b(?:[Tt]hat|[Tt]his|[Tt]he|[Tt]hose|[Tt]hese)\s+(?:(?:earlier|original|initial|news"
    r"|media)\s+)?(?:statement|claim|account|report|assertion|story|version|characterization"
    r"|allegation|suggestion|information)s?\s+(?:was|were|is|are)\s+"
    rf"{_FIRMLY}(?:{_FALSEHOOD}|wrong){_NOT_OF}"
    rf"|\A[\s(\[“\"'`]*(?:That|This)(?:’s|'s|\s+is|\s+was)\s+{_FIRMLY}{_FALSEHOOD}{_NOT_OF}"
)
"""A sentence calling what the one before tells, or what it reports, not accurate, by a
pointer back to it, with or without a contrast: "The administration official said that
statement was not accurate, but added that ..." (raw 149, after the senator's "... the White
House had informed her that "collection on our allies will not continue.""), "“That is
absolutely false,” a NBC spokesperson said, ..." (130, after what "two sources" said Oppenheim
had asked). An opening "That/This" only with a word of falsehood, not "wrong", most often a
judgement ("That is just wrong, and we need to do something about it.", raw 109); nor a
"this" inside the sentence ("... circumstances in which this is inaccurate.", 29), nor one
true or false "of" or "for" someone ("... but that’s not true of the Mercers.", 227)."""


def _called_inaccurate(text: str) -> bool:
    """Whether a text calls what the one before tells not accurate (`_CALLED_INACCURATE`):
    one of its words of falsehood first, as written, then the pattern."""
    return (
        "accurate" in text
        or "true" in text
        or "correct" in text
        or "false" in text
        or "wrong" in text
    ) and _CALLED_INACCURATE.search(text) is not None


_UNDONE = re.compile(
    r"\b(?:(?:sentence|conviction)s?\s+(?:(?:was|were)\s+)?(?:(?:later|eventually|then)\s+)?"
    r"|(?:get|got|have|had)\s+(?:the|his|her|their)\s+(?:sentence|conviction)s?\s+)"
    r"(?:changed|commuted|suspended|overturned|vacated|reversed|set\s+aside|thrown\s+out)\b"
    r"|\bno\s+time\s+in\s+(?:jail|prison)\b"
)
"""A court's sentence or conviction undone: "When Pasztor was able to get the sentence
changed, she ended up spending no time in jail, ..." (raw 52, after "..., she was found guilty
of the criminal trespassing charges and was sentenced to one year in jail."), "In 1981, his
death sentence was vacated ...", "His sentence was commuted in november." (Multi-News+ train,
after "He was sentenced to death." and "... sentenced to 19 years."). Not "reduced": a
sentence cut on appeal still stands ("... reduced her sentence from three years in prison to
one", raw 127, after the line giving the one year)."""


def _undoes_sentence(text: str, after: str) -> bool:
    """Whether `text` tells a conviction or a sentence and `after` tells it undone
    (`_UNDONE`); literals first, as a court's words are in few texts."""
    return (
        ("sentenced" in text or "convicted" in text or "found guilty" in text)
        and ("sentence" in after or "conviction" in after or "no time in" in after)
        and _UNDONE.search(after) is not None
    )


_HOPED = re.compile(
    r"(?<![\w-])(?:thought|believed|hoped|hopeful|claimed|assumed"
    r"|suspected\s+(?:that|he|she|it|they))\b"
)
"""A hope, a belief or a claim someone held: "... she thought her husband might be his son."
(raw 155), "Researchers hoped that these epiblast stem cells could be used ..." (200), "...
they always thought he was conscious ..." (125), "... getting hopeful in that moment: ..."
(172). Not "suspected" before a noun ("known or suspected carcinogens", 154), nor a word in a
compound ("the well-thought-out prank", 88), nor a bare "might be" or "could be", a
possibility no one holds ("... left open the possibility that it could be modified", 34), nor
"expected", most often itself denied ("This much snow generally isn't expected ...", 234)."""
_ANSWERED = re.compile(
    r"[\s(\[“\"]*(?:(?:But|Yet)\b|However,).*?\b(?:negative|never|no|not|nothing|none|no\s+one)\b"
    r"|[\s(\[“\"]*(?:(?:But|Yet)\b|However,).*?n[’']t\b"
)
"""A sentence opening on a contrast that answers the hope before it in the negative: "But a
DNA test was negative." (raw 155), "But despite years of attempts, no one succeeded." (200),
"But this has never been accepted by medical staff." (125), "But, no." (172)."""


def _hope_answered(text: str, after: str) -> bool:
    """Whether `text` tells a hope, belief or claim (`_HOPED`) that `after` answers in the
    negative (`_ANSWERED`): alone, the hope reads as what came true ("she thought her husband
    might be his son" with no "But a DNA test was negative."). Its opening first, a
    contrast's in 1 text in 25, then the hope, then the answer."""
    return (
        after.lstrip(' \t\n([“"')[:3] in ("But", "How", "Yet")
        and _HOPED.search(text) is not None
        and _ANSWERED.match(after) is not None
    )


def _takes_back(before: str, after: str) -> bool:
    """Whether `after` takes back, calls false or not accurate, undoes or answers in the
    negative what `before` tells. Its opening contrast first: anchored there, `_TAKES_BACK`
    fails on nearly every text, 3× faster than looking for its words first."""
    return bool(
        _TAKES_BACK.match(after)
        or _called_false(after)
        or _called_inaccurate(after)
        or _undoes_sentence(before, after)
        or _hope_answered(before, after)
    )


def taken_back(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether the text after it takes it back (`_TAKES_BACK`), calls it false
    (`_CALLED_FALSE`) or not accurate (`_CALLED_INACCURATE`), undoes the sentence it tells
    (`_UNDONE`) or answers the hope it tells in the negative (`_HOPED`, `_ANSWERED`), to be
    shown only with that text. An article's last text is compared with the next article's
    first: the caller clears the leads of articles' last rows."""
    marked = np.zeros(len(texts), dtype=bool)
    for row, after in enumerate(texts[1:]):
        if _takes_back(texts[row], after):
            marked[row] = True
    return marked


def takes_back_before(texts: Sequence[str], rows: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per text: whether it is one of `rows` (a mask) and takes back the text before it in
    its article, as `taken_back` reads the pair; `starts` are the articles' first rows (each
    a row of `texts`: `summarize` reads no article without a sentence)."""
    answers = np.zeros(len(texts), dtype=bool)
    # a mask, not `np.setdiff1d` (~20 µs a cluster in numpy's Python): the same rows, in order
    read = rows.copy()
    read[starts] = False
    for row in np.flatnonzero(read).tolist():
        answers[row] = _takes_back(texts[row - 1], texts[row])
    return answers


_NOT_JUST = re.compile(r"[\s(\[“\"]*But\b(?=[^.?!]*?\bnot\s+(?:just|merely|simply)\b)")
"""An opening "But" before a "not just/merely/simply" in its sentence. Not "not only",
which most often brings its own "but also" ("... who figured not only in the World Trade
Center case, but also in ...", DUC d31006t)."""


def not_just(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it opens on "But" and says what something was not just
    (`_NOT_JUST`), to wait for the sentence before it."""
    return np.fromiter(
        (t.lstrip(' \t\n([“"')[:3] == "But" and _NOT_JUST.match(t) is not None for t in texts),
        dtype=bool,
        count=len(texts),
    )
