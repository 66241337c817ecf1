"""Sentence splitting: Document → [Sentence], exact character spans into the article.

blingfire finds the boundaries inside a line (one call per document, so it is fast);
line breaks always end a sentence, because in news text a line without a full stop is
a headline, a dateline or a list item, never half of a sentence. A short list of
titles ("Dr.", "Sen.") that blingfire splits after is glued back. blingfire never cuts
where a stop has no space after it ("a probation violation.But when"); those sentence
ends are cut here, but not inside initials, domains, handles or file names. A quotation
closed by "?" or "!" keeps its attribution ("“Isn’t this ...?” Hiddleston asks her."), read
with the quote finder's own pattern for a quotation and its speaker; a name's "!" does not
end a sentence when the rest of the name follows ("he told E! News in a statement."). A
time's "a.m." ends a sentence before a capitalised word that is not its zone, day or month
("at 11:09 a.m. Rubble from the collapsed home ..."), and so does a site's address before
one ("... called FatherFounded.org. Dozens have reached out ..."). A headline glued before
the page's lead, the lead opening on its first word, is a sentence of its own.
"""

from __future__ import annotations

import operator
import re
from ctypes import c_char_p, c_int, c_void_p

import blingfire
import numpy as np

from chorus.language.datelines import PLACE_CHARACTER
from chorus.model import Document, Sentence
from chorus.sentence_quotes import quotation_goes_on, quote_open

