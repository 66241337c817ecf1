"""A page's own lines split as sentences: a video's blurb and a heading naming a work.

A video's blurb sits above the article, its paragraph closing on the picture's credit ("New
research is exploring whether targeted light flashes can help reset circadian rhythms ...
WSJ's Sumathi Reddy discusses with Tanya Rivero. Photo: iStock", raw validation cluster 29):
the page's, not the story's (the headline reads it so since "The headline, eighteenth pass
(stop 36)"). A heading naming a work is a line of its own closing on no sentence's
punctuation: a remix list's item ("Mobb Deep – “Survival of the Fittest” (Wonderboy
Remix)", raw 21), a review's own headline ("‘Kong: Skull Island’ a fun return to the ape’s
stomping ground", raw 46), a video's title ("Jimmy Interviews Khaleesi from Game of Thrones
(Kristen Wiig)", raw 84). A "Here's ..." points to a list, a picture or a text the page
shows after it (`points_ahead`, moved from `leaning` in "Summary a reader sees, thirtieth
pass (stop 37)"), and so does a line trailing off into the text below it (raw 213); "the
above ..." points back at what the page showed above it (`points_above`, raw 198). A field's
label and its short value in capitals ("Hidden Message: WHEN YOU CAME TO THE SHOW IN S.D.",
raw 201's song-by-song guide) is a table's cell, no sentence (`field_value`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from chorus.ingest.own_titles import title_line
from chorus.model import Sentence

_PHOTO_CREDIT = " Photo: "
_OPENING_QUOTES = "‘“'\""
_DASH = " – "
_CLOSED = re.compile(r"[.!?…:;,][\"”’')\]]*\Z")
"""A sentence's or a list item's close: a line ending so goes on as prose or a list."""


def _line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends (its newline, or the text's end)."""
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


def _line_of(sentence: Sentence) -> tuple[str, str]:
    """The text of its line before the sentence and after it."""
    text = sentence.article.text
    start = text.rfind("\n", 0, sentence.start) + 1
    return text[start : sentence.start], text[sentence.end : _line_end(text, sentence.end)]


def video_blurb(sentence: Sentence) -> bool:
    """Whether a sentence's paragraph closes on a photo's credit."""
    # found in place: the rest of the line is not cut out of the article for it
    text = sentence.article.text
    return text.find(_PHOTO_CREDIT, sentence.end, _line_end(text, sentence.end)) >= 0


def heading(sentence: Sentence) -> bool:
    """Whether a sentence is a line of its own closing on no sentence's or list item's
    punctuation that names a work: opening on a quotation mark, closing on a bracket, or
    parted by a dash. A news headline ("Emma Stone: ‘I was holding my best actress card the
    whole time’", raw 205; "Local woman warns of the dangers of breast implants", 55) tells
    the story: the headline reads it, and it is kept."""
    text = sentence.text.rstrip()
    # what names a work, read first: nearly every sentence has none, and its line is not cut
    if not (text[:1] in _OPENING_QUOTES or text.endswith(")") or _DASH in text):
        return False
    before, after = _line_of(sentence)
    # a quotation set out as its own line opens lower-case (raw 233's thesis): not a title
    if before.strip() or after.strip() or not text.lstrip(_OPENING_QUOTES)[:1].isupper():
        return False
    return _CLOSED.search(text) is None


_NUMBER = re.compile(r"\s*\d{1,2}\. ")
"""A list's number and its space, all of the line before a sentence."""


def numbered_heading(sentence: Sentence) -> bool:
    """Whether a sentence is a page's numbered section heading: the rest of its line before
    it is the number ("5. Rahm Emanuel allegedly floated Cheryl Jackson's name for the Senate
    seat", raw 165 [0], the fifth of six revelations, each told again in its paragraph below),
    nothing after it, and no stop closes it. Cleaning takes the number off, so the summary
    showed a heading as a line of its own with no stop."""
    before, after = _line_of(sentence)
    return (
        _NUMBER.fullmatch(before) is not None
        and not after.strip()
        and _CLOSED.search(sentence.text.rstrip()) is None
    )


