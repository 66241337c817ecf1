"""The order a summary's rows are shown in: by article, the dated ones by date, then by
position (`reading_order`); once the summary's opening is chosen again, an article's lead
opens it (journal/summary.md, "Summary a reader sees, forty-eighth pass"): reading order by
article put the first article's next chosen row first when that article's lead was not
chosen, and the opening chosen again gave "A judge Wednesday afternoon set no bond ..." (raw
141, no one named) or a 2017 diagnosis before the death (111), while another article's lead
telling the news was shown further down. A lead also opens a summary whose first row opens
on "The", a count and a plural ("The two vehicles stop for a moment, ...", raw 32, a page
that opens mid-story): that row moved below the lead rather than left out, the summary keeps
the lead (fiftieth pass)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from chorus.summarize.features import ClusterView
from chorus.summarize.pointed_at import count_opening
from chorus.summarize.replies import news_before_answer

_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.' -]+:\s")
"""A transcript's speaker label ("THE PRESIDENT: I wanted to come out here ...", raw 102):
the page is a record of words, its first line no lead telling news."""
_HEDGED = re.compile(r"\b(?:reportedly|allegedly|rumou?red)\b")
"""A lead telling what is said to be so ("Kong: Skull Island is, reportedly, a reboot of the
original King Kong from 1933.", raw 46, which another review denies: reader 37): no opening
for a summary that had another."""


def lead_article_first(
    texts: Sequence[str],
    ordered: Sequence[int],
    article_of: Sequence[int],
    leads: frozenset[int],
    dates: Sequence[dt.date | None],
) -> list[int]:
    """`ordered` (rows of `texts` in reading order; `article_of` gives each row's article,
    `leads` the articles' first prose rows, past a page's title and byline, `dates` each
    article's date) with the rows of the first article whose lead is among them moved to
    the front, when the first row is no lead. A transcript's speaker label and a hedged
    claim are no lead here. An article dated after the first row's is left
    in its place: its news is later."""
    if not ordered or not leads or ordered[0] in leads:
        return list(ordered)
    first_day = dates[article_of[ordered[0]]]
    for row in ordered:
        if row not in leads or _SPEAKER_LABEL.match(texts[row]) or _HEDGED.search(texts[row]):
            continue
        article = article_of[row]
        day = dates[article]
        if day is not None and first_day is not None and day > first_day:
            continue
        moved = [other for other in ordered if article_of[other] == article]
        return moved + [other for other in ordered if article_of[other] != article]
    return list(ordered)


def article_places(dates: Sequence[dt.date | None]) -> list[int]:
    """Each article's place in reading: the dated articles, in order of date, take the
    places the dated ones hold in the input; an undated article keeps its own place.
    An undated page is not later news (raw 119's undated AP lead, the headline's, read
    after a dated feature once sources7 dated more pages)."""
    dated = [i for i, day in enumerate(dates) if day is not None]
    by_day = sorted(dated, key=lambda i: (dates[i], i))
    places = list(range(len(dates)))
    for place, article in zip(dated, by_day, strict=True):
        places[article] = place
    return places


def reading_order(
    view: ClusterView, rows: Sequence[int], leads: frozenset[int], reopened: bool
) -> list[int]:
    """Rows ordered by their article's place (`article_places`), then position; once the
    summary's opening was chosen again (`reopened`), or when the first row opens on "The",
    a count and a plural (`pointed_at.count_opening`: "The two vehicles stop ...", raw 32),
    an article whose lead (of `leads`) is shown first when the first row is no lead
    (`lead_article_first`); a page opening on a reaction to the news reads after the lead
    telling it (`replies.news_before_answer`)."""
    dates = [view.sentences[int(start)].article.published for start in view.article_starts]
    places = article_places(dates)

    articles = view.article_of.tolist()

    def key(row: int) -> tuple[int, int]:
        return (places[articles[row]], view.sentences[row].index)

    by_place = sorted(rows, key=key)
    if reopened or (by_place and count_opening(view.texts[by_place[0]])):
        by_place = lead_article_first(view.texts, by_place, articles, leads, dates)
    return news_before_answer(view.sentences, by_place)
