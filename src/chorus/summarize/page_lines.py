"""A page's own lines split as sentences: a video's blurb and a heading naming a work.

A video's blurb sits above the article, its paragraph closing on the picture's credit ("New
research is exploring whether targeted light flashes can help reset circadian rhythms ...
WSJ's Sumathi Reddy discusses with Tanya Rivero. Photo: iStock", raw validation cluster 29):
the page's, not the story's (the headline reads it so since "The headline, eighteenth pass
(stop 36)"). A heading naming a work is a line of its own closing on no sentence's
punctuation: a remix list's item ("Mobb Deep – “Survival of the Fittest” (Wonderboy
Remix)", raw 21), a review's own headline ("‘Kong: Skull Island’ a fun return to the ape’s
stomping ground", raw 46), a video's title ("Jimmy Interviews Khaleesi from Game of Thrones
(Kristen Wiig)", raw 84).
"""

from __future__ import annotations

import re

from chorus.model import Sentence

_PHOTO_CREDIT = " Photo: "
_OPENING_QUOTES = "‘“'\""
_DASH = " – "
_CLOSED = re.compile(r"[.!?…:;,][\"”’')\]]*\Z")
"""A sentence's or a list item's close: a line ending so goes on as prose or a list."""


def _line_of(sentence: Sentence) -> tuple[str, str]:
    """The text of its line before the sentence and after it."""
    text = sentence.article.text
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.end)
    return text[start : sentence.start], text[sentence.end : end if end >= 0 else len(text)]


def video_blurb(sentence: Sentence) -> bool:
    """Whether a sentence's paragraph closes on a photo's credit."""
    return _PHOTO_CREDIT in _line_of(sentence)[1]


def heading(sentence: Sentence) -> bool:
    """Whether a sentence is a line of its own closing on no sentence's or list item's
    punctuation that names a work: opening on a quotation mark, closing on a bracket, or
    parted by a dash. A news headline ("Emma Stone: ‘I was holding my best actress card the
    whole time’", raw 205; "Local woman warns of the dangers of breast implants", 55) tells
    the story: the headline reads it, and it is kept."""
    before, after = _line_of(sentence)
    text = sentence.text.rstrip()
    # a quotation set out as its own line opens lower-case (raw 233's thesis): not a title
    if before.strip() or after.strip() or not text.lstrip(_OPENING_QUOTES)[:1].isupper():
        return False
    if _CLOSED.search(text) is not None:
        return False
    return text[:1] in _OPENING_QUOTES or text.endswith(")") or _DASH in text
