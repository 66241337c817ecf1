"""A chosen line shown apart from the line before it that it leans on, read in each of
summarize()'s rounds: a step ("Then ..."), a person, a couple or an epithet ("the man", "The
couple", "The actress"), a thing, an act or a body ("The investigation"), an opening "They"
or "the" subject only that line writes, a contrast, "the following day", a thing's "it"
after someone's words, "the Legislature" no line says whose. Each is taken with that line
when it can be, or left out; the rules are their modules' (steps_apart.py, people_unmet.py,
things_unmet.py, acts_unmet.py, definites_unmet.py, counted_days.py, bodies_unmet.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from chorus.summarize.acts_unmet import acts_unmet, charges_unmet
from chorus.summarize.bodies_unmet import legislature_unmet
from chorus.summarize.counted_days import days_unshown
from chorus.summarize.definites_unmet import definites_unmet, demonstratives_unmet
from chorus.summarize.people_unmet import (
    couple_unmet,
    epithet_unmet,
    person_unmet,
    they_unmet,
)
from chorus.summarize.pronouns_apart import possessive_apart, subject_apart
from chorus.summarize.steps_apart import (
    contrast_apart,
    contrasts_someone,
    pull_refused,
    step_apart,
    thing_apart,
)
from chorus.summarize.things_unmet import things_unmet


def leaning_apart(
    texts: Sequence[str],
    in_order: Sequence[int],
    starts: np.ndarray,
    words: np.ndarray,
    pulls: np.ndarray,
    takes_before: Callable[[int], bool],
    cannot_pull: Callable[[int], bool],
) -> tuple[list[int], list[int]]:
    """The rows shown (`in_order`) leaning on their article's line before where no line
    shown before gives what they lean on: (those left out, those taken with their line
    before). A row `takes_before` its line when it is no article's first and that line
    may be pulled (`cannot_pull`); `words`, each row's count."""
    steps: list[int] = []
    pulled: list[int] = []
    # "Then ..." shown apart from its article's sentence before is the next step of
    # something else (raw 93's mittens); "the man" where no line shown before speaks of
    # anyone is no one (raw 164's "... bring the man up into the copter."); nor is "the
    # gun" only that sentence brought in (raw 52), nor "The investigation" no line shown
    # before tells (raw 220): taken with that sentence, or left out.
    apart = step_apart(texts, in_order) + person_unmet(texts, in_order)
    apart += things_unmet(texts, in_order, starts) + acts_unmet(texts, in_order, starts)
    apart += couple_unmet(texts, in_order, starts)
    # "the murder charge" no line shown before tells of (raw 141's bond set second, the
    # charge sixth): taken with the line bringing the charges in, or left out.
    apart += [row for row in charges_unmet(texts, in_order, starts) if row not in apart]
    # An opening "They" of people its sentence before names (raw 115's co-workers)
    # where no line shown before writes them: taken with that sentence, or left out.
    apart += [row for row in they_unmet(texts, in_order, starts) if row not in apart]
    # A "the" subject only its line before writes ("The deletion", raw 75's genes):
    # taken with that line, or left out.
    apart += [row for row in definites_unmet(texts, in_order, starts) if row not in apart]
    # "these"/"those" and a plural no line shown before writes ("The researchers found these
    # cancer cases ...", raw 216, its lead "six cases of cancer" not shown): taken with its
    # line before, or left out.
    apart += [row for row in demonstratives_unmet(texts, in_order, starts) if row not in apart]
    # An epithet for someone ("The actress, ...", raw 199) shown below another person's
    # line reads as theirs: taken with its line before, or left out.
    apart += [row for row in epithet_unmet(texts, in_order, starts) if row not in apart]
    # A "He" or "She" whose line before opens on one person's name, shown below a line
    # opening on another's ("She has won two, ...", raw 135, Streep's, below Lloyd's line)
    # reads as that one: taken with its line before, or left out.
    apart += [row for row in subject_apart(texts, in_order, starts) if row not in apart]
    # "His wife" or "Her son" shown below a line going on about no man or no woman (raw 17's
    # Delacruz's wife below Ali's words) is whoever that line names, or no one's: taken
    # with its line before, or left out when that line opens on "He" or "She" itself.
    possessive, ownerless = possessive_apart(texts, in_order)
    apart += [row for row in possessive if row not in apart]
    contrasts = contrast_apart(texts, in_order, words)
    # A line pulled in must stand without its own line before (DUC d31011t's "It had
    # sustained winds ...", pulled before "It was second devastating storm ...", read
    # below the Bicol region as the region): when it does not, the pull is refused and
    # the row wanting it left out (mend84).
    refused = pull_refused(texts, in_order, apart + contrasts, pulls) | ownerless
    for row in apart:
        (pulled if takes_before(row) and row not in refused else steps).append(row)
    # A contrast shown apart from its article's short line before ("But, as in many
    # cases, the coroner said ...", raw 30, below "An autopsy was performed Monday.") is
    # taken with that line when it can be, and left out when that line would not stand
    # there (`pull_refused`); else left as it is: left out, it cost raw R-1 0.11 and DUC
    # R-1 0.09, and with a line before of up to 25 words DUC R-1 0.07 (summary82).
    # One on a "he", "she" or "they" ("But she believes ...", raw 55, the doctor of a line
    # before that waits for its own) is left out when it cannot be.
    steps += [row for row in contrasts if not takes_before(row) and contrasts_someone(texts[row])]
    contrasts = [row for row in contrasts if takes_before(row)]
    steps += [row for row in contrasts if row in refused]
    pulled += [row for row in contrasts if row not in refused]
    # "... the following day" shown without the line naming the day it counts from
    # (raw 60's "On June 21st, ..." three rows up) counts from no day the reader met:
    # taken with that line when it is the one before, or left out.
    for row, dated in days_unshown(texts, in_order, starts):
        free = dated == row - 1 and not cannot_pull(row)
        (pulled if free else steps).append(row)
    # A thing's "it" shown first or after a line giving someone's words stands for what
    # nothing shown names (raw 173's "It will fly at ...", after Hill's words): left out.
    steps += thing_apart(texts, in_order)
    # "the Legislature" where no line shown says whose reads as the summary's own
    # Congress (raw 198's Texas Observer line below "There are 20 women in the Senate"):
    # left out.
    steps += legislature_unmet(texts, in_order)
    return steps, pulled
