"""Leads that answer the news rather than tell it: a lawyer's or spokesperson's reply, a
reaction's verdict in quotation marks. A page whose text starts at such a line (raw
validation 185's, "Heather Sculthorpe, ... called the work an “insult.”") opens a summary on
the answer before the news another outlet's lead tells ("An artist has been buried alive
beneath a busy Hobart road, ..."): the summary reads that lead first, and so does the
briefing's headline (`render.headline_kinds.reply_after`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.ingest.own_titles import opens_with_title, title_line
from chorus.model import Sentence

_REPLY = re.compile(
    r"(?:[\w.’'-]+ ){1,4}(?:lawyer|attorney|spokes(?:man|woman|person)|representative"
    r"|publicist)s?,? (?:[^,]{3,60}, )?(?:said|says|told)\b"
)
"""Someone's lawyer or spokesperson answering for them ("Ms. Clifford’s lawyer, Michael
Avenatti, said that he did not consider the restraining order, dated Feb. 27, valid ...",
raw validation cluster 34, a page whose text starts mid-story)."""


_VERDICT = re.compile(
    r"(?<!\bbe )(?<!\bis )(?<!\bwas )(?<!\bbeen )"
    r"\b(?:called|calls|branded|labell?ed|described)\s+(?:(?:it|this)\b|the\s+[a-z])"
    r"[^.“”\"]{0,40}?"
    r"\s(?:an?\s+|as\s+(?:an?\s+)?)?[“\"]"
)
"""A verdict in quotation marks on what the news told ("Heather Sculthorpe, chief executive
of the Tasmanian Aboriginal Center, called the work an “insult.”", raw validation cluster
185, a page whose text starts at the reaction); not a thing's name ("It’s been called the
“razor blade business model.”", 61; "his device, called the "Safe Wander," ...", 129)."""


_REACTED = re.compile(
    r"(?:[\w.’'‘-]+ ){1,4}(?<!\bnot )(?<!\bnever )(?<!n't )(?<!n’t )(?:reacted|responded) to\b"
)
"""Someone's reaction told as the line's deed ("Sean Hannity reacted to Cliven Bundy‘s slavery
remarks at the top of his radio show Thursday, ...", raw validation cluster 151, Mediaite's
lead above three lines of Hannity's): the remarks are news another outlet's lead tells.
Over raw validation and DUC articles no other line opening its article says so; "... is
responding to questions ..." (172's interview, the news itself) is not read, nor a reaction
not given ("Gosling's publicists have not responded to our request for comment.", a
Multi-News+ validation article's)."""


def answers_the_news(text: str) -> bool:
    """Whether a sentence answers for someone (`_REPLY`), reacts to the news (`_REACTED`)
    or gives a verdict on it (`_VERDICT`, read past its "call" literal)."""
    return bool(
        _REPLY.match(text) or _REACTED.match(text) or ("call" in text and _VERDICT.search(text))
    )


def opens_article(sentence: Sentence) -> bool:
    """Whether a sentence is its article's first, or the first below the title line its
    page opens on (raw 185's ABC page: "An artist has been buried alive ..."), given or
    read as one (`ingest.own_titles.title_line`: the API and `chorus eval` give none)."""
    if sentence.index != 1:
        return sentence.index == 0
    article = sentence.article
    return opens_with_title(article) or title_line(article.text) is not None


def news_before_answer(sentences: Sequence[Sentence], ordered: list[int]) -> list[int]:
    """`ordered` (rows of `sentences` by article, in reading order) with the first article's
    rows moved after another article's, when its first shown row opens it and answers the
    news (`answers_the_news`) and that other article's shown row opening it tells the news:
    six lines of 185's reaction read first left "the work" and "Mr. Parr" unintroduced."""
    if not ordered:
        return ordered
    first = sentences[ordered[0]]
    if not (answers_the_news(first.text) and opens_article(first)):
        return ordered
    answer = [row for row in ordered if sentences[row].article is first.article]
    rest = [row for row in ordered if sentences[row].article is not first.article]
    lead = next(
        (
            n
            for n, row in enumerate(rest)
            if opens_article(sentences[row]) and not answers_the_news(sentences[row].text)
        ),
        None,
    )
    if lead is None:
        return ordered
    news = sentences[rest[lead]].article.id
    end = lead
    while end < len(rest) and sentences[rest[end]].article.id == news:
        end += 1
    return [*rest[:end], *answer, *rest[end:]]
