"""The order a summary's rows are shown in: by article, the dated ones by date, then by
position (`reading_order`); once the summary's opening is chosen again, an article's lead
opens it (journal/summary.md, "Summary a reader sees, forty-eighth pass"): reading order by
article put the first article's next chosen row first when that article's lead was not
chosen, and the opening chosen again gave "A judge Wednesday afternoon set no bond ..." (raw
141, no one named) or a 2017 diagnosis before the death (111), while another article's lead
telling the news was shown further down. A lead also opens a summary whose first row opens
on "The", a count and a plural ("The two vehicles stop for a moment, ...", raw 32, a page
that opens mid-story): that row moved below the lead rather than left out, the summary keeps
the lead (fiftieth pass); so does one opening on a part of a count no noun names ("Of the 12
arrested on Saturday, seven were booked ...", raw 35's first line), another article's lead
(summary72). A summary opening on a line of a writer's own page (a tribute, a
column: a row shown from it says "I") or on a step of a sequence ("First, ...") opens on
another article's lead instead, that page's rows shown below (summary70). A teaser set above
a lead opening on run-in capitals reads below that lead (`teasers.teased_leads`, summary77)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from chorus.summarize.families_unmet import family_named_below
from chorus.summarize.feature_ledes import news_after_lede
from chorus.summarize.features import ClusterView
from chorus.summarize.pointed_at import count_opening, counted_part
from chorus.summarize.replies import news_before_answer
from chorus.summarize.teasers import teased_leads

_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.' -]+:\s")
"""A transcript's speaker label ("THE PRESIDENT: I wanted to come out here ...", raw 102):
the page is a record of words, its first line no lead telling news."""
_BYLINE = re.compile(r"By [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+")
"""A byline glued to the page's first words ("By Carmen D. Siering and Katherine Spillar
Sure, the film New Moon is breaking ...", raw 247; raw 104's "By Staff Sgt. Benjamin W.
Stratton, ...", the only other row over raw and DUC opening so): no lead to open on."""
_HEDGED = re.compile(r"\b(?:reportedly|allegedly|rumou?red)\b")
"""A lead telling what is said to be so ("Kong: Skull Island is, reportedly, a reboot of the
original King Kong from 1933.", raw 46, which another review denies: reader 37): no opening
for a summary that had another."""


_STEP_OPENING = re.compile(r"(?:First|Second|Third|Next|Finally|Lastly),\s")
"""A line opening on a step of a sequence ("First, Pelosi said of the deal: ...", raw 112,
whose page opens past its own start): it goes on from what is not shown, so it opens no
summary another article's lead can open. ("Then" is `steps_apart`'s.)"""


def _no_lead(text: str) -> bool:
    return bool(_SPEAKER_LABEL.match(text) or _BYLINE.match(text) or _HEDGED.search(text))


def _lead_article(
    texts: Sequence[str],
    ordered: Sequence[int],
    article_of: Sequence[int],
    leads: frozenset[int],
    dates: Sequence[dt.date | None],
    passed: frozenset[int] = frozenset(),
) -> int | None:
    """The first article of `ordered` whose lead is among its rows, not one of `passed`: a
    transcript's speaker label, a glued byline and a hedged claim are no lead here
    (`_no_lead`), and an article dated after the first row's is passed over (its news is
    later)."""
    first_day = dates[article_of[ordered[0]]]
    for row in ordered:
        if row not in leads or _no_lead(texts[row]):
            continue
        article = article_of[row]
        day = dates[article]
        if article in passed or (day is not None and first_day is not None and day > first_day):
            continue
        return article
    return None


def _moved_first(
    ordered: Sequence[int], article_of: Sequence[int], article: int | None
) -> list[int]:
    if article is None:
        return list(ordered)
    moved = [row for row in ordered if article_of[row] == article]
    return moved + [row for row in ordered if article_of[row] != article]


def lead_article_first(
    texts: Sequence[str],
    ordered: Sequence[int],
    article_of: Sequence[int],
    leads: frozenset[int],
    dates: Sequence[dt.date | None],
) -> list[int]:
    """`ordered` (rows of `texts` in reading order; `article_of` gives each row's article,
    `leads` the articles' first prose rows, past a page's title and byline, `dates` each
    article's date) with the rows of the first article whose lead is among them
    (`_lead_article`) moved to the front, when the first row is no lead."""
    if not ordered or not leads or ordered[0] in leads:
        return list(ordered)
    return _moved_first(
        ordered, article_of, _lead_article(texts, ordered, article_of, leads, dates)
    )


def _unpresuming_article(
    texts: Sequence[str],
    ordered: Sequence[int],
    article_of: Sequence[int],
    dates: Sequence[dt.date | None],
) -> int | None:
    """The next article of `ordered` after the first row's whose first row shown presumes no
    count (no `counted_part` nor `count_opening`) and is dated no later: it opens a summary
    whose first row opens on a part of a count when no other lead is shown. Raw 216 opened
    on "Three of the six cases (two females and one male) ...", neither lead shown, with
    "Out of 1,087 skeletons ..., just 6 were found with cancer - ..." from its other
    article below it (summary116)."""
    first_day = dates[article_of[ordered[0]]]
    seen = {article_of[ordered[0]]}
    for row in ordered:
        article = article_of[row]
        if article in seen:
            continue
        seen.add(article)
        day = dates[article]
        if day is not None and first_day is not None and day > first_day:
            continue
        if not counted_part(texts[row]) and not count_opening(texts[row]):
            return article
    return None