_HERE_IS = re.compile(
    r"[\s(\[“\"]*Here(?:(?:’s|'s|\s+is|\s+are)\s+(?:a|an|some|the|what|how)\b"
    r"|\s+are\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|[a-z]{3,}s)\b)(?!.*:)"
)
"""An opening "Here's ..." that points to what follows ("Here's a sampling of times Trump
took credit for the market's rise ...", raw 19), or "Here are" and a count or a plural
("Here are 18 impressive facts and figures ...", raw 223; "Here are events, books and
collector's items ...", 39); with a colon, what it shows may follow it
("Here is the alleged chain of events: First, ...") or is `introduces`', unless a list's
item heading follows (`points_ahead`)."""


_FIELD_VALUE = re.compile(r"[A-Z][a-z][\w’'-]*(?:\s+[\w’'-]+){0,2}:\s+[^a-z:]+\Z")
"""A label of one to three words, a capital then a lower-case letter first, its colon, and
a value with no lower-case letter ("Hidden Message: FOR ETHEL", raw 201). A label in capitals
is a headline's ("BANK STOCKS CRUSHED: TIME TO FREAK OUT?", raw 144)."""
_FIELD_WORDS = 8
"""At most this many words after the label: a value. A transcript's speaker before a whole
sentence in capitals ("Reporter: FOR 12 YEARS TIMOTHY'S MUCH SHOT HAS APPEARED ON ...", raw 136,
41 words) is the story told, not a cell; raw 136's cut "Reporter: IT IS ABSOLUTELY" is a
value too short to be one."""


def field_value(text: str) -> bool:
    """Whether a text is a field's label and its value in capitals (`_FIELD_VALUE`): over raw
    validation and DUC, raw 201's 15 "Hidden Message: ..." lines and 136's cut transcript line."""
    if ": " not in text[:40] or _FIELD_VALUE.match(text) is None:
        return False
    return len(text.split(": ", 1)[1].split()) <= _FIELD_WORDS


_ITEM_WORDS = 6
"""A line of fewer words after a "Here are ...:" is a list's item heading ("Trump’s new Irish
tower.", "Halle Berry, Scandale Paris", raw 88 and 199), not a sentence it introduces."""


_TRAILS_OFF_BELOW = re.compile(r"\bbelow(?:[,:;)]|\s*(?:\.\.\.|…)\Z)")
"""A line trailing off into what the page shows below it ("A little more about how the video
came to be, below, from Wilco and Romanelli...", raw 213 [1]): "below" on its own, not a
place's ("below the knee", "below our expectations..."), and an ellipsis closing the line."""


