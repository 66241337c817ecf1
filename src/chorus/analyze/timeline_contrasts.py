"""A sentence that sets one subject's date beside another's tells one event: the story's. "While
Rihanna nabbed her first No. 1 for the category in 2005, Madonna charted her first dance hit in
1983." (raw 82 [0]) stood under 1983 and under 2005; "Trump carried the central Virginia
district with nearly 60 percent of the vote in 2016, and Mitt Romney did the same in the 2012
presidential election." (raw 208 [0]) under 2012 and 2016. Madonna's hit and Romney's win are
the comparison. Which of the two subjects is the story's the cluster says: the one its
articles name more often. The sentence is shown once, under that subject's date; the other date
stays in the words shown.

The contrast is told by its joins: "While|Whereas <clause>, <clause>", "<clause>, while|whereas
<clause>" and "<clause>, and <Name> did the same". Two clauses joined by "and" alone tell two
events ("was born in Brooklyn on Feb. 24, 1927, and went on to earn his law degree ... in
1951"), and keep a row each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.model import TimelineEntry
from chorus.model import Sentence

_NAME = r"[A-Z][\w’'-]+"
_OPENING = re.compile(rf"(?:(?:But|And|Yet) )?(?:While|Whereas) (?:the )?({_NAME})[^,]*, ({_NAME})")
"""A contrast opening the sentence, each clause's subject a name: the while-clause's, and the
main clause's right after its comma."""
_JOINED = re.compile(
    rf", (?:while|whereas) (?:the )?({_NAME})|, and ({_NAME})(?: {_NAME})* did the same\b"
)
"""A contrast joined after a comma, the second clause's subject a name."""
_FIRST_NAME = re.compile(rf"(?:(?:But|And|Yet|So) )?(?:The )?({_NAME})")
_CUES = ("While ", "Whereas ", "while ", "whereas ", " did the same")


def the_story_s_row(
    sentence: Sentence, rows: Sequence[TimelineEntry], texts: Sequence[str]
) -> TimelineEntry | None:
    """Of a contrast's two rows, one date each side of its join, the row of the subject the
    cluster's `texts` name more often; None when the sentence is no such contrast or the
    cluster names both alike."""
    text = sentence.text
    if len(rows) != 2 or not any(cue in text for cue in _CUES):
        return None
    sides = _subjects_and_join(text)
    if sides is None:
        return None
    first, second, join = sides
    at = sentence.start + join
    before = [e for e in rows if e.expression.end <= at]
    after = [e for e in rows if e.expression.start >= at]
    if len(before) != 1 or len(after) != 1:
        return None
    named_first = sum(t.count(first) for t in texts)
    named_second = sum(t.count(second) for t in texts)
    if named_first == named_second:
        return None
    return before[0] if named_first > named_second else after[0]


def _subjects_and_join(text: str) -> tuple[str, str, int] | None:
    """The two clauses' subjects, and where the second clause opens in `text`."""
    if (opening := _OPENING.match(text)) is not None:
        return opening.group(1), opening.group(2), opening.start(2)
    joined = _JOINED.search(text)
    subject = _FIRST_NAME.match(text)
    if joined is None or subject is None:
        return None
    second = joined.group(1) or joined.group(2)
    return subject.group(1), second, joined.start()
