"""Whether an article's lead heads the briefing over a title read from another article's
first line (`headline_choice._a_lead`): it does, since a page's first line may tell only its angle,
unless the lead opens on a "When ..." clause recalling what someone told, said, asked or
wrote. Such a lead is the reporter's set-up: an exchange of words the article reads its
point into ("When Wilco's ace guitarist Nels Cline told The Times recently that his band
leader, Jeff Tweedy, was a "collage artist," ..., Cline was talking pop structures.", raw
validation cluster 213, below "Popeye meets Wilco in hand-drawn cartoon music video"); cut
to a headline's length it shows only the recalled words, never the story."""

from __future__ import annotations

import re

_RECALLED_WORDS = re.compile(r"When [^,.;:]{1,80}?\b(?:told|said|asked|wrote)\b")
"""A "When" clause whose verb, within its first phrase, reports words in the past ("When
Crump was asked how ...", raw 99; "When McCarthy and Kagin told the couple that ...", 105;
"When Davis asked Cosby what ...", 172): each an anecdote's moment, not the news."""


def recalls_words(text: str) -> bool:
    """Whether a sentence opens on a "When" clause recalling someone's words."""
    return text.startswith("When ") and _RECALLED_WORDS.match(text) is not None
