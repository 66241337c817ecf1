"""Where a quotation keeps a sentence going: a boundary inside a quotation still open, or
after a quotation whose attribution follows ("“Isn’t this ...?” Hiddleston asks her.").

A quotation may open with one kind of mark and close with another (“...," and "...''
in raw Multi-News pages): where a piece holds two kinds, its marks are read in order. A
quotation in single marks goes on after a colon, or after a "‘" whose close the line soon
brings (a "‘" is an apostrophe as often: "Hit ‘Em Up").
"""

from __future__ import annotations

import re

from chorus.language.quote_marks import curly_marks
from chorus.language.quote_patterns import QUOTE_PATTERNS

_MAX_QUOTED_WORDS = 80
"""A quotation left open this long is a stray quote mark, not one long sentence."""
_CLOSE_IN_SIGHT_WORDS = 40
"""Words of the line after a boundary within which a quotation opened with "‘" must close for
the sentence to go on: a "‘" is an apostrophe as often ("Hit ‘Em Up"), and then no close
follows it so near."""
_LINE_REACH = 600
"""Characters of the line after a boundary that hold `_CLOSE_IN_SIGHT_WORDS` words."""
_INNER_CLOSINGS = ("", "’", "'")
"""What may close a quotation nested inside the closing one, between the stop and the outer
mark: nothing, or a single mark ("… said: ‘… to this magazine?’” Mr. Oppenheim said.", raw
validation 130 [0]; "… have said, 'How do you find …?'" O'Grady told LiveScience.", 2 [1])."""
_QUOTE_CLOSINGS = tuple(
    end + inner + quote for end in "?!." for inner in _INNER_CLOSINGS for quote in '"”'
)
_ASKED_OR_EXCLAIMED = tuple(
    stop + inner + quote for stop in "?!" for inner in _INNER_CLOSINGS for quote in ('"', "”", "''")
)
_QUOTATION_AND_SPEAKER = re.compile(dict(QUOTE_PATTERNS)["quote, speaker verb"])
"""A quotation, its speaker and a speech verb ("“...?” Hiddleston asks"), as `analyze.quotes`
reads them; imported, not copied, so the splitter joins what the quote finder attributes."""
_ATTRIBUTION_TAIL = re.compile(
    r"\s*(?:[.,;!?]|$)|\s+(?:[a-z]+ly|in|on|at|during|to|from|with|after|before|as|while"
    r"|when|last|this|earlier|later|again|then|her|him|them|me|us|[A-Z]\w*)\b"
)
"""What may follow the verb of an attribution: its end, where or when ("said last week.",
"asked in an extended digression") or whom ("asks her."); not a statement of its own ("He
said liberals ...", "Senator Obama answered: ...")."""
_LOWER_CASE_WORD = re.compile(r"[a-z]+\b")
"""A word all in lower case: the rest of a sentence, not a new one ("iPhone" may be)."""
_MARK = re.compile(r"[“”\"]|``|''")
_BRACKET_OF_WORDS = re.compile(r"\([^()\n]*(?<![.!?])\)")
"""A bracket whose words close with no stop: after a title's "?" or "!", its credit, no new
sentence ('"Who's That Chick?" (David Guetta featuring Rihanna), Feb. 2, 2011', a chart's line,
raw 82 [1]; '"Dorothy Day: Who Cares About the Saints?" (The Rev. James Martin and Loyola
Productions)', 108 [0]). A bracket closing with a stop is a sentence of its own (an editor's
"... What could be more American?" (The mystery of a Deadhead ... may be solved.)", raw 44's
summary)."""


def _marks_left_open(piece: str) -> bool:
    """True when the last of `piece`'s marks, of whatever kind, leaves a quotation open:
    “ and `` open, ” closes, a straight mark closes what is open and else opens, and ''
    closes, but opens before a word, where pages write it for "“" ("''Walk the Line,"")."""
    open_ = False
    for match in _MARK.finditer(piece):
        mark = match.group()
        if mark == '"':
            open_ = not open_
        elif mark == "''":
            open_ = piece[match.end() : match.end() + 1].isalnum()
        else:
            open_ = mark != "”"
    return open_


def quote_open(piece: str) -> bool:
    """True when `piece` opens a quotation it does not close, newswire's ``...'' too ("``We're
    very sad. We tried ...,'' Peter Foster ... told The Associated Press.": DUC d31041t), or
    one opened with one kind of mark and closed with another (“...," Whelan said.)."""
    # A mark is counted only in a piece that holds it: most hold none, and the five counts
    # of every piece took 9.6 ms of a pass over the 690 raw validation articles (now 3.4).
    # A piece holding one kind is answered by counting; only the few holding two are read.
    if '"' in piece:
        if "“" in piece or "”" in piece or "''" in piece or "``" in piece:
            return _marks_left_open(piece)
        return piece.count('"') % 2 == 1
    if "“" in piece:
        if "``" in piece or "''" in piece:
            return _marks_left_open(piece)
        return piece.count("“") > piece.count("”")
    if "``" in piece:
        if "”" in piece:
            return _marks_left_open(piece)
        return piece.count("``") > piece.count("''")
    return False


_SINGLE_OPENING = re.compile(r":\s+'(?=[A-Z])")
_SINGLE_CLOSING = re.compile(r"(?<=\S)'(?!\w)")


