"""Which boundaries end a sentence, beyond the ones blingfire finds (`chorus.sentences`).

A short list of titles ("Dr.", "Sen.") that blingfire splits after is glued back.
blingfire never cuts where a stop has no space after it ("a probation violation.But
when"); those sentence ends are cut here, but not inside initials, domains, handles or
file names. A quotation closed by "?" or "!" keeps its attribution ("“Isn’t this ...?”
Hiddleston asks her."), read with the quote finder's own pattern for a quotation and its
speaker; a name's "!" does not end a sentence when the rest of the name follows ("he told
E! News in a statement.", "... and Blow Me Down! King Features, was directed ..."). A time's
"a.m." ends a sentence before a capitalised word that is not its zone, day or month ("at
11:09 a.m. Rubble from the collapsed home ..."), and so do a site's address and plural
initials before one ("... called FatherFounded.org. Dozens have reached out ...", "... named
Mercer and Brown co-C.E.O.s. Institutional Investor’s Alpha estimates ..."). blingfire never
cuts before a figure: a stop after a lower-case word that is no abbreviation, or closing a
quotation, ends a sentence before one ("... watches the shows again and again. 30 Rock is
now in syndication ...", "... money raised. 10% goes to Kickstarter ..."), in a text that
writes names in capitals (not Multi-News+'s lower case, where an abbreviation's stop is a
word's).
"""

from __future__ import annotations

import re

from chorus.language.datelines import PLACE_CHARACTER
from chorus.sentence_quotes import quotation_goes_on, quote_open
from chorus.shown_alone import writes_names_in_capitals

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
_NAME_IN_SENTENCE = re.compile(r"[a-z] (?:[A-Z][\w’'&-]* )*[A-Z][\w’'&-]*!$")
"""A name's "!" after a word of the sentence going on ("... dBpm Records and Blow Me Down!"),
not after a comma, where a name called out ends an exclamation ("Good for you, Marisa!")."""
_ASIDE_CLOSED_BEFORE_VERB = re.compile(
    r"(?:[A-Z][\w’'&-]* ){0,3}[A-Z][\w’'&-]*, (?:is|are|was|were|has|have|had|will|would)\b"
    r"[^.!?\n]*[.!]"
)
"""A name's rest, a comma and its sentence's verb, closing a statement ("… and Blow Me Down!
King Features, was directed by …", raw validation 213 [0]): a sentence never sets its subject
apart from its verb by a comma, so the comma closes an aside the "!" fell inside (the
cartoon, a collaboration between … King Features, was directed). A question is left cut: a
name called out may open one ("John, was that you?")."""
_SENTENCE_OPENERS = frozenset(
    (
        *("The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its"),
        *("He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your"),
        *("But", "And", "So", "Or", "If", "In", "On", "At", "For", "As", "Now", "Then"),
        *("What", "Who", "Why", "How", "When", "Where"),
    )
)
"""Words that open a sentence rather than go on with a name ("Jeopardy! The show ...")."""
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

_PLURAL_INITIALS_BEFORE_CAPITAL = re.compile(r"s\.(?<=[A-Z]\.[A-Z]\.s\.)([\"”’')\]]*+)(?= +[A-Z])")
"""Initials written as a plural ("co-C.E.O.s", "M.B.A.s") closing a sentence before the next
one's capital: the plural's "s" takes no stop of its own, so its stop ends the sentence ("…
and named Mercer and Brown co-C.E.O.s. Institutional Investor’s Alpha estimates …", raw
validation 227 [1]), where blingfire cuts before "The" but not before a name. Led by its
literal and looked for only in a text holding ".s.". Its group holds the closing marks after
the stop, as a glued stop's does (`_cut_after`)."""

_STOPS_BEFORE_FIGURE = tuple(
    (stop, re.compile(rf"\{stop}(?=[\"”’']*+ +\d)(?<=[a-z”\"’']\{stop})([\"”’']*+)"))
    for stop in ".?!"
)
"""A stop after a lower-case letter or a closing quotation mark, its closing marks, and a
figure after a space: blingfire never cuts before a figure ("… watches the shows again and
again. 30 Rock is now in syndication …", raw validation 5 [0]). Whether the word before ends
the sentence is read by `_is_figure_sentence_start`. Its group holds the closing marks after
the stop, as a glued stop's does (`_cut_after`); a bracket is no closing mark here, since a
stop inside brackets ends no sentence ("my (and President Obama's!) 1991 Harvard Law
classmate", 178 [0]). One pattern a stop, led by its literal, as `_STOPS_BEFORE_CAPITAL`
are, the figure looked for before the letter behind: over raw validation's pages the three
scans take ~3 ms a pass (led by the class of three stops, 10 ms)."""
_LOWER_CASE_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]")
_ABBREVIATIONS_BEFORE_FIGURES = frozenset(
    (
        *("pp", "vol", "vols", "no", "nos", "ch", "chap", "sec", "art", "para", "pt", "pg"),
        *("fig", "figs", "ref", "refs", "eq", "al", "ed", "eds", "op", "cit", "ibid", "vs"),
        *("approx", "ca", "est", "ft", "lb", "lbs", "oz", "sq", "yd", "yds", "hr", "hrs"),
        *("min", "mins", "tel", "ext"),
    )
)
"""Lower-case abbreviations written before a figure: a page, a reference, a score, a measure
("pp. 258-259", "Kawanishi et al. 2010", "(ref. 20)", "vs. 2 points last year", "5 ft. 3
in. tall"), never a sentence's end there. A single letter ("p. 13", "b. 1950") is no word."""


