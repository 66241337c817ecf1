"""Which title heads a briefing when several on-story articles have one: the first, unless it
tells nothing of the summary's news and a later one does; and when a title read from its
article's first line heads over a lead the headline would show cut before its news.

A page's title may tell its angle rather than the story: raw validation cluster 21's first
article is a dance-music list of remixes published on the day of a rapper's death ("Mobb
Deep Songs Remixed: Listen to 7 of the Best"), and the summary's news line is "Prodigy,
one-half of the legendary '90s rap group Mobb Deep, died Tuesday (June 20) at age 42.": the
list's title shares only the group's name with it, while [4]'s "Mobb Deep's Prodigy Dies At
42" shares its age. A name is what every title of a story shares, so only the words the line
writes in lower case, or its figures, tell its news.
"""

from __future__ import annotations

from collections.abc import Sequence

from chorus.render.headline_leads import content_stems
from chorus.render.shortening import CUT_MARK

_OPENING_MARKS = "\"“‘'([—–-"


def _told(line: str) -> frozenset[str]:
    """The stems of the words `line` writes in lower case, and its figures: what it tells,
    past the names it tells it of."""
    return content_stems(
        " ".join(word for word in line.split() if not word.lstrip(_OPENING_MARKS)[:1].isupper())
    )


def telling_title(titles: Sequence[tuple[int, str]], line: str | None) -> tuple[int, str] | None:
    """The (position, title) among `titles` (in the articles' order) that heads: the first,
    unless it shares no word `line` (the summary sentence that would head, or None) writes in
    lower case nor a figure, and a later title does; then that later one."""
    if not titles or line is None:
        return titles[0] if titles else None
    told = _told(line)
    telling = (titled for titled in titles if not told.isdisjoint(content_stems(titled[1])))
    return next(telling, titles[0])


_TELLS_TOGETHER = 2
"""Words of the line's own (`_told`) a title must share with it to tell its news: one may be
chance ("Today Marks a Significant Milestone in Our History" and "... $1 billion ... miles",
raw validation 231; "Gag order issued in sex statue trial ..." and the statues of 236's
lawsuit, another event of it)."""


def title_over_cut(
    titles: Sequence[tuple[int, str]], line: str, shown: str
) -> tuple[int, str] | None:
    """The first (position, title) among `titles` (titles read from their article's first
    line, which give way to a lead) that heads over `line`, the lead, when the headline would
    show it cut (`shown`) before words of its news the title tells: no question, sharing two
    words or more `line` writes in lower case or its figures, one of them past the cut. Raw
    validation 58's lead, cut "Two former staff members of a delegate to Congress from the
    U.S. Virgin Islands were indicted Thursday…" before "for allegedly circulating nude
    pictures ...", gives way to [3]'s "Former employees indicted for leaking nude images of
    Virgin Islands delegate"; not to a question of the story's angle ("Are Nevada officials
    actually trying to preserve the state's marijuana black market?", 77), nor when the cut
    keeps every word the title shares (127's court's sentence)."""
    if not shown.endswith(CUT_MARK):
        return None
    told, kept = _told(line), _told(shown.removesuffix(CUT_MARK))
    for titled in titles:
        shared = told & content_stems(titled[1])
        if (
            not titled[1].rstrip("\"”’' ").endswith("?")
            and len(shared) >= _TELLS_TOGETHER
            and not shared <= kept
        ):
            return titled
    return None
