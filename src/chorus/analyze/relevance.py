"""Off-topic articles: which articles of a cluster are about another event, or are not a
story at all.

A logistic model over how each article relates to the others: the cosine of its mean
word vector to theirs, TF-IDF cosines of whole articles, how many of its sentences have
a close match elsewhere (similarity.py), whether it opens on the story (its first
sentences' matches, where its first matched sentence is, its first sentence's cosine to
the others), how many of its rare words (names, places) the others use, its length, and
each of these minus the best value among the other articles (an outlier is what is
off-topic). In Multi-News+ about
half the articles flagged "not relevant" are not news but page furniture kept by the
crawl (web archive notices, "Tweet with a location", JavaScript and cookie notices,
weather widgets), so the model also reads how much of an article cleaning removed, how
much of it is web-page vocabulary and how much addresses the reader ("you", "your"),
and two page scores (relevance_page.py): logistic models of "not relevant" over the
article alone, its mean word vector and its words. They tell apart the two articles of a
two-article cluster, where every comparison with the others is the same for both. Since
a cluster's furniture is itself an outlier, the model also reads the cosine to the
others weighted by how much each reads as news (the rows: relevance_features.py). The
weights were fitted by `python bench/offtopic.py --fit` on multinews-plus-train (44,972
clusters; text there is lowercased and tokenised, so no feature relies on case) and are
measured on multinews-plus-validation (BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from chorus.analyze.model import BACKGROUND, NOT_NEWS, Relevance
from chorus.analyze.relevance_cast import MAX_CAST_ARTICLES, named_story, other_cast, stands_out
from chorus.analyze.relevance_features import (
    CLUSTER_FEATURES,
    FEATURES,
    SUPPORT_LEVELS,
    features,
)
from chorus.analyze.relevance_page import (
    ENCYCLOPEDIA_REASON,
    PRAISE_REASON,
    STANDING_REASON,
    blurb_page,
    encyclopedia_page,
    standing_page,
    unlike_reason,
    without_story,
)
from chorus.analyze.relevance_text import (
    openings,
    opens_on_reference,
    opens_on_shared_day,
    shares_story_fact,
    shares_vote_count,
)
from chorus.analyze.similarity import Similarity
from chorus.model import Article, Document

_MODEL_TEXT = """
0.505006 0.122682 0.154162 0.256122 0.279494 0.487525 1.74814 4.81857 0.0214025
0.0145234 0.00561017 0.301801 0.420107 0.27402 0.392011 0.914232 -0.0623209 -0.0158539
-0.0288289 -0.0437369 -0.112434 -0.132683 -0.183988 -0.171097 -0.0271419 -0.0154468
-0.00633106 -0.0578401 -0.151357 -0.0471109 -0.077205 -0.175557 1.08879 0.392859
0.301677 0.478795 -1.84026 -0.547857 -1.84026 0.512414 -1.89831 -0.637628 -1.89831

0.230464 0.0884137 0.105583 0.125701 0.29113 0.340987 0.538538 0.927599 0.13782
0.0430227 0.0190068 0.17103 0.451037 0.138794 0.22086 0.74384 0.139391 0.0361494
0.0720018 0.11045 0.299414 0.333925 0.677041 1.12988 0.245769 0.0727247 0.0327439
0.154287 0.462955 0.121646 0.206343 0.41353 0.385099 0.419917 0.387488 0.102834 1.27788
1.77001 1.05071 0.231981 1.51924 2.19699 1.24175

