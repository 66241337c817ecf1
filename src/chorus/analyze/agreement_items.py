"""How an agreed item is shown (agreement.py forms its rows): each sentence as the summary
shows it, and a statement that opens with a pronoun stated by its closest support that
stands alone."""

from __future__ import annotations

from collections.abc import Mapping

from chorus.analyze.agreement_parts import partial_articles
from chorus.analyze.lead_ins import following, goes_on_from, lead_in
from chorus.analyze.model import Fact, outlets
from chorus.analyze.similarity import Similarity
from chorus.analyze.statements import can_state
from chorus.dangling import opens_with_pronoun
from chorus.summarize.shown import without_dateline


def fact_of(
    similarity: Similarity,
    rows: tuple[int, ...],
    links: Mapping[int, Mapping[int, float]],
    differ: Mapping[frozenset[int], str],
) -> Fact:
    """The fact of a statement's row and its supports' (`rows`), each sentence shown as the
    summary shows it: past its dateline ("ROME — In his narrowest escape yet, ...", raw 78)
    and a leading dash ("- Law enforcement officials announced ...", 141). A statement
    opening with a pronoun ("He was elected a State Assemblyman in 1960 ...", raw 96) gives
    its place to the support closest to it that stands alone and is linked to every other
    ("The politically active author also served one term in the New York State Assembly,
    starting in 1960."): the reader would not know whom "He" stands for, and reads each
    support against the statement shown. Of two of its sentences shown in conflict over one
    value (`differ`, agreement_supports.differing_rows), the one not shown tells the statement
    in part, and the fact carries the conflict's reason (Fact.differs)."""
    statement, support = rows[0], rows[1:]
    if opens_with_pronoun(similarity.sentences[statement].text):
        named = [
            j
            for j in support
            if all(k in links[j] for k in support if k != j) and _stands_alone(similarity, j)
        ]
        if named:
            first = max(named, key=links[statement].__getitem__)
            rows = (first, *(j for j in rows if j != first))
    cited = tuple(without_dateline(similarity.sentences[j]) for j in rows)
    partial = partial_articles(cited[0], cited[1:])
    differing = [(pair, reason) for pair, reason in differ.items() if pair.issubset(rows)]
    if differing:
        # the outlets giving another value than the statement shown tell it in part
        other_value = {
            similarity.sentences[j].article.id
            for pair, _ in differing
            for j in pair
            if j != rows[0]
        } - {cited[0].article.id}
        marked = {*partial, *other_value}
        partial = tuple(dict.fromkeys(s.article.id for s in cited[1:] if s.article.id in marked))
    return Fact(
        statement=cited[0],
        support=cited[1:],
        outlets=outlets(cited),
        partial=partial,
        differs=tuple(dict.fromkeys(reason for _, reason in differing)),
    )


def _stands_alone(similarity: Similarity, row: int) -> bool:
    """Whether `row`'s sentence may state a fact and leans on no sentence before it (no
    lead-in, lead_ins.lead_in, as a lone item would carry)."""
    text = similarity.sentences[row].text
    return (
        not similarity.points_back[row]
        and not goes_on_from(text)
        and can_state(text, following(similarity.sentences, row, text))
        and not lead_in(similarity.sentences, row, similarity.points_back)
    )
