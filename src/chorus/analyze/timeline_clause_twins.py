"""A relative clause's dated deed that another row tells as its own: the clause's row goes.
Raw 124 [2]: "Lehmkuhl, who was elected in 2012, emailed a brief but scathing resignation
letter to Mayor Tim Flaherty ..." stood under 2012 beside [1]'s "Lehmkuhl was elected in 2012
and for most of her time in office failed to produce minutes ...": the election twice, and the
first row reads as the resignation dated 2012 (reader110). Raw 193 [0]: "Harry Reid, who is
retiring in 2016, won his own reelection that year ..." under 2016 beside "Reid is retiring in
2016, leaving a competitive open Senate seat behind him.": the reelection read as 2016's.

The house keeps a clause's own dated deed (docs/journal/timeline.md, seventieth and
seventy-first passes; timeline_subject_clauses leaves "who won ... in 2002" for the deed): the
row goes only when a row of the same date tells the clause's very words, after the same
subject's name, as its sentence's own clause; the deed and its date stay, told once, by that
row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.model import TimelineEntry

_SUBJECT_S_CLAUSE = re.compile(r"(?P<name>[A-Z][\w'’-]+), (?:who|which) (?P<words>[^,;:()]+ )$")
"""A relative clause set apart by its comma right after a name, open up to the date
("Lehmkuhl, who was elected in ")."""


def _clause(entry: TimelineEntry) -> tuple[str, str] | None:
    """The name and the clause's words with the date ("Lehmkuhl", "was elected in 2012"),
    when the entry's date closes a relative clause hanging from a name before a comma."""
    text, at = entry.sentence.text, entry.sentence.start
    start, end = entry.expression.start - at, entry.expression.end - at
    if not text.startswith(", ", end):
        return None
    clause = _SUBJECT_S_CLAUSE.search(text, 0, start)
    if clause is None:
        return None
    return clause["name"], clause["words"] + text[start:end]


def told_as_its_own(entries: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """The rows, less each whose date closes a relative clause after a name when another
    row of the same date tells that name and the clause's words as its own ("Lehmkuhl was
    elected in 2012 and ...")."""
    dropped = set()
    for entry in entries:
        if (clause := _clause(entry)) is None:
            continue
        own = f"{clause[0]} {clause[1]}"
        if any(
            other is not entry and other.when == entry.when and own in other.sentence.text
            for other in entries
        ):
            dropped.add(id(entry))
    return [e for e in entries if id(e) not in dropped]
