"""Facts formed of the links agreement.py finds between sentences of different articles.

Facts are formed greedily: the sentence linked to the most articles (then the highest total
score) becomes a statement. From each other article it takes every linked sentence that
shares an own word with it (own_words.py), or, when none does or all share one word scoring
far below it, the best-scoring one: the others share the statement's story more often than
its fact; of a remark, only those that quote its words, when one does (agreement_choice.py).
A caption, a line whose every word opens with a capital
("Florida Lottery Timothy Poole Timothy Poole (Florida Lottery)"), a file photo's caption, a
question ("What about impeachment?", "Who was Andrea Kuiper?"), a line naming a title
('"Survival of the Fittest"'), a sentence cut where the splitter took a title or an initial
for its end ("... to persuade mr.", "Kimble v.") and one that says it tells of another
matter ("In unrelated cases, ...") neither state nor support one, nor does a sentence that
leads into a quotation or a list with a colon, nor a support of two words ("Tax cuts."), nor
an instruction to the reader ("To see more ..., click here."). A sentence that goes on from
the one before it (lead_ins.goes_on_from: "But the possibility of a link was raised ...",
"However, ...", "Others include ...") supports but states nothing: the reader would not know
what it goes on from. Each sentence is used once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import partial

import numpy as np

from chorus.analyze.agreement_choice import Statement, chosen_supports
from chorus.analyze.agreement_items import fact_of
from chorus.analyze.agreement_supports import (
    agreeing,
    disputing,
    sum_in_common,
    supports_alone,
    supports_at_peace,
)
from chorus.analyze.copies import Relays, repeated_at_home
from chorus.analyze.lead_ins import following, goes_on_from, rest_of_before
from chorus.analyze.model import Fact
from chorus.analyze.similarity import Similarity
from chorus.analyze.statements import can_state

MAX_FACTS = 12


def formed_facts(
    similarity: Similarity,
    links: Mapping[int, Mapping[int, float]],
    low_links: Mapping[int, Mapping[int, float]],
    sharing: defaultdict[int, set[int]],
    own: Mapping[int, set[str]],
    texts: Mapping[int, str],
    apart: set[frozenset[int]],
    report_of: np.ndarray | None,
) -> tuple[Fact, ...]:
    """The facts (at most MAX_FACTS) of the rows' `links` (then of the `low_links` found below
    AGREEMENT_THRESHOLD, of what the others leave), the most widely reported first: `sharing`
    holds each row's sentences linked to it by an own word (`own`), `texts` each linked row's
    text, `apart` the pairs of rows shown in conflict, `report_of` each row's report
    (copies.py), by article when None."""
    sentences = similarity.sentences
    article_of = similarity.article_of.tolist()
    report = article_of if report_of is None else report_of.tolist()

    def strength(link_map: Mapping[int, Mapping[int, float]], row: int) -> tuple[int, float]:
        reports = {report[j] for j in link_map[row]} - {report[row]}
        return len(reports), sum(link_map[row].values())

    # A statement stands alone: one that points back ("Six of those resolutions ...") or goes
    # on from the sentence before ("But the possibility of a link was raised ...", raw 241)
    # would leave the reader without what it points to or goes on from.
    back = similarity.points_back
    used: set[int] = set()
    # chosen for a statement whose figures they do not give: free only for one sharing a sum
    held: set[int] = set()
    relays = Relays(similarity)
    facts: list[tuple[int, int, float, tuple[int, ...], Mapping[int, Mapping[int, float]]]] = []
    ranked = [
        (row, link_map)
        for link_map in (links, low_links)
        for row in sorted(link_map, key=partial(strength, link_map), reverse=True)
    ]
    for row, link_map in ranked:
        if row in used or back[row]:
            continue
        statement = texts[row]
        if (
            goes_on_from(statement)
            or not can_state(statement, following(sentences, row, statement))
            or rest_of_before(sentences, row, statement)
        ):
            continue
        against = disputing(row, apart, article_of) if apart else set()
        # A caption, a question or a colon's lead-in supports nothing, nor takes its article's
        # place
        free = [
            j
            for j in link_map[row]
            if (
                j not in used
                or (j in held and sum_in_common(statement, texts[j], own[row], own[j]))
            )
            and article_of[j] not in against
            and supports_alone(sentences, j)
        ]
        links_of = Statement(statement, own[row], link_map[row], sharing[row])
        chosen = chosen_supports(links_of, free, texts, own, article_of)
        # One that gives another figure or day is no support, nor free to support another
        # statement: it tells this one's story with other figures (freed, such sentences
        # formed new pairs of which 6 in 20 read were one fact); but for one giving a sum of
        # money it gives, written once in each article (raw 14's "$27,000" suit beside the
        # $66,000 bill)
        support = supports_at_peace(agreeing(sentences, row, chosen, texts), link_map[row], apart)
        held.update(j for j in chosen if j not in support)
        held.difference_update(support)
        used.update(chosen)
        if not support:
            continue
        rows = (row, *support)
        # a sentence its article repeats (a page's lead sent twice) tells its fact once
        used.update(k for j in rows for k in (j, *repeated_at_home(similarity, j)))
        # an outlet quoting someone's own document word for word relays its report
        relaying = relays.of(rows)
        reports = len({report[relaying.get(j, j)] for j in rows})
        told_by = len({sentences[j].article.outlet for j in rows})
        facts.append((reports, told_by, sum(link_map[row][j] for j in support), rows, link_map))
    facts.sort(key=lambda f: (-f[0], -f[1], -f[2]))
    # only the facts shown are built: a statement's choice reads its supports' lead-ins
    return tuple(
        fact_of(similarity, rows, link_map)
        for reports, told_by, _, rows, link_map in facts[:MAX_FACTS]
        if reports > 1 and told_by > 1
    )
