"""What opens a page of several lines before its story and goes whole: the captions before its
dateline line (Reuters), the headline lines the page tells again below them (TMZ's "HQ
Trivia CEO Colin Kroll Dead at 34 Apparent Drug OD", then its longer sub-headline, then the
story), the caption in a picture's place under the headline, or a label over the story (a
section's name, "Politics"; its lead picture's credit, "Harvard Law Record"). `chorus.clean`
removes the lines from where the opening starts to where it ends, with its reason.
"""

from __future__ import annotations

import re
from itertools import pairwise

from chorus.clean_headings import paragraph
from chorus.clean_opening_captions import (
    DATED_CAPTION_LINE,
    DATELINE_LINE,
    GLUED_CAPTION,
    OPENING_CAPTION_LINE,
)
from chorus.clean_rules import HEADLINE

_OPENING_CAPTION, _DATELINE = re.compile(OPENING_CAPTION_LINE), re.compile(DATELINE_LINE)
_DATED_CAPTION = re.compile(DATED_CAPTION_LINE)
_HEADLINE = re.compile(HEADLINE)
# Reuters' pages open with up to five captions (raw validation 110 [2]'s five).
_MOST_OPENING_CAPTIONS = 5
# TMZ's pages open with a headline and a sub-headline; a page opening with more lines
# without a stop is a list, a poem or furniture, read by the line rules.
_MOST_HEADLINES = 2
# A headline told again: most of its words, and more than one, are in the lines after it
# ("HQ Trivia Co-Founder and CEO Colin Kroll Dead at 34 of Apparent Drug Overdose" after "HQ
# Trivia CEO Colin Kroll Dead at 34 Apparent Drug OD"). A headline the story alone tells again
# is kept: raw validation's 25 such lines (article headlines, "Alexis Murphy Missing") took
# chorus' R-2 down 0.05, as the sentence that says most in fewest words.
_SHARE_TOLD_AGAIN = 0.6
_FEWEST_WORDS_TOLD_AGAIN = 2
# The label TMZ puts between its sub-headline and the story goes with them.
_LABELS = frozenset({"EXCLUSIVE", "Exclusive"})
_WORD = re.compile(r"[^\W_]+")
CAPTION_REASON, HEADLINE_REASON, HIGHLIGHTS_REASON = GLUED_CAPTION[0], "headline", "highlights"


def _lines(text: str, most: int, position: int = 0) -> list[tuple[str, int]]:
    """The page's first `most` non-empty lines from `position`, stripped, each with where the
    line after it starts; line by line, as splitting a long page costs."""
    lines: list[tuple[str, int]] = []
    while position < len(text) and len(lines) < most:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        stripped, position = text[position:line_end].strip(), line_end + 1
        if stripped:
            lines.append((stripped, position))
    return lines


def _captions_before_the_dateline(lines: list[tuple[str, int]]) -> int:
    """Where the captions opening the page end, when the story's dateline line follows them
    (0 when none): the first in a caption's present, the others closed by their picture's
    date alone."""
    end = 0
    for captions, (stripped, after) in enumerate(lines):
        caption = _DATED_CAPTION if captions else _OPENING_CAPTION
        if captions < _MOST_OPENING_CAPTIONS and caption.match(stripped):
            end = after
            continue
        return end if captions and _DATELINE.match(stripped) else 0
    return 0


# The stops that end no headline, looked at before `HEADLINE` is searched on a long line.
_STOPS = (".", "!", ":", ";", ",")


def _headline(line: str) -> bool:
    return not line.endswith(_STOPS) and _HEADLINE.match(line) is not None


def _words(line: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(line)}


def _told_again(line: str, later: list[tuple[str, int]]) -> bool:
    """Whether most of the words of `line` are in the `later` lines, more than one."""
    words = _words(line)
    told = words & set().union(*(_words(other) for other, _ in later))
    return len(told) >= max(_FEWEST_WORDS_TOLD_AGAIN, _SHARE_TOLD_AGAIN * len(words))


def _headlines_told_again(lines: list[tuple[str, int]]) -> int:
    """Where the headline and sub-headline opening the page end (0 when it opens otherwise):
    the sub-headline tells the headline again, and the lines after it to the story's first
    line, one a stop closes, tell the sub-headline again; a label after them goes too."""
    count = next((i for i, (line, _) in enumerate(lines) if not _headline(line)), None)
    if count is None or not 2 <= count <= _MOST_HEADLINES + 1:
        return 0
    if not _told_again(lines[0][0], lines[1:2]):
        return 0
    labelled = lines[count - 1][0] in _LABELS
    for i in range(1, count - labelled):
        if not _told_again(lines[i][0], lines[i + 1 : count + 1]):
            return lines[i - 1][1]
    return lines[count - 1][1]


# A caption in a picture's place, under the headline and before the story, names what the
# picture shows and tells nothing of it: a participle or "with" where a sentence has its verb
# ("Two of the life-size sex statues belonging to Prince Jefri Bolkiah.", raw val-236; "Ahmad
# Seth Zaharie, 26, with his sister Aishah Zaharie (left), ...", val-209). A verb is an
# auxiliary, a word in "-ed", or one in "-s" no participle follows ("makes lab rats lazy";
# "statues belonging"); an irregular one ("spoke") is not seen, so the participle or "with"
# must be. Fewer words are a time mark of a live blog ("2:44 p.m.").
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did"}
    | {"will", "would", "can", "could", "may", "might", "must", "shall", "should"}
    | {"says", "said", "say"}
)
_NOT_VERBS_IN_S = frozenset({"his", "its", "this", "us", "as"})
_NOT_PARTICIPLES = frozenset({"during", "morning", "evening", "nothing", "something", "thing"})
_FEWEST_CAPTION_WORDS = 4
_MOST_CAPTION_WORDS = 30