def _is_figure_sentence_start(text: str, match: re.Match[str]) -> bool:
    """True when a stop before a figure (`match`) ends a sentence: a quotation closes at it
    ('He said "no." 30 people came.', 'the "deal". 12 people'), or the word before it is a
    lower-case word of two letters or more that is no abbreviation ("again. 30 Rock",
    "raised. 10% goes to Kickstarter"). A capitalised word's stop is left as blingfire reads
    it: a month's or a title's ("Oct. 16", "No. 3"), a place's or a journal's ("Conn. 06876",
    "Clin. Anat. 28:551"), initials ("U.S. 7th Fleet", "1:20 p.m. 4-year-old")."""
    stop = match.start()
    word = text[max(0, stop - 40) : stop].rsplit(None, 1)[-1].lstrip("([“\"‘'")
    if match.group(1) or word.endswith(('"', "”", "’", "'")):
        return True
    return (
        _LOWER_CASE_WORD.fullmatch(word) is not None and word not in _ABBREVIATIONS_BEFORE_FIGURES
    )


def _figure_sentence_starts(text: str) -> list[re.Match[str]]:
    """The stops before a figure that end a sentence (`_is_figure_sentence_start`), in a text
    that writes names in capitals. Multi-News+ writes every word in lower case but the first
    of its sentences, where an abbreviation's stop ("conn. 06876", "sgt. 1st class", "inc.
    500") cannot be told from a word's; there the rule first took 2,370 stops, most a month's,
    and moved the analysis tests read on it (docs/journal/cleaning.md, split3)."""
    found = [
        match
        for stop, pattern in _STOPS_BEFORE_FIGURE
        if stop in text
        for match in pattern.finditer(text)
        if _is_figure_sentence_start(text, match)
    ]
    return found if found and writes_names_in_capitals(text) else []


def _name_goes_on(piece: str, text: str, next_start: int) -> bool:
    """True when `piece` ends with a name's "!" and the capitalised word at `next_start` is
    the rest of that name: a lone capital ("he told E! News in a statement."), a name
    written with "!" ("Yahoo! Sports"), the same word again ("Tora! Tora! Tora!") or the
    name's rest closing an aside before its sentence's verb (`_ASIDE_CLOSED_BEFORE_VERB`)."""
    name = _NAME_BEFORE_BANG.search(piece)
    following = _CAPITALISED_WORD.match(text, next_start)
    if name is None or following is None or following.group() in _SENTENCE_OPENERS:
        return False
    word = name.group(1)
    if len(word) == 1 or word in _NAMES_WITH_A_BANG or word == following.group():
        return True
    return (
        _ASIDE_CLOSED_BEFORE_VERB.match(text, next_start) is not None
        and _NAME_IN_SENTENCE.search(piece) is not None
    )


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


def glued_after(text: str, start: int, end: int, next_start: int) -> bool:
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


def cut_missed_ends(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    if ".s." in text:
        ends += _PLURAL_INITIALS_BEFORE_CAPITAL.finditer(text)
    ends += _figure_sentence_starts(text)
    if not ends:
        return spans
    ends.sort(key=lambda match: match.start())
    cut_spans = []
    for start, end in spans:
        for match in ends:
            if start <= match.start() and match.end() < end:
                # the space after a time ("a.m. Rubble") or before a quotation that opens
                # the next sentence ('no.' "Yes') belongs to neither sentence
                _, cut = trimmed(text, start, _cut_after(text, start, match))
                next_start, _ = trimmed(text, cut, end)
                if not glued_after(text, start, cut, next_start):
                    cut_spans.append((start, cut))
                    start = next_start
        cut_spans.append((start, end))
    return cut_spans


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without the spaces at either end, as its bounds."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
