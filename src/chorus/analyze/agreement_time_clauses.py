"""One act told with the same time clause, word for word, by two outlets: raw 37's "... ordered
“The Star-Spangled Banner” to be played while the teams were in the locker room." / "...
responded to the Spirit’s decision to play the national anthem while the teams were in the
locker room." (0.386), the story's central act in no row. Each outlet writes "anthem",
"locker" and "room" again, so the pair has no word an article writes once (agreement.py)
and scores below where a score alone links. A clause of four words or more opening with
"while", "when", "before", "after" or "until", written alike by both outside quotation marks,
beside a word of the act both write before it ("played" / "play", "signed" / "signed" days
before the election, raw 34; "shopping" / "shoppers" before the start of the Sabbath, DUC 2),
is one act at one time: its words link as own words in common would, below the open
threshold only (from it up a score alone links)."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.own_words import FUNCTION_WORDS
from chorus.analyze.similarity import Similarity, stems
from chorus.language.quotations import QUOTED_WITH_SINGLES

_CLAUSE = re.compile(r"\b(?:while|when|before|after|until)((?: [\w’'-]+){4,})(?=[,.;:!?)]|$)")
"""A time clause and its words up to the next mark ("while the teams were in the locker
room"), four words at least: "when he said" is said of anything."""
_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]{3,}")
"""A lower-case word of four letters or more: what someone does, not who does it."""
_FORM_LENGTH = 4
"""Letters of a word that tell the act in both ("play" of "played" and "play", "shop" of
"shopping" and "shoppers"; the stems' five letters part them)."""
_FUNCTION_FORMS = frozenset(word[:_FORM_LENGTH] for word in FUNCTION_WORDS if len(word) > 3)


def clause_pairs(
    similarity: Similarity, pairs: list[tuple[int, int, float]]
) -> dict[tuple[int, int], frozenset[str]]:
    """Of `pairs` (i, j, score), those whose two sentences write one time clause alike
    beside a word of the act both write before it (`_clauses`), each with the clause's
    stems, as own words in common would be."""
    sentences = similarity.sentences
    found: dict[tuple[int, int], frozenset[str]] = {}
    for i, j, _ in pairs:
        one = _clauses(sentences[i].text)
        if not one:
            continue
        other = _clauses(sentences[j].text)
        words = {clause for clause, acts in one.items() if clause in other and acts & other[clause]}
        if words:
            found[(i, j)] = frozenset(stem for clause in words for stem in stems(clause))
    return found


@lru_cache(maxsize=4096)
def _clauses(text: str) -> dict[str, frozenset[str]]:
    """A sentence's time clauses outside quotation marks, each with the forms of the
    lower-case words before it (`_FORM_LENGTH` letters, no function word). Read once a
    sentence, which meets several in `agreed`."""
    # literals spare most sentences the search
    if not any(word in text for word in (" while ", " when ", " before ", " after ", " until ")):
        return {}
    bare = QUOTED_WITH_SINGLES.sub(" ", text) if "“" in text or '"' in text or "‘" in text else text
    found: dict[str, frozenset[str]] = {}
    for match in _CLAUSE.finditer(bare):
        acts = (
            frozenset(word[:_FORM_LENGTH] for word in _WORD.findall(bare[: match.start()]))
            - _FUNCTION_FORMS
        )
        if acts:
            found[match[0]] = acts
    return found
