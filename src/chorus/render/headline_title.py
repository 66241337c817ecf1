"""Which title heads a briefing when several on-story articles have one: the first, unless it
tells nothing of the summary's news and a later one does.

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
