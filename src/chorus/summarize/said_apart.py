"""A chosen line shown without who speaks it, read in each of summarize()'s rounds: a bare
quotation opening the summary, a surname never written in full, a quotation credited to "he"
or "she" no line shown names, or by another verb than an outlet naming the speaker has it,
words inside a quotation left open, a quotation in the first person apart from its article's
line before. Each is taken with the line before it (its credit, the line naming the
speaker) when it can be, or left out; the rules are their modules' (credit_lines.py,
surnames.py, unnamed_rows.py, credited_copy.py, stands_on.py, whose_words.py,
people_unmet.py, credit_unshown.py)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from chorus.summarize.credit_lines import CLOSES_ON_CREDIT, bare_opening
from chorus.summarize.credit_unshown import credit_unshown
from chorus.summarize.credited_copy import copy_below_credit, credited_copies
from chorus.summarize.features import ClusterView
from chorus.summarize.people_unmet import speaker_unshown
from chorus.summarize.pulls_undone import PullsUndone
from chorus.summarize.stands_on import another_outlets_one, credited_to_another
from chorus.summarize.surnames import named_just_before
from chorus.summarize.unnamed_rows import speaker_apart
from chorus.summarize.whose_words import inside_quotation, quotation_apart


@dataclass(frozen=True, slots=True)
class SaidApart:
    """A round's reading of the lines shown without who speaks them."""

    left_out: list[int]
    pulled: list[int]
    """The rows taken with their line before."""
    just_named: list[int]
    """The surnames named in full right before them (`named_just_before`)."""
    copies: dict[int, int]
    """Each row left out for another outlet's line naming its speaker, and that line, which
    the choice made again takes first."""


def said_apart(
    view: ClusterView,
    ordered: Sequence[int],
    in_order: Sequence[int],
    left_out: Collection[int],
    settled: Collection[int],
    undo: PullsUndone,
    pulls: np.ndarray,
    credits: np.ndarray,
    cannot_pull: Callable[[int], bool],
) -> SaidApart:
    """The rows of `ordered` (chosen, in reading order; `in_order`, as shown) read as words
    whose speaker the summary does not show, beside the rows `left_out` already: those left
    out, those taken with their line before, and what the rules after them read. `settled`
    rows (above a moved headline's article) are read no more; a row `cannot_pull` takes no
    line before."""
    texts, starts = view.texts, view.article_starts
    steps: list[int] = []
    # One opening on a bare quotation never says who speaks: it is taken with the
    # sentence before it (its credit, raw 108's Sanders), or left out when it cannot be.
    # A surname never written in full is taken with its naming sentence right before
    # it (raw 41's "Laidre observed ..."), or left as it is when that cannot be.
    with_credit, alone = bare_opening(texts, ordered)
    steps += alone + [row for row in with_credit if undo.tied(row, pulls) or row in starts]
    pulled = [row for row in with_credit if row not in steps and row not in left_out]
    just_named = named_just_before(texts, ordered, starts)
    pulled += [row for row in just_named if not undo.tied(row, pulls)]
    steps += undo.left_bare(just_named)
    # A quotation credited to "he" shown without the sentence naming him is taken with
    # it (raw 104's “Our mission is ...,” he said.), or left out when it cannot be: it
    # was pulled already, or that sentence waits or is shut.
    for row in speaker_apart(texts, ordered, starts):
        (steps if cannot_pull(row) else pulled).append(row)
    # ... by another verb ("..., he joked.", raw 137): shown as an outlet naming him has it.
    copies = credited_copies(texts, ordered, starts, view.article_of, view.vectors)
    copies = {row: copy for row, copy in copies.items() if row not in settled}
    steps += list(copies)
    # A quotation credited to "he" right after one credited by name reads as the
    # named speaker's (raw 20's Plant after "..., says Page.").
    steps += credited_to_another(texts, ordered, starts)
    steps += another_outlets_one(texts, ordered, view.article_of)
    # Words inside a quotation left open (a Q&A's long answer, raw 37) are a speaker's
    # shown as the writer's, with neither marks nor a name.
    steps += inside_quotation(view.sentences, ordered)
    # A quotation credited to "he" or "she" whom no line shown before names (raw 86's
    # Grimm, after Fallin's "she said") is taken with its article's sentence naming the
    # speaker when that is the one before, or left out.
    for row, naming in speaker_unshown(texts, in_order, starts):
        stays = naming == row - 1 and not cannot_pull(row)
        (pulled if stays else steps).append(row)
    # A quotation in the first person, or opening on "He", shown apart from its
    # article's sentence before has no speaker (raw 1's "“I didn't notice ...”", 227's
    # "“He’s trying to ...”"): taken with that sentence when it closes on a credit, or
    # left out; one credited on the line below is shown with it. So is one in no person
    # whose credit names a speaker the line shown before does not (raw 99's Lanier).
    unsaid = quotation_apart(texts, ordered, starts)
    unsaid += [row for row in credit_unshown(texts, ordered, starts) if row not in unsaid]
    for row in unsaid:
        if row + 1 < len(texts) and credits[row + 1]:
            continue
        credited = row not in starts and CLOSES_ON_CREDIT.search(texts[row - 1])
        stays = credited and not cannot_pull(row)
        (pulled if stays else steps).append(row)
    # One no rule above reads, shown away from its credit where another outlet's copy sits
    # below its own, shown (raw 52's "“My kids are in a better place ...”" six lines below
    # '“They were in good hands ...,” Pasztor said.'): that copy is shown instead.
    below = copy_below_credit(texts, ordered, starts, view.article_of)
    below = {row: copy for row, copy in below.items() if row not in unsaid and row not in settled}
    steps += list(below)
    return SaidApart(steps, pulled, just_named, copies | below)
