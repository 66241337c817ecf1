"""A range of sizes or distances one article gives otherwise (agreement_supports.agreeing):
raw 209's "The objects spotted by the Thai satellite on Monday were between 2 meters (6.5 ft)
and 16 meters (52 ft) in size and were in an area around 2,700 km ..." is not agreed by the
BBC's "... some 300 floating objects scattered over an area about 2,700km ...", whose
article has the same official say "the objects ranged from 2m to 15m (6.5ft to 50ft) in
size": a range whose ends differ is not one agreed figure, and the statement gives it
(ranges.py reads them)."""

from __future__ import annotations

from chorus.analyze.ranges import ranges, told_otherwise
from chorus.model import Sentence


def ranges_apart(statement: Sentence, support: Sentence) -> bool:
    """Whether either sentence gives a range the other's article gives with another end."""
    return any(
        (ours := ranges(one.text)) and told_otherwise(ours, ranges(other.article.text))
        for one, other in ((statement, support), (support, statement))
    )