_TITLE_ABBREVIATIONS = frozenset(
    (
        *("Dr.", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.", "Rev.", "Hon.", "St.", "Ste.", "Mt.", "Ft."),
        *("Sen.", "Gov.", "Rep.", "Pres.", "Atty.", "Supt.", "Det.", "Insp.", "Fr.", "Sr."),
        *("Gen.", "Lt.", "Col.", "Maj.", "Sgt.", "Capt.", "Cmdr.", "Adm.", "No.", "Nos."),
    )
)
_MONTH_ABBREVIATIONS = frozenset(
    ("Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.")
)
_VERSUS = frozenset(("v.", "vs."))
"""Between the parties of a case or a contest ("Kimble v. Marvel", "Brown v. Board"): never a
sentence's end, though blingfire cut 8 of raw validation's case names there."""
_CITATION_SIGNALS = frozenset(("Cf.",))
"""A legal citation's signal before the work it cites ("Cf. S. Lee and S. Ditko, Amazing
Fantasy No. 15", Justice Kagan's opinion quoted in raw validation 188 [1]): no sentence's end."""
_NEVER_ENDS = _TITLE_ABBREVIATIONS | _VERSUS | _CITATION_SIGNALS
"""The sets as one, looked up once a piece (a lookup a piece paid for a module's call)."""
_NOT_INITIALS = frozenset("AIQ")
"""Capitals that are words of their own ("A.", "I."), or an interview's question mark
("Q. What happened?"), rather than a first name's initial."""
_NAMES_WITH_A_BANG = frozenset(("Yahoo", "Jeopardy", "Yum", "Wham"))
"""Names written with "!" ("Yahoo! News", "Yum! Brands"); "E!" is a lone capital, read apart."""
_NAME_BEFORE_BANG = re.compile(r"(?:^|[\s(“\"'])([A-Z][A-Za-z]*)!$")
_CAPITALISED_WORD = re.compile(r"[A-Z][A-Za-z]*\b")
_SENTENCE_OPENERS = frozenset(
    (
        *("The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its"),
        *("He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your"),
        *("But", "And", "So", "Or", "If", "In", "On", "At", "For", "As", "Now", "Then"),
        *("What", "Who", "Why", "How", "When", "Where"),
    )
)
"""Words that open a sentence rather than go on with a name ("Jeopardy! The show ...")."""
_LINE_BREAK = re.compile(r"\n")
_STOPS_BEFORE_CAPITAL = tuple(
    (stop, re.compile(pattern + r"((?:[\"”’')\]]|(?<=['’]) (?=[\"”]))*+)(?:(?<=\)) )?\(?(?=[A-Z])"))
    for stop, pattern in ((".", r"\."), ("?", r"\?[?!]*"), ("!", r"![?!]*"))
)
"""A stop, and the closing marks after it, met by a capital letter with no space between, or
by an opening bracket and a capital ('compassion."(Olivera) comes in'); a space is allowed
between a single closing quote and a double one ('I am doing.' "Olivera, himself'), and
after a closing bracket, where blingfire does not cut ("‘clowns.’ ”) Caddell shared"). The
closing marks are taken possessively (`*+`): what they give back could not be followed by
a capital, and not trying it paid for the bracket's space. One pattern a stop, as re scans
for a leading literal several times faster than for a class, and a text without "?" (two
articles in three) or "!" skips that scan. The last dot of an ellipsis ("problems...I")
follows a dot, not a word, so an ellipsis never ends a sentence here."""
_TIME_BEFORE_CAPITAL = re.compile(
    r"m\.(?:(?<=\d[ap]\.m\.)|(?<=\d [ap]\.m\.)|(?<=\d[ap]m\.)|(?<=\d [ap]m\.))"
    r"()(?= +(?P<next>[A-Z][A-Za-z.]*))"
)
"""A time's "a.m." or "p.m." and a capitalised word: blingfire cuts there before "The" or
"He" but not before other words ("at 11:09 a.m. Rubble from the collapsed home"). Led by
its literal, the time read behind it: led by the digit, the scan took 44 ms of ~300. Its
empty group stands for the closing marks a glued stop's pattern carries (`_cut_after`)."""
_WORD_BEFORE_TIME = re.compile(r"([A-Za-z]+)[\s\d:.]*[ap]\.?$")
_TIME_ZONES = frozenset(
    (
        *("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT"),
        *("AKST", "AKDT", "HST", "GMT", "UTC", "BST", "CET", "CEST", "JST", "AEST", "AEDT"),
        *("EASTERN", "CENTRAL", "MOUNTAIN", "PACIFIC", "ATLANTIC", "LOCAL"),
    )
)
_DAYS_AND_MONTHS = frozenset(
    (
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
        *(month.rstrip(".") for month in _MONTH_ABBREVIATIONS),
    )
)
_DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "this", "each"))
"""Before a time that names the thing after it ("the 9 a.m. Hour", "a 3 p.m. Bulletin")."""
_DATELINE = re.compile(rf"[A-Z]{PLACE_CHARACTER}*, (?:[A-Z][a-z]{{1,5}}\.|(?:[A-Z]\.){{2}})")
"""A dateline's place and state ("ALLENTOWN, Pa.", "ALBUQUERQUE, N.M."): before a dash,
the story's first sentence goes on ("ALLENTOWN, Pa. - The Lehigh County Humane ...")."""
_DASHES = ("-", "—", "–")
_CLOSING_BEFORE_STOP = frozenset(")]”")
_NOT_TEXT_MARKS = ("@", "://", "www.")
"""A word holding one of these is an address or a handle ("@user.Name"), not prose."""
_ADDRESS_ENDING = re.compile(
    r"(?i:com|org|net|edu|info|pdf|jpe?g|png|gif|docx?|html?|php|mp[34])(?![^\W\d_])"
)
""""Yahoo.Com", "LeanIn.Org", "Report.PDF": the end of a domain or a file name."""
_ADDRESS_BEFORE_CAPITAL = re.compile(
    r"\.(?<=[A-Za-z0-9]\.)(?:com|org|net|gov|edu|uk)\.([\"”’')\]]*+)(?= +(?:[A-Z]|[\"“‘]\w))"
)
"""A site's address closing a sentence before the next one's capital or opening quotation
("... a volunteer Web site ... called FatherFounded.org. Dozens have reached out ...", raw
validation 155 [2]): blingfire cuts "Example.org. The" but not "Example.org. Dozens" nor
"Example.com. Dozens". Its group holds the closing marks after the stop, as a glued stop's
does (`_cut_after`); a quotation mark with a space after it may close the sentence, and is
not read as opening the next."""
_SENTENCES_WITH_OFFSETS = blingfire.blingfire.TextToSentencesWithOffsets
_MAX_SENTENCE_WORDS = 250
"""More words than any sentence of the raw Multi-News or DUC articles has (208 at most, of
26,000): a span this long is a run of text without sentence ends (a transcript typed
without punctuation), which no word budget could take whole."""
RUN_PIECE_WORDS = 30
"""A run is cut into pieces of about this many words: a long news sentence's length."""
_WORD = re.compile(r"\S+")


