"""A standfirst the body tells again: a page's opening line, one sentence standing as a
paragraph of its own, sums up the story its body then tells ("Reshoots for "Unstoppable" were
filmed at the site; the director also said in 2009 that he wanted a shot on the span for a
planned "Warriors" remake." above "And in 2009, Scott told Rotten Tomatoes he wanted to shoot
a sequence of his planned remake of The Warriors at the location."). Its date, shown again
by the body's own sentence, is one event listed twice; the body's line is kept, as it says
who told whom.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.event_dates import DATE_STEMS
from chorus.analyze.model import TimelineEntry
from chorus.analyze.similarity import stems

SHARED_WORDS = 4
"""The content words, no date's, a standfirst shares at least with the body's sentence that
tells its event again (raw 30's "wante", "plann", "remak", "warri"). The seeds' opening line,
Macron's concern on Friday, shares two with the body's Trump-Macron call of that day
("macro", "syria"): another event."""


def _words(text: str) -> set[str]:
    """The stems of a text, less the words and figures of dates."""
    return {w for w in stems(text) if not w.isdigit()} - DATE_STEMS


_COORDINATED = re.compile(r"[,;] (?:but|yet|while|whereas) |; ")
"""Where one of a sentence's coordinated clauses ends ("..., but she didn't mention ..."); an
attribution's comma (", police say") does not end what it tells."""
_RELATIVE_CLAUSE = re.compile(r",? (?:who|whom|whose|which) ")
"""Where a relative clause after a standfirst's day opens: it tells what a person or a thing
is, an earlier event's words, not the day's news ("were searching Saturday for seven American
sailors who were missing after their Navy destroyer collided before dawn with a container
ship", raw 244: the search, the body's line of the collision another event)."""


def _told(entry: TimelineEntry) -> str:
    """What a standfirst tells of its date: the one of its coordinated clauses holding it
    when the date is relative to the writing (the story's own day, whose news that clause
    tells), up to a relative clause after the date (`_RELATIVE_CLAUSE`), else the whole
    sentence (a year in it may be a thing's, "a ... remake of Sam
    Raimi's 1981 cult favorite horror movie", whose line the body tells again). Its other
    clauses may share words with a later line that tells them only ("...declared her ...
    candidacy for governor Thursday, but she didn't mention abortion rights, the subject that
    brought her to national attention" beside "Davis rose to national prominence in June for
    her ... filibuster against new abortion restrictions ..., but she didn't mention the
    subject Thursday": the declaration is told once)."""
    text, start = entry.sentence.text, entry.sentence.start
    if not entry.relative:
        return text
    at, end = entry.expression.start - start, entry.expression.end - start
    opens = max((m.end() for m in _COORDINATED.finditer(text, 0, at)), default=0)
    closes = [m.start() for p in (_COORDINATED, _RELATIVE_CLAUSE) if (m := p.search(text, end))]
    return text[opens : min(closes, default=len(text))]


def _a_standfirst(entry: TimelineEntry) -> bool:
    """Whether an entry's sentence opens its article as a paragraph of its own."""
    sentence = entry.sentence
    return sentence.index == 0 and sentence.article.text[sentence.end : sentence.end + 1] == "\n"


def _told_again_by(first: TimelineEntry, entries: Sequence[TimelineEntry]) -> bool:
    """Whether a later sentence of a standfirst's article shows its date with at least
    SHARED_WORDS of its words."""
    article, words = first.sentence.article.id, _words(_told(first))
    return any(
        other.sentence.article.id == article
        and other.sentence.index > 0
        and other.when == first.when
        and len(words & _words(other.sentence.text)) >= SHARED_WORDS
        for other in entries
    )


def told_again(entries: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """The entries less those of a standfirst the body tells again (`_told_again_by`)."""
    repeated = {id(e) for e in entries if _a_standfirst(e) and _told_again_by(e, entries)}
    return [e for e in entries if id(e) not in repeated]
