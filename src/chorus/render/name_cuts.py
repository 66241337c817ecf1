"""A headline's cut keeps a proper name the sentence writes: a part left out so that the cut
keeps its verb (an opening phrase, the end of a long subject) must not take with it every
name the headline would have shown. "… a law firm announced Friday that it had filed a
class-action suit against the electric car maker …" left out "In a fitting finale to a week
Tesla Motors executives would rather forget," (raw validation cluster 143), and "The young
woman who is alleging … says the New York City mayoral candidate ..." the clause "that
Anthony Weiner initiated ..." (210): the reader is not told who the story is about.
`render/shortening.py` and `render/subject_cuts.py` ask; `render/headline_subject.py` reads
`writes_name` for whether a headline names someone."""

from __future__ import annotations

import re

from chorus.language.counts import MONTHS, WEEKDAYS
from chorus.render.phrase_cuts import CUT_MARK
from chorus.summarize.lexical import STOPWORDS

# A word written with a capital after a word of the sentence's own (not its first, nor one
# opening a quotation or following a colon): a proper name ("GMCR", "Duda", "Jack's"), not
# "I", a day or a month.
_NOT_NAMES = "|".join(word.title() for word in ("i", *WEEKDAYS, *MONTHS))
_NAME = re.compile(rf"(?<=[\w,;)’'] )(?!(?:{_NOT_NAMES})\b)[A-Z][\w’'.&-]*")


def writes_name(text: str) -> bool:
    """Whether `text` writes a proper name past its first word."""
    return _NAME.search(text) is not None


def loses_every_name(text: str, shown: str) -> bool:
    """Whether the cut `shown` of `text` writes no proper name where `text` writes one; the
    subject opening what is shown past a part left out counts ("… Belanger last spring
    commissioned his own poll ...", raw validation cluster 49)."""
    if not writes_name(text) or writes_name(shown):
        return False
    opening = shown.removeprefix(CUT_MARK).split(maxsplit=1)[:1]
    return not (
        shown.startswith(CUT_MARK)
        and opening
        and opening[0][:1].isupper()
        and opening[0].casefold() not in STOPWORDS
    )
