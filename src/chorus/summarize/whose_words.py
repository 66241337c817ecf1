"""A quotation in the first person shown where no sentence says who speaks it
(docs/journal/summary.md, "Summary a reader sees, twenty-fourth pass (stop 36)").

A quotation alone whose "I", "me" or "my" is a person's ("“I didn't notice with the name
being so long.”", raw 1, five lines after '"Is there something wrong with it?" fan Jordan
Deuschleman asked, ...') is shown apart from its article's sentence before: its "I" is no
one, or whoever the summary named last. Read once the summary is chosen, for it to be
chosen again with that sentence when it closes on a credit, or without the quotation.
A quotation shown after its own article's earlier credit, with only that speaker named
between, reads as the speaker's and is left (raw 97's McTiernan, the rule of
`stands_on.credited_to_another`). A quotation with no "I" ("“There were only so many
handed out. ...”", raw 1) is left: read too, it changed 51 raw summaries for R-1 / R-2 −0.07 /
−0.06; with "our" too (raw 93's "In both of our experiments, ..."), −0.028 / −0.025 more
(thirtieth pass). A "we" is a person's too (raw 129's '"We were so proud, ..."', Shinozuka's
mother's, shown after "Shinozuka's device ..."): read since the thirty-fourth pass, +0.031 /
+0.047 (6 raw summaries).

A quotation credited to "he" or "she" whom no line shown before names (raw 86's '"It's
without a doubt going to be the governor's most difficult challenge," he said.', Grimm's,
shown after Fallin's "she said") is `speaker_unshown`'s (docs/journal/summary.md, "Summary a
reader sees, thirtieth pass (stop 37)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.dangling import QUOTED
from chorus.model import Sentence
from chorus.sentence_quotes import quote_open
from chorus.summarize.credit_lines import BARE_QUOTE, CLOSES_ON_CREDIT
from chorus.summarize.leaning import names_someone
from chorus.summarize.surnames import NAME

_FIRST_PERSON = re.compile(r"\b(?:I|me|my|[Ww]e)\b")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")


def quotation_apart(
    texts: Sequence[str], ordered: Sequence[int], first_rows: Sequence[int]
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, rows of `texts`; `first_rows` are
    the articles' first rows) that are a quotation alone in the first person shown after a
    line other than their article's sentence before, unless that line is an earlier
    sentence of their article closing on a quotation's credit and every sentence between
    that names someone names the credited one. The summary's first row is
    `credit_lines.bare_opening`'s."""
    marked = []
    for at, row in enumerate(ordered):
        if not at or ordered[at - 1] == row - 1 or texts[row].lstrip(" ([")[:1] not in '“"':
            continue
        if _FIRST_PERSON.search(texts[row]) is None or BARE_QUOTE.match(texts[row]) is None:
            continue
        if not _credited_earlier(texts, ordered[at - 1], row, first_rows):
            marked.append(row)
    return marked


def _credited_earlier(
    texts: Sequence[str], before: int, row: int, first_rows: Sequence[int]
) -> bool:
    """Whether `before` is an earlier sentence of `row`'s article that closes on a
    quotation's credit or names someone, and every sentence between that names someone
    names one of the credit's (else the sentence's) capitalised words past its first: a
    credit to "he" or "she" leaves no one to be named between."""
    if before > row or any(before < start <= row for start in first_rows):
        return False
    credit = CLOSES_ON_CREDIT.search(texts[before])
    if credit is not None:
        names = _CAPITALISED.findall(credit.group())
    elif names_someone(texts[before]):
        names = _CAPITALISED.findall(QUOTED.sub(" ", texts[before]), 1)
    else:
        return False
    return all(
        not names_someone(text) or any(name in text for name in names)
        for text in texts[before + 1 : row]
    )


def inside_quotation(sentences: Sequence[Sentence], rows: Sequence[int]) -> list[int]:
    """The `rows` (of `sentences`) that stand inside a quotation their paragraph opens and
    has not closed before them, one the splitter cut as too long to be one sentence (raw
    37's Q&A answer "In part, I went into this knowing I don't have all of the answers."):
    shown without its marks, it reads as the writer's words."""
    marked = []
    for row in rows:
        sentence = sentences[row]
        text = sentence.article.text
        paragraph = text.rfind("\n", 0, sentence.start) + 1
        if quote_open(text[paragraph : sentence.start]):
            marked.append(row)
    return marked


_PRONOUN_CREDIT = re.compile(
    r"[”\"],?\s+(he|she)\s+(?:said|says|added|told|continued|explained|wrote)\b"
)
"""A quotation credited to "he" or "she", the credit closing the sentence or going on ('...,"
she said on CNN's "State of the Union."', raw 86)."""
_NAMES = re.compile(NAME)
_SAME_ONE = {
    "he": re.compile(r"\b(?:he|him|his|He|His)\b"),
    "she": re.compile(r"\b(?:she|her|She|Her)\b"),
}
"""The words that speak of one "he" (or one "she") outside quotations."""


def speaker_unshown(
    texts: Sequence[str], shown: Sequence[int], first_rows: Sequence[int]
) -> list[tuple[int, int]]:
    """The rows of `shown` (a summary in the order shown, rows of `texts`; `first_rows` are
    the articles' first rows) that credit a quotation to "he" or "she" where the reader
    cannot tell who: the line shown right before is no earlier sentence of their article
    naming someone or speaking of that "he" or "she", and no line shown before them writes
    a name of their article's nearest earlier sentence naming someone (raw 86's Grimm, named
    two sentences above '"It's without a doubt going to be the governor's most difficult
    challenge," he said.', shown after Fallin's "she said"). Each comes with that naming
    sentence's row."""
    marked = []
    for at, row in enumerate(shown):
        text = texts[row]
        credit = _PRONOUN_CREDIT.search(text) if " he " in text or " she " in text else None
        if credit is None:
            continue
        start = max((first for first in first_rows if first <= row), default=0)
        if at and start <= shown[at - 1] < row:
            before = QUOTED.sub(" ", texts[shown[at - 1]])
            if names_someone(before) or _SAME_ONE[credit.group(1)].search(before):
                continue
        naming = next(
            (before for before in range(row - 1, start - 1, -1) if names_someone(texts[before])),
            None,
        )
        if naming is None:
            continue
        names = set(_NAMES.findall(QUOTED.sub(" ", texts[naming])))
        if not any(name in texts[other] for other in shown[:at] for name in names):
            marked.append((row, naming))
    return marked
