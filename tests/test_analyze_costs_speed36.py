"""The thirty-sixth speed pass's shortcut gives what the reading it stands for gave, on real
text: a statement in ASCII writing none of the blows' pieces in lower case is searched for no
blow (agreement_instruments.instrument_untold)."""

from __future__ import annotations

import pytest

from chorus.analyze import agreement_instruments
from chorus.api import as_articles
from chorus.model import Document, Span
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters

_FORMS = (
    *("stabbed", "stabbing", "shot", "shooting", "struck", "striking", "hit", "hitting"),
    *("beat", "beaten", "beating", "bludgeoned", "slashing", "wounded", "injured", "pelted"),
    *("assaulted", "smashing", "strangled", "choking", "attacked", "killed", "clubbed"),
    *("whipped", "pummelled", "pummeled"),
)
"""Every blow `_WITH_THING` reads, in each of its endings."""


@pytest.fixture(scope="module")
def clusters_sentences() -> list[list[list[str]]]:
    """Each of the first 60 raw validation clusters' articles, as their sentences' texts
    (raw 35's stabbing with the end of a flagpole among them)."""
    found = []
    for cluster in read_clusters(RAW_VALIDATION, 60):
        articles = as_articles(cluster["documents"])
        found.append(
            [[s.text for s in split(Document(a, (Span(0, len(a.text)),)))] for a in articles]
        )
    return found


def _untold_before(statement: str, supports: list[str], monkeypatch) -> bool:
    """`instrument_untold` as before the pass: every statement with a cue searched (each
    blow's piece "", which every text writes)."""
    with monkeypatch.context() as patched:
        patched.setattr(agreement_instruments, "_BLOWS", ("",))
        return agreement_instruments.instrument_untold(statement, supports)


def test_blows_spared_the_search_hold_no_blow(clusters_sentences, monkeypatch):
    statements = [s for cluster in clusters_sentences for article in cluster for s in article]
    searched = [s for s in statements if " with " in s or " by " in s]
    spared = [
        s
        for s in searched
        if s.isascii() and not any(b in s.lower() for b in agreement_instruments._BLOWS)
    ]
    assert len(spared) > len(searched) / 2 > 400
    assert all(agreement_instruments._WITH_THING.search(s) is None for s in spared)
    # each blow written in capitals or opening on one, and an outlet never naming the pipe
    for form in _FORMS:
        for written in (form.upper(), form.title()):
            statement = f"A guard was {written} with a metal pipe, police said."
            supports = ["Two people were hurt outside the stadium, police said."]
            assert agreement_instruments.instrument_untold(statement, supports)
            assert _untold_before(statement, supports, monkeypatch)


def test_instrument_untold_as_before_on_real_pairs(clusters_sentences, monkeypatch):
    told = 0
    for cluster in clusters_sentences:
        for told_in, article in enumerate(cluster):
            statements = [s for s in article if " with " in s or " by " in s]
            others = (supports for at, supports in enumerate(cluster) if at != told_in)
            for supports, statement in ((o, s) for o in others for s in statements):
                fast = agreement_instruments.instrument_untold(statement, supports)
                assert fast == _untold_before(statement, supports, monkeypatch)
                told += fast
    assert told >= 3
