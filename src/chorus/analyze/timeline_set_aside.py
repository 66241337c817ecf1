"""The articles the timeline takes no date from, by what the relevance step judged them:
one it is confident tells another event, and a page judged not news (a publisher's page of
praise for a book, a table, a crawl notice), whatever its score."""

from __future__ import annotations

from collections.abc import Iterable

from chorus.analyze.model import NOT_NEWS, Relevance

ANOTHER_EVENT_SCORE = 0.2
"""At or below this relevance score (p off-topic >= 0.8) an off-topic article tells another
event (1703's op-ed, 0.17); above it the score does not part the story from the rest (the
articles off between 0.25 and 0.62 in raw validation date 13 events of their stories and 15
of other things). The cast rule's background articles score high (seeds' 002: 0.82)."""


def about_another_event(ranked: Iterable[Relevance]) -> frozenset[str]:
    """The off-topic articles scored at or below ANOTHER_EVENT_SCORE, and the pages judged
    not news whatever their score: no date of theirs is the story's."""
    return frozenset(
        r.article_id
        for r in ranked
        if r.off_topic and (r.score <= ANOTHER_EVENT_SCORE or r.kind == NOT_NEWS)
    )


def not_news(ranked: Iterable[Relevance]) -> frozenset[str]:
    """The pages judged not news (a publisher's page of praise for a book, a table): raw
    198's blurb "Since joining the Senate in 2009, Kirsten Gillibrand has been ..."—Marie
    Claire stood as a row, marked "(not news)", of a quotation praising her book."""
    return frozenset(r.article_id for r in ranked if r.off_topic and r.kind == NOT_NEWS)