def news_before_own_page(
    texts: Sequence[str],
    ordered: Sequence[int],
    article_of: Sequence[int],
    leads: frozenset[int],
    dates: Sequence[dt.date | None],
    own: frozenset[int],
    on_own_page: Callable[[int], bool],
) -> list[int]:
    """`ordered` (as `lead_article_first` reads it) with another article's lead first when
    the first row opens on a step of a sequence (`_STEP_OPENING`) or comes from a writer's
    own page, one of whose rows shown is in `own` (rows saying "I" on their own page, or
    "we" on a page written so: `own_voice.OwnPages.left_as_we`): raw 81 opened on Vogue's
    tribute, "Oscar de la Renta was a great man, ...", then "I met Oscar de la Renta, in
    1974, ...", with the death told fourth. The opening goes to a page saying no "I" nor
    written as "we" (`on_own_page` false for its rows): 222's column, none of whose "I"
    lines was shown, took it from the report of the launch. A first row itself saying "I"
    stays where it is: the rules on an opening "I" read it (`own_voice.OwnPages.asides`),
    and moved down it was kept (raw 70's critic, 205, 231: worse)."""
    if not ordered or ordered[0] in own:
        return list(ordered)
    first = article_of[ordered[0]]
    shown_i = any(article_of[row] == first for row in own)
    if not shown_i and not _STEP_OPENING.match(texts[ordered[0]]):
        return list(ordered)
    pages = frozenset(article_of[row] for row in ordered if on_own_page(row))
    article = _lead_article(texts, ordered, article_of, leads, dates, pages | {first})
    return _moved_first(ordered, article_of, article)


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
    view: ClusterView,
    rows: Sequence[int],
    leads: frozenset[int],
    reopened: bool,
    own: frozenset[int] = frozenset(),
    on_own_page: Callable[[int], bool] = lambda row: False,
    opening: int | None = None,
) -> list[int]:
    """Rows ordered by their article's place (`article_places`), then position (a teaser
    below its lead: `teasers.teased_leads`); once the
    summary's opening was chosen again (`reopened`), or when the first row opens on "The",
    a count and a plural (`pointed_at.count_opening`: "The two vehicles stop ...", raw 32),
    an article whose lead (of `leads`) is shown first when the first row is no lead
    (`lead_article_first`), as when it opens on a part of a count no noun names, itself a
    lead or not (`pointed_at.counted_part`: "Of the 12 arrested on Saturday, ...", 35;
    none shown, another article's rows: `_unpresuming_article`);
    else one opening on a step or a writer's own page (`own`, its rows shown saying "I" or "we")
    gives way to the lead of a page saying none (`on_own_page`, `news_before_own_page`); a
    page opening on a reaction to the news reads after the lead telling it
    (`replies.news_before_answer`), and a first row speaking of a family by surname ("the
    Kellers") reads after the article naming them in full below it
    (`families_unmet.family_named_below`, raw 152). Then the article of `opening`, the
    headline's lead (`chorus.headline_opening`), reads first when that row is among `rows`:
    the rules of the summary read the order the briefing shows (summary95). Last, a lede
    telling no event, then only reactions, reads another article's lead telling the news
    right below it (`feature_ledes.news_after_lede`, raw 1)."""
    dates = [view.sentences[int(start)].article.published for start in view.article_starts]
    places = article_places(dates)

    articles = view.article_of.tolist()
    # A teaser set above a lead in run-in capitals reads below that lead (raw 48).
    teasers = teased_leads(view.texts, view.article_starts)

    def key(row: int) -> tuple[int, int, int]:
        index = view.sentences[row].index
        if row in teasers:
            return (places[articles[row]], view.sentences[teasers[row]].index, 1 + index)
        return (places[articles[row]], index, 0)

    by_place = sorted(rows, key=key)
    if by_place and counted_part(view.texts[by_place[0]]):
        first = by_place[0]
        moved = lead_article_first(view.texts, by_place, articles, leads - {first}, dates)
        if moved[0] == first:  # no other lead shown
            moved = _moved_first(
                by_place, articles, _unpresuming_article(view.texts, by_place, articles, dates)
            )
        by_place = moved
    elif reopened or (by_place and count_opening(view.texts[by_place[0]])):
        by_place = lead_article_first(view.texts, by_place, articles, leads, dates)
    else:
        by_place = news_before_own_page(
            view.texts, by_place, articles, leads, dates, own, on_own_page
        )
    by_place = news_before_answer(view.sentences, by_place)
    by_place = _moved_first(by_place, articles, family_named_below(view.texts, by_place, articles))
    if opening is not None and opening in by_place:
        by_place = _moved_first(by_place, articles, articles[opening])
    return news_after_lede(view.texts, by_place, articles, leads)
