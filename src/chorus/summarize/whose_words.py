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
+0.047 (6 raw summaries). So is one opening on "He" or "She" (raw 227's Painter, "“He’s
trying to put someone in there ...”", shown below a pull quote's credit: forty-third pass),
and one in any person below no line naming someone or closing on a credit (raw 128's
"“The criminals running the operation were able to pay off corrupt officials ...”", the
State Department's, under two lines naming no one: no one's words; summary57). So is one
opening on a contrast with its speaker's words before ("“What’s interesting, however, is
that ...”", raw 98, shown below "The study, published today ..."; summary88). A quotation
left open past its sentence, a paragraph going on with the words of a speaker credited in the
line above (raw 53's "\"I figured they (gang members) know us, ...", below '... Banks said
this morning.'), is one alone as well (summary84, sixty-eighth pass).

`speaker_unshown`, `person_unmet`, `couple_unmet` and `they_unmet`, the "he", "she", "the
man", "The couple" or "They" no line shown before tells, are people_unmet.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.quotations import QUOTED
from chorus.model import Sentence
from chorus.sentence_quotes import quote_open
from chorus.summarize.credit_lines import CLOSES_ON_CREDIT, quotation_alone
from chorus.summarize.leaning import names_someone
from chorus.summarize.steps_apart import quoted_contrast

_FIRST_PERSON = re.compile(r"\b(?:I|me|my|[Ww]e)\b")
_SPOKEN_OF = re.compile(r"[\s(\[]*[“\"]\s*(?:He|She)\b")
"""A quotation opening on a "he" or "she" it speaks of ("“He’s trying to put someone in
there ...”", raw 227, Painter's words of Mercer, shown below a pull quote's credit to
Patterson): who speaks and whom the "he" stands for are both told in its article's line
before. Not after a "But" ("“But he still has a lot of work to do.”", 238, its "he" the
summary's Walker: read too, the Bucks arena's line went for its credit); since summary88 a
quotation opening on a contrast (`steps_apart.quoted_contrast`: "“But ...”", "“What’s
interesting, however, ...”", raw 98) is read as one in the first person is: it answers its
speaker's words in the line before, and 238's is shown below Robinson's credit. Shown after an
earlier line of its article naming someone, it is left as one in the first person is
(`_credited_earlier`: 239's Demoss words '"He asked her what the situation was, ..."' after
the officer's arrival; read apart too, 239 lost "I had lost my house ..." for their credit's
room, R-2 −8.40, and the raw mean R-2 fell 0.021)."""
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")


def quotation_apart(
    texts: Sequence[str], ordered: Sequence[int], first_rows: Sequence[int]
) -> list[int]:
    """The rows of `ordered` (a summary in reading order, rows of `texts`; `first_rows` are
    the articles' first rows) that are a quotation alone in the first person, or opening on
    a "he" or "she" (`_SPOKEN_OF`) or on a contrast (`steps_apart.quoted_contrast`), or in
    any person below no line naming someone or
    closing on a credit (`_someone_speaks`), shown after a line other than their article's
    sentence before, unless that line is an earlier sentence of their article closing on a
    quotation's credit and every sentence between that names someone names the credited
    one. The summary's first row is `credit_lines.bare_opening`'s."""
    marked = []
    for at, row in enumerate(ordered):
        if not at or ordered[at - 1] == row - 1 or texts[row].lstrip(" ([")[:1] not in '“"':
            continue
        # a quotation left open past its sentence is one too (raw 53's paragraph going on
        # with Banks' words: "I figured they (gang members) know us, ...", its credit above)
        if not quotation_alone(texts[row]):
            continue
        personal = (
            _FIRST_PERSON.search(texts[row])
            or _SPOKEN_OF.match(texts[row])
            or quoted_contrast(texts[row])
        )
        if not personal and _someone_speaks(texts, ordered[:at]):
            continue
        if not _credited_earlier(texts, ordered[at - 1], row, first_rows):
            marked.append(row)
    return marked


def _someone_speaks(texts: Sequence[str], shown: Sequence[int]) -> bool:
    """Whether a line of `shown` (rows of `texts`) closes on a quotation's credit or names
    someone: a quotation alone in no person shown below reads as theirs. Below none, it
    is no one's (raw 128's "“The criminals running the operation were able to pay off
    corrupt officials ...”" under two lines of [1] naming no one)."""
    return any(CLOSES_ON_CREDIT.search(texts[row]) or names_someone(texts[row]) for row in shown)


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
