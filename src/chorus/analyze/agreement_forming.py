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
what it goes on from. Each sentence is used once. A statement ranked by a line a fact before
it took (the order counts all its links) leaves a line linked to it by score alone to a
line of its own article that scores higher with that line and has no other link
(`_kept_for_another`): taken, it would leave that line telling nothing.

Facts of as many reports and outlets rank by the reports that tell them at all
(`_told_too`), then by their supports' scores: a line a fact ranked before took, or a
question, supports nothing, yet where it writes the statement's figure its outlet reports
the fact too (raw 34's $130,000 payment, told by four outlets: [5]'s line is the Sanders
row's, CNN's a question, so it formed of two and, by its score, ranked under eleven facts
of two outlets or more and was cut).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache, partial

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
from chorus.language.counts import MONTHS
from chorus.model import Sentence

MAX_FACTS = 12
LinkMap = Mapping[int, Mapping[int, float]]
"""Each row's linked rows and their scores."""
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(month[:3] for month in MONTHS)})[a-z]*\.? $")


def formed_facts(
    similarity: Similarity,
    link_maps: tuple[LinkMap, LinkMap, LinkMap],
    sharing: defaultdict[int, set[int]],
    own: Mapping[int, set[str]],
    texts: Mapping[int, str],
    apart: set[frozenset[int]],
    report_of: np.ndarray | None,
    differ: Mapping[frozenset[int], str],
) -> tuple[Fact, ...]:
    """The facts (at most MAX_FACTS) of the rows' `link_maps`: their links, then the links
    found below AGREEMENT_THRESHOLD, of what the others leave, then the links of pairs shown in
    conflict over one value, of what those leave (`differ` holds each such pair's reason:
    agreement_supports.differing_rows), the most widely reported first. `sharing` holds each
    row's sentences linked to it by an own word (`own`), `texts` each linked row's text,
    `apart` the pairs of rows shown in conflict, `report_of` each row's report (copies.py),
    by article when None. A pair differing on one value gives it otherwise, so its support is
    taken though it does not agree with the statement whole (`agreeing`), and the fact shows
    it in part beside the conflict's reason (agreement_items.fact_of)."""
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
    facts: list[
        tuple[int, int, int, float, tuple[int, ...], Mapping[int, Mapping[int, float]]]
    ] = []
    links, low_links, differing_links = link_maps
    ranked = [
        (row, link_map)
        for link_map in link_maps
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
        differing = link_map is differing_links
        # a pair differing on one value is linked though shown in conflict
        against = disputing(row, apart, article_of) if apart and not differing else set()
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
        # ranked by a line a fact before it took, a statement lets a line linked to it by score
        # alone go to a line of its own article that tells it better and has no other link
        if any(j in used for j in link_map[row]):
            free = [
                j
                for j in free
                if j in sharing[row] or not _kept_for_another(link_map, row, j, used, article_of)
            ]
        links_of = Statement(statement, own[row], link_map[row], sharing[row])
        chosen = chosen_supports(links_of, free, texts, own, article_of)
        # One that gives another figure or day is no support, nor free to support another
        # statement: it tells this one's story with other figures (freed, such sentences
        # formed new pairs of which 6 in 20 read were one fact); but for one giving a sum of
        # money it gives, written once in each article (raw 14's "$27,000" suit beside the
        # $66,000 bill)
        agreeing_rows = chosen if differing else agreeing(sentences, row, chosen, texts)
        support = supports_at_peace(agreeing_rows, link_map[row], apart)
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
        reach = reports + _told_too(
            sentences, row, rows, (links, low_links), texts, report, article_of, against
        )
        score = sum(link_map[row][j] for j in support)
        facts.append((reports, told_by, reach, score, rows, link_map))
    facts.sort(key=lambda f: (-f[0], -f[1], -f[2], -f[3]))
    # only the facts shown are built: a statement's choice reads its supports' lead-ins
    return tuple(
        fact_of(similarity, rows, link_map, differ)
        for reports, told_by, _, _, rows, link_map in facts[:MAX_FACTS]
        if reports > 1 and told_by > 1
    )


def _kept_for_another(
    link_map: Mapping[int, Mapping[int, float]],
    row: int,
    line: int,
    used: set[int],
    article_of: Sequence[int],
) -> bool:
    """Whether a `line` linked to the statement `row` goes to another line of the statement's
    article, free (not `used`), that it scores higher with and that has no link but it: the
    greedy order ranks a statement by all its links, and one whose best was taken by a fact
    before it would take the only line another tells. Raw 190's "Researchers found that
    victims of bullying ... were 4.3 times more likely to have an anxiety disorder ..." ranked
    by a quotation another statement took, then took "What’s more, the study found that those
    who had been bullies were at increased risk of antisocial personality disorders." (0.427,
    no own word) from "Bullies who were not victims of bullying were 4.1 times more likely to
    have antisocial personality disorder ..." (0.526), its only link."""
    score = link_map[row][line]
    return any(
        len(link_map[other]) == 1
        and other != row
        and other not in used
        and article_of[other] == article_of[row]
        and other_score > score
        for other, other_score in link_map[line].items()
    )


def _told_too(
    sentences: Sequence[Sentence],
    row: int,
    rows: tuple[int, ...],
    link_maps: tuple[Mapping[int, Mapping[int, float]], ...],
    texts: Mapping[int, str],
    report: Sequence[int],
    article_of: Sequence[int],
    against: set[int],
) -> int:
    """How many reports besides the fact's `rows`' tell `row`'s statement in a line linked to
    it that writes a figure of the statement (no date) and agrees with it (`agreeing`: no other
    figure, no denial), though it supports nothing: a fact ranked before took it, or it is a
    question ("Did President Donald Trump know that his personal lawyer ... paid $130,000
    ...?"). A figure both write marks the same fact where a line tells two: counting every
    linked line that agrees ranked loose pairs of a wire story's many copies over its own
    facts (DUC 17's pope "welcomed by Croats" / "met Croatian President Franjo Tudjman" over
    the Split mass), and so did a year both write (DUC 0). `against` holds the articles shown
    in conflict with the statement."""
    figures = _figures(texts[row])
    if not figures:
        return 0
    told = {report[j] for j in rows}
    linked: dict[int, float] = {}
    for link_map in link_maps:
        linked.update(link_map.get(row, {}))
    others: defaultdict[int, list[int]] = defaultdict(list)
    for j in sorted(linked, key=linked.__getitem__, reverse=True):
        if report[j] not in told and article_of[j] not in against and figures & _figures(texts[j]):
            others[report[j]].append(j)
    return sum(
        any(agreeing(sentences, row, [j], texts) for j in lines) for lines in others.values()
    )


@lru_cache(maxsize=4096)
def _figures(text: str) -> frozenset[str]:
    """The figures a text writes ("130,000", "2.4"), but dates, a year or a month's day
    ("Aug. 7"): most lines of a story date it alike ("... the bombing of the U.S. embassies in
    Kenya and Tanzania on Aug. 7." / "... the Aug. 7 bombings of two U.S. Embassies in
    Africa.", DUC 1, two facts). Each text is read once."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    return frozenset(
        match.group()
        for match in _FIGURE.finditer(text)
        if not _YEAR.fullmatch(match.group())
        and not _MONTH_BEFORE.search(text, max(0, match.start() - 11), match.start())
    )