0.855585 -0.786942 0.0136253 0.950613 0.0264349 -0.227972 0.0264141 0.370375 0.107919
0.0186344 -0.0186194 -0.176476 0.0642458 -0.525672 -0.105997 -0.244992 0.0621064
-0.109254 0.0416608 -0.13724 -0.0753495 -0.0204865 0.0821823 -0.45964 0.00265935
-0.0678128 -0.0211341 0.0631203 0.153966 0.128278 -0.0647405 -0.0881076 -0.233609
0.0947741 0.268061 0.0367898 0.14611 -0.0448465 -0.146104 -1.32092 0.678226 0.238718
-0.230364
"""
_MEANS, _SCALES, _WEIGHTS = (
    np.array(block.split(), dtype=np.float64) for block in _MODEL_TEXT.strip().split("\n\n")
)
"""Fitted by bench/offtopic.py --fit: the means and scales that standardise the rows, then
the logistic weights, each over FEATURES, FEATURES minus the others' best, CLUSTER_FEATURES.
The fit counted pictures' captions in the removed share; they were left out after it, with
these weights (decisions.md, tenth pass: a refit gained nothing and moved raw flags)."""
BIAS = -2.30854
OFF_TOPIC_PROBABILITY = 0.31
"""Probability above which an article is flagged: where the smaller of precision and recall
is highest on the train split."""
REPEATED_SHARE = 0.5
"""An article of two sentences or more, nearly every one of which has a match in another
article (REPEATED_MATCHED at SUPPORT_LEVELS[1]) and at least this share a close one
(SUPPORT_LEVELS[0]), repeats the story whatever the model says: on raw text the model
flags short excerpts of on-story reports (a two-sentence teaser, one paragraph). The share
alone also spared furniture with a line like the story's (Multi-News+ validation: 49 flags
lifted, 18 "not relevant"; with every sentence matched 13 and 2; train 389/169 and 83/33)."""
REPEATED_MATCHED = 0.85
"""Every sentence but one in seven: a longer report of the story opens or closes on a line
of its own (raw 144 #0, Obama's answer, 9 of 10; 249 #0, his KSDK interview, 8 of 9).
From 1.0 down to 0.85 no flag moves on Multi-News+ validation or train's first 8,000
clusters, whose articles are cut short; 0.75 lifts 2 and 6 there, 2 and 2 "not relevant"."""
SHORT_WORDS = 80
SHORT_LEAD_MATCH = 0.35
"""A page of SHORT_WORDS words or fewer whose first sentences match the story's (mean best
match at least SHORT_LEAD_MATCH) and that gives an amount another article gives
(relevance_text.figures), or that opens on what was done "on" a weekday another article
names (relevance_text.shares_day), is the story's, whatever the model says: raw 5 #1, a
list's own 37-word slide for Tina Fey ("$13 million", as the list says); raw 61 #1, the
WSJ's 41 words on Keurig's results ("on Wednesday cut its guidance", the day the Post
reports). Without the amount or the day half such flagged pages are "not relevant" in
Multi-News+; at a mean of 0.30 an "&#124;" page joins (journal, "Off-topic articles,
fourteenth pass (stop 36)" and "twentieth pass (stop 43)")."""
PASSAGE_SENTENCES = 3
"""An article with this many sentences in a row each matched elsewhere at SUPPORT_LEVELS[0]
retells a passage of the story, whatever else it holds: raw 129 #2, the inventor's own
account of the sensor the other two report (the heel, the alert on his aunt's phone), read
as another event for its first person and its technical length. A page on another event
shares a sentence or two (a name, a date), never three in a row among raw's 46 model flags
(two in a row: 7 #1, 29 #2, 154 #1); Multi-News+ articles are cut too short to hold one
(no validation flag moves). A line of a few words does not count: DUC 2003 24 #5, a
national weather forecast, ends on two sentences about Hurricane Georges' rain and the
"&QL;" marker the cluster's other wire pages carry (matched at 1.0)."""
PASSAGE_WORDS = 5
"""The fewest words of a sentence counted in a passage."""
REFERRING_PROBABILITY = 0.4
"""An article opening on a word that points to what it has not named (a pronoun or a
connective: relevance_text.opens_on_reference) is not flagged below this probability: its
first sentences name nothing, so the opening columns (the mean best match of its first three
sentences weighs -0.53) push a feature's lede or a passage of a report over
OFF_TOPIC_PROBABILITY (raw validation has none flagged). Multi-News+ train's first 10,000
clusters: 20 flags lifted, 15 relevant; validation 7, all relevant, each on the story by
reading (journal, "Off-topic articles, twenty-third pass")."""


def probabilities(rows: np.ndarray) -> np.ndarray:
    """The model's probability that each article is off-topic."""
    z = ((rows - _MEANS) / _SCALES) @ _WEIGHTS + BIAS
    return 1.0 / (1.0 + np.exp(-z))


_CLOSE, _MATCHED = (FEATURES.index(f"share of sentences matched at {v}") for v in SUPPORT_LEVELS)
_SENTENCES = FEATURES.index("log sentences")
_WORDS = FEATURES.index("log words")
_LEAD = FEATURES.index("mean best match elsewhere of its first three sentences")
_PAGE_SCORE = 2 * len(FEATURES) + CLUSTER_FEATURES.index("page score")


def repeats_story(rows: np.ndarray) -> np.ndarray:
    """Whether each article repeats the other articles' sentences (REPEATED_SHARE)."""
    several = rows[:, _SENTENCES] >= np.log1p(2)
    matched = rows[:, _MATCHED] >= REPEATED_MATCHED
    return several & matched & (rows[:, _CLOSE] >= REPEATED_SHARE)


def short_on_story(rows: np.ndarray, tied: np.ndarray) -> np.ndarray:
    """Whether each article is a short page on the story that gives the story's figures or
    its day (SHORT_WORDS); `tied` says which articles do (shares_story_fact)."""
    short = (rows[:, _SENTENCES] > 0) & (rows[:, _WORDS] <= np.log1p(SHORT_WORDS))
    return short & (rows[:, _LEAD] >= SHORT_LEAD_MATCH) & tied


def model_flags(
    rows: np.ndarray,
    probability: np.ndarray,
    tied: np.ndarray | None = None,
    counted: np.ndarray | None = None,
    referring: np.ndarray | None = None,
) -> np.ndarray:
    """The model's verdicts on feature rows and their probabilities: off-topic at
    OFF_TOPIC_PROBABILITY, but not an article that repeats the story's sentences, nor a
    short page giving the story's figures or day when `tied` is known (shares_story_fact),
    nor one giving a vote's count as another article does when `counted` is known
    (shares_vote_count: one night's results, each its own measure or race; Multi-News+
    validation lifts 1 flag, relevant, train none), nor one opening on a word that points
    to what it has not named below REFERRING_PROBABILITY when `referring` is known
    (opens_on_reference)."""
    kept = repeats_story(rows)
    if tied is not None:
        kept |= short_on_story(rows, tied)
    if counted is not None:
        kept |= counted
    if referring is not None:
        kept |= referring & (probability < REFERRING_PROBABILITY)
    return (probability >= OFF_TOPIC_PROBABILITY) & ~kept


def _story_kept(
    articles: Sequence[Article],
    present: set[str],
    flagged: np.ndarray,
    cast: Mapping[str, frozenset[str]],
) -> str | None:
    """The article named_story keeps when the model flags every article with story text."""
    told = [n for n, article in enumerate(articles) if article.id in present]
    if not all(flagged[n] for n in told):
        return None
    return named_story([articles[n].id for n in told], cast)


def tells_passage(similarity: Similarity, rows: np.ndarray) -> bool:
    """Whether an article's sentences (`rows` of `similarity`, in order) hold
    PASSAGE_SENTENCES in a row each matched in another article at SUPPORT_LEVELS[0]. Read
    only for a flagged article: its rows of the scores, not the cluster's."""
    elsewhere = similarity.article_of != similarity.article_of[rows[0]]
    matched = (similarity.scores[np.ix_(rows, elsewhere)] >= SUPPORT_LEVELS[0]).any(axis=1)
    matched &= [len(similarity.sentences[k].text.split()) >= PASSAGE_WORDS for k in rows]
    window = np.ones(PASSAGE_SENTENCES, dtype=int)
    return bool(np.any(np.convolve(matched, window, mode="valid") == PASSAGE_SENTENCES))


def _passages(
    articles: Sequence[Article], similarity: Similarity, flagged: np.ndarray
) -> np.ndarray:
    """Which flagged articles retell a passage of the story (tells_passage)."""
    told = np.zeros(len(articles), dtype=bool)
    if not flagged.any():
        return told
    # each article's sentences are named by the row of its first (Similarity.article_of)
    first = {similarity.sentences[r].article.id: r for r in np.unique(similarity.article_of)}
    for n in np.flatnonzero(flagged):
        if articles[n].id in first:
            rows = np.flatnonzero(similarity.article_of == first[articles[n].id])
            told[n] = len(rows) >= PASSAGE_SENTENCES and tells_passage(similarity, rows)
    return told


DAY_SENTENCES = 2
"""How many of an article's first sentences are its opening for opens_on_shared_day: an AP
lede asks first ("MOSCOW (AP) — Need some election interference?") and names the day next."""


def _day_items(
    documents: Sequence[Document], similarity: Similarity, rows: np.ndarray, flagged: np.ndarray
) -> np.ndarray:
    """Which articles the model flags as background open on the day most others' openings
    name (relevance_text.opens_on_shared_day): items of one day's roundup. A page flagged as
    not news stays flagged."""
    held = np.zeros(len(documents), dtype=bool)
    if not flagged.any():
        return held
    held = flagged & opens_on_shared_day(openings(documents, similarity.sentences, DAY_SENTENCES))
    for n in np.flatnonzero(held):
        held[n] = unlike_reason(rows[n, _PAGE_SCORE], documents[n].article)[0] == BACKGROUND
    return held


def only_article(articles: Sequence[Article]) -> tuple[Relevance, ...]:
    """The relevance of a cluster's single article: on-topic by definition, with nothing
    to compare it with (no similarity needed)."""
    return tuple(Relevance(a.id, 1.0, False, "the only article") for a in articles)


def relevance(
    documents: Sequence[Document],
    similarity: Similarity,
    cast: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Relevance, ...]:
    """Each article's relevance to the story; a single article is on-topic by definition.
    `cast` gives the people each article names (by article id), when they are known."""
    articles = [d.article for d in documents]
    if len(articles) < 2:
        return only_article(articles)
    present = {s.article.id for s in similarity.sentences}
    rows = features(documents, similarity)
    p = probabilities(rows)
    texts = [d.article.text for d in documents]
    tied = shares_story_fact(documents, similarity.sentences)
    flagged = model_flags(rows, p, tied, shares_vote_count(texts), opens_on_reference(texts))
    # the cast rule reads an article the model sets apart and that repeats no story text
    apart = stands_out(p) & ~repeats_story(rows)
    # only an article with PASSAGE_SENTENCES matched sentences can hold a passage
    matched = np.rint(rows[:, _CLOSE] * np.expm1(rows[:, _SENTENCES])) >= PASSAGE_SENTENCES
    told = _passages(articles, similarity, (flagged | apart) & matched)
    flagged &= ~told
    apart &= ~told
    day_items = _day_items(documents, similarity, rows, flagged)
    flagged &= ~day_items
    strangers = other_cast(cast or {}) if len(articles) <= MAX_CAST_ARTICLES else set()
    kept = _story_kept(articles, present, flagged, cast or {})
    result = []
    for n, (document, probability) in enumerate(zip(documents, p, strict=True)):
        article = document.article
        score = round(1.0 - float(probability), 3)
        if article.id not in present:
            kind, reason = without_story(document)
            result.append(Relevance(article.id, 0.0, True, reason, kind))
        elif blurb_page(article.text):
            # the model reads the praise of the story's subject as on it (raw 198 #1, 0.12)
            result.append(Relevance(article.id, score, True, PRAISE_REASON, NOT_NEWS))
        elif flagged[n] and article.id != kept:
            kind, reason = unlike_reason(rows[n, _PAGE_SCORE], article)
            result.append(Relevance(article.id, score, True, reason, kind))
        elif standing_page(article.text):
            # the model reads an agency's page on the story's program as on it (raw 134 #0, 0.21)
            result.append(Relevance(article.id, score, True, STANDING_REASON, NOT_NEWS))
        elif encyclopedia_page(article.text):
            # the model reads a page on the story's subject as on it (raw 106 #2, 0.13)
            result.append(Relevance(article.id, score, True, ENCYCLOPEDIA_REASON))
        elif article.id in strangers and apart[n]:
            names = ", ".join(sorted((cast or {})[article.id]))
            reason = f"names none of the people or sources the other articles name ({names})"
            result.append(Relevance(article.id, score, True, reason))
        else:
            why = ", the one article naming people" if article.id == kept else ""
            if day_items[n]:
                why = ", opening on the day most others' openings name"
            reason = f"on the story{why} (p off-topic={probability:.2f})"
            result.append(Relevance(article.id, score, False, reason))
    return tuple(result)
