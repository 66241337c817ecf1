"""Years of one person's arrest that differ: "In 1999, Orange County authorities arrested
Poole following allegations that he sexually battering a 9-year-old boy." against "In
2001, the Orange County Sheriff's Office arrested Poole on charges of sexual battery on a
victim under 12, records show." (raw validation 136: one arrest on one charge, by one
county, told in two years by two outlets).

A person may be arrested more than once (136's second outlet tells an arrest "in 1991" for
food stamps, and twelve in all), so the act's name and verb alone do not make one arrest.
Two sentences tell one when they are alike (`close`, the number rules' likeness) and share
a word besides the person's name, the verb and the year (136's "Orange County" and "sexual
battery"): two arrests of one person for two things share neither. The act is read where
the name stands right before its verb ("Poole was arrested in 2001") or right after it
("arrested Poole"), dated by the year its sentence opens on ("In 1999, ...", no telling
verb between: "In 2001, police said they arrested ..." may date the telling) or by one in
its clause ("was arrested on a warrant in 2001"); a sentence giving two years gives the act
both, so its article tells two arrests and none is shown. The name is a word the story
writes capitalised inside a sentence (not "He" opening one).

Over every article of raw validation 250 and DUC 30, two articles date one named person's
arrest (or charge, plea, conviction, sentencing, indictment, birth, death ...) two years only
in raw 136; see docs/journal/conflicts.md, sixty-fourth pass."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.analyze.conflict_days import TELLING, written_inside
from chorus.analyze.event_years import A_YEAR, IN_CLAUSE, YEAR, years_apart
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.analyze.own_words import FUNCTION_STEMS
from chorus.analyze.similarity import STEM_LENGTH, Similarity

ACTS = {"arrested": "arrest"}
"""The acts read, each with the noun a reason names it by."""
WORDS = tuple(f" {verb} " for verb in ACTS)
"""The literals of the acts, lowercased: only the sentences holding one are read."""
_VERB = "|".join(ACTS)
_NAME = r"[A-Z][a-z'’-]+(?<!['’]s)"
_NAMED_BEFORE = rf"\b(?P<before>{_NAME})(?:, \d{{1,3}},)? (?:was|were|had been|has been) "
_NAMED_AFTER = rf" (?P<after>(?:{_NAME} )*{_NAME})\b(?!['’])"
_ACT = rf"(?:{_NAMED_BEFORE}(?P<passive>{_VERB})|\b(?P<active>{_VERB}){_NAMED_AFTER})"
"""A name right before its act ("Poole was arrested") or right after it ("arrested
Timothy Poole", the last word the name)."""
_OPENING_YEAR = re.compile(rf"^In {YEAR}, (?P<between>[^;:]*?){_ACT}")
_YEAR_AFTER = re.compile(rf"{_ACT}{IN_CLAUSE}{{0,5}}? in {YEAR}")


def act_years(text: str) -> dict[str, set[int]]:
    """The people whose act a sentence dates by a year ("Poole's arrest"), each with every
    year the sentence gives."""
    # most sentences: one literal of a year's first digits spares every scan
    if not ("19" in text or "20" in text):
        return {}
    years = {int(year) for year in A_YEAR.findall(text)}
    if not years:
        return {}
    found: dict[str, set[int]] = {}
    opening = _OPENING_YEAR.match(text)
    dated = [] if not opening or TELLING.search(opening["between"]) else [opening]
    for match in (*dated, *_YEAR_AFTER.finditer(text)):
        name = match["before"] or match["after"].split()[-1]
        found[f"{name}'s {ACTS[match['passive'] or match['active']]}"] = years
    return found


def _told_alike(stems_a: list[str], stems_b: list[str], act: str) -> bool:
    """Whether two sentences dating one person's act share a word besides the person's
    name, the act's verb and the years: the charge, the place or the body that acted."""
    name, noun = act.split("'s ")
    own = {name.lower()[:STEM_LENGTH], noun[:STEM_LENGTH], *FUNCTION_STEMS}
    shared = set(stems_a) & set(stems_b)
    return any(not stem.isdigit() and stem not in own for stem in shared)


def act_year_conflicts(
    similarity: Similarity,
    close: Sequence[tuple[int, int, float]],
    rows: Sequence[int],
    texts: Sequence[str],
    joined: Joined,
) -> list[Conflict]:
    """Sentences alike (`close`) of two articles that date one named person's act two
    years, sharing a word besides who, the act and the year (`texts` are the `rows`'
    sentences' texts, `joined` them lower-cased and joined)."""
    read: dict[int, Mapping[str, set[int]]] = {}
    for n in joined.holding(WORDS):
        if acts := {
            act: years
            for act, years in act_years(texts[n]).items()
            if written_inside(act.split("'s ")[0], texts)
        }:
            read[rows[n]] = acts
    if len(read) < 2:
        return []
    alike = [
        (i, j, score)
        for i, j, score in close
        if i in read
        and j in read
        and any(
            _told_alike(similarity.stems[i], similarity.stems[j], act)
            for act in read[i].keys() & read[j].keys()
        )
    ]
    return years_apart(similarity, alike, read, "{}")
