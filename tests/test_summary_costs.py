"""Tests that the summary path's faster readings answer as the ones they replaced, on real
articles (summary path speed, thirteenth and fourteenth passes)."""

from __future__ import annotations

import re

from chorus.summarize.leaning import _SOMEONE, names_someone
from chorus.summarize.named_further import _PRONOUN_AFTER_COMMA
from tests.conftest import RAW_VALIDATION, read_clusters

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+")
_GATE = r"\b(?=[A-Zsta])(?:"


def _sentences(limit: int) -> list[str]:
    """The clusters' sentences, split roughly at their ends (what is tested is how two
    ways read one text, whatever a sentence is)."""
    return [
        s
        for cluster in read_clusters(RAW_VALIDATION, limit)
        for article in cluster["documents"]
        for s in _SENTENCE_END.split(article)
    ]


def test_a_name_is_found_where_the_forms_alone_find_it() -> None:
    assert _SOMEONE.pattern.startswith(_GATE) and _SOMEONE.pattern.endswith(")")
    forms = re.compile(_SOMEONE.pattern[len(_GATE) : -1])
    found = 0
    for text in _sentences(60):
        gated, alone = _SOMEONE.search(text), forms.search(text)
        assert (gated and gated.span()) == (alone and alone.span()), text
        found += gated is not None
    # each form is read: by a title, first and last names, a credit after or before a name
    assert found > 1000
    assert names_someone("Later, said Vecchio, the vote was held.")
    assert names_someone("The vote was held, according to Vecchio.")


def test_a_pronoun_after_a_comma_is_found_where_the_substrings_find_it() -> None:
    found = 0
    for text in _sentences(60):
        gated = _PRONOUN_AFTER_COMMA.search(text) is not None
        assert gated == (", he " in text or ", she " in text), text
        found += gated
    assert found > 50
