"""A sentence whose subject another writes word for word, in another place, and nothing
more (agreement_names.subject_alone): "Saudi dissident Osama Bin Laden is wanted by U.S.
officials for those attacks." is not agreed by "... An Islamic militant group on Thursday
threatened to retaliate if Saudi dissident Osama bin Laden is arrested, ..." (DUC 1): one
man, named alike, and two things told of him."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.similarity import stems

_TITLE = r"(?!said\b|says\b|told\b)[a-z]+(?=[ ][A-Z])"
_NAMED = re.compile(rf"[\W]*((?:[A-Z][\w.'’-]*|{_TITLE})(?:[ ](?:[A-Z][\w.'’-]*|{_TITLE}))+)")
"""The words a sentence opens with that name its subject: capitalised, or one lowercase word
set before a capitalised one, a title ("Saudi dissident Osama Bin Laden"), not a speech tag
("Police said Sadiq Khan ..."); two at least."""


def named_alone(
    text_a: str, text_b: str, stems_a: list[str], stems_b: list[str], opening: int, shared: set[str]
) -> bool:
    """Whether `text_a` (its stems `stems_a`) opens with a name of two words or more that
    `text_b` (`stems_b`) writes word for word after its opening, every stem the two have in
    common (own words `shared` among them) lies in that name, and neither writes one of them
    anywhere else."""
    # most pairs share an own word past the first `opening` stems, where a subject ends: the
    # opening is read only then
    if not shared or not shared.issubset(stems_a[:opening]):
        return False
    name, name_stems = _named(text_a)
    if not name or not shared.issubset(name_stems):
        return False
    # both opening with it is subject_alone's own reading
    if text_b.lower().find(name.lower()) <= 0:
        return False
    common = set(stems_a).intersection(stems_b)
    if not common.issubset(name_stems):
        return False
    # a stem written once more than the name writes it is written again elsewhere
    return all(
        stems_a.count(stem) == name_stems.count(stem) == stems_b.count(stem) for stem in common
    )


@lru_cache(maxsize=4096)
def _named(text: str) -> tuple[str, tuple[str, ...]]:
    """The name a text opens with (`_NAMED`) and its stems, or "" and none."""
    found = _NAMED.match(text)
    return (found[1], tuple(stems(found[1]))) if found else ("", ())
