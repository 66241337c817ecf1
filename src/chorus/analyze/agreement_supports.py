"""Which sentences linked to a statement support it (agreement.py forms the links): none
giving another figure or day, denying what it affirms, another sum of one thing, a rank for
a count, what would be for what is, what was found missing for what was found, a body for
someone living on, a comparison run the other way, another product, no figure for shares
or a span, distances from two places, no rank for a top number, a record said not to
mention it (agreement_readings.py); one value in two units
(agreement_measures.py); "a" against two to nine of one noun, one unit of time against
several (agreement_counted.py); two lists of charges apart (agreement_charges.py); an
unnamed "some" saying what a named person says, a remark told by a sentence naming neither
its speaker nor its words (agreement_voices.py); a deed told as to
come against one told done (agreement_planned.py); a relative against someone of another
age (agreement_people.py); one quoting the other's words to deny them
(agreement_rebuttals.py); a fraction in words for a share another percentage gives
(agreement_fractions.py); someone asked by another to do a deed for him offering to do it
(agreement_acts.py); none shown in conflict with it or with a
closer support; none a caption, a question or a colon's lead-in (statements.can_support)."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from chorus.analyze.agreement_acts import act_given_apart
from chorus.analyze.agreement_charges import charged_apart
from chorus.analyze.agreement_counted import counted_apart, spans_apart
from chorus.analyze.agreement_fractions import fraction_apart
from chorus.analyze.agreement_measures import measured_apart, parts_apart
from chorus.analyze.agreement_people import aged_apart
from chorus.analyze.agreement_planned import told_before_done
from chorus.analyze.agreement_ranges import ranges_apart
from chorus.analyze.agreement_readings import (
    breakdown_unsupported,
    compared_apart,
    converted_apart,
    located_apart,
    rank_unsupported,
    span_unsupported,
    unmentioned,
)
from chorus.analyze.agreement_rebuttals import quoted_to_deny
from chorus.analyze.agreement_voices import remark_untold, remarks_on_two, some_against_named
from chorus.analyze.borrowed import (
    body_against_living,
    found_gone_against_found,
    imagined_against_fact,
    rank_against_count,
    rebuts_claim,
    sums_apart,
)
from chorus.analyze.lead_ins import following
from chorus.analyze.negations import denies
from chorus.analyze.similarity import Similarity
from chorus.analyze.statements import can_support, instructs_reader
from chorus.facts import supports
from chorus.model import Sentence

DENIAL_REACH = 8
"""Words after a claim's verb searched for what a denial says was not done to (negations.py
searches four for sentences that need not be close): "asked former FBI Director James
Comey" is what "never asked Mr. Comey" denies."""


def disputed_rows(
    similarity: Similarity, disputed: Collection[tuple[Sentence, Sentence]]
) -> set[frozenset[int]]:
    """The pairs of rows of two sentences shown in conflict."""
    return set(_rows_of(similarity, disputed).values())


def differing_rows(
    similarity: Similarity, differing: Mapping[tuple[Sentence, Sentence], str]
) -> dict[frozenset[int], str]:
    """The pairs of rows of two sentences shown in conflict over one value
    (conflicts.value_disputes), each with what they differ on: linked, the rest of what they
    say is one fact both tell, and the one giving the other value tells it in part."""
    return {rows: differing[pair] for pair, rows in _rows_of(similarity, differing).items()}


def _rows_of(
    similarity: Similarity, pairs: Collection[tuple[Sentence, Sentence]]
) -> dict[tuple[Sentence, Sentence], frozenset[int]]:
    if not pairs:
        return {}
    row_of = {id(s): row for row, s in enumerate(similarity.sentences)}
    return {
        (a, b): frozenset((row_of[id(a)], row_of[id(b)]))
        for a, b in pairs
        if id(a) in row_of and id(b) in row_of
    }


def undisputed(
    candidates: list[tuple[int, int, float]], apart: Collection[frozenset[int]]
) -> list[tuple[int, int, float]]:
    """The candidate pairs but those of two sentences shown in conflict (`apart`): the reader
    would see one pair both agreed and disputed."""
    if not apart:
        return candidates
    return [(i, j, score) for i, j, score in candidates if frozenset((i, j)) not in apart]


