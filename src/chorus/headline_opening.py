"""The summary opens where its headline's news is.

The headline is the summary's first sentence that stands alone and tells the news, by the
headline's own rules (`render.headline_choice.headline`: a wire lead, another article's lead as much
about the story, a death over a tribute, a report over a study's text, ...). When it is a
later sentence and that sentence is an article's lead (`opens_story`), the summary opened on
background or a side line while its news came below: raw validation 8 opened on the scene
("Jeffny Pally, 19, was sitting on the ground ...") with its headline, the arrests ("State
police have charged six University of Connecticut students ..."), sentence 9; 20 on "BBC
News has clips of two of the songs ..." with "Led Zeppelin have unveiled two previously
unheard recordings ..." sentence 5; 28 on three lines of a side story (readers 78 and 79).
So that article's sentences read first, each article's order unchanged. Not when that article
is dated after the opening one (reading order reads the dated by date: its news is later,
`summarize.order.article_places`).

The move is made where the summary's rules read the order (`summarize.order.reading_order`,
given the lead `headline_lead` names): made after them, it showed raw 235's "Although the
latest sanctions are not as tough ..." above the line its rules had read as meeting them,
and 208's "Lewis is running ..." above "Jennifer Lewis" (summary95). So it is more than a move:
the rules read the moved article's lines again in their new place, and one leaning on a line
now below it is taken with its line before, or left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from chorus.model import Briefing, Sentence, SummarySentence
from chorus.render.headline_choice import headline_number
from chorus.render.headline_leads import opens_story


def headline_lead(briefing: Briefing, per_article: Sequence[Sequence[Sentence]]) -> Sentence | None:
    """The sentence whose article's sentences open `briefing`'s summary: the headline, when
    it is a later summary sentence that is its article's lead; else None. `per_article`:
    each document's sentences as `brief` split them, which the headline reads (not split
    again); the briefing keeps the headline's number, which its render reads (not again)."""
    # The headline's choice costs ~0.7 ms a cluster, and 101 of the 250 raw validation
    # summaries (`chorus eval`) hold no later sentence that could move: read only for one.
    later = range(2, len(briefing.summary) + 1)
    if not any(_moves_up(briefing, n) for n in later):
        return None
    sentences = {
        document.article.id: sentences
        for document, sentences in zip(briefing.documents, per_article, strict=True)
    }
    number = headline_number(briefing, sentences)
    if number is None or number == 1 or not _moves_up(briefing, number):
        return None
    return briefing.summary[number - 1].shown


def _moves_up(briefing: Briefing, number: int) -> bool:
    """Whether summary sentence `number`, heading the briefing, brings its article first: it
    is its article's lead, dated no later than the opening article."""
    lead = briefing.summary[number - 1].shown
    day, first_day = lead.article.published, briefing.summary[0].shown.article.published
    return opens_story(lead) and not (day and first_day and day > first_day)


@dataclass
class HeadlineOpening:
    """What `summarize` asks, once, of the summary it made (its `opening`): the headline's
    lead to open on (`headline_lead`), read on the briefing `briefed` makes of it."""

    briefed: Callable[[tuple[SummarySentence, ...]], Briefing]
    per_article: Sequence[Sequence[Sentence]]
    # the last summary asked of and its briefing, which `briefing` gives again
    _read: tuple[tuple[SummarySentence, ...], Briefing] | None = field(default=None, init=False)

    def __call__(self, summary: tuple[SummarySentence, ...]) -> Sentence | None:
        self._read = (summary, self.briefed(summary))
        return headline_lead(self._read[1], self.per_article)

    def briefing(self, summary: tuple[SummarySentence, ...]) -> Briefing:
        """The briefing of `summary`: the one the headline was read on when the summary is
        that one (no move), whose kept headline number its render reads again."""
        if self._read is not None and self._read[0] is summary:
            return self._read[1]
        return self.briefed(summary)
