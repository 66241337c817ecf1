"""One disease's cases given two figures by two articles: "there were about 207 million
cases of malaria in 2012" (the WHO's estimate, BBC) against "Malaria is one of the most
common ... infectious diseases in the world, sickening more than 300 million people a
year" (Time; raw 131).

counts.py reads tolls, injuries, arrests and votes, not the sick, so a disease's case
count went unread. The rule reads only a count tied to its disease by the words around it:
- "N cases of <disease>" names the disease; a count of the rest or a forecast ("an
  additional three million cases", "new cases") is no total and is not read;
- "sickening N people", "infected N people", "N people were sickened" counts the sick
  and is set against a "cases of" count whose disease its sentence names.
Two such counts are one quantity when their sentences are a close pair of two articles
(conflicts.NUMBER_SIMILARITY: 131's is 0.43), both a year's count ("in 2012", "a year",
"annually") and neither a running count of an outbreak ("since jan.", "now", "in the past
decade": it grows from one report to the next), neither scoped to a place the other is
not (counts.PLACE: "in Africa"), nor dated to other years ("in 2012" against "in 2010"),
and no article gives both figures. They conflict when no value of one can be the other's
(language.numbers' bounds: "about" a tenth either way, "more than" a floor): 207 million
against more than 300 million.

On the 250 raw and 30 DUC clusters the rule reads five counts, in two articles of one
cluster twice (131; 241's "sickened at least 87" and "sickened 87", which agree, and
count no year); over the 50,594 Multi-News+ clusters, 252 times, in two on-topic articles
of 28 clusters, and none set apart: the four pairs of one disease and two figures count
no year (an outbreak's "since jan." against its "in two weeks", "now 28" against "now 40",
a decade's two against this year's six, two spam counts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from chorus.analyze.event_years import A_YEAR
from chorus.analyze.model import Conflict
from chorus.analyze.similarity import Similarity
from chorus.language.counts import PLACE
from chorus.language.numbers import Figure, figures
from chorus.model import Sentence

WORDS = ("cases of", "sicken", "infect")
"""The literals, in lower case, of every count read: only sentences holding one are read."""
_CASES_OF = re.compile(
    r"^ (?:reported |confirmed )?cases of (?:(?:the|a|an|this|that) )?(?P<disease>[A-Za-z][\w'’-]+)"
)
_SICK_AFTER = re.compile(
    r"^ (?:people|persons)(?: (?:were|was|are|have been|had been))? (?:sickened|infected)\b"
)
_SICKENING = re.compile(r"\b(?:sicken|infect)(?:s|ed|ing)\s+$", re.IGNORECASE)
_SICK = re.compile(r"^ (?:people|persons)\b")
_WORD = re.compile(r"[\w'’-]+")
_THE_REST = re.compile(r"\b(?:additional|new|more|extra|further|another)\s+$", re.IGNORECASE)
"""Before a count, words making it a part beyond some total: "an additional three million
cases in under-15-year-olds per year" (a forecast of a warmer year)."""


def _counted(text: str, figure: Figure) -> tuple[str, str] | None:
    """The disease a figure counts cases of ("malaria") or "" for a count of the sick, and
    the words that say so, as written; None for any other figure."""
    before, after = text[: figure.start], text[figure.end :]
    if _THE_REST.search(before[-20:]):
        return None
    if found := _CASES_OF.match(after):
        return found.group("disease").lower(), text[figure.start : figure.end + found.end()]
    if (found := _SICK_AFTER.match(after)) or (
        _SICKENING.search(before[-20:]) and (found := _SICK.match(after))
    ):
        return "", text[figure.start : figure.end + found.end()]
    return None


def case_counts(text: str) -> list[tuple[str, Figure, str]]:
    """Each count of a disease's cases or of the sick a sentence gives: its disease ("" for
    the sick), its figure and the words shown for it."""
    found = []
    for figure in figures(text):
        if read := _counted(text, figure):
            found.append((read[0], figure, read[1]))
    return found


def _apart(ours: Figure, theirs: Figure) -> bool:
    """Whether no value one figure allows is one the other allows."""
    return ours.high < theirs.low or theirs.high < ours.low


