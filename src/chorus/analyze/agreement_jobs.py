"""The jobs a statement gives someone in an aside after the name it opens on, which an outlet
describing the same person by other jobs never gives (agreement_parts.told_in_part):
"Plaskett, a lawyer and former congressional staffer, is in her second term as a delegate."
told by "Plaskett, 51, a lawyer and former New York City prosecutor and Justice Department
official, was overwhelmingly reelected to her second House term ..." (raw 58), which makes
her no staffer. The support shares the fact's words (her second term) and the aside's
first job: the other job is the part it leaves out, or gives otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.similarity import stems

_JOB = r"(?:former |ex-)?[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}"
_JOBS_ASIDE = re.compile(
    rf"^\W*([A-Z][\w'’-]+), (?:\d{{1,3}}, )?an? ({_JOB}(?: and {_JOB})+), (?=[a-z])"
)
"""A statement opening on a name and an aside of two jobs or more in lowercase words, the
predicate after it: "Plaskett, a lawyer and former congressional staffer, is ..."."""
_NOT_A_JOB = re.compile(r"\b(?:who|which|that|whose|of|for|in|at|with|to|from|on|by)\b")
"""A word that opens a clause or a phrase: an aside holding one says more than jobs."""


def job_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` opens on a name and an aside of jobs (`_JOBS_ASIDE`) and a support
    describes that name by an aside of its own ("Plaskett, 51, a lawyer and ...") that writes
    no stem of one of the statement's jobs (the last word of each: "staffer")."""
    # a count spares most statements the pattern: the aside closes with a second comma
    if statement.count(",") < 2 or " and " not in statement:
        return False
    aside = _JOBS_ASIDE.match(statement)
    if aside is None or _NOT_A_JOB.search(aside[2]):
        return False
    described = re.compile(rf"\b{re.escape(aside[1])}, (?:\d{{1,3}}, )?(?:an?|the) ([^;:—()]+)")
    heads = [job.split()[-1] for job in aside[2].split(" and ")]
    for text in supports:
        other = described.search(text)
        if other is not None:
            given = set(stems(other[1]))
            if any(not set(stems(head)) <= given for head in heads):
                return True
    return False
