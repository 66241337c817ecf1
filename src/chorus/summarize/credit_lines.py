"""Quotations and the lines that credit them: a credit set on a line of its own below its
quotation ("— Jon Cryer, on his upset victory", "Senator Ted Cruz"), and a quotation that
is a sentence of its own after the sentence crediting it ('"This is surprising," Tschopp
said.' / '"Many other sauropod dinosaurs seem ..."', raw 33): shown without its credit, a
quotation has no speaker, or reads as the speaker of whatever the summary shows before it
(docs/journal/summary.md, "Summary a reader sees, eighth" and "twelfth pass")."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.dangling import says_outside_quotes

BARE_QUOTE = re.compile(r"[\s(\[]*[“\"][^“”\"]*[”\"]\s*\Z")
"""A sentence that is one quotation and nothing else ('"She has made millions ... her sex
tape."')."""

_OPEN_QUOTE = re.compile(r"[\s(\[]*[“\"][^“”\"]*\Z")
"""A quotation opening a sentence and going on past it, its closing mark further on
("“Raffaele has plenty of reason for resentment, but not against me. The only reason ...
my alibi.", raw 133, after '“This is not the case,” she said.')."""


def quotation_alone(text: str) -> bool:
    """Whether a text is a quotation and nothing else, closed (`BARE_QUOTE`) or going on
    past it: it says nothing of who speaks."""
    return BARE_QUOTE.match(text) is not None or _OPEN_QUOTE.match(text) is not None


_CREDIT_LINE = re.compile(r"(?:[—–]|--)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,|\.?\s*\Z)")
"""A quotation's credit set on a line of its own below it: a dash, a name of up to four
capitalised words, then a comma or nothing ("— Jon Cryer, on his upset victory", "--
George Rede")."""
_NAME_LINE = re.compile(
    r"(?!(?:The|A|An|Your|Our|My|This)\b)(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*\s*\Z"
)
"""A line that is a name alone, with its title ("Senator Ted Cruz", raw 108), below a bare
quotation: the quotation's credit, set without a dash. A heading is no credit ("The Thing",
"Your Health" below a quotation, raw 2 and 215)."""
_NAME_SAID = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|wrote|explained)\.\s*\Z")
"""A credit the splitter cut from its quotation above it ("Mr. Oppenheim said.", raw 130;
"Skinner wrote.", 196: the two such lines of raw, none of DUC's)."""
_CLOSING_MARKS = ("”", '"', "’", "'")


def credits_quotation(text: str, before: str) -> bool:
    """Whether a text is the credit line of the quotation ending the text `before` it
    ("“...” " then "— Julie Bowen, asked where she’ going to put her statuette.", raw 10):
    the splitter makes it a sentence of its own, and a quotation shown without it has no
    speaker."""
    if _NAME_SAID.match(text):
        return before.rstrip().endswith(_CLOSING_MARKS)
    if text[:1] in "—–-":
        return before.rstrip().endswith(_CLOSING_MARKS) and _CREDIT_LINE.match(text) is not None
    return _NAME_LINE.match(text) is not None and BARE_QUOTE.match(before) is not None


def credit_lines(texts: Sequence[str], article_starts: Sequence[int]) -> np.ndarray:
    """Per text: whether it credits the quotation of the text before it in its article
    (`credits_quotation`); an article's first text has none before it."""
    marked = np.zeros(len(texts), dtype=bool)
    for row in range(1, len(texts)):
        if texts[row][:1] in "—–-" or texts[row - 1][:1] in '“"':
            marked[row] = credits_quotation(texts[row], texts[row - 1]) and not _heads(texts, row)
    marked[np.asarray(article_starts, dtype=np.int64)] = False
    return marked


def _heads(texts: Sequence[str], row: int) -> bool:
    """Whether a name alone at `row` heads the quotation below it rather than crediting the
    one above: raw 21 sets each tribute under its speaker ("50 Cent" / "“R.I.P to Prodigy
    ...”" / "WESTSIDE GUNN" / "“P was Family, ...”")."""
    return (
        texts[row][:1] not in "—–-"
        and _NAME_SAID.match(texts[row]) is None
        and row + 1 < len(texts)
        and BARE_QUOTE.match(texts[row + 1]) is not None
    )


_CREDIT_CLOSING = re.compile(
    r"[\s(\[]*[“\"](?:[^\s“”\"]+\s+){0,4}[^\s“”\"]+[”\"],?\s+"
    r"[^“”\"]*\b(?:said|says|tells|told|added|asked|wrote|explained)\b[^“”\"]*\Z"
)
"""A sentence opening on a quotation of at most five words and closing on its credit ('"This
is surprising," Tschopp said.', '“We want to build habits,” Dr. Kazdin said.', raw 90). Five
words, not four since summary30: raw 90's next quotation ("“The practice actually changes the
brain, ...”") was shown with no speaker (docs/journal/summary.md, "Summary a reader sees,
thirtieth pass (stop 37)")."""


