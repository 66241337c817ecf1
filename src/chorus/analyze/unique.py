"""What only one outlet reports: a sentence no other article comes close to, nor closer
than the rest of its own article does: such a sentence is most often another outlet's
fact in other words, or an aside. It is listed when it states something on its own: not a
question (nor one quoted before its speaker: '“You want to know who my customer is?” he
asked.'), not cut off with an ellipsis or at a title, no instruction to the reader
("Please ...", "click ..."), no line of a listing ending with a year in brackets, and,
unless it names who speaks, neither a quotation cut off from its speaker ("Salute to
Prodigy ...", named in the sentence before) nor a sentence in the first person ("we at
Billboard Dance take a moment ..."; "I asked one of our hosts" names no one; "i" where the
text is in lower case): a lone item must say whose claim it is. Nor is a sentence of a
passage the article quotes after saying whose it is (borrowed.quoted_after_lead: the
paragraphs after "Look at Bill Kristol's taunting editorial in the Weekly Standard:", raw
221): shown alone, it would read as the outlet's own. Nor is a sentence giving a figure of
FIGURE_TOLD or more that another outlet writes in the same digits: it tells that outlet's
fact too ("It also imposed a fine of 3,000 Bahraini dinars" / "she was fined 3,000 BD",
raw 127, were both lone items). Nor is a newsroom's own step ("Goodlatte's office did not
respond to a request for comment.", "He did not return a phone call Thursday; neither did
O’Mara.", raw 208 and 14): it tells what the outlet did, not what happened.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Sequence

import numpy as np

from chorus.analyze.borrowed import quoted_after_lead
from chorus.analyze.copies import same_sentences
from chorus.analyze.lead_ins import following, lead_in, rest_of_before
from chorus.analyze.model import Fact, outlets
from chorus.analyze.similarity import Similarity
from chorus.analyze.statements import as_shown, informative, states_a_fact
from chorus.facts import placed_figures
from chorus.summarize.newsroom import newsroom_step

UNIQUE_THRESHOLD = 0.22
"""A sentence is reported by one outlet only when no other article has one this close."""
UNIQUE_MARGIN = 0.02
"""Nor is it when a sentence of another article scores this much more with it than any
other sentence of its own article does. An outlet's own fact sits among the sentences
that lead up to it or go on from it; a sentence nearer another outlet than its own
neighbours is most often something that outlet tells in other words (the seeds'
`Macron stressed "his deep concern ..."`: 0.19 and 0.17 with two sentences of the FT on
Macron's words, the second its paraphrase, at most 0.15 with its own article) or an aside
that belongs to neither ("As Walter White might say, she is the one who knocks")."""
_LISTING_LINE = re.compile(r",\s*\(\d{4}\)\W*$")
"""A line of a listing that ends with a work's year after a comma: a sidebar's caption ("Lesley
Manville, Channel 4 drama, 'The Queen', (2009)", raw 135), which states nothing."""
_NEITHER = re.compile(r";\s*(?:neither|nor)\s+(?:did|has|have|was|were|could)\s+[^,;]{1,40}\.$")
"""A step's closing "; neither did O’Mara." (raw 14) names one more person not reached: the
sentence is still only the newsroom's step (newsroom_step keeps one going on past a ";")."""
UNIQUE_PER_ARTICLE = 3
FIGURE_TOLD = 100
"""Smallest figure (no year) that, written in the same digits by another outlet, makes a
lone item's fact that outlet's too. Over the 250 raw validation clusters' lone items, three
gave such a figure: 127's fine (3,000, both outlets' lone items), 231's "$2.79 billion"
(Avatar's takings, told by both); 227's "$300,000" paid to James Miller is written
"three hundred thousand" for another payment by the other outlet, and stays."""


def unique(similarity: Similarity, report_of: np.ndarray | None = None) -> tuple[Fact, ...]:
    """Per article, its most central sentences that no other article comes close to. With
    `report_of` (each row's report, copies.py), per report: an article's copies do not
    count as others, and carry the item with it (the same words, each cited)."""
    if len(similarity.sentences) == 0:
        return ()
    best = similarity.best_elsewhere(report_of)
    nearer_elsewhere = best - similarity.best_at_home() >= UNIQUE_MARGIN
    centroid = similarity.vectors.mean(axis=0)
    centrality = similarity.vectors @ centroid
    per_article: dict[int, list[int]] = defaultdict(list)
    ranked = np.argsort(-centrality, kind="stable")
    back = similarity.points_back
    sentences = similarity.sentences
    # Only sentences no other article comes close to, nor nearer than their own article's,
    # are looked at one by one.
    home = similarity.article_of if report_of is None else report_of
    repeats = same_sentences(similarity) if report_of is not None else {}
    taken: set[int] = set()
    # the other outlets' texts, read only once a candidate gives a large figure
    texts: dict[int, list[str]] | None = None
    for row in ranked[(best[ranked] < UNIQUE_THRESHOLD) & ~nearer_elsewhere[ranked]].tolist():
        report = int(home[row])
        # a row its article has no room for is passed over before its text is sliced
        if len(per_article[report]) >= UNIQUE_PER_ARTICLE or row in taken or back[row]:
            continue
        text = sentences[row].text
        if (
            informative(text, following(sentences, row, text))
            and not rest_of_before(sentences, row, text)
            and states_a_fact(text)
            and not _LISTING_LINE.search(text)
            and not quoted_after_lead(sentences[row])
            and not newsroom_step(_NEITHER.sub(".", text))
        ):
            if (written := _large_figures(text)) and _told_elsewhere(
                written, texts := texts or _texts_by_report(similarity, home), report
            ):
                continue
            per_article[report].append(row)
            taken.update(repeats.get(row, ()))
    shown = {row for rows in per_article.values() for row in rows}
    return tuple(
        _unique_fact(similarity, row, repeats.get(row, ()), shown)
        for report in sorted(per_article)
        for row in sorted(per_article[report])
    )


_LARGE = re.compile(r"\d\d\d|\d(?:\.\d+)?\s*(?:m|b|tr)illion")
"""Digits a figure of FIGURE_TOLD or more is written with ("3,000", "$2.79 billion"): a
search spares most sentences the reading of their figures (~30 µs where a number word is)."""


def _large_figures(text: str) -> list[str]:
    """The figures of FIGURE_TOLD or more (no year, no range) a text writes in digits, as
    written."""
    if _LARGE.search(text) is None:
        return []
    return [
        text[p.figure.start : p.figure.end]
        for p in placed_figures(text)
        if not p.year
        and FIGURE_TOLD <= p.figure.low == p.figure.high
        and text[p.figure.start].isdigit()
    ]


def _texts_by_report(similarity: Similarity, home: np.ndarray) -> dict[int, list[str]]:
    """Each report's articles' texts, read from each article's first row (its rows are one
    run: a walk over every sentence cost unique() ~5%)."""
    article_of = similarity.article_of
    firsts = [0, *(np.flatnonzero(article_of[1:] != article_of[:-1]) + 1).tolist()]
    found: dict[int, list[str]] = defaultdict(list)
    for row in firsts:
        found[int(home[row])].append(similarity.sentences[row].article.text)
    return found


def _told_elsewhere(written: list[str], texts: dict[int, list[str]], report: int) -> bool:
    """Whether an article of another report writes one of the figures `written` as a figure
    of its own (not inside a longer one: "13,000" holds "3,000")."""
    for figure in written:
        alone = re.compile(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)")
        if any(
            figure in text and alone.search(text)
            for other, others in texts.items()
            if other != report
            for text in others
        ):
            return True
    return False


def _unique_fact(
    similarity: Similarity, row: int, carried_by: Sequence[int], shown: Collection[int]
) -> Fact:
    """An item, with its lead-in unless the sentence it leans on is the item shown right
    above it (raw 244: "“It could have been worse, ...,” she said." after the tweet it
    follows, whose lead-in repeated that item in full)."""
    # each shown as the summary shows a sentence: after a leading dash
    statement = as_shown(similarity.sentences[row])
    carried = tuple(as_shown(similarity.sentences[j]) for j in carried_by)
    context = () if row - 1 in shown else lead_in(similarity, row)
    # nor does it repeat an item shown two above it (raw 158's "Some, particularly ..."
    # before "Others include ...")
    if len(context) == 2 and row - 2 in shown:
        context = context[1:]
    context = tuple(map(as_shown, context))
    return Fact(statement, carried, outlets((statement, *carried)), context)
