"""Quotation marks around attributed words: which mark opens a quotation, whether a
position lies inside one, and spans trimmed of the marks around them or widened to
close what they open, always as offsets into the text they come from; and where a
quotation opens after a sentence's last stop. A quotation going on past where it seems to
stop (after its attribution interrupts it, in the next sentence) is read in
`quote_going_on.py`.
"""

from __future__ import annotations

import re

OPEN, CLOSE = '“"', '”"'
"""Opening and closing double quotation marks; a straight mark is both."""
ENDS = ".!?" + CLOSE
"""What may end a statement after its words: a full stop, "!", "?" and a closing mark."""


def lazy_up_to(stops: str, least: int = 1) -> str:
    """A pattern's `.{least,}?` where what follows it can only begin at one of `stops`, a
    line's end or the text's end: the same matches, but a run of other characters is taken
    at once (`++`), where the lazy dot tried what follows after each character (in the
    quote patterns, for every character of every statement they read)."""
    return rf".{{{least}}}(?:[^\n{stops}]++|[{stops}])*?"


WORDS, STATEMENT_END = lazy_up_to(ENDS, 8), rf"[.!?]?[{CLOSE}]?$"
"""Eight characters or more of what was said, and what may end the statement after them."""
QUOTED = lazy_up_to("," + CLOSE)
"""A quotation's words before its closing mark (or a comma and the mark)."""


TEX_OPEN, TEX_CLOSE = "``", "''"
"""Newswire's marks of two characters (DUC's AP and NYT text: ``Strong competitors ...,''
Chen was quoted as saying)."""


def curly_marks(text: str) -> str:
    """`text` with ``...'' as “ ...  ”, each two characters still two: every offset into
    the result is the same offset into `text`, and a span that holds the curly mark
    holds both characters of the mark it stands for."""
    return text.replace(TEX_OPEN, "“ ").replace(TEX_CLOSE, " ”")


_TEX_CLOSE_OPENING = re.compile(r"''(?=\w)")
"""Newswire's closing mark written where a quotation opens, before its first word: "''We
can solve this problem very easily,'' he told the British Broadcasting Corp." (DUC
d30042t); a mark that closes stands after a word or a comma, before a space."""


BROKEN_CLOSE = "\ufffd?"
"""A closing “ ” ” its source's bytes lost (UTF-8's E2 80 9D read as a one-byte code, its
last byte then as "?"): "“..., even if they have some deleterious consequences in
post-reproductive ages,\ufffd? they wrote." (multi_news-val-3655)."""
_BROKEN_CLOSING = re.compile(r"(?<=[\w,.!?])\ufffd\?(?=\s|$)")


def attributed_marks(text: str) -> str:
    """`curly_marks`, with a '' before a word read as the “ it stands for and a
    `BROKEN_CLOSE` after a word as the ” it stands for (both two characters still): the
    marks the quote patterns read (the splitter reads `curly_marks`' alone)."""
    if BROKEN_CLOSE in text:
        text = _BROKEN_CLOSING.sub("” ", text)
    return curly_marks(_TEX_CLOSE_OPENING.sub("“ ", text))


def opened_before(text: str, at: int) -> bool:
    """Whether a quotation mark opens right before `at` (newswire's '' too, where it opens:
    `attributed_marks`)."""
    if (at > 0 and text[at - 1] in OPEN) or text[max(0, at - 2) : at] == TEX_OPEN:
        return True
    return text[max(0, at - 2) : at] == TEX_CLOSE and (at == 2 or text[at - 3].isspace())


_ANY_MARK = re.compile(rf"[{OPEN}{CLOSE}]|{TEX_OPEN}|{TEX_CLOSE}")


