"""A finding of no effect two outlets report: "However, hunger does not influence how much
they like nonfood objects." (a paper's abstract) and "Once again, hunger had no effect on how
much people liked the clips." (New Scientist; raw 6, 0.33). Told in other words, the pair
shares no own word: each article writes "hunger", "how" and "much" again and again, "like" and
"liked" are two stems, and so are "nonfood" and "non-food". What has no effect (the words
before) and on what (a word after) are the finding; sharing both, the two report it.
Over the 250 raw and 30 DUC clusters 16 sentences say that something has no effect on
something; six pairs of them stand in two articles of one cluster, three score from LOW_FLOOR
up (raw 6's two, raw 202's "The outcome of this case does not affect existing laws ...",
already linked), and the other three share no word before the phrase."""

from __future__ import annotations

import re
from functools import lru_cache

from chorus.analyze.own_words import FUNCTION_STEMS
from chorus.analyze.similarity import STOP_WORDS, Similarity, stems

_NO_EFFECT = re.compile(
    r"\b(?:(?:had|has|have|having|with|showed|shows|found)[ ]+(?:little[ ]+or[ ]+)?no[ ]+"
    r"(?:\w+[ ]+)?(?:effect|impact|influence|bearing)[ ]+on"
    r"|(?:does|did|do|would|will)[ ]*(?:not|n[’']t)[ ]+(?:influence|affect|alter|impact"
    r"|have[ ]+(?:any|an|much)[ ]+(?:effect|impact|influence|bearing)[ ]+on))\b"
)
"""Something having no effect on something: "had no effect on", "has little or no impact on",
"does not influence", "didn't affect", "did not have any effect on" (raw 98's CBD, "had no
impact on the rats’ cognitive behaviour" in the other outlet)."""
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_CLAUSE_END = re.compile(r"[,;:.!?–—]")
_FORM_LENGTH = 4
"""Letters that join two forms of one word after the phrase: "like" / "liked"."""
_NO_MEASURE = STOP_WORDS | {
    *("much", "many", "more", "some", "other", "such", "these", "those"),
    *("people", "their", "there", "even", "only", "very", "what", "when"),
}
"""Words of the clause after the phrase that tell no thing measured ("how much people
liked ...": "like", a verb here, is no function word)."""


def no_effect_pairs(
    similarity: Similarity, pairs: list[tuple[int, int, float]]
) -> dict[tuple[int, int], frozenset[str]]:
    """Of `pairs` (i, j, score), those whose sentences report one finding of no effect
    (`no_effect_alike`), each with the stems of what has none and on what, as own words in
    common would be."""
    sentences = similarity.sentences
    found: dict[tuple[int, int], frozenset[str]] = {}
    for i, j, _ in pairs:
        if causes := no_effect_alike(sentences[i].text, sentences[j].text):
            found[(i, j)] = causes
    return found


def no_effect_alike(a: str, b: str) -> frozenset[str]:
    """The stems both sentences write before saying that something has no effect on
    something (`_NO_EFFECT`), when they share a word after it too (`_forms`), with the stems
    of that clause both write; else none. What has none may be a name both write and no
    other word (raw 98's "CBD ... had no impact on the rats’ cognitive behaviour" / "...
    found the chemical did not have any effect on rats’ decision-making ..."): what it has
    none on is then the word the two share beyond who."""
    one = _parts(a)
    if one is None:
        return frozenset()
    other = _parts(b)
    if other is None or not one[1] & other[1] or not (causes := one[0] & other[0]):
        return frozenset()
    return causes | one[2] & other[2]


@lru_cache(maxsize=4096)
def _parts(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """The stems before a sentence's "no effect on", the forms of the words of its clause
    after it and that clause's stems, or None; read once a sentence, which meets several in
    `agreed`."""
    # a literal spares most sentences the search
    if " no " not in text and "n't" not in text and "n’t" not in text and " not " not in text:
        return None
    found = _NO_EFFECT.search(text)
    if found is None:
        return None
    before = frozenset(stems(text[: found.start()])) - FUNCTION_STEMS
    clause = _CLAUSE_END.split(text[found.end() :], maxsplit=1)[0]
    return before, _forms(clause), frozenset(stems(clause)) - FUNCTION_STEMS


def _forms(clause: str) -> frozenset[str]:
    """The words of a clause that tell what is measured, a hyphen dropped ("non-food" is
    "nonfood") and cut to `_FORM_LENGTH` letters."""
    return frozenset(
        word.replace("-", "")[:_FORM_LENGTH]
        for word in _WORD.findall(clause.lower())
        if word not in _NO_MEASURE and len(word) >= _FORM_LENGTH
    )