def _name_goes_on(piece: str, text: str, next_start: int) -> bool:
    """True when `piece` ends with a name's "!" and the capitalised word at `next_start` is
    the rest of that name: a lone capital ("he told E! News in a statement."), a name
    written with "!" ("Yahoo! Sports") or the same word again ("Tora! Tora! Tora!")."""
    name = _NAME_BEFORE_BANG.search(piece)
    following = _CAPITALISED_WORD.match(text, next_start)
    if name is None or following is None or following.group() in _SENTENCE_OPENERS:
        return False
    word = name.group(1)
    return len(word) == 1 or word in _NAMES_WITH_A_BANG or word == following.group()


def _initial_before_its_name(piece: str, token: str, text: str, next_start: int) -> bool:
    """True when `piece` closes on a first name's initial (`token`, "S.") that blingfire set
    apart from the surname after it ("Cf. S." / "Lee and S. Ditko, ...", raw validation 188
    [1]; "H." / "Brandt Ayers, 82, ..."): the initial stands alone or after another word
    closed by a stop, and a capitalised word that opens no sentence follows. After any other
    word, a capital and its stop may end a sentence ("below -25 C.", "H 2 O.")."""
    if len(token) != 2 or not token[0].isupper() or token[0] in _NOT_INITIALS:
        return False
    before = piece[: -len(token)].rstrip()
    if before and not before.endswith("."):
        return False
    following = _CAPITALISED_WORD.match(text, next_start)
    return following is not None and following.group() not in _SENTENCE_OPENERS


def _glued_after(text: str, start: int, end: int, next_start: int) -> bool:
    """True when a boundary after `text[start:end]` (followed by `text[next_start:]`) is
    not a sentence end: it follows a title abbreviation or a case's "v.", a quotation goes
    on or its attribution follows (`quotation_goes_on`), or it ends a dateline's state
    before a dash ("UNION CITY, Ga. - One minute, ...")."""
    piece = text[start:end]
    if quotation_goes_on(text, start, piece, next_start):
        return True
    if piece.endswith("!"):
        return _name_goes_on(piece, text, next_start)
    if not piece.endswith("."):
        return False  # every abbreviation listed ends with a full stop
    # An opening bracket or quotation mark before a title ("(Mr. Kantner ...") is no
    # part of its word.
    token = piece.rsplit(None, 1)[-1].lstrip("([“\"‘'")
    if token in _NEVER_ENDS or _initial_before_its_name(piece, token, text, next_start):
        return True
    if text.startswith(_DASHES, next_start) and _DATELINE.fullmatch(piece):
        return True
    return token in _MONTH_ABBREVIATIONS and text[next_start : next_start + 1].isdigit()


def _is_glued_sentence_end(text: str, match: re.Match[str]) -> bool:
    """True when a stop met by a capital (`match`) ends a sentence by its shape: it follows a
    word of two or more letters ending in lower case ("violation.But"), a digit ("July
    2.The") or a closing bracket, so not initials or tickers ("U.S.", "a.m.", "KORS.N"), and
    it is met by no initial ("Ph.D.") and its word is no address, handle or file name."""
    stop = match.start()
    before = text[stop - 1] if stop else ""
    follows_word = before.islower() and stop >= 2 and text[stop - 2].isalpha()
    if not (follows_word or before.isdigit() or before in _CLOSING_BEFORE_STOP):
        return False
    capital = match.end()
    if text[capital + 1 : capital + 2] == "." or _ADDRESS_ENDING.match(text, capital):
        return False  # an initial ("Ph.D."), a domain or a file name
    word_before = text[max(0, stop - 60) : stop].rsplit(None, 1)[-1]
    word_after = text[capital : capital + 60].split(None, 1)[0]
    word = word_before + match.group() + word_after
    return not any(mark in word for mark in _NOT_TEXT_MARKS)


def _is_time_end(text: str, match: re.Match[str]) -> bool:
    """True when a time's "a.m." (`match`) ends a sentence: the capitalised word after it is
    no time zone ("11 a.m. Eastern", "a.m. ET", "p.m. E.T."), weekday or month
    ("10 a.m. Monday", "11 a.m. May 29"), and the time names no thing ("the 9 a.m. Hour")."""
    word = match.group("next")
    if word.replace(".", "").upper() in _TIME_ZONES or word.rstrip(".") in _DAYS_AND_MONTHS:
        return False
    before = _WORD_BEFORE_TIME.search(text, max(0, match.start() - 40), match.start())
    return before is None or before.group(1).lower() not in _DETERMINERS