_GOES_ON = re.compile(
    r"[“\"]\s*(?:It(?!(?:’s|'s|\s+is|\s+was)\s+(?:[\w-]+\s+){0,2}?(?:that|to|for)\b)"
    r"|This|That|These|Those|They|So|And|But)\b"
)
"""A quotation opening on a word standing for, or going on from, what the speaker said just
before ('"It has to do with the injury combined with the state of the brain."', raw 113,
after '"The injury by itself is not enough to explain the ongoing pain," Apkarian added.';
'“But he still has a lot of work to do.”', 238): its other half, and its credit, are in the
sentence before, at any length (summary89). Not an "It" standing for the clause after it
('“It is ludicrous that Zainab Al-Khawaja is facing a year in prison ...”', raw 127;
'"It's time for a governor who ..."', 230), which goes on from nothing."""


def credited_before(texts: Sequence[str], article_starts: Sequence[int]) -> np.ndarray:
    """Per text: whether it is one quotation and nothing else right after a sentence opening
    on a few quoted words and closing on their credit (`_CREDIT_CLOSING`), or opening on a
    word going on from a quotation of any length the sentence before opens on and credits
    (`_GOES_ON`): the speaker's further words, to be shown with that sentence."""
    marked = np.zeros(len(texts), dtype=bool)
    for row in range(1, len(texts)):
        if texts[row][:1] in '“"' and BARE_QUOTE.match(texts[row]):
            before = texts[row - 1]
            marked[row] = _CREDIT_CLOSING.match(before) is not None or (
                before[:1] in '“"'
                and _GOES_ON.match(texts[row]) is not None
                and CLOSES_ON_CREDIT.search(before) is not None
            )
    marked[np.asarray(article_starts, dtype=np.int64)] = False
    return marked


CLOSES_ON_CREDIT = re.compile(
    r"[”\"],?\s+[^“”\"]*\b(?:said|says|tells|told|added|asked|wrote|explained)\b[^“”\"]*\Z"
)
"""A sentence closing on its quotation's credit ('"The name Dorothy Day has not been used
...," said Sanders in a short interview.')."""


def bare_opening(texts: Sequence[str], ordered: Sequence[int]) -> tuple[list[int], list[int]]:
    """The summary's first row (`ordered` in reading order, rows of `texts`) when it is a
    quotation alone ("“She was a valiant fighter for workers, ...”", raw 108, Sanders'):
    nothing shown before it says who speaks. Read once the summary is chosen, for it to be
    chosen again either taken with the sentence before it, when that one closes on a
    credit (first list), or without it (second: raw 133's “He is collateral damage ...”
    after a quotation of Knox's that the splitter cut from its credit)."""
    if not ordered or not quotation_alone(texts[ordered[0]]):
        return [], []
    row = ordered[0]
    if row > 0 and CLOSES_ON_CREDIT.search(texts[row - 1]):
        return [row], []
    return [], [row]


_FIRST_PERSON = re.compile(r"[wWoOu](?<!\w[wWoOu])(?:(?<=[wW])e|(?<=[oO])ur|(?<=u)s)(?!\w)")
"""A "we", "We", "our", "Our" or "us" as a word. Written to open on its first letters, which
the pattern engine looks for fast, then to look back for the word's start (as
`own_voice.FIRST_PERSON`): twice as fast as opening on `\b`."""


def speaks_as_we(text: str) -> bool:
    """Whether a text says "we", "our" or "us" outside its quotation marks."""
    return says_outside_quotes(_FIRST_PERSON, text)


def says_we(text: str) -> bool:
    """Whether a text says "we", "our" or "us" anywhere, inside its quotation marks too."""
    return _FIRST_PERSON.search(text) is not None


_LIKE = 0.6
"""The vectors' cosine from which another article's quotation may hold the same words: a
page's capitals ("JURASSIC PARK") put raw 231's memo at 0.75 to Variety's quotation of it."""
_SAME_WORDS = 0.8
"""The share of a sentence's words (lower-cased) the quotation holds, for the same words."""
_WORDS = re.compile(r"\w+")


def quoted_elsewhere(
    texts: Sequence[str], vectors: np.ndarray, article_of: np.ndarray, own: Sequence[int]
) -> list[int]:
    """The rows of `own` (chosen rows speaking in the first person outside any quotation:
    "At Universal we have had franchises ...", raw 231's studio memo; Knox's blog, raw 133,
    `own_voice.OwnPages`) whose words another article quotes, credited there ("“At
    Universal we have had ...,” Meyer noted."): shown from the page that is the speaker's
    own, the summary never says who "we" are, or "I"."""
    if not own:
        return []
    quoted = [row for row, text in enumerate(texts) if "“" in text or '"' in text]
    near = vectors[own] @ vectors[quoted].T >= _LIKE
    near &= article_of[own][:, None] != article_of[quoted][None, :]
    marked = []
    for n, row in enumerate(own):
        words = set(_WORDS.findall(texts[row].lower()))
        if any(
            len(words.intersection(_WORDS.findall(texts[quoted[m]].lower())))
            >= _SAME_WORDS * len(words)
            for m in np.flatnonzero(near[n])
        ):
            marked.append(row)
    return marked