def disputing(row: int, apart: Collection[frozenset[int]], article_of: Sequence[int]) -> set[int]:
    """The articles of the sentences shown in conflict with `row`'s: such an article tells its
    fact otherwise, so none of its sentences supports it (raw 32's "his wife ... was shot once
    in the right leg", "twice in the leg" in [3], whose "he was shot multiple times in the
    back" was its support)."""
    return {article_of[k] for pair in apart if row in pair for k in pair if k != row}


def supports_at_peace(
    support: list[int], score: dict[int, float], apart: Collection[frozenset[int]]
) -> list[int]:
    """The supports but any shown in conflict with one that scores higher with the statement:
    two supports of one item say what it says, so one line cannot be "the second line of
    the anthem" in one and "the third line" in the other (raw 49); the closer one stays."""
    if not apart:
        return support
    kept: list[int] = []
    for j in sorted(support, key=score.__getitem__, reverse=True):
        if not any(frozenset((j, k)) in apart for k in kept):
            kept.append(j)
    return sorted(kept)


def agrees(statement: str, support: str) -> bool:
    """Whether a linked sentence supports a statement: `facts.supports`, and neither is
    someone's denial of what the other affirms (negations.denies: the White House's "never
    asked Mr. Comey or anyone else to end an investigation" against the report that
    "Trump asked former FBI Director James Comey to end the criminal investigation")."""
    return (
        supports(statement, support)
        and not (rebuts_claim(support) and not rebuts_claim(statement))
        and not sums_apart(statement, support)
        and not rank_against_count(statement, support)
        and not imagined_against_fact(statement, support)
        and not found_gone_against_found(statement, support)
        and not body_against_living(statement, support)
        and not compared_apart(statement, support)
        and not converted_apart(statement, support)
        and not breakdown_unsupported(statement, support)
        and not span_unsupported(statement, support)
        and not located_apart(statement, support)
        and not rank_unsupported(statement, support)
        and not unmentioned(statement, support)
        and not measured_apart(statement, support)
        and not parts_apart(statement, support)
        and not counted_apart(statement, support)
        and not spans_apart(statement, support)
        and not charged_apart(statement, support)
        and not some_against_named(statement, support)
        and not remark_untold(statement, support)
        and not remarks_on_two(statement, support)
        and not fraction_apart(statement, support)
        and not act_given_apart(statement, support)
        and not told_before_done(statement, support)
        and not quoted_to_deny(support, statement)
        and not quoted_to_deny(statement, support)
        and not denies(support, statement, DENIAL_REACH)
        and not denies(statement, support, DENIAL_REACH)
    )


def agreeing(
    sentences: Sequence[Sentence], row: int, chosen: list[int], texts: Mapping[int, str]
) -> list[int]:
    """The chosen sentences that support `row`'s (`agrees`), none telling of someone by an
    age its articles give no relative the statement names (agreement_people.aged_apart),
    none whose article or the statement's gives a range of the other with another end
    (agreement_ranges.ranges_apart)."""
    statement = texts[row]
    return [
        j
        for j in chosen
        if agrees(statement, texts[j])
        and not aged_apart(sentences[row], sentences[j])
        and not ranges_apart(sentences[row], sentences[j])
    ]


def supports_alone(sentences: Sequence[Sentence], row: int) -> bool:
    """Whether `row`'s sentence may support a statement (statements.can_support) and is no
    instruction to the reader (statements.instructs_reader)."""
    text = sentences[row].text
    return can_support(text, following(sentences, row, text)) and not instructs_reader(text)


def sum_in_common(a: str, b: str, ours: set[str], theirs: set[str]) -> bool:
    """Whether two sentences' own words (each article writes them once) hold a sum of money
    both give: a toll both give joined a dance-hall fire's lead to the identifying of its
    dead (DUC 22: "60"), an age a bail hearing to an indictment (Multi-News+ 32: "35")."""
    return any(
        stem[0].isdigit() and all(re.search(rf"\$\s?{re.escape(stem)}", text) for text in (a, b))
        for stem in ours & theirs
    )