def points_ahead(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it opens with "Here's ..." and no colon, pointing to a list, a
    picture or a text the page shows after it ("Here's a sampling of times ...", "Here are
    some."), closes on its colon above a list's item heading ("Here are some of the best
    pranks this year:" / "Trump’s new Irish tower.", raw 88), or trails off into the text
    below it (`_TRAILS_OFF_BELOW`): the summary shows prose, so it points to nothing there."""
    marked = np.zeros(len(texts), dtype=bool)
    for row, text in enumerate(texts):
        if text.endswith(("...", "…")) and _TRAILS_OFF_BELOW.search(text):
            marked[row] = True
        elif text.lstrip(' (“"').startswith("Here"):
            marked[row] = _HERE_IS.match(text) is not None or (
                text.endswith(":")
                and (row + 1 == len(texts) or len(texts[row + 1].split()) < _ITEM_WORDS)
            )
    return marked


_THE_ABOVE = re.compile(r"\b[Tt]he above\b(?!-)")
"""What the page showed above the line ("Gillibrand won the above special election for the
Senate seat in 2010 ...", raw 198, five lines below the election; "From the above post, ...",
184, an embedded post; "Congrats to all the above women ...", 174): not "the above-average"."""


def points_above(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it writes "the above ..." (`_THE_ABOVE`): what it points at is on
    the page, most often further up than the line before, and the summary shows prose, so
    it points at nothing there."""
    return np.fromiter(
        ("he above" in text and _THE_ABOVE.search(text) is not None for text in texts),
        dtype=bool,
        count=len(texts),
    )


_FIGURE = re.compile(
    # the first letters read before the look back for the word's start, which the search
    # skips to (as `own_voice.FIRST_PERSON`): 0.11 -> 0.06 ms a cluster, the same matches
    r"[TtFf](?<!\w[TtFf])(?:(?<=[Tt])able|(?<=[Ff])ig(?:ure|\.))\s+\d"
)
"""A paper's table or figure ("(Not shown in table 4 , seven of the top-ranked ads ...", raw
154's BMJ Open paper; "... the Cascadia subduction system21 (Fig. 6) ...", 243)."""


def points_at_figure(texts: Sequence[str]) -> np.ndarray:
    """Per text: whether it points at a table or figure (`_FIGURE`), which the summary does
    not show (24 raw validation sentences, all in papers' text, none in a summary)."""
    return np.fromiter(
        (("able " in text or "ig" in text) and _FIGURE.search(text) is not None for text in texts),
        dtype=bool,
        count=len(texts),
    )


_TITLED = re.compile(r"[“\"‘]([^“”\"‘’]+)[”\"’]\Z")
"""A sentence that is one quotation and nothing more."""
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_SMALL_TEXT = "a an and as at by for from in of on or the to vs with"
_SMALL_WORDS = frozenset(_SMALL_TEXT.split())
"""Words a title may leave lower-case ("Out of Colored Pencils")."""
_TITLE_WORDS = 2
_VISIBLE = re.compile(r"\S")
"""A character `str.strip` keeps (both read Unicode's spaces alike)."""


def work_title(text: str) -> bool:
    """Whether a text is a work's title in quotation marks and nothing more, every word but
    the small ones capitalised: a video's, a song's or a film's (“DIY: How To Make Eyeliner
    Out of Colored Pencils!”, raw 63's video page), not a sentence of the story."""
    found = _TITLED.match(text.strip()) if text[:1] in _OPENING_QUOTES else None
    if found is None:
        return False
    words = [w for w in _WORD.findall(found.group(1)) if w.lower() not in _SMALL_WORDS]
    return len(words) >= _TITLE_WORDS and all(w[0].isupper() for w in words)


_LINKED_SITE = re.compile(r"[^.!?…:;,\"”’')\]]\s\[[A-Z][\w .'&-]{1,40}\]\Z")
"""A headline closing on its site's name in brackets, no sentence's stop before it."""


def link_title(text: str) -> bool:
    """Whether a text is a link to another page: its headline and its site's name in
    brackets ("After jobs speech, GOP candidates jump on Obama [Politico]", raw validation
    107; "Jack The Cat is Lost in AA Baggage at JFK [Facebook]", 166), no line of the story.
    Over raw validation and DUC 2003, four sentences close so, all of them links (57's,
    107's two, 166's); docs/journal/summary.md, "Summary a reader sees, ninety-second pass"."""
    return text.endswith("]") and _LINKED_SITE.search(text) is not None


def own_title(sentence: Sentence) -> bool:
    """Whether a sentence is its article's title (its metadata's, or its first line read as
    one: `ingest.own_titles`), as the sources list shows it. The first line is read here
    too, so a cluster briefed from plain texts (`chorus batch`, the API) and the same
    cluster read from files (`chorus brief`, whose reader gives the title) choose alike."""
    article = sentence.article
    # the same words whatever the spaces between them: split, never joined again
    if article.title is not None and sentence.text.split() == article.title.split():
        return True
    # a visible character before it, found where it starts, not by copying the text up to it
    if _VISIBLE.search(article.text, 0, sentence.start) is not None:
        return False
    line = title_line(article.text)
    return line is not None and sentence.text.split() == line.split()
