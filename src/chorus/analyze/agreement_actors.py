"""Two sentences linked by who acts alone, not what is done (split from `credits.py`).

A sentence whose subject is an unnamed "They" ("They left three Klansmen behind.", raw 35)
leaves to the sentence before whom it tells of; linked by one own word, at a low score, to
a sentence that names who did what, it most often tells another group's deed with that
word (left three people stabbed). A role both write ("judge", "spokesman") tells who, like
a name.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from chorus.analyze.own_words import names_in_common
from chorus.analyze.similarity import stems
from chorus.language.speakers import ROLE_NOUNS

THEY_FLOOR = 0.38
"""Lowest similarity from which one own word links a sentence opening with an unnamed
"They" that does something (not "They are", which names or describes them: "They are
financier Yuri Kovalchuk, ...", raw 249; nor "They said/noted/told ...", whose clause tells
the fact: "They noted the bodies were found about 12:15 p.m. ...", raw 153). Of the pairs
main showed over the 250 raw validation clusters linked by one own word, the five such
below it told two facts (35's "They left ...", 45's "They assumed ...", 103's "They claimed
...", 111's "They removed the tumor ...", 128's "They also found ..."), the three from it up
one (189's "They saw the suspect there ...", 195's "They also stopped using cell phones
...", 249's). A "He" or "She" is most often the story's one person ("He was conscious when
...", raw 189; "She wrote a scathing resignation letter.", raw 124): not read so."""
_THEY_DO = re.compile(
    r"[\s(\[“\"]*(?:They|(?:But|And|Yet|So|However,|Still,)\s+(?:it|they))\s+"
    r"(?!(?:are|say|says|said|noted|told|added)\b)\w"
)


def unnamed_they(a: str, b: str, shared: Collection[str], score: float) -> bool:
    """Whether two sentences scoring below THEY_FLOOR share one own word only and one of
    them opens with an unnamed "They" doing something: two groups' deeds sharing a word."""
    return score < THEY_FLOOR and len(shared) == 1 and bool(_THEY_DO.match(a) or _THEY_DO.match(b))


ROLE_FLOOR = 0.42
"""Lowest similarity from which one own word that is a role ("judge", "spokesman") links two
sentences (agreement_pairs.OPEN_THRESHOLD, from which a link needs no own word): like a name, a
role tells who, most often of two facts. Of the pairs main showed over the 250 raw
validation clusters linked below it by one such word and no other, three told two facts
(236's Prince Jefri "seeking to persuade a judge in Manhattan" / "a Manhattan judge issued a
gag order", 172's, 205's), one a fact (130's "victim or witness"), two were unclear (156's
two spokesmen, 169's analysts)."""
_ROLE_WORDS: dict[str, list[str]] = {}
for _role in (*ROLE_NOUNS, "judge", "adviser", "advisor"):
    if " " not in _role:
        _ROLE_WORDS.setdefault(stems(_role)[0], []).append(_role)
_ROLES = {
    stem: re.compile(rf"\b(?:{'|'.join(words)})s?\b", re.IGNORECASE)
    for stem, words in _ROLE_WORDS.items()
}
"""The single-word roles a speaker may be named by (speakers.ROLE_NOUNS), a judge and an
adviser ("Romney campaign adviser Kevin Madden" / "Top Obama campaign adviser David Axelrod",
raw 232: two men's two deeds), by their stem ("spoke": spokesman, spokeswoman, spokesperson),
each as written."""


def only_a_role(a: str, b: str, shared: Collection[str], score: float) -> bool:
    """Whether two sentences scoring below ROLE_FLOOR share, of their own words but names,
    only a role that both write as a word: who acts, not what was done."""
    if score >= ROLE_FLOOR or _ROLES.keys().isdisjoint(shared):
        return False
    rest = set(shared) - names_in_common(a, b)
    written = _ROLES.get(rest.pop()) if len(rest) == 1 else None
    return written is not None and bool(written.search(a) and written.search(b))
