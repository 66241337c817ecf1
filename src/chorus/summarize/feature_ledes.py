"""A summary opening on a feature's lede, then reactions to news it has not told, reads the
lead telling that news right below its opening. Raw 1 opened on "Troy Tulowitzki has a
tough name to spell, even at his own ballpark." [1] (no verb in the past, no figure, no
day), went on to a fan's quoted question and the team's replies, and told what happened
sixth, in the other outlet's lead: "The Colorado Rockies gave out 15,000 replica jerseys
honoring All-Star shortstop Troy Tulowitzki on Saturday night, but the back of them read
"Tulowizki" instead ..." [2]. Every other row keeps its place (summary118)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from chorus.language.events import NEWS_DAY, PAST, PERFECT
from chorus.language.numbers import NUMBER
from chorus.summarize.read_again import READ_AGAIN
from chorus.summarize.same_fact import deeds

_QUOTATION_MARK = re.compile(r"[\"“”]")
_SAYS = re.compile(r"\b(?:said|says|told|tells|asked|asks|added|according to)\b")
_NO_DEEDS = frozenset(["was", "were", "had", "did", "said", "told", "wrote"])
"""Verbs in the past (`PAST`) that tell no deed: being, having, doing and saying."""


@lru_cache(maxsize=READ_AGAIN)
def tells_no_event(text: str) -> bool:
    """Whether a line tells no event: no verb in the past nor present perfect, no figure
    (digits or words: `NUMBER`), no story's day, and no one's quoted words (a quotation's
    next words go on from it). Kept for the next selection (`read_again`): a summary's first
    row is read again by each of a cluster's ~2.3 reading orders (431 reads over raw
    validation, 241 texts), and its five searches are most of a call."""
    return not (
        PAST.search(text)
        or PERFECT.search(text)
        or NUMBER.search(text)
        or NEWS_DAY.search(text)
        or _QUOTATION_MARK.search(text)
    )


def _irregular(verb: str) -> bool:
    """Whether a verb `PAST` finds is one of its irregular forms ("gave", "led"), not one of
    its "-ed" words of five letters or more, which `deeds` reads (verbs of saying aside)."""
    return len(verb) < 5 or not verb.endswith("ed")


def tells_the_news(text: str) -> bool:
    """Whether a line tells a deed in the past (`same_fact.deeds`, or an irregular verb of
    `PAST` that is no being, having or saying) and when or how many: the story's day or a
    figure ("gave out 15,000 replica jerseys ... on Saturday night")."""
    deed = bool(deeds(text)) or any(
        _irregular(verb) and verb not in _NO_DEEDS for verb in PAST.findall(text)
    )
    return deed and bool(NEWS_DAY.search(text) or NUMBER.search(text))


def reacts(text: str) -> bool:
    """Whether a line gives someone's words: a quotation or a verb of saying."""
    return bool(_QUOTATION_MARK.search(text) or _SAYS.search(text))


def news_after_lede(
    texts: Sequence[str],
    ordered: Sequence[int],
    article_of: Sequence[int],
    leads: frozenset[int],
) -> list[int]:
    """`ordered` (rows of `texts` in reading order; `article_of` gives each row's article,
    `leads` the articles' first prose rows) with another article's lead telling the news
    (`tells_the_news`) moved right below the first row, when that row is a lead telling no
    event (`tells_no_event`) and every row between them gives someone's words (`reacts`)."""
    if len(ordered) < 3 or ordered[0] not in leads or not tells_no_event(texts[ordered[0]]):
        return list(ordered)
    first = article_of[ordered[0]]
    for n, row in enumerate(ordered[1:], 1):
        if row in leads and article_of[row] != first and tells_the_news(texts[row]):
            return [ordered[0], row, *ordered[1:n], *ordered[n + 1 :]]
        if not reacts(texts[row]):
            break
    return list(ordered)