def _single_quote_open(piece: str) -> bool:
    """True when a quotation in straight single marks opens after a colon and is not closed
    ("... producer who said: 'Kim's mapping out 2012, ... and Kris isn't a part of it. Any
    itineraries ... don't include Kris very much.'": multi_news-val-1334). Only after a
    colon, as a single mark is an apostrophe as often ("Kim's"); one ending a word closes
    ("INVESTIGATORS: 'Connecting the dots' Minn. man ...": 4656), a plural's ("the boys'
    toys") too, so that no sentence runs on past a quotation's close."""
    if ": '" not in piece:
        return False
    openings = list(_SINGLE_OPENING.finditer(piece))
    return bool(openings) and _SINGLE_CLOSING.search(piece, openings[-1].end()) is None


_CURLY_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(“\"—–]))‘(?=[A-Z])")
_CURLY_SINGLE_CLOSING = re.compile(r"’(?![^\W_])")
"""A curly single mark after a word or a stop and before no letter: a quotation's close, or
a plural's apostrophe ("the boys’ toys")."""


def _curly_single_open(piece: str) -> bool:
    """True when `piece` opens a quotation with "‘" before a capital and does not close it
    ("‘They are divorcing.", raw validation 28 [2], a quotation that goes on: "They haven’t
    been together for a month ... which Kris has failed to visit.’")."""
    if "‘" not in piece:
        return False
    openings = list(_CURLY_SINGLE_OPENING.finditer(piece))
    return bool(openings) and _CURLY_SINGLE_CLOSING.search(piece, openings[-1].end()) is None


def _rest_of_line(text: str, next_start: int) -> str:
    """The first `_CLOSE_IN_SIGHT_WORDS` words of the line from `next_start`."""
    line_end = text.find("\n", next_start, next_start + _LINE_REACH)
    rest = text[next_start : line_end if line_end >= 0 else next_start + _LINE_REACH]
    return " ".join(rest.split()[:_CLOSE_IN_SIGHT_WORDS])


def _curly_single_closes(rest: str) -> bool:
    """True when the first curly single close in `rest` follows a stop or a comma: a
    quotation's close ("... to visit.’"), not a plural's apostrophe."""
    close = _CURLY_SINGLE_CLOSING.search(rest)
    return close is not None and rest[close.start() - 1 : close.start()] in (".", ",", "?", "!")


def _curly_single_closes_in_sight(piece: str, text: str, next_start: int) -> bool:
    """True when `piece` leaves a quotation open in "‘" and the line closes it after a stop
    or a comma within `_CLOSE_IN_SIGHT_WORDS` words of `next_start`: a "‘" without its close
    so near is an apostrophe ("Hit ‘Em Up") or a quotation the page never closes."""
    return _curly_single_open(piece) and _curly_single_closes(_rest_of_line(text, next_start))


def _attributed_after(text: str, start: int, end: int, next_start: int) -> bool:
    """True when the quotation that ends `text[start:end]` is followed at `next_start` by
    its speaker and a speech verb, and the attribution ends there or says only where, when
    or to whom ("“Isn’t this a little small ...?” Hiddleston asks her.")."""
    line_end = text.find("\n", next_start)
    curly = curly_marks(text[start : line_end if line_end >= 0 else len(text)])
    closing = end - start - 1  # the closing mark, curly or straight, two characters as one
    # The nearest opening mark of either kind: a quotation may open with "“" and close
    # with '"' ("“Should Ronald Reagan not have talked about it for 444 days?" Gingrich said").
    opening = max(curly.rfind("“", 0, closing), curly.rfind('"', 0, closing))
    match = _QUOTATION_AND_SPEAKER.match(curly[opening:]) if opening >= 0 else None
    # The quoted words must run to this closing mark: an earlier quotation and its speaker
    # inside the sentence ("“A,” he said, “B?”") say nothing of what follows.
    if match is None or match.end("text") != closing - opening:
        return False
    return _ATTRIBUTION_TAIL.match(curly, opening + match.end()) is not None


def quotation_goes_on(text: str, start: int, piece: str, next_start: int) -> bool:
    """True when a boundary after `piece`, `text[start:]`'s first characters (followed by
    `text[next_start:]`), falls inside a quotation that goes on, or a quotation closed by
    "?", "!" or "." (and maybe a nested quotation's mark: "?’”") is followed by its
    attribution in lower case ("Is there something wrong with it?" fan Jordan Deuschleman
    asked.) or, after "?" or "!", by a bracket (a title's) or by a speaker and a speech
    verb ("Hiddleston asks her.", "?’” Mr. Oppenheim said.")."""
    if (
        quote_open(piece)
        or _single_quote_open(piece)
        or _curly_single_closes_in_sight(piece, text, next_start)
    ) and len(piece.split()) < _MAX_QUOTED_WORDS:
        return True
    if piece.endswith(_QUOTE_CLOSINGS) and _LOWER_CASE_WORD.match(text, next_start):
        return True
    if piece.endswith(_ASKED_OR_EXCLAIMED) and _BRACKET_OF_WORDS.match(text, next_start):
        return True
    return (
        piece.endswith(_ASKED_OR_EXCLAIMED)
        and text[next_start : next_start + 1].isupper()
        and _attributed_after(text, start, start + len(piece), next_start)
    )
