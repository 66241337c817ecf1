"""`analyze(documents, per_article_sentences, vectors)`: every cross-source section of one
cluster.

It scores every pair of sentences once (similarity.py) and runs spaCy once, batched
(entities.py); each section is a pure function of those. Sections that compare sources
need two articles on the story; when they cannot be built the reason is in
`Analysis.reasons`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TypeVar

import numpy as np

from chorus.analyze.agreement import agreed
from chorus.analyze.conflicts import NO_CONFLICT, conflicts, disputed_pairs, value_disputes
from chorus.analyze.copies import as_update, copies, report_of
from chorus.analyze.entities import recognize
from chorus.analyze.entity_mentions import counted_on_story
from chorus.analyze.entity_speakers import listed_with_speakers
from chorus.analyze.lead_in_names import with_named_lead_ins
from chorus.analyze.model import (
    BACKGROUND,
    SECTIONS,
    Analysis,
    Entity,
    Excerpt,
    Fact,
    Quote,
    Relevance,
    background_only,
)
from chorus.analyze.nlp import entity_spans
from chorus.analyze.quotes import quotes
from chorus.analyze.relevance import only_article, relevance
from chorus.analyze.row_lead_ins import agreed_lead_ins, quote_lead_ins
from chorus.analyze.rows_shown import Shown, conflicts_shown, quotes_shown, timeline_shown
from chorus.analyze.similarity import MAX_SENTENCES, Similarity, similarity
from chorus.analyze.timeline import timeline
from chorus.analyze.timeline_set_aside import about_another_event, not_news
from chorus.analyze.unique import UniqueChoice
from chorus.model import Document, Sentence
from chorus.represent import embed

CROSS_SOURCE = ("agreed", "unique", "conflicts")

__all__ = ["analyze", "analyze_choosing"]


def _cross_source_reason(on_topic: int, articles: int, sentences: int) -> str:
    if sentences > MAX_SENTENCES:
        return (
            f"{sentences} sentences: more than {MAX_SENTENCES}, the most compared pairwise; "
            "cross-source sections were not built"
        )
    if articles < 2:
        return "a single article: there are no other sources to compare it with"
    if on_topic == 0:
        return (
            "no article is on one story with another: each shares little with the others, "
            "so there are no sources to compare"
        )
    if on_topic < 2:
        return "only one article is on the story: there are no other sources to compare it with"
    return ""


ONE_REPORT = "the articles on the story carry one report: there is no other source to compare"


def _cast(
    found: Sequence[Entity], said: Sequence[Quote], shaped: Collection[str]
) -> dict[str, frozenset[str]]:
    """Who each article names, by article id: the people recognised in it and the named
    speakers it quotes (the recognizer reads only some sentences, and misses some names),
    not those listed by their names' shape alone (`shaped`, `Recognized.given`): named
    in passing ("Harry Beck", "Jerry Springer" in raw 223's commuter's essay), they made
    the essay a cast of its own, and the Sun's report beside it background."""
    cast: dict[str, set[str]] = defaultdict(set)
    for entity in found:
        if entity.label == "person" and entity.name not in shaped:
            for mention in entity.mentions:
                cast[mention.article.id].add(entity.name)
    for quote in said:
        if quote.speaker[:1].isupper():
            cast[quote.sentence.article.id].add(quote.speaker)
    return {article: frozenset(people) for article, people in cast.items()}


Item = TypeVar("Item")


def _story_first(
    items: Sequence[Item],
    spans: Callable[[Item], Iterable[Sentence | Excerpt]],
    background: frozenset[str],
) -> tuple[Item, ...]:
    """`items` with those only background articles tell moved after the story's own, each
    in its order: listed first, a background article's speakers and names read as the
    story's (raw 191's Hockley essay, 62's other missing-child case)."""
    if not background:  # most clusters: nothing to move, and no mention to read
        return tuple(items)
    return tuple(sorted(items, key=lambda item: background_only(spans(item), background)))


def _empty(section: str, found: Sequence[object], why: str) -> dict[str, str]:
    return {} if found else {section: why}


def analyze(
    documents: Sequence[Document],
    per_article_sentences: Sequence[Sequence[Sentence]],
    vectors: np.ndarray | None = None,
) -> Analysis:
    """Every analysis section for one cluster, each item pointing into the articles.
    `vectors` are the sentences' embeddings in that order, when the caller has them."""
    return analyze_choosing(documents, per_article_sentences, vectors)[0]