def _a_verb(word: str, after: str) -> bool:
    if word in _AUXILIARIES or (word.islower() and word.endswith("ed")):
        return True
    return (
        word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "’s", "'s"))
        and word not in _NOT_VERBS_IN_S
        and not after.endswith("ing")
    )


def _a_participle(word: str) -> bool:
    return word.islower() and word.endswith("ing") and word not in _NOT_PARTICIPLES


def _caption_in_a_pictures_place(line: str) -> bool:
    words = _WORD.findall(line)
    return (
        line.endswith(".")
        and _FEWEST_CAPTION_WORDS <= len(words) <= _MOST_CAPTION_WORDS
        and any(word == "with" or _a_participle(word) for word in words)
        and not any(_a_verb(word, after) for word, after in pairwise([*words, ""]))
    )


# Story highlights a page sets under its lead, one a line without a stop (raw val-141's Bay
# News 9: "Charisse Stinson, 21, charged with 1st degree murder", "Investigation ongoing"):
# two or more headlines, none a label with its value ("Average Wedding Cost: $31,213", 18) nor
# a list's item ("1. “State of Grace”", 201), then a paragraph.
_FEWEST_HIGHLIGHTS, _MOST_HIGHLIGHTS = 2, 6


def _a_highlight(line: str) -> bool:
    return line[-1:].isalnum() and ": " not in line and _headline(line)


def _highlights_after_the_lead(text: str, lead: str, lead_end: int) -> tuple[int, int, str]:
    """Where the highlights under the page's `lead` line (ending at `lead_end`) start and end,
    with their reason ((0, 0, "") when the story follows its lead)."""
    if lead_end < 0 or not paragraph(lead):
        return 0, 0, ""
    # The line under the lead alone decides on most pages.
    lines = _lines(text, 1, lead_end)
    if not lines or not _a_highlight(lines[0][0]):
        return 0, 0, ""
    lines = _lines(text, _MOST_HIGHLIGHTS + 1, lead_end)
    count = next((i for i, (line, _) in enumerate(lines) if not _a_highlight(line)), len(lines))
    if not _FEWEST_HIGHLIGHTS <= count < len(lines) or not paragraph(lines[count][0]):
        return 0, 0, ""
    return lead_end + 1, lines[count - 1][1], HIGHLIGHTS_REASON


# A page's label over its story: its section's or blog's name ("Politics", "Columnist",
# "Postrology", raw validation 230 [2], 120 [1], 150 [1]) or its lead picture's credit left as
# a line ("Harvard Law Record", Slate's 188 [1], then listed as a person). One to four
# capitalised words, small ones between, none all capitals (a dateline's place, "ABC"); no
# word of it the page writes again: a headline's or a title's words are the story's ("Alexis
# Murphy Missing", 62 [0]; "Rocky Mountain Spotted Fever", 159 [2]).
_LABEL = re.compile(r"[A-Z][a-z][\w'’&-]*(?: (?:of|the|and|for|[A-Z][a-z][\w'’&-]*)){0,3}")
LABEL_REASON = "page label"
# Eight words or more: a paragraph's, as `clean_headings.paragraph` counts them.
_FEWEST_PROSE_SPACES = 7


def _label(first: str, text: str, first_end: int) -> bool:
    """Whether the page's first line `first` (ending at `first_end`) is a label over its
    story: `_LABEL`'s shape, prose under it, and no capitalised word of it told again."""
    if _LABEL.fullmatch(first) is None:
        return False
    # The story under it: prose, which a colon may close before a quotation (188 [1]).
    second = _lines(text, 1, first_end + 1)
    if not second or _headline(second[0][0]) or second[0][0].count(" ") < _FEWEST_PROSE_SPACES:
        return False
    rest = text[first_end:]
    return not any(re.search(rf"\b{word}\b", rest) for word in first.split() if word[0].isupper())


def opening_furniture(text: str) -> tuple[int, int, str]:
    """Where the furniture opening a page of several lines starts and ends, and its reason
    ((0, 0, "") when the page opens with its story)."""
    # Most pages open with their story: their first line alone decides (read without
    # `_lines`, whose list costs more than the rest on most pages), else their second line
    # (a headline above the story's first line, on most of the others).
    first_end = text.find("\n")
    first = text[: first_end if first_end >= 0 else len(text)].strip()
    caption = first and _OPENING_CAPTION.match(first)
    if first and not caption:
        if not _headline(first):
            return _highlights_after_the_lead(text, first, first_end)
        second = _lines(text, 2)[1:]
        # Under a headline: a first line closed by a credit's bracket is a caption, the
        # story's first line after it (raw val-37: "... never got a chance to kneel ...").
        if second and first[-1].isalnum() and _caption_in_a_pictures_place(second[0][0]):
            return first_end + 1, second[0][1], CAPTION_REASON
        if first_end > 0 and _label(first, text, first_end):
            return 0, first_end + 1, LABEL_REASON
        if not second or not _headline(second[0][0]):
            return 0, 0, ""
    lines = _lines(text, max(_MOST_OPENING_CAPTIONS, _MOST_HEADLINES + 1) + 1)
    captions_end = _captions_before_the_dateline(lines)
    if captions_end:
        return 0, captions_end, CAPTION_REASON
    headlines_end = _headlines_told_again(lines)
    return (0, headlines_end, HEADLINE_REASON) if headlines_end else (0, 0, "")
