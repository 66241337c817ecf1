"""Whether one pair of sentences of two articles, scored alike (similarity.py), links as one
fact, and by which own words: the thresholds a link is read at and the reasons, read in the
two texts, why alike sentences tell two facts (each told in agreement.py's docstring).
agreement.py gathers the pairs and forms the facts of their links."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from chorus.analyze.agreement_actors import only_a_role, unnamed_they
from chorus.analyze.agreement_apart import told_apart
from chorus.analyze.agreement_claims import only_the_claim
from chorus.analyze.agreement_demonstratives import opened_apart, presented_here
from chorus.analyze.agreement_heads import degrees_apart
from chorus.analyze.agreement_links import (
    beyond_who,
    counts_apart,
    figures_from_one,
    links_below,
    names_a_kind,
    only_the_speaker,
)
from chorus.analyze.agreement_names import scene_names, subject_alone
from chorus.analyze.agreement_negated import negated_apart, never_done
from chorus.analyze.agreement_roles import described_apart
from chorus.analyze.agreement_scenes import one_scene
from chorus.analyze.agreement_score_alone import score_alone_apart
from chorus.analyze.agreement_sums_apart import own_sums_apart
from chorus.analyze.agreement_things import only_a_thing, tried_against_done
from chorus.analyze.agreement_word_forms import one_word_each
from chorus.analyze.aside_words import aside_stems, described_alike, inserted_stems
from chorus.analyze.borrowed import only_where_published
from chorus.analyze.credits import attributed_alike, credited_alike, credited_unnamed
from chorus.analyze.own_words import joined_as_well, names_in_common
from chorus.analyze.quoted_remarks import quoted_apart
from chorus.analyze.similarity import Similarity
from chorus.analyze.statements import speakers_apart
from chorus.language.quoted_passages import quoted_passage

AGREEMENT_THRESHOLD = 0.34
"""Lowest similarity of two sentences that report one fact. On the seeds, "regretted the
latest Russian veto" ~ "regrets over Russia's decision to block" scores 0.34 (and shares
"regret", which neither article uses again)."""
OPEN_THRESHOLD = 0.42
"""Lowest similarity of two sentences that report one fact without a word of their own in
common, or with names only. In pairs read from the 250 raw validation clusters, two in
three such pairs from 0.34 to 0.42 report different facts of one story; from 0.42 up, most
report one fact. Of 20 pairs below it that shared only names, 12 told different facts, 4
one, 4 too close to call ("Lewis is running against ... Ben Cline" / "Republican nominee
Ben Cline starts with a base of support")."""
SAME_WORDS = 0.8
"""Similarity from which two sentences are most often the same words: a passage set off
as someone else's (`language/quoted_passages`) links no such pair. The copied lines of Ehrlich
score ~1.0."""


def _linked_by_own_word(a: str, b: str, shared: set[str], score: float) -> bool:
    """Whether two sentences sharing the own words `shared` are linked by them: any own word
    from OPEN_THRESHOLD up (where a link needs none), below it one that is no name nor an
    age both give someone ("21-year-old Charisse Stinson" charged / told police she struck
    the boy, raw 141: facts.aged). Two
    sentences that only name the same person ("Grace Slick replaced Ms. Anderson, and
    Spencer Dryden took over the drums from Skip Spence ..." beside "The pair teamed up with
    ... drummer Skip Spence ...") or place (a dateline, "ROELAND PARK, Kan. — Sarah Robinson
    says ...") most often report two facts."""
    return bool(shared) and (score >= OPEN_THRESHOLD or bool(beyond_who(a, b, shared)))


def linked_words(
    similarity: Similarity,
    i: int,
    j: int,
    score: float,
    own: Mapping[int, set[str]],
    exact: Mapping[tuple[int, int], frozenset[str]],
    texts: Mapping[int, str],
    bare: Collection[int],
    of_studies: Collection[int],
) -> set[str] | frozenset[str] | None:
    """The own words by which rows `i` and `j` (their `texts`), scoring `score`, link as one
    fact: of the `own` words both write and a rare exact figure or finding both give
    (`exact`), those that count; empty when the two link by their score alone, None when they
    do not link. `bare`: the rows whose bare "That ..." points back; `of_studies`: the rows
    telling an earlier or another study's findings."""
    sentences = similarity.sentences
    stem_lists = similarity.stems
    shared = own[i] & own[j] | exact.get((i, j), frozenset())
    # with no own word in common, a pair links only from OPEN_THRESHOLD up
    if not shared and score < OPEN_THRESHOLD:
        return None
    text_i, text_j = texts[i], texts[j]
    if told_apart(text_i, text_j) or (i in of_studies) != (j in of_studies):
        return None
    # read first below AGREEMENT_THRESHOLD, where few pairs pass, and again without asides
    low = score < AGREEMENT_THRESHOLD
    # a rare exact figure both write stands for the own words a low pair needs
    read_low = low and (i, j) not in exact
    if read_low and not links_below(text_i, text_j, shared, names_in_common(text_i, text_j)):
        return None
    if shared:
        if (
            credited_alike(text_i, text_j, shared)
            or attributed_alike(text_i, text_j, shared)
            or only_where_published(text_i, text_j, shared)
            or unnamed_they(text_i, text_j, shared, score)
            or only_a_role(text_i, text_j, shared, score)
            or described_alike(text_i, text_j, shared)
            or one_scene(text_i, text_j, shared, stem_lists[i], stem_lists[j])
            or only_the_claim(text_i, text_j)
            or subject_alone(text_i, text_j, stem_lists[i], stem_lists[j], shared)
            # names link a pair from OPEN_THRESHOLD up only
            or (
                score >= OPEN_THRESHOLD
                and quoted_apart(text_i, text_j, shared, stem_lists[i], stem_lists[j])
            )
        ):
            return None
        # what a writer recalls of someone in an aside, or glosses in a quotation, is no
        # fact the two share
        shared -= aside_stems(text_i) | aside_stems(text_j)
        if "[" in text_i or "[" in text_j:
            shared -= inserted_stems(text_i) | inserted_stems(text_j)
        # a degree both write of other words ("the most commonly reported" / "most
        # closely associated", raw 159) is no word of one fact (agreement_heads.py)
        shared -= degrees_apart(text_i, text_j, shared)
        # "Here's ..." points at what the page shows (agreement_demonstratives.py)
        shared -= presented_here(text_i, text_j, shared)
        # "as well as" joins two things (own_words.joined_as_well)
        shared -= joined_as_well(text_i, text_j, shared)
        if read_low and not links_below(text_i, text_j, shared, names_in_common(text_i, text_j)):
            return None
        # names one writes only in its opening scene leave the pair to be read as linked by
        # its score alone (agreement_score_alone.py)
        if score >= OPEN_THRESHOLD:
            shared -= scene_names(text_i, text_j, stem_lists[i], stem_lists[j], shared)
        # a lone own word one negates and the other affirms says its opposite at any score
        # ("Dunn said he believed Davis had a weapon" / "But no weapon was found in the
        # SUV", raw 121)
        if (len(shared) == 1 or score < OPEN_THRESHOLD) and negated_apart(text_i, text_j, shared):
            return None
        # a record that a deed was never done is not the deed told to come, at any score
        # ("has never been criminally charged" / "could result in ... facing criminal
        # charges", raw 172)
        if never_done(text_i, text_j, shared):
            return None
        if score < OPEN_THRESHOLD and (
            not (shared := one_word_each(text_i, text_j, shared))
            or figures_from_one(text_i, text_j, shared)
            or counts_apart(text_i, text_j, shared)
            or names_a_kind(text_i, text_j, shared, names_in_common(text_i, text_j))
            or only_the_speaker(text_i, text_j, shared)
            or (len(shared) == 1 and credited_unnamed(sentences[i], sentences[j]))
            or described_apart(text_i, text_j, shared)
            or speakers_apart(text_i, text_j)
            or only_a_thing(text_i, text_j, shared, stem_lists[i], stem_lists[j])
            or tried_against_done(text_i, text_j, shared)
            or own_sums_apart(text_i, text_j, shared)
        ):
            return None
    # linked by score alone, two sentences crediting one source may tell its two facts
    elif credited_alike(text_i, text_j, shared):
        return None
    # a bare "That ..." tells of what the sentence before names, whatever names it shares
    # and one word besides, and so, linked by one own word, does a "that" after an opening
    # word the other does not write ("At least that has barbecue sauce.", raw 57:
    # agreement_demonstratives.py)
    stands_for = (bare and (i in bare or j in bare)) or (
        bool(shared) and opened_apart(text_i, text_j)
    )
    if stands_for and len(shared - names_in_common(text_i, text_j)) < 2:
        return None
    if score >= SAME_WORDS and (quoted_passage(sentences[i]) or quoted_passage(sentences[j])):
        return None
    if _linked_by_own_word(text_i, text_j, shared, score):
        return shared
    # linked by score alone
    if score < OPEN_THRESHOLD or score_alone_apart(similarity, i, j, texts, score):
        return None
    return frozenset()