def holds_a_mark(text: str) -> bool:
    """Whether `text` holds a quotation mark of either kind."""
    return _ANY_MARK.search(text) is not None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of `text[start:end]` without surrounding spaces, quote marks or commas, nor
    the comma or stop and single mark that close a quotation inside the words ("... to the
    end,’”": multi_news-val-5397) or the words' own ("... as much.'": 1334; an apostrophe
    never follows a comma or stop, `_closes_single`) or a bracket they never opened, and its
    opening mark if the words start on it."""
    while start < end and (text[start].isspace() or text[start] in OPEN + CLOSE):
        start += 1
    if text[end : end + 1] == "." and _closes_abbreviation(text, start, end + 1):
        end += 1  # the stop a pattern left out of the words' end is their "D.C."'s too
    if text.find("(", start, end) >= 0 and (aside := _OWN_ASIDE.search(text, start, end)):
        end = aside.start() + 1
    single_closed = False
    while end > start and (
        text[end - 1].isspace()
        or text[end - 1] in OPEN + CLOSE + ","
        or (text[end - 1] == "." and not _closes_abbreviation(text, start, end))
        or (text[end - 1] in _SINGLE_CLOSE and _closes_single(text, start, end - 1))
        # the close of a bracket the words never opened: "“But I’ve learned that you should
        # always pay attention to successful ‘clowns.’ ”)" (raw validation 0-based 227)
        or (text[end - 1] == ")" and text.find("(", start, end) < 0)
    ):
        single_closed = single_closed or text[end - 1] in _SINGLE_CLOSE
        end -= 1
    # the mark that opened it goes too where the words open on it: "“‘Mark Kornblau ...
    # decision,’” the colleague recalled Oppenheim saying" (multi_news-val-1867)
    if single_closed and text[start : start + 1] in _SINGLE_OPEN:
        start += 1
    return start, end


_OWN_ASIDE = re.compile(r"[.!?][”\"’]?\s+\((?=[A-Z])")
"""A bracketed sentence of the writer's after the words' end, which the splitter left in
their sentence: "As Vulture’s Kyle Buchanan points out, “...” is the third result when you
Google “maple lattes.” (The song is also just brutally specific, ...)" (raw 201 [1]); the
words end at their stop."""


_COMMA_CLOSES = (",''", ',"', ",”")
"""A comma and the mark closing a quotation (newswire's '' too), before the writer's words."""


def before_closing_comma(text: str, start: int, end: int) -> int:
    """Where words that close on a quotation's comma and closing mark end without them:
    the comma stood before "Shah said" ('The law "is leading to ... the United States,"
    Shah said': raw validation 0-based 19), not in the words; the mark the quotation then
    leaves open is closed where the row is shown (`render/said_once.closed`)."""
    for ending in _COMMA_CLOSES:
        if text.endswith(ending, start, end) and end - len(ending) > start:
            return end - len(ending)
    return end


_ABBREVIATED = re.compile(r"(?:\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Jr|Sr|Inc|Corp|Ltd|etc))\.")


def _closes_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the stop before `end` is the last of initials or an abbreviation, which keep
    it: "... watch Austin turn into Washington, D.C.,” Davis said" (raw multi_news-val-4960),
    "... a new job in Washington, D.C." (raw validation 0-based 124 [2]), "at 11:40 a.m.",
    "DeOrr Jr.", "Military Industrial Corp." (DUC 27): the sentence's stop is the
    abbreviation's, and the words shown without it read cut ("Washington, D.C")."""
    return any(
        found.end() == end
        for found in _ABBREVIATED.finditer(text, max(start, end - _ABBREVIATION_REACH), end)
    )


_ABBREVIATION_REACH = 12
"""Characters before a stop looked at for the abbreviation it closes ("C.I.A." is 6)."""


_SINGLE_CLOSE = "’'"
_SINGLE_OPEN = "‘'"
_SINGLE_OPENING = re.compile(r"(?<!\w)['‘](?=\w)")


def _closes_single(text: str, start: int, at: int) -> bool:
    """Whether the single mark at `at` closes a quotation `trim` leaves out, after a comma
    or a stop: where no single mark opened inside the words, which are a quotation in
    single marks themselves ("... as much.'"), or after a comma, where the quotation inside
    them is a sentence of its own going on past the mark ("... to the end,’”"), not a word
    or two the writer marks ("nicknamed 'Bigfoot,'", "I'm a 'no,'", "you are just
    'threatened.'": those keep their marks)."""
    before = text[at - 1 : at]
    if before not in (",", "."):
        return False
    openings = [found.start() for found in _SINGLE_OPENING.finditer(text, start, at)]
    if not openings:
        return True
    return before == "," and len(text[openings[-1] : at].split()) > _MARKED_WORDS


_MARKED_WORDS = 2
"""Words a writer marks as a term, not someone's sentence quoted inside the words."""


_MARK = re.compile(r"[“”\"]")
_OPENS_AFTER = frozenset("([{—–-/")


def _opens(text: str, at: int) -> bool:
    """Whether the quote mark at `at` opens a quotation: a straight mark opens where no
    word ends right before it and a word starts right after it (`survive, " said` closes),
    but not after a quotation in single marks that closes a statement: "... says 'hey you
    have to square yourself away. ' "It's a court of ..." (raw validation 0-based 67) sets
    a space between the two closing marks."""
    mark = text[at]
    if mark != '"':
        return mark == "“"
    after = text[at + 1 : at + 2]
    if not after or after.isspace():
        return False
    if at == 0 or text[at - 1] in _OPENS_AFTER:
        return True
    if not text[at - 1].isspace():
        return False
    # a single mark before the space first: the pattern reads one mark in many thousands
    if at < 2 or text[at - 2] not in _SINGLE_CLOSE:
        return True
    return _SINGLE_CLOSED.search(text, max(0, at - 5), at) is None


_SINGLE_CLOSED = re.compile(r"[.!?,]\s?['’]\s$")
"""A statement's stop and the single mark closing a quotation inside a quotation, then a
space: a double mark after it closes the quotation around it."""


def inside_quotation(text: str, at: int) -> bool:
    """Whether `at` lies between an opening mark and its closing mark."""
    depth = 0
    for mark in _MARK.finditer(text, 0, at):
        depth = depth + 1 if _opens(text, mark.start()) else max(0, depth - 1)
    return depth > 0


_CLOSE_REACH = 40
"""How far after a span its quotation's closing mark is looked for."""


_STATEMENT_CLOSED = re.compile(r"[.!?]\s?(?P<single>['’]\s*)?$")
"""A statement's end before a closing mark, maybe with a single mark closing one inside."""


def _closes_statement(text: str, start: int, at: int, end: int) -> bool:
    """Whether the closing mark at `at` ends a statement and words follow it before `end`:
    a curly mark, or a straight one after a single mark closing (a straight mark right
    after a stop may be one out of place, the speaker going on: "... he says
    'yeah-I'm going to f****** kill you!" and now I can tell ...", raw 0-based 121)."""
    closed = _STATEMENT_CLOSED.search(text, max(start, at - 4), at)
    return (
        closed is not None
        and (text[at] == "”" or closed["single"] is not None)
        and any(c.isalnum() for c in text[at:end])
    )


def balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to close the quotation it opens (`“with a vengeance.”`, the full
    stop inside the marks as the source has it) and to open the one it closes, or cut at
    the close of a quotation it starts inside of, or of the one opening right before it
    where that closes a statement and words go on. A closing mark not next to the span is
    not looked for: the sentence is unbalanced itself, or the span ends for a reason."""
    unclosed: list[int] = []
    unopened: int | None = None
    for mark in _MARK.finditer(text, start, end):
        if _opens(text, mark.start()):
            unclosed.append(mark.start())
        elif unclosed:
            unclosed.pop()
        elif unopened is None:
            unopened = mark.start()
    if unclosed:
        # bounded: the mark must come before any word, and an unbounded find in a long
        # article costs as much as the rest of the function
        at = text.find("”", end, end + _CLOSE_REACH)
        if text[unclosed[-1]] == '"':
            # a straight mark may be closed by a curly one ("told him that it "must stop
            # immediately”.": multi_news-val-5397)
            straight = text.find('"', end, end + _CLOSE_REACH)
            at = straight if at < 0 or 0 <= straight < at else at
        elif at < 0 and (straight := text.find('"', end, end + _CLOSE_REACH)) >= 0:
            # and a curly one by a straight one that opens nothing ("will act “in a manner
            # ... We will not be afraid."": raw validation 0-based 102)
            at = -1 if _opens(text, straight) else straight
        if at >= 0 and not any(c.isalnum() for c in text[end:at]):
            end = at + 1
    if unopened is not None:
        before = start  # the span's start, back over spaces (not a copy of the text)
        while before and text[before - 1].isspace():
            before -= 1
        if before and text[before - 1] in OPEN and _opens(text, before - 1):
            if _closes_statement(text, start, unopened, end):
                # the quotation opening the words closes a whole statement mid-way: the
                # writer's words follow ("'... square yourself away. ' "It's a court of
                # honesty and accountability ...": raw validation 0-based 67)
                end = trim(text, start, unopened)[1]
            else:
                start = before - 1
        elif inside_quotation(text, start):
            # the speaker is named inside a quotation (“Lavrov stressed that ...,” the
            # statement said): the words end with it
            start, end = trim(text, start, unopened)
    return start, end


_STOP_THEN_OPEN = re.compile(r"[.!?](?:[”’]?\))?\s+(?=“)")


def after_last_stop(text: str, start: int, end: int) -> int:
    """Where a quotation that opens after the last sentence end inside `text[start:end]`
    starts, or `start`: newswire's "He described the cardinal's record as mixed. ``He
    tried ...,'' Goldstein said" is one sentence to the splitter, and only the quotation
    is Goldstein's (DUC d31002t); so too after a whole sentence in brackets ("(Mercer,
    meanwhile, has supported a super PAC, ..., whose goal is to “get more Blacks involved in
    the Republican Party.”) “Most people at Renaissance didn’t challenge him” about politics,
    Patterson said.": raw validation 0-based 227, the writer's aside)."""
    stops = list(_STOP_THEN_OPEN.finditer(text, start, end))
    return stops[-1].end() if stops else start