_A_YEARS = re.compile(
    r"\b(?:a|per|each|every) year\b|\bannually\b|\bin (?:1[89]|20)\d\d\b(?![\w'’-])", re.IGNORECASE
)
"""A year's count: a rate ("sickening ... 300 million people a year") or one year's total
("207 million cases of malaria in 2012")."""
_RUNNING = re.compile(
    r"\b(?:since|so far|to date|now|up from|this year|(?:in|over) the (?:past|last))\b",
    re.IGNORECASE,
)
"""A running count of an outbreak, which grows from one report to the next ("3,458 cases of
whooping cough have been reported since jan.", "there are now 28 confirmed cases")."""


def _of_a_year(text: str) -> bool:
    """Whether a sentence counts a year's cases, no running count."""
    return bool(_A_YEARS.search(text)) and not _RUNNING.search(text)


def _place(text: str, figure: Figure) -> str:
    """The place a count is counted in, named after it in its clause; "" for none."""
    found = PLACE.match(text[figure.end :])
    return found.group(1) if found else ""


def _one_quantity(text_a: str, text_b: str, ours: Figure, theirs: Figure) -> bool:
    """Whether two counts can be of one quantity: counted in one place or none ("207
    million cases of malaria in Africa" is a part of the world's), each a year's count
    (`_of_a_year`), of no years that differ ("in 2012" against "in 2010")."""
    if _place(text_a, ours) != _place(text_b, theirs):
        return False
    if not (_of_a_year(text_a) and _of_a_year(text_b)):
        return False
    years_a, years_b = set(A_YEAR.findall(text_a)), set(A_YEAR.findall(text_b))
    return not (years_a and years_b and years_a.isdisjoint(years_b))


def _years_apart(text_a: str, text_b: str) -> str:
    """What the reason adds when one count is of a year and the other a yearly rate, as
    counted.py adds "now": the rate may be of another year (Time's "more than 300 million
    people a year" in a story telling that cases have fallen since)."""
    years = A_YEAR.findall(text_a) or A_YEAR.findall(text_b)
    if not years or (A_YEAR.search(text_a) and A_YEAR.search(text_b)):
        return ""
    return f"; one is of {years[0]}, the other a yearly rate: they may be counts of different years"


def _of_one_disease(ours: str, theirs: str, text_a: str, text_b: str) -> str:
    """The disease two counts are of: the one a "cases of" count names, written in the
    other count's sentence when that one counts the sick; "" when none is shared."""
    if ours and theirs:
        return ours if ours == theirs else ""
    disease, other = (ours, text_b) if ours else (theirs, text_a)
    return disease if disease in _WORD.findall(other.lower()) else ""


def case_conflicts(
    similarity: Similarity, pairs: Sequence[tuple[int, int, float]], holding: Set[int]
) -> list[Conflict]:
    """Counts of one disease's cases that differ, in `pairs` of close sentences of two
    articles (`holding`, the rows holding one of `WORDS`), no article giving both."""
    sentences = similarity.sentences
    read = {row: case_counts(sentences[row].text) for row in holding}
    by_article: dict[str, list[Figure]] = {}
    for row, counts in read.items():
        by_article.setdefault(sentences[row].article.id, []).extend(f for _, f, _ in counts)
    conflicts = []
    for i, j, _ in pairs:
        a, b = sentences[i], sentences[j]
        if not (read.get(i) and read.get(j)) or a.article.id == b.article.id:
            continue
        for (ours, figure_a, shown_a), (theirs, figure_b, shown_b) in (
            (x, y) for x in read[i] for y in read[j]
        ):
            disease = _of_one_disease(ours, theirs, a.text, b.text)
            if not (
                disease
                and _apart(figure_a, figure_b)
                and _one_quantity(a.text, b.text, figure_a, figure_b)
                and not _gives_both(by_article, a, b, figure_a, figure_b)
            ):
                continue
            reason = f"Different figures for {disease} cases: {shown_a} vs {shown_b}"
            conflicts.append(Conflict("number", (a,), (b,), reason + _years_apart(a.text, b.text)))
            break
    return conflicts


def _gives_both(
    by_article: dict[str, list[Figure]], a: Sentence, b: Sentence, ours: Figure, theirs: Figure
) -> bool:
    """Whether either article also gives a count the other side's figure allows: it tells
    two counts (two years, two groups), no dispute."""
    return any(not _apart(f, theirs) for f in by_article[a.article.id]) or any(
        not _apart(f, ours) for f in by_article[b.article.id]
    )
