"""Cleaning inside a single-line Multi-News+ page: captions and furniture between its
sentences, found where no line break marks them. AP's and Reuters' captions end in their
credit and start at a sentence that shows a caption's sign; BBC's caption markers go with
the captions they chain. `chorus.clean` joins these removals to its rules' own.
"""

from __future__ import annotations

import re

from chorus.clean_one_line_captions import (
    AP_CAPTION_CREDIT,
    AP_CAPTION_CREDIT_TO_THE_CUT,
    AP_CAPTION_SIGN,
    AP_CUT_CREDIT,
    BBC_CAPTION_MARKER,
    BBC_CUT_NOTICE,
    BBC_CUT_NOTICE_ENDINGS,
    BBC_OPENING_MARKER,
    CAPTION_DATELINES,
    GLUED_CAPTION_SIGN,
    GLUED_CREDITS,
    REUTERS_CAPTION_CREDIT,
)
from chorus.clean_one_line_furniture import ONE_LINE_FURNITURE
from chorus.clean_opening_captions import GLUED_CAPTION
from chorus.model import Removal, Span

# A caption or notice a rule matches on a single-line document is short (the longest in
# raw Multi-News, DUC and 2,000 Multi-News+ validation clusters: a 239-character caption);
# a longer match is a story the rule's `.*` ran over, and stays.
LONGEST_NOTICE = 400

_CAPTION_REASON = GLUED_CAPTION[0]
_AP_CREDIT, _AP_SIGN = re.compile(AP_CAPTION_CREDIT), re.compile(AP_CAPTION_SIGN)
_AP_CREDIT_LITERAL = "( associated press )"
_AP_CREDIT_TO_THE_CUT = re.compile(AP_CAPTION_CREDIT_TO_THE_CUT)
_AP_CUT_ENDINGS = (AP_CUT_CREDIT, f"{AP_CUT_CREDIT} ")
_REUTERS_CREDIT = re.compile(REUTERS_CAPTION_CREDIT)
_GLUED_CREDITS = re.compile(GLUED_CREDITS)
_GLUED_CAPTION_SIGN = re.compile(GLUED_CAPTION_SIGN)
_BBC_MARKER, _BBC_LITERAL = re.compile(BBC_CAPTION_MARKER), " caption "
_BBC_OPENING_MARKER, _BBC_CUT_NOTICE = re.compile(BBC_OPENING_MARKER), re.compile(BBC_CUT_NOTICE)
# A sentence's start in Multi-News+ text, which capitalises every word after ". ": not after
# initials or an abbreviation ("the u.s. Embassy", "gen. Lori j. Robinson", "sen. Ted cruz",
# "r-s.c. Speaks", "the volusia county dept. Of corrections", "158 second ave. On tuesday").
# AP's "file - ..." opens a caption even where Multi-News+ left it in lower case after a
# quotation's close ("... on earth. " file-in this wednesday oct. 16, 2013 file photo, ...").
_SENTENCE_START = re.compile(r"(?<=[.!?\"] )(?=[A-Z\"“]|file ?[-–—])")
_ABBREVIATIONS = (
    r"sen|rep|gov|gen|lt|sgt|col|capt|cmdr|adm|dr|mr|mrs|ms|st|jr|sr|rev|maj|pvt|det|supt"
    r"|dept|ave|blvd|mt|ft|no|vs|inc|corp|co"
)
_NO_SENTENCE_END = re.compile(rf"(?:\b[a-z]\.(?:[a-z]\.)?|\b(?i:{_ABBREVIATIONS})\.) $")
_MOST_SENTENCES_OF_A_CAPTION = 3


def _sentence_starts(line: str, start: int, end: int) -> list[int]:
    return [
        m.start()
        for m in _SENTENCE_START.finditer(line, start, end)
        if not _NO_SENTENCE_END.search(line, max(0, m.start() - 8), m.start())
    ]


def _caption_start(line: str, floor: int, credit: re.Match[str], chained: bool) -> int | None:
    """Where the caption credited by `credit` starts: at the nearest of its last three
    sentences that shows a caption's sign, or, where captions are `chained` (AP's galleries),
    right after the caption before it (`floor`, past the page's start) when that sentence is
    no nearer one's story or shows a sign itself; None when that would take a wire's dateline
    or run past a notice."""
    # A caption is at most a notice long: its sentences are looked for only that far back.
    earliest = max(floor, credit.end() - LONGEST_NOTICE)
    starts = [floor, *(s for s in _sentence_starts(line, earliest, credit.start()) if s > floor)]
    ends = [*starts[1:], credit.start()]
    sentences = list(zip(starts, ends, strict=True))[-_MOST_SENTENCES_OF_A_CAPTION:]

    def fits(start: int) -> bool:
        caption = line[start : credit.end()]
        return len(caption) <= LONGEST_NOTICE and not any(d in caption for d in CAPTION_DATELINES)

    # "( associated press ) file - in this sept. 15, 2011 file photo, soda is poured ... The
    # food and drug administration on wednesday, may 30, 2012 ...": the gallery's next
    # caption opens at the credit before it, not at its second sentence's date.
    first, first_end = sentences[0]
    if chained and first == floor > 0 and fits(first) and _AP_SIGN.search(line, first, first_end):
        return first
    for start, end in reversed(sentences):
        if not fits(start):
            return None
        if (chained and start == floor > 0) or _AP_SIGN.search(line, start, end):
            return start
    return None