def analyze_choosing(
    documents: Sequence[Document],
    per_article_sentences: Sequence[Sequence[Sentence]],
    vectors: np.ndarray | None = None,
) -> tuple[Analysis, UniqueChoice | None]:
    """`analyze`, and what its choice of each outlet's own rows read, to be made again past
    a summary's lines (`chorus.unique_shown`); None where no such choice was made."""
    articles = [d.article for d in documents]
    groups = [list(g) for g in per_article_sentences]
    flat = [s for g in groups for s in g]
    if not flat:
        return Analysis(reasons=dict.fromkeys(SECTIONS, "no sentences to analyse"))
    names = recognize(flat, entity_spans)
    # a reported row leaning on the sentence before carries it (row_lead_ins.py)
    found_quotes = quote_lead_ins(quotes(groups, names.labels), flat)
    # a person the briefing quotes is one it names, read by the recognizer or not
    found_entities = listed_with_speakers(flat, names, (q.speaker for q in found_quotes))
    if len(flat) > MAX_SENTENCES:
        scored: Similarity | None = None
        ranked: tuple[Relevance, ...] = tuple(
            Relevance(a.id, 1.0, False, "not assessed: too many sentences") for a in articles
        )
    elif len(articles) < 2:
        # no section compares a lone article's sentences: their pairs are not scored
        scored, ranked = None, only_article(articles)
    else:
        if vectors is None:
            vectors = embed([s.text for s in flat])
        scored = similarity(flat, vectors)
        ranked = relevance(documents, scored, _cast(found_entities, found_quotes, names.given))
    off_topic = frozenset(r.article_id for r in ranked if r.off_topic)
    story = {a.id for a in articles if a.id not in off_topic and any(s.article is a for s in flat)}
    found_quotes = _story_first(found_quotes, lambda q: (q.sentence,), off_topic)
    # a background article is an outlet reporting (the seeds' 002 names Syria); a page that
    # is not news, or not in English, is none
    no_outlet = frozenset(r.article_id for r in ranked if r.off_topic and r.kind != BACKGROUND)
    found_entities = counted_on_story(found_entities, no_outlet)
    found_entities = _story_first(found_entities, lambda e: e.mentions, off_topic)
    dated = timeline(
        flat,
        skip_relative=off_topic,
        another_event=about_another_event(ranked),
        not_news_pages=not_news(ranked),
    )
    # the rows' sentences are read whole above and below, and shown past their datelines
    shown = Shown()
    reasons = {
        **_empty("quotes", found_quotes, "no quotation or reported speech with a named speaker"),
        **({"timeline": dated.reason} if dated.reason else {}),
        **_empty("entities", found_entities, "no people, organisations or places recognised"),
        **_empty("background", off_topic, "every article is on the story"),
    }
    why_not = _cross_source_reason(len(story), len(articles), len(flat))
    if why_not or scored is None:
        reasons.update(dict.fromkeys(CROSS_SOURCE, why_not))
        alone = Analysis(
            quotes=quotes_shown(found_quotes, shown),
            timeline=timeline_shown(dated.entries, shown),
            entities=found_entities,
            relevance=ranked,
            reasons=reasons,
        )
        return with_named_lead_ins(alone), None
    on_story = scored.subset([i for i, s in enumerate(flat) if s.article.id in story])
    carried = copies(on_story)
    report = report_of([a.id for a in articles if a.id in story], carried)
    one_report = len(set(report.values())) < 2
    found = conflicts(scored, frozenset(story), dated.entries, found_quotes)
    facts: tuple[Fact, ...] = ()
    if not one_report:
        rows = (
            np.array([report[s.article.id] for s in on_story.sentences], dtype=np.int64)
            if carried
            else None
        )
        # a pair shown as a conflict is not also shown agreed, but for what it tells besides
        # the one value it differs on
        facts = agreed_lead_ins(
            agreed(on_story, rows, disputed_pairs(found), value_disputes(found)), on_story
        )
        choice = UniqueChoice(on_story, rows, found_quotes)
    else:
        # a paper reprinting a wire story with its own reporting added (raw 173): each
        # article is then its own report, and what one adds is all that lies far from
        # the other's sentences (the lines they share score near 1)
        choice = UniqueChoice(on_story, None, found_quotes)
    only = choice.facts()
    disputes = tuple(as_update(conflict, carried) for conflict in found)
    reasons.update(
        {
            **_empty("agreed", facts, "no fact found that two or more outlets report"),
            **_empty("unique", only, "every outlet's main points are reported elsewhere"),
            **_empty("conflicts", disputes, NO_CONFLICT),
        }
    )
    if one_report:
        reasons.update(dict.fromkeys(("agreed",) if only else ("agreed", "unique"), ONE_REPORT))
    analysis = Analysis(
        agreed=facts,
        unique=only,
        conflicts=conflicts_shown(disputes, shown),
        quotes=quotes_shown(found_quotes, shown),
        timeline=timeline_shown(dated.entries, shown),
        entities=found_entities,
        relevance=ranked,
        copies=carried,
        reasons=reasons,
    )
    # a lead-in needed only for whom a pronoun stands for is shown as the name
    return with_named_lead_ins(analysis), choice
