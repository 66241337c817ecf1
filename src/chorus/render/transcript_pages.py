"""A transcript's page: every line of it is someone's words, none the news told.

The headline never opened on a transcript's labelled line ("GEORGE STEPHANOPOULOS: Thanks
for joining us ...", `headline_choice._TRANSCRIPT_LINE`), but the lines after a label carry none:
"Because that actually will add jobs-- you know, the trade bill ...", "Back in Ohio,
Republicans and Democrats both think he's terrific and he's fair." (raw validation cluster
144 [2], ABC's interview) are the president's answers, as a quotation is, and headed 144's
briefing without its first article over the heading that names the story
(docs/journal/summary.md, "Summary a reader sees, hundred-and-eleventh pass"). A page is a
transcript when two speakers' labels each open two of its lines or more: over the 250 raw
validation and 30 DUC clusters, 144 [2] (Stephanopoulos and Obama) and 91 [0] (Martin and
Lee); a page's headings in capitals ("EXCLUSIVE:", "PHOTOS:", "READ MORE:", 144 [1], 30
[1], 156 [1]) open one line each, or one speaker's twice.
"""

from __future__ import annotations

import re
from collections import Counter

from chorus.clean_transcripts import SPEAKER_LABEL
from chorus.model import Article

_LINE_LABEL = re.compile(r"^" + SPEAKER_LABEL.pattern, re.MULTILINE)
_SPEAKERS = 2
"""Speakers whose labels each open `_TURNS` lines or more: an interview's two sides."""
_TURNS = 2


def transcript_page(article: Article) -> bool:
    """Whether an article is a transcript: two speakers' labels each open two lines or more."""
    turns = Counter(_LINE_LABEL.findall(article.text))
    return sum(count >= _TURNS for count in turns.values()) >= _SPEAKERS