def _captions(start: int, raw: str, credits: re.Pattern[str], chained: bool) -> list[Removal]:
    """The captions inside the single line `raw` starting at `start`, each with its credit."""
    removals, floor = [], 0
    for credit in credits.finditer(raw):
        caption_start = _caption_start(raw, floor, credit, chained)
        if caption_start is not None:
            span = Span(start + caption_start, start + credit.end())
            removals.append(Removal(span, _CAPTION_REASON))
        floor = credit.end() + 1
    return removals


def _glued_credits(start: int, raw: str) -> list[Removal]:
    """The credits glued between two sentences of the single line `raw` starting at `start`,
    each with its caption when that is the one sentence before it and shows a picture's day
    or calls it a photo. Looked for further back, a caption took a page's opening paragraph
    ("Music ... answered jan. 27, 2014 ... Here's what we discovered. Kevork djansezian /
    getty images"); with a quotation mark in it, a story's quotation that ran into a
    caption ("... " she continued. Jamie squire/getty images") or a quotation's close ("...
    come first. " actress stacey dash arrives ...")."""
    removals = []
    for credit in _GLUED_CREDITS.finditer(raw):
        earliest = max(0, credit.start() - LONGEST_NOTICE)
        # The page's start is a sentence's: captions open many pages.
        starts = [*([0] if earliest == 0 else []), *_sentence_starts(raw, earliest, credit.start())]
        caption = credit.start()
        if starts and _GLUED_CAPTION_SIGN.search(raw, starts[-1], caption):
            before = raw[starts[-1] : caption]
            if '"' not in before and not any(d in before for d in CAPTION_DATELINES):
                caption = starts[-1]
        removals.append(Removal(Span(start + caption, start + credit.end()), _CAPTION_REASON))
    return removals


# A caption no stop ends runs into the story's next sentence in lower case ("image caption
# the find shores up the idea ... supercontinent pangaea " there was this big gap ..."): it
# ends only where that sentence opens with a quotation closed on a stop or a comma. No stop
# nor quotation mark in it, at most 250 characters. Not at the page's end: Multi-News+ cuts
# pages short, and a caption there may run into the first words of the story's next
# sentence ("image caption fandino was thrown ... in 2015 fandino had been injured ... when
# thrown into the air by").
_CAPTION_RUN = re.compile(r"[^.!?\"“”]{1,250}(?= [\"“])")
# Checked apart from the run: in its look-ahead, tried at every character of the run, it
# made cleaning Multi-News+ 20% slower.
_QUOTATION = re.compile(r" [\"“] ?[^\"“”]{1,300}?[,.!?] [\"”]")
# A video's caption may end with its question, of a dozen words at most: "media caption how
# would war with north korea unfold? the news agency reported ..." (train 29453); longer, it
# may have run into the page's own question ("... where adolf hitler was born what do you do
# with the house hitler was born in?", validation 2716).
_VIDEO_CAPTION_RUN = re.compile(r"(?:[^.!?\"“”\s]+ ){0,11}[^.!?\"“”\s]+\?(?= [a-z])")
# A caption's last word no quotation follows: where one does, it is the story's ("...
# deputy chair daniela mascetti said: " this extraordinary group ...").
_BEFORE_A_QUOTATION = frozenset(
    (
        *("said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes"),
        *("read", "reads", "reading", "saying", "as", "called", "calls", "that", "of"),
        *("the", "a", "an", "was", "is", "were", "are", "be", "and", "or", "to", "had"),
        *("has", "have", "will", "would"),
    )
)
# A run that reports speech is the story's sentence the quotation ends ("... kcna reports,
# adding that he had " approved the deployment ... "", train; "a news release ... said no one
# suffered " serious injuries. "").
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|adding|added|reports?|reported|according|wrote|explained)\b"
)
_FEWEST_CAPTION_WORDS, _MOST_CAPTION_WORDS = 3, 25


