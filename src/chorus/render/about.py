"""What a briefing says of itself around its summary (Markdown and HTML): what it is, its
counts, and why its summary stops well short of the words asked."""

from __future__ import annotations

from collections import Counter
from typing import Any

from chorus.cut_off import ends_mid_sentence
from chorus.ingest.repairs import changes_said
from chorus.model import Briefing, Document
from chorus.render.dates import in_series, read_span
from chorus.sentences import split
from chorus.settings import SummaryOptions


def counted(number: int, noun: str) -> str:
    """A count with its noun in the number the count takes: "1 source", "1,250 words"."""
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


NO_ANALYSIS = (
    "Made without the cross-source analysis (chorus brief --no-analysis): what the "
    "outlets agree on, what only one reported, conflicts, who said what, the timeline, the "
    "names and background articles are left out"
)
"""A briefing without an analysis left those sections out unsaid: a newcomer reading one
took them for missing from the story, not from the run (the page, then the Markdown)."""


def counts(briefing: Briefing) -> list[str]:
    """ "3 sources", "10 sentences", "247 of 250 words", "18 to 19 May 2016": the page's
    line under its headline ("1 sentences" there before), and the Markdown's."""
    return [
        _sources(briefing),
        counted(len(briefing.summary), "sentence"),
        f"{briefing.word_count():,} of {counted(briefing.words, 'word')}",
        _story_dates(briefing),
    ]


def aside_kinds(analysis: Any) -> dict[str, str]:
    """What each article set aside is, by id (`Relevance.kind`; none without an analysis):
    the header, Background, the notes, Sources and the marks of what only they tell name it
    in the same word."""
    relevance = getattr(analysis, "relevance", ())
    return {r.article_id: r.kind for r in relevance if r.off_topic}


def _sources(briefing: Briefing) -> str:
    """ "3 sources (2 background)", "2 sources (1 not news)": raw 16's header counted a
    station's index of other stories and an archive's notice as sources alike, while the
    note under it said only one article is on the story; raw 194's called an archive's
    notice background while Sources called it no news."""
    kinds = Counter(aside_kinds(briefing.analysis).values())
    sources = counted(len(briefing.documents), "source")
    if not kinds:
        return sources
    return f"{sources} ({', '.join(f'{count:,} {kind}' for kind, count in kinds.items())})"


def _story_dates(briefing: Briefing) -> str:
    """The span of the on-story articles' dates: raw 229's obituary was dated by its
    background lyrics page alone, "2 September 2008". A span only some of them give names
    them: raw 63's "3 May 2015" read as the story's day, while it was its YouTube page's
    alone and UPI's story, undated, told "May 18"; raw 104's "24 March 2017" was one of
    three articles', another written in April."""
    background = getattr(briefing.analysis, "off_topic", frozenset())
    story = [
        (number, d.article.published)
        for number, d in enumerate(briefing.documents, start=1)
        if d.article.id not in background
    ]
    dated = [(number, day) for number, day in story if day]
    if not dated:
        undated = all(not d.article.published for d in briefing.documents)
        return "dates unknown" if undated else "dated only by background articles"
    days = sorted(day for _, day in dated)
    span = read_span(days[0], days[-1])
    if len(dated) == len(story):
        return span
    sources = in_series([str(number) for number, _ in dated])
    whose = "date" if days[0] == days[-1] else "dates"
    return f"{span} ({whose} of source{'s' if len(dated) > 1 else ''} {sources} only)"


def what_it_is(briefing: Briefing) -> str:
    """The Markdown's first line under "## Summary": a newcomer's briefing opened on a headline
    and a summary, and said neither that chorus made it nor what its "[1]" stands for."""
    return (
        f"A chorus briefing: {' · '.join(counts(briefing))}. Each summary sentence is one "
        "source's own words, followed by the numbers of the sources that carry it (listed "
        "under Sources)"
    )


_SHORT = 0.9
"""A summary under this share of its budget says why: the selection stops within a few
words of it (summarize.select), so a larger gap means the articles had no more to give."""


def short_of_words(briefing: Briefing) -> str:
    """Why a summary stops well short of the words asked ("" when it does not): `--words
    2000` on raw cluster 228 gave 1,184 words and said nothing of the 816 missing."""
    used, asked = briefing.word_count(), briefing.words
    if not briefing.summary or used >= _SHORT * asked:
        return ""
    sentences = {d.article.id: split(d) for d in briefing.documents}
    # Selection counts a sentence whole, with the dateline its shown span leaves out
    # ("LONDON (AP) _ ", `summarize.shown`): the words it had left are what it stopped at
    # (DUC 2003 cluster 0 shows 87 words of 100, selection's 94; DUC 13 86, its 93).
    selected = sum(
        sentences[s.shown.article.id][s.shown.index].word_count() for s in briefing.summary
    )
    if selected >= _SHORT * asked:
        return ""
    left = f"{asked - selected:,} words left" + (
        " (counting the datelines it leaves out)" if selected > used else ""
    )
    off_topic = getattr(briefing.analysis, "off_topic", None) or frozenset()
    background = ", comes from an article set aside (see Background)" if off_topic else ""
    # Raw cluster 101: one of its two pages was all an archive's notice, removed.
    removed = (
        "; what cleaning removed is not among them"
        if any(d.removed for d in briefing.documents)
        else ""
    )
    shown = [
        len(sentences[d.article.id]) for d in briefing.documents if d.article.id not in off_topic
    ]
    if len(briefing.summary) >= sum(shown):
        # Raw 148: all ten sentences of its one article on the story were shown, and none of
        # the reasons given for leaving the others out was true.
        story = sum(1 for count in shown if count)
        whole = "the article" if story == 1 else f"the {story} articles"
        others = len(briefing.documents) - len(shown)
        aside = (
            ""
            if not others
            else " on the story (the other source is set aside, see Background)"
            if others == 1
            else f" on the story (the other {others} sources are set aside, see Background)"
        )
        return (
            f"The summary stops at {used:,} of the {asked:,} words asked: it shows every "
            f"sentence of {whole}{aside}{removed}"
        )
    return (
        f"The summary stops at {used:,} of the {asked:,} words asked: every other sentence "
        f"of the articles repeats what it says, leans on a sentence it leaves out{background}, "
        f"has fewer than {SummaryOptions().min_words} words or is longer than the "
        f"{left}{removed}"
    )


def cut_off(document: Document) -> list[str]:
    """The Sources line's word on a text that ends mid-sentence (raw 197's teaser ended "...
    to have her..." and nothing said the article was cut), or nothing."""
    ending = ends_mid_sentence(document)
    return [f"text ends mid-sentence: '{ending}'"] if ending else []


def changed(document: Document) -> list[str]:
    """The Sources line's word on a text set right as it was read (raw 230 [3]'s 13 closing
    marks lost to "\ufffd?"), whose spans count the text so read, or nothing."""
    said = changes_said(document.article.text, document.article.changes)
    return [f"text as read: {said}"] if said else []
