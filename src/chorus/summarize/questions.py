"""A page of questions and answers: lines opening on a label ("Q:" and "A:", or a speaker's
name in capitals and a colon, "PRESIDENT OBAMA: ..."), one label asking and another
answering, turn after turn.

An answer reads as the reply to the line shown right above it: shown below another
question it answers that one (raw validation 115's AP page, "Q: But what if I'm good at
managing the money?" above "A: Sure, it's why you bought a ticket, right?", the answer to
"Is it OK to splurge a little?"), and shown alone its "This" stands for no question ("A:
This is the big question, and most people think taking the lump sum is the smart move.").
A line of the asking turn shown without the answer right after it asks, or sets up, what
the summary never answers (raw 144's "GEORGE STEPHANOPOULOS: And you're not going to tell
it's how long it's going to take?", its asker going on; "GEORGE STEPHANOPOULOS: We have a
brand new poll out at ABC."). So the asking turn's last line is shown only with the answer
after it, and the answer only below that line (`ties.row_ties`); the turn's other lines are
never shown. The labels stay: a label says who speaks, as a transcript's does
(docs/journal/summary.md, "Summary a reader sees, sixty-fifth pass").

A page is read as one of questions and answers by its turns: a label line right after a
line of another label's turn that asks ("...?") answers it, and the page's asking and
answering labels are the pair answered so most often, at least `ANSWERED_AT_LEAST` times.
A heading in capitals ("UPDATE: ...", "EDITORIAL: ...") answers nothing, and the answerer's
own question before the asker's next turn (144's "... which vision is more persuasive
...?") makes the answerer no asker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

_LABEL = re.compile(r"((?:[A-Z][A-Z.'’-]* ){0,3}[A-Z][A-Z.'’-]*):\s")
"""A speaker's label opening a line: "Q:", "A:", "LEE:", "GEORGE STEPHANOPOULOS:" (up to four
words in capitals)."""
_LABEL_REACH = 64
"""The most characters before a label's colon: four words in capitals."""
_ASKS = re.compile(r"\?[\"”’')\]]*\s*\Z")
"""A line closing on a question mark (past closing quotation marks or brackets)."""
ANSWERED_AT_LEAST = 2
"""The fewest answers to one asking label that make a page one of questions and answers:
raw 115's AP page answers 11 "Q:" lines, 144's interview 18 of Stephanopoulos's questions;
no other page of raw or DUC answers a question with a label line even once."""


def _label(text: str) -> str | None:
    """The label a line opens on, if any (a literal colon test before the pattern)."""
    if not text[:1].isupper() or ":" not in text[:_LABEL_REACH]:
        return None
    found = _LABEL.match(text)
    return found.group(1) if found else None


def _page_turns(labels: Sequence[str | None]) -> tuple[list[str | None], list[bool]]:
    """Per line of one article, given the label each opens on (`_label`): the label of the
    turn it stands in (its own, or the nearest one above it), and whether it opens on one."""
    turns: list[str | None] = []
    opens: list[bool] = []
    turn = None
    for label in labels:
        opens.append(label is not None)
        turn = label or turn
        turns.append(turn)
    return turns, opens


def _page_questions(texts: Sequence[str]) -> tuple[list[int], list[int]]:
    """The lines of one article's asking turns: those an answer follows right after, and
    the others."""
    labels = [_label(text) for text in texts]
    # the answers and an asker's label at least: counted before the turns are laid out, as
    # nearly every page opens no line on a label
    if len(labels) - labels.count(None) <= ANSWERED_AT_LEAST:
        return [], []
    turns, opens = _page_turns(labels)
    asks = [bool(_ASKS.search(text)) for text in texts]
    answered = Counter(
        (turns[row - 1], turns[row])
        for row in range(1, len(texts))
        if opens[row] and asks[row - 1] and turns[row - 1] not in (None, turns[row])
    )
    if not answered:
        return [], []
    (asker, answerer), times = answered.most_common(1)[0]
    if times < ANSWERED_AT_LEAST:
        return [], []
    answers = {row for row in range(1, len(texts)) if opens[row] and turns[row] == answerer}
    asking = [row for row, turn in enumerate(turns) if turn == asker]
    return [row for row in asking if row + 1 in answers], [
        row for row in asking if row + 1 not in answers
    ]


def questions_answered(texts: Sequence[str], starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row of a cluster (`starts`, each article's first row): a line of a page's asking
    turn (`_page_questions`) whose answer is the row after it, and one no answer follows."""
    asked = np.zeros(len(texts), dtype=bool)
    unanswered = np.zeros(len(texts), dtype=bool)
    ends = [*starts[1:].tolist(), len(texts)]
    for start, end in zip(starts.tolist(), ends, strict=True):
        with_answer, without = _page_questions(texts[start:end])
        if with_answer or without:
            asked[[start + row for row in with_answer]] = True
            unanswered[[start + row for row in without]] = True
    return asked, unanswered
