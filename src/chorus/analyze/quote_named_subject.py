"""Words whose subject is the speaker by name, credited by that name after them: the
writer's account of what the speaker did, around the speaker's own quotation.

"Last year, Keyes reviewed the file and reached out to Newport News police “to make sure
they didn’t have any new missing person reports matching Andrea’s description,” Keyes
said." (raw 157 [1]) tells what Keyes did and quotes why; as a row, "**Kelly Keyes**: Last
year, Keyes reviewed the file ..." gave a reader the writer's narration, her own name in the
third person, as her words. The quotation is hers: the row keeps it alone. (Words that name
her so and quote nothing, credited by a pronoun, are no row: `quote_narrated.narrated`.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.language.quote_marks import CLOSE, OPEN, trim
from chorus.model import Sentence

__all__ = ["only_own_quotation"]

_NAMED_SUBJECT = re.compile(
    r"(?:[A-Z][^,.“\"]{0,30}, )?(?:(?:Mr|Ms|Mrs|Dr)\. )?(?P<name>[A-Z][\w'’-]+) [a-z]+\b"
)
"""The words' subject, a name and a verb, after an opening phrase and its comma at most:
"Last year, Keyes reviewed"."""
_SUBJECT_REACH = 48
"""How far into the words the subject's name may stand: a literal test before the pattern."""
_OPENING_MARK = re.compile(f"[{OPEN}]")
_CLOSING_MARK = re.compile(f"[{CLOSE}]")


def only_own_quotation(found: Attribution, sentence: Sentence) -> Attribution:
    """`found` cut to the quotation it holds where the words outside it have the speaker,
    credited after them, by name as their subject; as it was otherwise."""
    if found.speaker_start < found.end:
        return found  # credited before the words
    text = sentence.article.text
    name = found.speaker.rsplit(" ", 1)[-1]
    if text.find(name, found.start, found.start + _SUBJECT_REACH) < 0:
        return found
    subject = _NAMED_SUBJECT.match(text, found.start, found.end)
    if subject is None or subject["name"] != name:
        return found
    opening = _OPENING_MARK.search(text, subject.end(), found.end)
    if opening is None:
        return found
    closing = _CLOSING_MARK.search(text, opening.end(), found.end)
    start, end = trim(text, opening.end(), closing.start() if closing else found.end)
    return replace(found, start=start, end=end)