def _cut_after(text: str, start: int, match: re.Match[str]) -> int:
    """Where a sentence begun at `start` ends at the glued stop `match`: after the stop and
    its closing marks, but before a straight quote that opens the next sentence
    ('where I am.""I don't know')."""
    cut = match.start(1)
    for mark in match.group(1):
        if mark == '"' and not quote_open(text[start:cut]):
            break
        cut += 1
    return cut


def _cut_missed_ends(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` cut where a sentence ends with no space before the next, or after a time's
    "a.m." before a capitalised word that is not the time's, unless the cut would fall
    inside a quotation that goes on or after a title ("Mr.Smith"), as for the boundaries
    blingfire finds."""
    ends = [
        match
        for stop, pattern in _STOPS_BEFORE_CAPITAL
        if stop in text
        for match in pattern.finditer(text)
        if _is_glued_sentence_end(text, match)
    ]
    ends += [match for match in _TIME_BEFORE_CAPITAL.finditer(text) if _is_time_end(text, match)]
    ends += _ADDRESS_BEFORE_CAPITAL.finditer(text)
    if not ends:
        return spans
    ends.sort(key=lambda match: match.start())
    cut_spans = []
    for start, end in spans:
        for match in ends:
            if start <= match.start() and match.end() < end:
                # the space after a time ("a.m. Rubble") or before a quotation that opens
                # the next sentence ('no.' "Yes') belongs to neither sentence
                _, cut = _trimmed(text, start, _cut_after(text, start, match))
                next_start, _ = _trimmed(text, cut, end)
                if not _glued_after(text, start, cut, next_start):
                    cut_spans.append((start, cut))
                    start = next_start
        cut_spans.append((start, end))
    return cut_spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_at_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if text.find("\n", start, end) < 0:
        start, end = _trimmed(text, start, end)
        return [(start, end)] if start < end else []
    pieces = []
    for match in _LINE_BREAK.finditer(text, start, end):
        pieces.append(_trimmed(text, start, match.start()))
        start = match.end()
    pieces.append(_trimmed(text, start, end))
    return [(a, b) for a, b in pieces if a < b]


def _blingfire_spans(text: str) -> tuple[list[tuple[int, int]], int]:
    """blingfire's sentence spans as character offsets into `text`, and the length in
    characters of the longest (a run without sentence ends is cut only where one is long).

    Same native call as `blingfire.text_to_sentences_and_offsets`, whose Python wrapper
    maps UTF-8 byte offsets to characters one byte at a time (most of its run time on
    news text); here the mapping is one numpy cumulative sum. The output buffers are
    numpy's uninitialised arrays: ctypes zeroes its arrays, a fifth of the call's time.
    """
    data = text.encode("utf-8")
    capacity = 2 * len(data) + 16
    offsets = np.empty((2, capacity), dtype=np.int32)
    output = np.empty(capacity, dtype=np.uint8)
    written = _SENTENCES_WITH_OFFSETS(
        c_char_p(data),
        c_int(len(data)),
        c_void_p(output.ctypes.data),
        c_void_p(offsets[0].ctypes.data),
        c_void_p(offsets[1].ctypes.data),
        c_int(capacity),
    )
    if written <= 0 or written > capacity:
        return [(0, len(text))], len(text)
    # The sentences, one a line, end at the first NUL (the one blingfire writes last).
    count = output[:written].tobytes().partition(b"\0")[0].count(b"\n") + 1
    first = offsets[0, :count].astype(np.int64)
    last = offsets[1, :count].astype(np.int64)
    if len(data) != len(text):
        # chars_through[i]: characters whose first byte is at or before byte i.
        chars_through = np.cumsum((np.frombuffer(data, dtype=np.uint8) & 0xC0) != 0x80)
        first, last = chars_through[first] - 1, chars_through[last]
    else:
        last = last + 1
    starts, ends = first.tolist(), last.tolist()
    return list(zip(starts, ends, strict=True)), max(map(operator.sub, ends, starts))


def _boundaries(text: str, offset: int) -> tuple[list[tuple[int, int]], int]:
    """Sentence spans of `text`, shifted by `offset`, and the words of runs without a
    sentence end cut into pieces."""
    if not text.strip():
        return [], 0
    spans, longest = _blingfire_spans(text)
    pieces: list[tuple[int, int]] = []
    for start, end in spans:
        pieces.extend(_split_at_lines(text, start, end))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged:
            prev_start, prev_end = merged[-1]
            same_line = text.find("\n", prev_end, start) < 0
            inside_word = start == prev_end
            if inside_word or (same_line and _glued_after(text, prev_start, prev_end, start)):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    spans = _cut_missed_ends(text, merged)
    run_words = 0
    if longest > 2 * _MAX_SENTENCE_WORDS:  # fewer characters cannot hold so many words
        spans, run_words = _cut_runs(text, spans)
    return [(start + offset, end + offset) for start, end in spans], run_words


def _cut_runs(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """`spans` with each run of more than `_MAX_SENTENCE_WORDS` words cut into pieces of
    about `RUN_PIECE_WORDS` words, and the words of the runs cut; a span of fewer
    characters than twice the limit cannot hold that many words, and is not counted."""
    cut: list[tuple[int, int]] = []
    run_words = 0
    for start, end in spans:
        if end - start <= 2 * _MAX_SENTENCE_WORDS:
            cut.append((start, end))
            continue
        words = [match.span() for match in _WORD.finditer(text, start, end)]
        if len(words) <= _MAX_SENTENCE_WORDS:
            cut.append((start, end))
            continue
        run_words += len(words)
        pieces = -(-len(words) // RUN_PIECE_WORDS)  # ceiling: pieces of equal length
        size = -(-len(words) // pieces)
        cut.extend(
            (words[first][0], words[min(first + size, len(words)) - 1][1])
            for first in range(0, len(words), size)
        )
    return cut, run_words


_SMALL_WORDS = r"(?:the|a|an|of|to|in|on|at|for|with|and|or|by|from|as|into|than|that)"
"""Words that end no headline but lead into a name inside a sentence: "... walk to the Senate
floor Wednesday." (raw 146's caption) names the Senate again, and is one sentence."""
_GLUED_HEADLINE = re.compile(
    r"(?P<word>[A-Z][a-z]{2,})\b[^.!?:;,\"“”\n]{15,150}? "
    rf"(?!{_SMALL_WORDS} )[a-z]+ (?=(?P=word)\b[^.!?\n]{{10,}}[.!?])"
)
"""A page's first line opening on a headline, no stop nor comma in it, ended by a lower-case
word (no small word a name follows inside a sentence), then its lead, opening on the
headline's first word and closed by a stop: "Monkeys learn to cover their eyes when they want
to be left alone Monkeys at Colchester Zoo have invented ..." (raw validation 41 [1], the
only one of raw and DUC; Multi-News+ lower-cases the word inside a line). Two sentences, as a
headline on its own line is: removed, it took with it the words that tie a short page to its
story (41 [1] was read as off the story)."""
_HEADLINE_REACH = 200
"""Characters of a first line its headline and the lead's first word lie within."""


def _without_glued_headline(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The page's first sentence, `text[start:end]`, cut after a headline glued before it."""
    word = text[start : min(end, start + _HEADLINE_REACH)].split(" ", 1)[0]
    # The headline's first word told again first: most first lines hold it no more.
    if not word.istitle() or f" {word} " not in text[start : start + _HEADLINE_REACH]:
        return [(start, end)]
    headline = _GLUED_HEADLINE.match(text, start, end)
    if headline is None:
        return [(start, end)]
    return [(start, headline.end() - 1), (headline.end(), end)]


def split(document: Document) -> list[Sentence]:
    """The sentences of a document's kept text, numbered from 0 in reading order."""
    return split_counting_runs(document)[0]


def split_counting_runs(document: Document) -> tuple[list[Sentence], int]:
    """`split`'s sentences and the words of its runs without a sentence end, which were
    cut into pieces: a briefing notes them, its sentences then being such pieces."""
    article = document.article
    text = article.text
    spans: list[tuple[int, int]] = []
    run_words = 0
    for kept in document.kept:
        kept_spans, kept_run_words = _boundaries(text[kept.start : kept.end], kept.start)
        spans.extend(kept_spans)
        run_words += kept_run_words
    if spans and spans[0][0] == 0:
        spans[:1] = _without_glued_headline(text, *spans[0])
    sentences = [Sentence(article, index, start, end) for index, (start, end) in enumerate(spans)]
    return sentences, run_words
