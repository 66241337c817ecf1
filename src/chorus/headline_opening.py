"""The summary opens where its headline's news is.

The headline is the summary's first sentence that stands alone and tells the news, by the
headline's own rules (`render.sources.headline`: a wire lead, another article's lead as much
about the story, a death over a tribute, a report over a study's text, ...). When it is a
later sentence and that sentence is an article's lead (`opens_story`), the summary opened on
background or a side line while its news came below: raw validation 8 opened on the scene
("Jeffny Pally, 19, was sitting on the ground ...") with its headline, the arrests ("State
police have charged six University of Connecticut students ..."), sentence 9; 20 on "BBC
News has clips of two of the songs ..." with "Led Zeppelin have unveiled two previously
unheard recordings ..." sentence 5; 28 on three lines of a side story (readers 78 and 79).
So that article's sentences read first, each article's order unchanged: a move, never a
sentence left out. Not when that article is dated after the opening one (reading order reads
the dated by date: its news is later, `summarize.order.article_places`).
"""

from __future__ import annotations

from dataclasses import replace

from chorus.model import Briefing
from chorus.render.headline_news import opens_story
from chorus.render.sources import headline


def opened_on_headline(briefing: Briefing) -> Briefing:
    """`briefing` with the summary's sentences of the headline's article first, when the
    headline is a later summary sentence that is its article's lead."""
    number = headline(briefing).number
    if not number or number == 1:
        return briefing
    lead = briefing.summary[number - 1].shown
    opening = briefing.summary[0].shown.article
    day, first_day = lead.article.published, opening.published
    if not opens_story(lead) or (day and first_day and day > first_day):
        return briefing
    ours = [s for s in briefing.summary if s.shown.article.id == lead.article.id]
    rest = [s for s in briefing.summary if s.shown.article.id != lead.article.id]
    return replace(briefing, summary=tuple(ours + rest))