def _unmarked_caption_end(line: str, start: int, video: bool = False) -> int | None:
    """Where the caption opening at `start` ends, when something marks it (None if not); a
    `video`'s caption may end with a question."""
    run = _CAPTION_RUN.match(line, start)
    if run is not None and not _QUOTATION.match(line, run.end()):
        run = None
    if run is None and video:
        run = _VIDEO_CAPTION_RUN.match(line, start)
    if run is None:
        return None
    words = run.group().split()
    if not _FEWEST_CAPTION_WORDS <= len(words) <= _MOST_CAPTION_WORDS:
        return None
    last = words[-1]
    if last[-1] in ":," or last in _BEFORE_A_QUOTATION or _REPORTED.search(run.group()):
        return None
    return run.end()


def _bbc_captions(start: int, raw: str) -> list[Removal]:
    """BBC's caption markers inside the single line `raw`: each marker goes, and the caption
    after it too when the next marker follows it with no sentence's end between (a caption
    has no end of its own: "image caption people waited for kiosks to open to buy the
    magazine image copyright ap image caption all copies ... were sold out by wednesday"),
    and where it runs into the story, to where `_unmarked_caption_end` finds its end."""
    opening = _BBC_OPENING_MARKER.match(raw)
    markers = [*([opening] if opening else []), *_BBC_MARKER.finditer(raw)]
    removals = []
    for marker, following in zip(markers, [*markers[1:], None], strict=False):
        end = marker.end()
        # A sentence's start up to the next marker, that marker's own included ("... restore
        # items there. Image copyright ..."), means the story resumed after the caption.
        if (
            following is not None
            and following.start() - marker.end() <= LONGEST_NOTICE
            and not _SENTENCE_START.search(raw, marker.end(), following.start() + 1)
        ):
            end = following.start()
        else:
            video = marker.group().endswith("media caption ")
            end = _unmarked_caption_end(raw, marker.end(), video) or end
        # The page's opening marker alone is the line rules' (`CAPTION_RULES`).
        if marker.start() > 0 or end > marker.end():
            removals.append(Removal(Span(start + marker.start(), start + end), _CAPTION_REASON))
    return removals


# Multi-News+'s "Video: <title>" between sentences, the title ending as a caption does (train
# 32062's "... wilson said. Video: casey kasem found in washington state wilson said kasem
# was visiting ..." has no end and stays; "Video: big waves in big sur " she lands right
# about ..." ends at the quotation).
_VIDEO_TITLE, _VIDEO_LITERAL = re.compile(r"(?:^|(?<=[.!?\"”] ))Video: "), "Video: "
_VIDEO_REASON = "video teaser"


def _video_titles(start: int, raw: str) -> list[Removal]:
    """The video titles inside the single line `raw` whose end is marked."""
    removals = []
    for title in _VIDEO_TITLE.finditer(raw):
        end = _unmarked_caption_end(raw, title.end())
        if end is not None:
            removals.append(Removal(Span(start + title.start(), start + end), _VIDEO_REASON))
    return removals


_ONE_LINE_FURNITURE = tuple(
    (reason, literal, re.compile(pattern)) for reason, literal, pattern in ONE_LINE_FURNITURE
)


def one_line_furniture(start: int, raw: str) -> list[Removal]:
    """Furniture between the sentences of the single line `raw` starting at `start`."""
    removals = []
    cut = raw.endswith(_AP_CUT_ENDINGS)
    if cut or _AP_CREDIT_LITERAL in raw:
        credits = _AP_CREDIT_TO_THE_CUT if cut else _AP_CREDIT
        removals.extend(_captions(start, raw, credits, chained=True))
    if "Reuters/" in raw or "Reuters /" in raw:
        removals.extend(_captions(start, raw, _REUTERS_CREDIT, chained=False))
    if "getty images" in raw or "( reuters" in raw:
        removals.extend(_glued_credits(start, raw))
    if _BBC_LITERAL in raw:
        removals.extend(_bbc_captions(start, raw))
    if raw.endswith(BBC_CUT_NOTICE_ENDINGS) and (cut := _BBC_CUT_NOTICE.search(raw)):
        removals.append(Removal(Span(start + cut.start(), start + cut.end()), _CAPTION_REASON))
    if _VIDEO_LITERAL in raw:
        removals.extend(_video_titles(start, raw))
    for reason, literal, pattern in _ONE_LINE_FURNITURE:
        if literal in raw:
            removals.extend(
                Removal(Span(start + m.start(), start + m.end()), reason)
                for m in pattern.finditer(raw)
            )
    return removals


def without_overlaps(removals: list[Removal]) -> list[Removal]:
    """`removals` in order, one that overlaps the one before it joined to it."""
    joined: list[Removal] = []
    for removal in sorted(removals, key=lambda r: r.span.start):
        if joined and removal.span.start < joined[-1].span.end:
            last = joined[-1]
            end = max(last.span.end, removal.span.end)
            joined[-1] = Removal(Span(last.span.start, end), last.reason)
        else:
            joined.append(removal)
    return joined
